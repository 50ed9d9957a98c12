import type { JSX } from 'preact';

interface SettingsFileProps {
  onExport(): void;
  /** The chosen file's text. */
  onImport(text: string): void;
  error?: string;
}

/** Sharing settings with colleagues as a file; the API key is never in it. */
export function SettingsFile(props: SettingsFileProps): JSX.Element {
  return (
    <section>
      <h2>Share settings</h2>
      <p class="hint">
        Export everything on this page except the API key as a file a colleague can import. Importing replaces
        the settings on this page; press Save settings to keep them.
      </p>
      <div class="actions">
        <button type="button" class="secondary" onClick={props.onExport}>
          Export settings
        </button>
        <label class="file-button">
          Import settings
          <input
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              if (file) void file.text().then(props.onImport);
              input.value = '';
            }}
          />
        </label>
      </div>
      {props.error && (
        <p class="error" role="alert">
          {props.error}
        </p>
      )}
    </section>
  );
}
