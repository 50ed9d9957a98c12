import { AcError, isRetryable } from '@/lib/activecampaign/errors';
import { emptyProgress, type SyncProgress } from '@/lib/outbox/progress';
import type { SaveRequest } from '@/lib/save/request';
import { type BulkDeps, type BulkOutcome, partitionForBulk, runBulkImport } from './bulk';
import { runCaptureSync } from './run';

/**
 * A team page's batch: at least BULK_THRESHOLD people who qualify go through AC's bulk importer
 * (about one request each instead of about five), the rest one by one. Anyone the importer refused
 * on their own (a bad value, an excluded address) gets one per-person try with the full plan, so
 * the same safety rules decide and the user sees that person's own reason. A retryable failure of
 * the import itself (rate limit, outage) is left to the outbox, never retried here.
 */

type BatchDeps = BulkDeps & {
  /** Progress of one person's per-person sync, for the outbox item holding that capture. */
  saveProgress(capture: SaveRequest, progress: SyncProgress): Promise<void>;
};

type BatchOutcome = BulkOutcome & { via: 'bulk' | 'per-person' };

export async function runBatch(captures: readonly SaveRequest[], deps: BatchDeps): Promise<BatchOutcome[]> {
  const { bulk } = partitionForBulk(captures);
  const imported = new Map<SaveRequest, BulkOutcome>();
  if (bulk.length > 0) {
    const outcomes = await runBulkImport(bulk, deps);
    bulk.forEach((capture, i) => {
      const outcome = outcomes[i];
      if (outcome) imported.set(capture, outcome);
    });
  }
  const results: BatchOutcome[] = [];
  for (const capture of captures) {
    const outcome = imported.get(capture);
    if (outcome && (outcome.ok || (outcome.error && isRetryable(outcome.error)))) {
      results.push({ ...outcome, via: 'bulk' });
    } else {
      results.push(await onePerson(capture, deps));
    }
  }
  return results;
}

async function onePerson(capture: SaveRequest, deps: BatchDeps): Promise<BatchOutcome> {
  const email = capture.contact.email;
  try {
    const result = await runCaptureSync(capture, emptyProgress(), {
      ...deps,
      saveProgress: (progress) => deps.saveProgress(capture, progress),
    });
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
