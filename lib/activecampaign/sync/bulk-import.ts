import type { AcClient } from '@/lib/activecampaign/client/v3';
import { AcError, isRetryable } from '@/lib/activecampaign/errors';
import { t } from '@/lib/i18n';
import type { SaveRequest } from '@/lib/save/request';
import { type BulkDeps, type BulkOutcome, chunkEntries, type Entry, prepareEntries } from './bulk';
import { idsOfNewContacts } from './bulk-ids';

/**
 * Runs a bulk import so that a lookup that missed someone cannot overwrite or re-subscribe them.
 * The importer upserts by email and cannot be told "create only", but `import/info` lists the ids
 * of the contacts it newly created (docs/activecampaign.md#bulk-import). So:
 * 1. existing contacts are imported with their planned values, and people the lookup called new
 *    with their email alone, which changes nothing on a contact AC already holds;
 * 2. only those the importer reported as created are imported again with all their values; anyone
 *    else the lookup called new goes through the per-person plan (`alone`), which creates with
 *    POST /contacts and re-plans on `duplicate`.
 * Repeating it is safe: every run looks each email up first, so a contact an earlier, interrupted
 * run created is planned as existing; and the importer matches by email, so it never makes a
 * second contact for one address.
 */

/** import/info answers `status: false` for about a second after queueing; then poll less often. */
const POLL = { firstDelayMs: 1_000, maxIntervalMs: 5_000, defaultTimeoutMs: 120_000 } as const;
const FINISHED = new Set(['completed', 'failed', 'interrupted']);

/** Outcomes in the order of `captures`. Throws only when nothing was imported yet (e.g. lookups failed). */
export async function runBulkImport(
  captures: readonly SaveRequest[],
  deps: BulkDeps,
): Promise<BulkOutcome[]> {
  const { entries, refused: outcomes } = await prepareEntries(captures, deps);
  const emailOnly = (e: Entry): Entry => (e.existing ? e : { ...e, contact: { email: e.email } });
  const created: Entry[] = [];
  for (const outcome of await importAll(entries.map(emailOnly), deps)) {
    const key = outcome.email.toLowerCase();
    const entry = entries.find((e) => e.email.toLowerCase() === key);
    if (!entry || entry.existing || !outcome.ok) outcomes.set(key, outcome);
    else if (!outcome.contactId) outcomes.set(key, { email: outcome.email, ok: false, alone: true });
    else {
      created.push({ ...entry, contactId: outcome.contactId });
      await deps.created?.(entry.capture, outcome.contactId);
    }
  }
  for (const outcome of await importAll(created, deps)) outcomes.set(outcome.email.toLowerCase(), outcome);
  return captures.map((c) => {
    const outcome = outcomes.get(c.contact.email.toLowerCase());
    return { ...(outcome ?? { ok: false }), email: c.contact.email };
  });
}

/** Imports entries chunk by chunk; a retryable failure leaves the remaining chunks to the outbox's retry. */
async function importAll(entries: readonly Entry[], deps: BulkDeps): Promise<BulkOutcome[]> {
  const outcomes: BulkOutcome[] = [];
  let stopped: AcError | undefined;
  for (const chunk of chunkEntries(entries)) {
    const results = stopped ? failAll(chunk, stopped) : await importChunk(deps.client, chunk, deps);
    outcomes.push(...results);
    // A rate limit or outage will hit the next chunk too.
    stopped ??= results.find((r) => r.error && isRetryable(r.error))?.error;
  }
  return outcomes;
}

function failAll(chunk: readonly Entry[], error: AcError): BulkOutcome[] {
  return chunk.map((e) => ({ email: e.email, ok: false, contactId: e.contactId, error }));
}

/** Imports one chunk; contacts the importer rejects individually are dropped and the rest resent once. */
async function importChunk(
  client: AcClient,
  chunk: readonly Entry[],
  deps: BulkDeps,
): Promise<BulkOutcome[]> {
  const rejected: BulkOutcome[] = [];
  let sending = [...chunk];
  let batchId: string | undefined;
  for (let attempt = 0; batchId === undefined; attempt++) {
    try {
      batchId = (await client.bulkImport(sending.map((e) => e.contact))).batchId;
    } catch (err) {
      if (!(err instanceof AcError)) throw err;
      const failures = err.failures ?? [];
      if (attempt > 0 || failures.length === 0) return [...rejected, ...failAll(sending, err)];
      const bad = new Set(failures.map((f) => f.index));
      for (const f of failures) {
        const entry = sending[f.index];
        if (entry)
          rejected.push({ email: entry.email, ok: false, error: new AcError('validation', f.message) });
      }
      sending = sending.filter((_, i) => !bad.has(i));
      if (sending.length === 0) return rejected;
    }
  }
  try {
    return [...rejected, ...(await collectResults(client, batchId, sending, deps))];
  } catch (err) {
    if (!(err instanceof AcError)) throw err;
    return [...rejected, ...failAll(sending, err)];
  }
}

async function collectResults(
  client: AcClient,
  batchId: string,
  sent: readonly Entry[],
  deps: BulkDeps,
): Promise<BulkOutcome[]> {
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const now = deps.now ?? Date.now;
  const deadline = now() + (deps.pollTimeoutMs ?? POLL.defaultTimeoutMs);
  let delay: number = POLL.firstDelayMs;
  for (;;) {
    await sleep(delay);
    const info = await client.importInfo(batchId);
    if (FINISHED.has(info.status)) {
      if (info.status !== 'completed') {
        return failAll(sent, new AcError('server', `ActiveCampaign stopped the import (${info.status}).`));
      }
      const failed = new Set(info.failure.map((e) => e.toLowerCase()));
      // An error reading the new ids leaves those people unidentified: they go per person.
      const newIds = await idsOfNewContacts(client, info.success, sent).catch(
        () => new Map<string, string>(),
      );
      return sent.map((e) =>
        failed.has(e.email.toLowerCase())
          ? {
              email: e.email,
              ok: false,
              contactId: e.contactId,
              error: new AcError('validation', t('error_not_imported', { email: e.email })),
            }
          : {
              email: e.email,
              ok: true,
              contactId: e.contactId ?? newIds.get(e.email.toLowerCase()),
              skippedLists: e.skippedLists,
            },
      );
    }
    if (now() + delay > deadline) {
      throw new AcError('timeout', 'ActiveCampaign is still importing these contacts. Will check again.');
    }
    delay = Math.min(delay * 1.5, POLL.maxIntervalMs);
  }
}
