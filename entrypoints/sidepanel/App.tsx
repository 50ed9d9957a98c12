import type { JSX } from 'preact';
import { browser } from 'wxt/browser';
import { BatchProgress } from '@/components/BatchProgress';
import { CandidateList } from '@/components/CandidateList';
import { ConnectionBar } from '@/components/ConnectionBar';
import { ContactForm } from '@/components/ContactForm';
import { DealSection } from '@/components/DealSection';
import { ExistingSummary } from '@/components/ExistingSummary';
import { HeldSaves } from '@/components/HeldSaves';
import { ListPicker } from '@/components/ListPicker';
import { MatchOffer } from '@/components/MatchOffer';
import { RecentCaptures } from '@/components/RecentCaptures';
import { SaveStatus } from '@/components/SaveStatus';
import { TagInput } from '@/components/TagInput';
import { TaskSection } from '@/components/TaskSection';
import { WhatToCheck } from '@/components/WhatToCheck';
import { plural, t } from '@/lib/i18n';
import { whatToCheck } from '@/lib/people/checks';
import { defaultDealTitle } from '@/lib/save/request';
import { compareWithExisting } from '@/lib/ui/draft';
import { dueDate } from '@/lib/ui/follow-up';
import { useExistingContact, useMatches } from '@/lib/ui/hooks/use-ac-lookup';
import { useDirectory } from '@/lib/ui/hooks/use-directory';
import { useDraft } from '@/lib/ui/hooks/use-draft';
import { useFollowUp } from '@/lib/ui/hooks/use-follow-up';
import { batchRow, recentCaptures, statusOfItem, useOutbox } from '@/lib/ui/hooks/use-outbox';
import { useMenuRequests, usePageRead, useRefreshOnNavigation } from '@/lib/ui/hooks/use-page-read';

