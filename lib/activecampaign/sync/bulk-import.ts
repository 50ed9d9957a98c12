import type { AcClient, BulkContact } from '@/lib/activecampaign/client/v3';
import { AcError, isRetryable } from '@/lib/activecampaign/errors';
import { t } from '@/lib/i18n';
import type { SyncProgress } from '@/lib/outbox/progress';
import type { SaveRequest } from '@/lib/save/request';
import { type BulkDeps, chunkEntries, plannedImports } from './bulk';
import { idsOfNewContacts } from './bulk-ids';

/**
 * Creates new people through the bulk importer so that a lookup that missed someone cannot
 * overwrite or re-subscribe them. The importer upserts by email and cannot be told "create only",
 * but `import/info` reports which contacts it created (docs/activecampaign.md#bulk-import). So:
 * 1. people the lookup called new are imported with their email alone, which changes nothing on a
 *    contact AC already holds; the import (start time, then batch id) is in each person's progress
 *    before anything else happens, so a run that stops reads that import's outcome again;
 * 2. an id counts as created only if `import/info` lists it and AC's `cdate` for it is not older
 *    than the import; those people get their values in a second import (bulk.ts);
 * 3. whom the importer refused (an excluded or bounced address) is not saved another way; anyone
 *    else it did not show as created is saved per person, which creates with POST /contacts and
 *    re-plans on `duplicate`.
 * The importer is a queue with backlogs (waiting, claimed, active…): an import still running when
 * the poll gives up is read again on the next run, and finished per person once it is very old.
 */

/** How one new person's import ended. */
export type Creation =
  | { kind: 'created'; contactId: string }
  /** Not shown to be created by this import: saved per person, whose plan cannot overwrite. */
  | { kind: 'alone' }
  /** The importer refused the address (exclusion list, bounced, invalid): nothing is saved. */
  | { kind: 'refused'; error: AcError }
  /** The import is still running, or AC could not be asked: read it again on the next run. */
  | { kind: 'wait'; error: AcError };

interface NewPerson {
  capture: SaveRequest;
  progress: SyncProgress;
  saveProgress(progress: SyncProgress): Promise<void>;
}

type ImportRecord = { startedAt: number; batchId: string };

/**
 * import/info answers `status: false` for about a second after queueing; then poll less often. The
 * test build polls briefly, so its journeys see an import outlive the poll within seconds. (`env`
 * is absent where no bundler ran: the benches under tsx.)
 */
const POLL =
  import.meta.env?.MODE === 'test'
    ? { firstDelayMs: 250, maxIntervalMs: 500, timeoutMs: 3_000, giveUpAfterMs: 60_000 }
    : { firstDelayMs: 1_000, maxIntervalMs: 5_000, timeoutMs: 120_000, giveUpAfterMs: 6 * 3_600_000 };

/** Imports new people with their email alone, or reads the import an earlier run sent: one Creation each. */
export async function createInBulk(people: readonly NewPerson[], deps: BulkDeps): Promise<Creation[]> {
  const now = deps.now ?? Date.now;
  const creations = new Map<NewPerson, Creation>();
  const sent = new Map<string, { record: ImportRecord; people: NewPerson[] }>();
  const fresh: NewPerson[] = [];
  for (const person of people) {
    // A record without a batch id: AC never answered that import, so there is nothing to read.
    const record = person.progress.bulkImport;
    if (record?.batchId) {
      const group = sent.get(record.batchId) ?? {
        record: { ...record, batchId: record.batchId },
        people: [],
      };
      group.people.push(person);
      sent.set(record.batchId, group);
    } else if (await deps.client.findContactByEmail(person.capture.contact.email)) {
      // AC holds them (an import whose answer was lost may have made them): the single save's plan.
      creations.set(person, { kind: 'alone' });
    } else fresh.push(person);
  }
  let stopped: AcError | undefined;
  for (const chunk of chunkEntries(
    fresh.map((p) => ({ person: p, contact: { email: p.capture.contact.email } })),
  )) {
    const group = chunk.map((e) => e.person);
    // A rate limit or outage will hit the next chunk too.
    const queued = stopped ? undefined : await queueImport(deps.client, group, now);
    if (queued && 'error' in queued) stopped = queued.error;
    if (!queued || 'error' in queued) {
      for (const p of group) creations.set(p, stopped ? { kind: 'wait', error: stopped } : { kind: 'alone' });
      continue;
    }
    for (const p of queued.alone) creations.set(p, { kind: 'alone' });
    if (queued.sent.length > 0)
      sent.set(queued.record.batchId, { record: queued.record, people: queued.sent });
  }
  for (const { record, people: group } of sent.values()) {
    const outcomes = await outcomeOf(deps.client, record, group, deps);
    for (const [i, p] of group.entries()) creations.set(p, outcomes[i] ?? { kind: 'alone' });
  }
  return people.map((p) => creations.get(p) ?? { kind: 'alone' });
}

/**
 * Sends one chunk with emails alone, recording the import in each person's progress first. People
 * the importer rejects individually (a malformed address) go per person, and the rest are sent once
 * more; a failure of the whole request is answered as `error` when retryable.
 */
