import type { JSX } from 'preact';
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CandidateList, confidenceLabel } from '@/components/CandidateList';
import { ConnectionBar } from '@/components/ConnectionBar';
import { ContactForm } from '@/components/ContactForm';
import { ExistingSummary } from '@/components/ExistingSummary';
import { ListPicker } from '@/components/ListPicker';
import { MatchOffer } from '@/components/MatchOffer';
import { RecentCaptures } from '@/components/RecentCaptures';
import { SaveStatus } from '@/components/SaveStatus';
import { TagInput } from '@/components/TagInput';
import { statusOfItem, useWorkbench } from '@/lib/ui/use-workbench';

/** The workbench: every person on the page, checked against ActiveCampaign, edited and saved. */
export function App(): JSX.Element {
  const wb = useWorkbench();
  const candidate = wb.candidates[wb.active];

  // Re-capture when the target tab navigates (only works where the extension may read the tab).
  useEffect(() => {
    const onUpdated = (id: number, change: { status?: string }) => {
      if (id === wb.tabId && change.status === 'complete') void wb.capture();
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => browser.tabs.onUpdated.removeListener(onUpdated);
  }, [wb.tabId, wb.capture]);

  const lists = wb.lists.map((l) => ({
    ...l,
    status: wb.existing?.lists.find((x) => x.id === l.id)?.status,
  }));
  const batchCount = wb.batch.length;
  const saved = wb.savedItems;
  const done = saved.filter((i) => i.state === 'synced' || i.state === 'failed').length;

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
          void wb.save();
        }
      }}
    >
      <header class="panel__header">
        <h1>Sidecard</h1>
        <button type="button" class="secondary" onClick={() => void wb.capture()} disabled={wb.capturing}>
          {wb.capturing ? 'Reading page…' : 'Capture again'}
        </button>
      </header>
      <ConnectionBar status={wb.status} onOpenOptions={() => void browser.runtime.openOptionsPage()} />
      {wb.captureError && (
        <p class="error" role="alert">
          {wb.captureError}
        </p>
      )}
      {wb.page && wb.candidates.length === 0 && (
        <p class="hint">
          Nobody found on this page. Type the details below, or select a signature and use "Capture selection
          with Sidecard".
        </p>
      )}
      <CandidateList
        candidates={wb.candidates}
        active={wb.active}
        onPick={wb.pickCandidate}
        batch={wb.batch}
        onBatch={wb.setBatch}
      />
      {candidate && (
        <p class="hint confidence">
          {candidate.name} — {confidenceLabel(candidate.confidence)}
        </p>
      )}
      {wb.matches.length > 0 && !wb.draft.email && <MatchOffer matches={wb.matches} onLink={wb.linkMatch} />}
      {!wb.draft.email && wb.page && (
        <p class="hint">
          No email on this page — ActiveCampaign needs one. Type it below (Sidecard never guesses).
        </p>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void wb.save();
        }}
      >
        <ContactForm
          draft={wb.draft}
          original={wb.original}
          errors={wb.draft.email || wb.page ? wb.errors : {}}
          onChange={wb.setField}
          comparison={wb.comparison}
          takePage={wb.takePage}
          onTakePage={(field, take) =>
            wb.setTakePage(take ? [...wb.takePage, field] : wb.takePage.filter((f) => f !== field))
          }
          phoneHint={wb.phoneHint}
        />
        {wb.existing && <ExistingSummary contact={wb.existing} />}
        {wb.presets.presets.length > 0 && (
          <div class="field">
            <label for="preset">Preset</label>
            <select
              id="preset"
              onChange={(e) =>
                wb.applyPreset(wb.presets.presets.find((p) => p.name === e.currentTarget.value))
              }
            >
              <option value="">—</option>
              {wb.presets.presets.map((p) => (
                <option key={p.name} value={p.name} selected={p.name === wb.presets.defaultPreset}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <ListPicker
          lists={lists}
          selected={wb.selectedLists}
          onChange={wb.setSelectedLists}
          resubscribe={wb.resubscribe}
          onResubscribe={wb.setResubscribe}
        />
        <TagInput
          tags={wb.tags}
          onChange={wb.setTags}
          known={wb.knownTags.map((t) => t.name)}
          existing={wb.existing?.tags}
        />
        <div class="actions">
          <button type="submit" disabled={wb.saving}>
            Save
          </button>
          {batchCount > 1 && (
            <button type="button" class="secondary" onClick={() => void wb.saveBatch()} disabled={wb.saving}>
              Save {batchCount}
            </button>
          )}
        </div>
      </form>
      {wb.saveError && (
        <p class="error" role="alert">
          {wb.saveError}
        </p>
      )}
      {saved.length === 1 && saved[0] && (
        <SaveStatus {...statusOfItem(saved[0])} onRetry={() => wb.retry(saved[0]!.id)} />
      )}
      {saved.length > 1 && (
        <section class="batch-progress" aria-label="Batch progress">
          <progress max={saved.length} value={done} />
          <span>
            {done} of {saved.length} done
          </span>
          <ul>
            {saved.map((item) => (
              <li key={item.id}>
                {item.capture.contact.email}: <SaveStatus {...statusOfItem(item)} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <RecentCaptures items={wb.recent} onRetry={(id) => void wb.retry(id)} />
    </main>
  );
}