/** The workbench: every person on the page, checked against ActiveCampaign, edited and saved. */
export function App(): JSX.Element {
  const directory = useDirectory({ tags: true });
  const form = useDraft(directory);
  const reading = usePageRead({ onStart: form.beginRead, onPeople: form.showPeople });
  useMenuRequests(reading);
  useRefreshOnNavigation(reading);
  const { page, people, read } = reading;
  const candidate = people[form.active];
  const existing = useExistingContact(form.validEmail);
  const { matches, dismiss } = useMatches(candidate);
  const outbox = useOutbox(form.savedIds);
  const followUp = useFollowUp(directory.defaultPreset, existing);
  const saveWithFollowUps = () => {
    if (Object.keys(followUp.errors).length > 0) return Promise.resolve(false);
    return form.save(page, followUp.parts());
  };

  const lists = directory.lists.map((l) => {
    const held = existing?.lists.find((x) => x.id === l.id);
    return { ...l, status: held?.status, locked: held?.locked };
  });
  const batchCount = form.batch.length;
  const saved = outbox.savedItems;

  return (
    <main
      class="panel"
      onKeyDown={(e) => {
        // Enter anywhere in the form saves (textareas keep their newlines).
        const target = e.target as HTMLElement;
        if (
          e.key === 'Enter' &&
          !e.defaultPrevented &&
          target.tagName === 'INPUT' &&
          target.getAttribute('type') !== 'checkbox'
        ) {
          e.preventDefault();
          void saveWithFollowUps();
        }
      }}
    >
      <header class="panel__header">
        <h1>Sidecard</h1>
        <button type="button" class="secondary" onClick={() => void read()} disabled={reading.reading}>
          {reading.reading ? t('panel_reading') : t('panel_capture_again')}
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
      {reading.readError && (
        <p class="error" role="alert">
          {reading.readError}
        </p>
      )}
      {page && people.length === 0 && (
        <p class="hint" aria-live="polite">
          {t('panel_nobody', { menu: t('menu_capture_selection') })}
        </p>
      )}
      <CandidateList
        candidates={people}
        active={form.active}
        onPick={(index) => form.pick(people, index)}
        batch={form.batch}
        onBatch={form.setBatch}
      />
      {candidate && <WhatToCheck name={candidate.name} checks={whatToCheck(candidate)} />}
      {matches.length > 0 && !form.draft.email && (
        <MatchOffer
          matches={matches}
          onLink={(match) => {
            form.takeEmail(match.email);
            dismiss();
          }}
        />
      )}
      {!form.draft.email && page && <p class="hint">{t('panel_no_email')}</p>}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void saveWithFollowUps();
        }}
      >
        <ContactForm
          draft={form.draft}
          original={form.original}
          errors={form.draft.email || page ? form.errors : {}}
          onChange={(field, value) => form.setField(field, value, existing)}
          comparison={compareWithExisting(form.draft, existing, directory.country)}
          takePage={form.takePage}
          onTakePage={(field, take) =>
            form.setTakePage(take ? [...form.takePage, field] : form.takePage.filter((f) => f !== field))
          }
          phoneHint={form.phoneHint}
        />
        {existing && (
          <ExistingSummary
            contact={existing}
            automationNames={(followUp.catalog?.automations ?? [])
              .filter((a) => existing.automations?.includes(a.id))
              .map((a) => a.name)}
          />
        )}
        {directory.presets.length > 0 && (
          <div class="field">
            <label for="preset">{t('panel_preset')}</label>
            <select
              id="preset"
              onChange={(e) => {
                const preset = directory.presets.find((p) => p.name === e.currentTarget.value);
                form.applyPreset(preset);
                followUp.applyPreset(preset);
              }}
            >
              <option value="">—</option>
              {directory.presets.map((p) => (
                <option key={p.name} value={p.name} selected={p === directory.defaultPreset}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <ListPicker
          lists={lists}
          selected={form.selectedLists}
          onChange={form.setSelectedLists}
          resubscribe={form.resubscribe}
          onResubscribe={form.setResubscribe}
        />
        <TagInput
          tags={form.tags}
          onChange={form.setTags}
          known={directory.knownTags.map((t) => t.name)}
          existing={existing?.tags}
        />
        {followUp.catalog && (
          <>
            <DealSection
              catalog={followUp.catalog}
              draft={followUp.draft}
              onChange={followUp.change}
              defaultTitle={defaultDealTitle({ ...form.draft, email: form.draft.email || '—' })}
              openDeals={existing?.openDeals ?? []}
              valueError={followUp.errors.value}
            />
            <TaskSection
              catalog={followUp.catalog}
              draft={followUp.draft}
              onChange={followUp.change}
              dueOf={(pick) => dueDate(pick)}
              onDeal={followUp.draft.deal && (!existing?.openDeals?.length || followUp.draft.another)}
              inAutomations={existing?.automations ?? []}
              errors={followUp.errors}
              onRefresh={() => void followUp.refresh()}
            />
          </>
        )}
        <div class="actions">
          <button type="submit" disabled={form.saving}>
            {t('common_save')}
          </button>
          {batchCount > 1 && (
            <button
              type="button"
              class="secondary"
              onClick={() => {
                if (Object.keys(followUp.errors).length === 0)
                  void form.saveBatch(people, page, followUp.parts());
              }}
              disabled={form.saving}
            >
              {plural('panel_save_batch', batchCount)}
            </button>
          )}
        </div>
      </form>
      {form.saveError && (
        <p class="error" role="alert">
          {form.saveError}
        </p>
      )}
      {saved.length === 1 && saved[0] && (
        <SaveStatus {...statusOfItem(saved[0])} onRetry={() => outbox.retry(saved[0]!.id)} />
      )}
      {saved.length > 1 && (
        <BatchProgress rows={saved.map(batchRow)} onRetry={(id) => void outbox.retry(id)} />
      )}
      <RecentCaptures
        items={recentCaptures(outbox.items, outbox.status?.apiUrl ?? '')}
        failed={outbox.failedCount}
        onRetry={(id) => void outbox.retry(id)}
        onClear={(includeFailed) => void outbox.clearHistory(includeFailed)}
      />
    </main>
  );
}
