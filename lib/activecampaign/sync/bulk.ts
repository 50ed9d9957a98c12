import { resolveMappedFields } from '@/lib/activecampaign/catalog/fields';
import type { TagIndex } from '@/lib/activecampaign/catalog/indexes';
import { knownTag } from '@/lib/activecampaign/catalog/tags';
import type { AcContact } from '@/lib/activecampaign/client/schemas';
import type { AcClient, BulkContact } from '@/lib/activecampaign/client/v3';

import { AcError, isRetryable } from '@/lib/activecampaign/errors';
import type { SaveRequest } from '@/lib/save/request';
import { uniqueTagNames } from '@/lib/save/tag-name';
import { idsOfNewContacts } from './bulk-ids';
import { planLists } from './lists';
import {
  assertValidTagNames,
  CORE_FIELDS,
  chooseValue,
  isEmailChange,
  MAPPED_FIELD_SOURCES,
  type MappedFieldKey,
  mappedFieldsWithValues,
  mayOverwrite,
  type ResolvedFields,
} from './plan';
import type { SyncDeps } from './run';

/**
 * Many captures at once go through AC's bulk importer (docs/activecampaign.md#bulk-import): ~1 request per contact instead
 * of ~5. The importer upserts and cannot "keep AC's value", so each email is looked up first
 * (one read per contact) and the same rules as the per-contact plan decide what is sent:
 * - new contacts get every non-blank value, mapped fields and the company;
 * - existing contacts get first/last name and phone only where AC holds none (or the user chose
 *   to overwrite), mapped custom fields only when the user chose to overwrite them (their stored
 *   values would cost another read each), no source URL and no company (one account per contact);
 * - lists the contact unsubscribed from are left out (the importer would refuse the whole contact);
 * - captures needing what the importer cannot do (email change, re-subscription consent, a note)
 *   go through the per-contact plan: see partitionForBulk. Provenance notes are not written here.
 */

/** AC recommends the v3 per-contact calls below this many contacts. */
const BULK_THRESHOLD = 10;
/** The importer's own limits: 250 contacts, and payloads under 400 000 bytes. */
const IMPORT_LIMITS = { contacts: 250, bytes: 400_000 } as const;
/** import/info answers `status: false` for about a second after queueing; then poll less often. */
const POLL = { firstDelayMs: 1_000, maxIntervalMs: 5_000, defaultTimeoutMs: 120_000 } as const;
const FINISHED = new Set(['completed', 'failed', 'interrupted']);

export type BulkDeps = Omit<SyncDeps, 'saveProgress'> & {
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  pollTimeoutMs?: number;
};

export interface BulkOutcome {
  email: string;
  ok: boolean;
  /** Known for existing contacts and for new ones the import could be matched to. */
  contactId?: string;
  skippedLists?: string[];
  error?: AcError;
}

/** What the importer cannot do for a capture; such captures use runCaptureSync. */
export function canImportInBulk(capture: SaveRequest): boolean {
  return !isEmailChange(capture) && capture.resubscribeLists.length === 0 && !capture.note?.trim();
}

/** Splits a batch: bulk only when at least BULK_THRESHOLD captures qualify. */
export function partitionForBulk(captures: readonly SaveRequest[]): {
  bulk: SaveRequest[];
  perContact: SaveRequest[];
} {
  const bulk = captures.filter(canImportInBulk);
  if (bulk.length < BULK_THRESHOLD) return { bulk: [], perContact: [...captures] };
  return { bulk, perContact: captures.filter((c) => !canImportInBulk(c)) };
}

interface Entry {
  email: string;
  existing: AcContact | null;
  contact: BulkContact;
  skippedLists: string[];
}

/** Outcomes in the order of `captures`. Throws only when nothing was imported yet (e.g. lookups failed). */
export async function runBulkImport(
  captures: readonly SaveRequest[],
  deps: BulkDeps,
): Promise<BulkOutcome[]> {
  const { client, settings } = deps;
  const outcomes = new Map<string, BulkOutcome>();
  const eligible: SaveRequest[] = [];
  for (const capture of captures) {
    const email = capture.contact.email;
    const refusal = bulkRefusal(capture);
    if (refusal) outcomes.set(email.toLowerCase(), { email, ok: false, error: refusal });
    else if (!outcomes.has(email.toLowerCase())) eligible.push(capture);
  }

  const keys = [...new Set(eligible.flatMap((c) => mappedFieldsWithValues(c, settings)))];
  const fields = await resolveMappedFields(keys, settings, client, deps.fieldIndex);
  const tagIndex: TagIndex = (await deps.tagIndex.load()) ?? { tags: {} };
  const entries: Entry[] = [];
  const seen = new Set<string>();
  for (const capture of eligible) {
    const key = capture.contact.email.toLowerCase();
    if (seen.has(key)) continue; // the same person twice: one import, one shared outcome
    seen.add(key);
    entries.push(await prepareEntry(client, capture, fields, tagIndex, settings.companyToAccount));
  }

  let stopped: AcError | undefined;
  for (const chunk of chunkEntries(entries)) {
    const results = stopped ? failAll(chunk, stopped) : await importChunk(client, chunk, deps);
    for (const outcome of results) outcomes.set(outcome.email.toLowerCase(), outcome);
    // A rate limit or outage will hit the next chunk too; leave the rest for the outbox's retry.
    stopped ??= results.find((r) => r.error && isRetryable(r.error))?.error;
  }
  return captures.map((c) => {
    const outcome = outcomes.get(c.contact.email.toLowerCase());
    return { ...(outcome ?? { ok: false }), email: c.contact.email };
  });
}

