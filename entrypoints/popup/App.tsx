import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ConnectionBar } from '@/components/ConnectionBar';
import { Field } from '@/components/Field';
import { HeldSaves } from '@/components/HeldSaves';
import { SaveStatus } from '@/components/SaveStatus';
import { WhatToCheck } from '@/components/WhatToCheck';
import { t } from '@/lib/i18n';
import { whatToCheck } from '@/lib/people/checks';
import { openSidePanel } from '@/lib/side-panel';
import { candidateName } from '@/lib/ui/draft';
import { useExistingContact } from '@/lib/ui/hooks/use-ac-lookup';
import { useDirectory } from '@/lib/ui/hooks/use-directory';
import { useDraft } from '@/lib/ui/hooks/use-draft';
import { useFollowUp } from '@/lib/ui/hooks/use-follow-up';
import { statusOfItem, useOutbox } from '@/lib/ui/hooks/use-outbox';
import { usePageRead } from '@/lib/ui/hooks/use-page-read';

/**
 * Quick capture: the best person on the page, the default preset, and Save on Enter. No
 * matching, no tag list, no recent saves: the side panel has those.
 */
export function App(): JSX.Element {
  const directory = useDirectory({ tags: false });
  const form = useDraft(directory);
  const reading = usePageRead({ onStart: form.beginRead, onPeople: form.showPeople });
  const existing = useExistingContact(form.validEmail);
  const outbox = useOutbox(form.savedIds);
  // The default preset's deal, task and automation go with the one key press.
  const followUp = useFollowUp(directory.defaultPreset, existing);
  const followUpError = Object.values(followUp.errors)[0];
  const [windowId, setWindowId] = useState<number | undefined>();
  useEffect(() => {
    void browser.windows.getCurrent().then((w) => setWindowId(w.id));
  }, []);
  const { page, people } = reading;
  const candidate = people[form.active];
  const saved = outbox.savedItems[0];
  const listNames = form.selectedLists.map((id) => directory.lists.find((l) => l.id === id)?.name ?? id);
  const needsEmail = !!page && !form.draft.email.trim();
  // Keyboard-first: once the person is read, focus is on Save, so Enter saves.
  const saveButton = useRef<HTMLButtonElement>(null);
  const ready = !!page && !needsEmail;
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
          {t('popup_open_side_panel')}
        </button>
      </header>
      <ConnectionBar
        status={outbox.status}
        busy={outbox.busy}
        onOpenOptions={() => void browser.runtime.openOptionsPage()}
        onTryAgain={() => void outbox.tryAgain()}
      />
      <HeldSaves
        groups={outbox.held}
        current={outbox.status?.apiUrl ?? ''}
        error={outbox.heldError}
        onDecide={(ids, decision) => void outbox.decideHeld(ids, decision)}
      />
      {reading.reading && <p class="hint">{t('popup_reading')}</p>}
      {reading.readError && (
        <p class="error" role="alert">
          {reading.readError}
        </p>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!followUpError) void form.save(page, followUp.parts());
        }}
      >
        {candidate && (
          <section
            class="card"
            aria-label={t(candidate.organisation ? 'person_organisation' : 'popup_person')}
          >
            <strong class="card__name">{candidateName(candidate)}</strong>
            {form.draft.email && <span>{form.draft.email}</span>}
            {form.draft.phone && <span>{form.draft.phone}</span>}
            {(candidate.title || candidate.company) && (
              <span>{[candidate.title, candidate.company].filter(Boolean).join(' · ')}</span>
            )}
            <WhatToCheck checks={whatToCheck(candidate)} />
            {existing && <small class="pill">{t('popup_existing')}</small>}
          </section>
        )}
        {needsEmail && (
          <Field
            id="popup-email"
            label={t('contact_email')}
            type="email"
            value={form.draft.email}
            onInput={(v) => form.setField('email', v, existing)}
            hint={t('popup_no_email')}
            autoFocus
          />
        )}
        {page && !candidate && <p class="hint">{t('popup_nobody')}</p>}
        <p class="preset">
          {listNames.length > 0 || form.tags.length > 0
            ? t('common_lists_and_tags', {
                lists: listNames.join(', ') || t('common_none'),
                tags: form.tags.join(', ') || t('common_none'),
              })
            : t('popup_no_preset')}
        </p>
        {followUpError && (
          <p class="error" role="alert">
            {followUpError}
          </p>
        )}
        {form.draft.email && Object.keys(form.errors).length > 0 && (
          <p class="error" role="alert">
            {Object.values(form.errors)[0]}
          </p>
        )}
        <button ref={saveButton} type="submit" class="primary" disabled={form.saving || !page}>
          {t('common_save')}
        </button>
      </form>
      {form.saveError && (
        <p class="error" role="alert">
          {form.saveError}
        </p>
      )}
      {saved && <SaveStatus {...statusOfItem(saved)} onRetry={() => void outbox.retry(saved.id)} />}
    </main>
  );
}
