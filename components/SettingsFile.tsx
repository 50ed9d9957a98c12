import type { JSX } from 'preact';
import { t } from '@/lib/i18n';
import { SETTINGS_FILE_MAX_BYTES } from '@/lib/settings-file';

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
      <h2>{t('settings_file_heading')}</h2>
      <p class="hint">{t('settings_file_hint')}</p>
      <div class="actions">
        <button type="button" class="secondary" onClick={props.onExport}>
          {t('settings_file_export')}
        </button>
        <label class="file-button">
          {t('settings_file_import')}
          <input
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              // Never more than one byte past the cap: enough for the import to refuse a larger file.
              if (file)
                void file
                  .slice(0, SETTINGS_FILE_MAX_BYTES + 1)
                  .text()
                  .then(props.onImport);
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