function bulkRefusal(capture: SaveRequest): AcError | undefined {
  if (!canImportInBulk(capture)) {
    return new AcError('validation', 'This capture needs to be saved on its own, not in a bulk import.');
  }
  try {
    assertValidTagNames(capture.tags);
    return undefined;
  } catch (err) {
    return err as AcError;
  }
}

async function prepareEntry(
  client: AcClient,
  capture: SaveRequest,
  fields: ResolvedFields,
  tagIndex: TagIndex,
  companyToAccount: boolean,
): Promise<Entry> {
  const { contact: values, lists, tags } = capture;
  const email = values.email;
  const existing = await client.findContactByEmail(email);
  const contact: BulkContact = { email };
  const set = <K extends keyof BulkContact>(key: K, value: BulkContact[K] | undefined) => {
    if (value !== undefined) contact[key] = value;
  };

  const bulkKeys = { firstName: 'first_name', lastName: 'last_name', phone: 'phone' } as const;
  for (const field of CORE_FIELDS) {
    set(bulkKeys[field], chooseValue(field, existing?.[field], values[field], mayOverwrite(capture, field)));
  }
  const fieldValues = (Object.keys(MAPPED_FIELD_SOURCES) as MappedFieldKey[]).flatMap((key) => {
    const resolved = fields[key];
    const source = MAPPED_FIELD_SOURCES[key];
    const value = source.value(capture)?.trim();
    if (!resolved || !value || (existing && !mayOverwrite(capture, source.overwrite))) return [];
    return [{ id: Number(resolved.id), value }];
  });
  if (fieldValues.length > 0) contact.fields = fieldValues;
  if (!existing && companyToAccount) set('customer_acct_name', values.company?.trim() || undefined);

  // Canonical spelling from the index, so "vip" is not imported as a second tag beside "VIP".
  const tagNames = uniqueTagNames(tags).map((name) => knownTag(tagIndex, name)?.name ?? name);
  if (tagNames.length > 0) contact.tags = tagNames;

  let skippedLists: string[] = [];
  if (lists.length > 0) {
    const statuses = existing ? await client.getContactLists(existing.id) : [];
    const plan = planLists(Object.fromEntries(statuses.map((s) => [s.list, s.status])), capture, []);
    skippedLists = plan.skipped.map((s) => s.list);
    if (plan.subscribe.length > 0)
      contact.subscribe = plan.subscribe.map((s) => ({ listid: Number(s.list) }));
  }
  return { email, existing, contact, skippedLists };
}

const encoder = new TextEncoder();
const payloadBytes = (contacts: BulkContact[]): number => encoder.encode(JSON.stringify({ contacts })).length;

/** Greedy chunks of at most 250 contacts and fewer than 400 000 bytes each. */
export function chunkEntries<T extends { contact: BulkContact }>(entries: readonly T[]): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  for (const entry of entries) {
    const candidate = [...current, entry];
    const tooBig = payloadBytes(candidate.map((e) => e.contact)) >= IMPORT_LIMITS.bytes;
    if (current.length > 0 && (candidate.length > IMPORT_LIMITS.contacts || tooBig)) {
      chunks.push(current);
      current = [entry];
    } else {
      current = candidate;
    }
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

function failAll(chunk: readonly Entry[], error: AcError): BulkOutcome[] {
  return chunk.map((e) => ({ email: e.email, ok: false, contactId: e.existing?.id, error }));
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
      // Ids are a convenience: an error reading them must not turn a finished import into a failure.
      const newIds = await idsOfNewContacts(client, info.success, sent).catch(
        () => new Map<string, string>(),
      );
      return sent.map((e) =>
        failed.has(e.email.toLowerCase())
          ? {
              email: e.email,
              ok: false,
              contactId: e.existing?.id,
              error: new AcError('validation', `ActiveCampaign could not import ${e.email}.`),
            }
          : {
              email: e.email,
              ok: true,
              contactId: e.existing?.id ?? newIds.get(e.email.toLowerCase()),
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
