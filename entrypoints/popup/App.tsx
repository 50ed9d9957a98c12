import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { confidenceLabel } from '@/components/CandidateList';
import { ConnectionBar } from '@/components/ConnectionBar';
import { Field } from '@/components/Field';
import { SaveStatus } from '@/components/SaveStatus';
import { openSidePanel } from '@/lib/side-panel';
import { statusOfItem, useWorkbench } from '@/lib/ui/use-workbench';

/** Quick capture: the best person on the page, the default preset, and Save on Enter. */
export function App(): JSX.Element {
  const wb = useWorkbench();
  const [windowId, setWindowId] = useState<number | undefined>();
  useEffect(() => {
    void browser.windows.getCurrent().then((w) => setWindowId(w.id));
  }, []);
  const candidate = wb.candidates[wb.active];
  const saved = wb.savedItems[0];
  const listNames = wb.selectedLists.map((id) => wb.lists.find((l) => l.id === id)?.name ?? id);
  const needsEmail = !!wb.page && !wb.draft.email.trim();
  // Keyboard-first: once the person is read, focus is on Save, so Enter saves.
  const saveButton = useRef<HTMLButtonElement>(null);
  const ready = !!wb.page && !needsEmail;
  useEffect(() => {
    if (ready) saveButton.current?.focus();
  }, [ready]);

  return (
    <main class="popup">
      <header class="panel__header">
        <h1>Sidecard</h1>
        <button
          type="button"
          class="secondary"
          onClick={() => {
            void openSidePanel(windowId).then(
              () => window.close(),
              () => undefined,
            );
          }}
        >
          Open side panel
        </button>
      </header>
      <ConnectionBar status={wb.status} onOpenOptions={() => void browser.runtime.openOptionsPage()} />
      {wb.capturing && <p class="hint">Reading the page…</p>}
      {wb.captureError && (
        <p class="error" role="alert">
          {wb.captureError}
        </p>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void wb.save();
        }}
      >
        {candidate && (
          <section class="card" aria-label="Person on this page">
            <strong class="card__name">{candidate.name || '(no name)'}</strong>
            {wb.draft.email && <span>{wb.draft.email}</span>}
            {wb.draft.phone && <span>{wb.draft.phone}</span>}
            {(candidate.title || candidate.company) && (
              <span>{[candidate.title, candidate.company].filter(Boolean).join(' · ')}</span>
            )}
            <small class="hint">{confidenceLabel(candidate.confidence)}</small>
            {wb.existing && (
              <small class="pill">Already in ActiveCampaign — only empty fields are filled</small>
            )}
          </section>
        )}
        {needsEmail && (
          <Field
            id="popup-email"
            label="Email"
            type="email"
            value={wb.draft.email}
            onInput={(v) => wb.setField('email', v)}
            hint="No email on this page. ActiveCampaign needs one: type it here."
            autoFocus
          />
        )}
        {wb.page && !candidate && (
          <p class="hint">Nobody found on this page. Open the side panel to type details.</p>
        )}
        <p class="preset">
          {listNames.length > 0 || wb.tags.length > 0 ? (
            <>
              Lists: {listNames.join(', ') || 'none'} · Tags: {wb.tags.join(', ') || 'none'}
            </>
          ) : (
            'No preset: saves the contact without lists or tags.'
          )}
        </p>
        {wb.draft.email && Object.keys(wb.errors).length > 0 && (
          <p class="error" role="alert">
            {Object.values(wb.errors)[0]}
          </p>
        )}
        <button ref={saveButton} type="submit" class="primary" disabled={wb.saving || !wb.page}>
          Save
        </button>
      </form>
      {wb.saveError && (
        <p class="error" role="alert">
          {wb.saveError}
        </p>
      )}
      {saved && <SaveStatus {...statusOfItem(saved)} onRetry={() => void wb.retry(saved.id)} />}
    </main>
  );
}