async function queueImport(
  client: AcClient,
  chunk: readonly NewPerson[],
  now: () => number,
): Promise<{ record: ImportRecord; sent: NewPerson[]; alone: NewPerson[] } | { error: AcError } | undefined> {
  const startedAt = now();
  const record = (p: NewPerson, batchId?: string) =>
    p.saveProgress({ ...p.progress, bulkImport: { startedAt, batchId } });
  await Promise.all(chunk.map((p) => record(p)));
  const alone: NewPerson[] = [];
  let sending = [...chunk];
  for (let attempt = 0; ; attempt++) {
    try {
      const { batchId } = await client.bulkImport(sending.map((p) => ({ email: p.capture.contact.email })));
      await Promise.all(sending.map((p) => record(p, batchId)));
      return { record: { startedAt, batchId }, sent: sending, alone };
    } catch (err) {
      if (!(err instanceof AcError)) throw err;
      if (isRetryable(err)) return { error: err };
      const failures = err.failures ?? [];
      if (attempt > 0 || failures.length === 0) return undefined;
      const bad = new Set(failures.map((f) => f.index));
      alone.push(...sending.filter((_, i) => bad.has(i)));
      sending = sending.filter((_, i) => !bad.has(i));
      if (sending.length === 0) return { record: { startedAt, batchId: '' }, sent: [], alone };
    }
  }
}

/** Reads a sent import's outcome (polling while it runs) and says what it did for each person. */
async function outcomeOf(
  client: AcClient,
  record: ImportRecord,
  sent: readonly NewPerson[],
  deps: BulkDeps,
): Promise<Creation[]> {
  if (sent.length === 0) return [];
  const now = deps.now ?? Date.now;
  const tooOld = now() - record.startedAt > POLL.giveUpAfterMs;
  let info: Awaited<ReturnType<AcClient['importInfo']>> | undefined;
  try {
    info = await pollImport(client, record.batchId, deps);
  } catch (err) {
    if (!(err instanceof AcError)) throw err;
    // AC could not say: ask again later; an import AC does not know, or a very old one, is done with.
    return sent.map(() => (isRetryable(err) && !tooOld ? { kind: 'wait', error: err } : { kind: 'alone' }));
  }
  if (!info) {
    const running = new AcError(
      'timeout',
      'ActiveCampaign is still importing these contacts. Will check again.',
    );
    return sent.map(() => (tooOld ? { kind: 'alone' } : { kind: 'wait', error: running }));
  }
  // Whatever the import's end (completed, failed, interrupted), only what AC shows is taken from it.
  const refused = new Set(info.failure.map((e) => e.toLowerCase()));
  const emails = sent.map((p) => ({ email: p.capture.contact.email }));
  // An error reading the new ids leaves those people unidentified: they go per person.
  const created = await idsOfNewContacts(client, info.success, emails, record.startedAt).catch(
    () => new Map<string, string>(),
  );
  return sent.map(({ capture }): Creation => {
    const email = capture.contact.email;
    const key = email.toLowerCase();
    if (refused.has(key))
      return { kind: 'refused', error: new AcError('validation', t('error_not_imported', { email })) };
    const contactId = created.get(key);
    return contactId ? { kind: 'created', contactId } : { kind: 'alone' };
  });
}

const FINISHED = new Set(['completed', 'failed', 'interrupted']);

/** import/info until the import finished; undefined if it still runs when the poll gives up. */
async function pollImport(client: AcClient, batchId: string, deps: BulkDeps) {
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const now = deps.now ?? Date.now;
  const deadline = now() + POLL.timeoutMs;
  for (let delay: number = POLL.firstDelayMs; ; delay = Math.min(delay * 1.5, POLL.maxIntervalMs)) {
    await sleep(delay);
    const info = await client.importInfo(batchId);
    if (FINISHED.has(info.status)) return info;
    if (now() + delay > deadline) return undefined;
  }
}

/**
 * Imports the values of people the first import created (bulk.ts#plannedImports). Answers each
 * person's progress once AC shows the import completed without refusing them; anyone else is
 * finished per person from the contact id, which reads what AC holds before writing.
 */
export async function importValues(
  people: readonly { capture: SaveRequest; contactId: string }[],
  deps: BulkDeps,
): Promise<(SyncProgress | undefined)[]> {
  const planned = await plannedImports(people, deps);
  const done = new Map<BulkContact, SyncProgress>();
  for (const chunk of chunkEntries(planned)) {
    try {
      const { batchId } = await deps.client.bulkImport(chunk.map((p) => p.contact));
      const info = await pollImport(deps.client, batchId, deps);
      if (info?.status !== 'completed') continue;
      const refused = new Set(info.failure.map((e) => e.toLowerCase()));
      for (const p of chunk) if (!refused.has(p.contact.email.toLowerCase())) done.set(p.contact, p.done);
    } catch (err) {
      if (!(err instanceof AcError)) throw err;
    }
  }
  return planned.map((p) => done.get(p.contact));
}
