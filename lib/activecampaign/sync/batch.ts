import { AcError, isRetryable } from '@/lib/activecampaign/errors';
import { emptyProgress, type SyncProgress } from '@/lib/outbox/progress';
import type { SaveRequest } from '@/lib/save/request';
import { type BulkDeps, type BulkOutcome, partitionForBulk } from './bulk';
import { runBulkImport } from './bulk-import';
import { runCaptureSync } from './run';

/**
 * A team page's batch: at least BULK_THRESHOLD people who qualify go through AC's bulk importer
 * (about one request each instead of about five), the rest one by one. Anyone the importer refused
 * on their own (a bad value, an excluded address), or could not show it created, gets one
 * per-person try with the full plan, so the same safety rules decide and the user sees that
 * person's own reason. A save that already changed AC (a worker stopped mid-batch) resumes on the
 * per-person path from its saved progress. A retryable failure of the import itself (rate limit,
 * outage) is left to the outbox, never retried here.
 */

interface BatchEntry {
  capture: SaveRequest;
  progress: SyncProgress;
}

type BatchDeps = Omit<BulkDeps, 'created'> & {
  /** Progress of the save at `index`, for the outbox item holding it. */
  saveProgress(index: number, progress: SyncProgress): Promise<void>;
};

type BatchOutcome = BulkOutcome & { via: 'bulk' | 'per-person' };

/** One outcome per entry, in order. */
export async function runBatch(batch: readonly BatchEntry[], deps: BatchDeps): Promise<BatchOutcome[]> {
  const untouched = batch.filter((e) => !e.progress.contactId).map((e) => e.capture);
  const { bulk } = partitionForBulk(untouched);
  const imported = new Map<SaveRequest, BulkOutcome>();
  if (bulk.length > 0) {
    const created = (capture: SaveRequest, contactId: string) =>
      deps.saveProgress(
        batch.findIndex((e) => e.capture === capture),
        { ...emptyProgress(), contactId, created: true },
      );
    const outcomes = await runBulkImport(bulk, { ...deps, created });
    bulk.forEach((capture, i) => {
      const outcome = outcomes[i];
      if (outcome) imported.set(capture, outcome);
    });
  }
  const results: BatchOutcome[] = [];
  for (const [index, entry] of batch.entries()) {
    const outcome = imported.get(entry.capture);
    if (outcome && (outcome.ok || (outcome.error && isRetryable(outcome.error)))) {
      results.push({ ...outcome, via: 'bulk' });
    } else {
      results.push(await onePerson(entry, outcome, (p) => deps.saveProgress(index, p), deps));
    }
  }
  return results;
}

async function onePerson(
  { capture, progress }: BatchEntry,
  imported: BulkOutcome | undefined,
  saveProgress: (p: SyncProgress) => Promise<void>,
  deps: BatchDeps,
): Promise<BatchOutcome> {
  const email = capture.contact.email;
  // The import may have just created the contact: resume from there, so it is not planned as new.
  const from =
    imported?.contactId && !progress.contactId ? { ...progress, contactId: imported.contactId } : progress;
  try {
    const result = await runCaptureSync(capture, from, { ...deps, saveProgress });
    return {
      email,
      ok: true,
      contactId: result.contactId,
      skippedLists: result.skippedLists,
      via: 'per-person',
    };
  } catch (err) {
    if (!(err instanceof AcError)) throw err;
    return { email, ok: false, error: err, via: 'per-person' };
  }
}
