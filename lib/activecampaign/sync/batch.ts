import { AcError } from '@/lib/activecampaign/errors';
import { emptyProgress, type SyncProgress } from '@/lib/outbox/progress';
import type { SaveRequest } from '@/lib/save/request';
import { BULK_THRESHOLD, type BulkDeps, canImportInBulk, needsStepsAfterImport } from './bulk';
import { type Creation, createInBulk, importValues } from './bulk-import';
import { runCaptureSync } from './run';

/**
 * A team page's batch: when at least BULK_THRESHOLD people qualify, the new ones are created
 * through AC's bulk importer (bulk-import.ts) and get their values in a second import; everything
 * else — people AC already holds, a second capture of an email earlier in the batch, saves the
 * importer cannot take, the account link and the note — runs per person through the same plan as
 * a single save, so each person ends exactly as saving them alone would leave them. A save whose
 * import was sent by an earlier run reads that import's outcome again; one that already changed a
 * contact resumes per person from its saved progress. A retryable failure is left to the outbox.
 */

interface BatchEntry {
  capture: SaveRequest;
  progress: SyncProgress;
}

type BatchDeps = BulkDeps & {
  /** Progress of the save at `index`, for the outbox item holding it. */
  saveProgress(index: number, progress: SyncProgress): Promise<void>;
};

interface BatchOutcome {
  email: string;
  ok: boolean;
  contactId?: string;
  skippedLists?: string[];
  error?: AcError;
  /** Whether the importer created the contact, or the per-person plan saved it. */
  via: 'bulk' | 'per-person';
}

/** One outcome per entry, in order. */
export async function runBatch(batch: readonly BatchEntry[], deps: BatchDeps): Promise<BatchOutcome[]> {
  const progress = batch.map((e) => e.progress);
  const save = (index: number) => async (p: SyncProgress) => {
    progress[index] = p;
    await deps.saveProgress(index, p);
  };
  const outcomes = new Map<number, BatchOutcome>();
  const viaImporter = importerCandidates(batch);
  const creations = await createInBulk(
    viaImporter.map((i) => ({ capture: batch[i]!.capture, progress: progress[i]!, saveProgress: save(i) })),
    deps,
  );
  const created: { index: number; contactId: string }[] = [];
  for (const [k, creation] of creations.entries()) {
    const index = viaImporter[k]!;
    const email = batch[index]!.capture.contact.email;
    if (creation.kind === 'created') created.push({ index, contactId: creation.contactId });
    else if (creation.kind !== 'alone')
      outcomes.set(index, { email, ok: false, error: creation.error, via: 'bulk' });
  }
  // Remembered with the failed save: a retry by hand goes per person (the import need not be read
  // again) and subscribes nobody without consent.
  await Promise.all(
    creations.map((c, k) => {
      const index = viaImporter[k]!;
      const { bulkImport: _read, ...rest } = progress[index]!;
      return c.kind === 'refused' && save(index)({ ...rest, importRefused: true });
    }),
  );
  // Saved together: the outbox writes progress asked for at once in one go.
  await Promise.all(
    created.map(({ index, contactId }) => save(index)({ ...emptyProgress(), contactId, created: true })),
  );
  const valued = await importValues(
    created.map(({ index, contactId }) => ({ capture: batch[index]!.capture, contactId })),
    deps,
  );
  await Promise.all(valued.map((done, k) => done && save(created[k]!.index)(done)));
  for (const [k, done] of valued.entries()) {
    const { index, contactId } = created[k]!;
    if (!done) continue;
    if (!needsStepsAfterImport(batch[index]!.capture, deps)) {
      outcomes.set(index, {
        email: batch[index]!.capture.contact.email,
        ok: true,
        contactId,
        skippedLists: [],
        via: 'bulk',
      });
    }
  }
  const waiting = waitingEmails(batch, creations, viaImporter);
  const results: BatchOutcome[] = [];
  for (const [index, { capture }] of batch.entries()) {
    const settled = outcomes.get(index);
    const waitFor = waiting.get(capture.contact.email.toLowerCase());
    if (settled) results.push(settled);
    // A later capture of an email whose import still runs waits with it: it must not race the import.
    else if (waitFor) results.push({ email: capture.contact.email, ok: false, error: waitFor, via: 'bulk' });
    else results.push(await onePerson(capture, progress[index]!, save(index), deps));
  }
  return results;
}

/**
 * Who goes through the importer: saves whose import an earlier run sent, and, when at least
 * BULK_THRESHOLD qualify, untouched saves the importer can take. A second capture of the same
 * email in the batch never does: it is saved per person after the first, as it would be alone.
 */
function importerCandidates(batch: readonly BatchEntry[]): number[] {
  const seen = new Set<string>();
  const resumed: number[] = [];
  const fresh: number[] = [];
  for (const [index, { capture, progress }] of batch.entries()) {
    const key = capture.contact.email.toLowerCase();
    const repeat = seen.has(key);
    seen.add(key);
    if (repeat || progress.contactId) continue;
    if (progress.bulkImport?.batchId) resumed.push(index);
    else if (canImportInBulk(capture)) fresh.push(index);
  }
  return [...resumed, ...(fresh.length >= BULK_THRESHOLD ? fresh : [])].sort((a, b) => a - b);
}

/** Emails whose import is still running, with the reason to wait, for their later captures. */
function waitingEmails(
  batch: readonly BatchEntry[],
  creations: readonly Creation[],
  viaImporter: readonly number[],
): Map<string, AcError> {
  const waiting = new Map<string, AcError>();
  creations.forEach((c, k) => {
    if (c.kind === 'wait') waiting.set(batch[viaImporter[k]!]!.capture.contact.email.toLowerCase(), c.error);
  });
  return waiting;
}

async function onePerson(
  capture: SaveRequest,
  progress: SyncProgress,
  saveProgress: (p: SyncProgress) => Promise<void>,
  deps: BatchDeps,
): Promise<BatchOutcome> {
  const email = capture.contact.email;
  try {
    const result = await runCaptureSync(capture, progress, { ...deps, saveProgress });
    return {
      email,
      ok: true,
      contactId: result.contactId,
      skippedLists: result.skippedLists,
      via: progress.created ? 'bulk' : 'per-person',
    };
  } catch (err) {
    if (!(err instanceof AcError)) throw err;
    return { email, ok: false, error: err, via: 'per-person' };
  }
}
