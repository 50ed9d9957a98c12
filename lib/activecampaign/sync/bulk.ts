import { resolveMappedFields } from '@/lib/activecampaign/catalog/fields';
import type { TagIndex } from '@/lib/activecampaign/catalog/indexes';
import { knownTag } from '@/lib/activecampaign/catalog/tags';
import type { AcClient, BulkContact } from '@/lib/activecampaign/client/v3';

import { AcError } from '@/lib/activecampaign/errors';
import { t } from '@/lib/i18n';
import type { SaveRequest } from '@/lib/save/request';
import { uniqueTagNames } from '@/lib/save/tag-name';
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
 * - new contacts get every non-blank value, mapped fields and the company, but only once the
 *   importer showed it created them (bulk-import.ts: a lookup that missed must not overwrite);
 * - existing contacts get first/last name and phone only where AC holds none (or the user chose
 *   to overwrite), mapped custom fields only when the user chose to overwrite them (their stored
 *   values would cost another read each), no source URL and no company (one account per contact);
 * - lists the contact unsubscribed from are left out (the importer would refuse the whole contact);
 * - captures needing what the importer cannot do (email change, re-subscription consent, a note, a
 *   deal, task or automation)
 *   go through the per-contact plan: see partitionForBulk. Provenance notes are not written here.
 */

/** AC recommends the v3 per-contact calls below this many contacts. */
export const BULK_THRESHOLD = 10;
/** The importer's own limits: 250 contacts, and payloads under 400 000 bytes. */
const IMPORT_LIMITS = { contacts: 250, bytes: 400_000 } as const;

export type BulkDeps = Omit<SyncDeps, 'saveProgress'> & {
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  pollTimeoutMs?: number;
  /**
   * The import created this person's contact. The outbox keeps the id, so a run stopped before the
   * values went in resumes that save on its own, on this contact, instead of importing it again.
   */
  created?(capture: SaveRequest, contactId: string): Promise<void>;
};

export interface BulkOutcome {
  email: string;
  ok: boolean;
  /** Known for existing contacts and for new ones the import could be matched to. */
  contactId?: string;
  /**
   * The importer cannot tell whether AC already held this person (the lookup said new, yet the
   * import did not create them): their save must go through the per-person plan.
   */
  alone?: true;
  skippedLists?: string[];
  error?: AcError;
}

/** What the importer cannot do for a capture; such captures use runCaptureSync. */
export function canImportInBulk(capture: SaveRequest): boolean {
  const followUp = capture.deal || capture.task || capture.automation;
  return (
    !isEmailChange(capture) && capture.resubscribeLists.length === 0 && !capture.note?.trim() && !followUp
  );
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

/** What the import of one person needs: the lookup's answer and the planned bulk contact. */
export interface Entry {
  email: string;
  capture: SaveRequest;
  /** Known for an existing contact, and for a new one once the import created it. */
  contactId?: string;
  existing: boolean;
  contact: BulkContact;
  skippedLists: string[];
}

/**
 * Looks each person up and plans their bulk contact; those the importer cannot take get their
 * refusal as an outcome (keyed by lower-case email). The same person twice is imported once.
 */
export async function prepareEntries(
  captures: readonly SaveRequest[],
  deps: BulkDeps,
): Promise<{ entries: Entry[]; refused: Map<string, BulkOutcome> }> {
  const { client, settings } = deps;
  const refused = new Map<string, BulkOutcome>();
  const eligible: SaveRequest[] = [];
  for (const capture of captures) {
    const email = capture.contact.email;
    const refusal = bulkRefusal(capture);
    if (refusal) refused.set(email.toLowerCase(), { email, ok: false, error: refusal });
    else if (!refused.has(email.toLowerCase())) eligible.push(capture);
  }

  const keys = [...new Set(eligible.flatMap((c) => mappedFieldsWithValues(c, settings)))];
  const fields = await resolveMappedFields(keys, settings, client, deps.fieldIndex);
  const tagIndex: TagIndex = (await deps.tagIndex.load()) ?? { tags: {} };
  const entries: Entry[] = [];
  const seen = new Set<string>();
  for (const capture of eligible) {
    const key = capture.contact.email.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    entries.push(await prepareEntry(client, capture, fields, tagIndex, settings.companyToAccount));
  }
  return { entries, refused };
}

function bulkRefusal(capture: SaveRequest): AcError | undefined {
  if (!canImportInBulk(capture)) {
    return new AcError('validation', t('error_not_bulk'));
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
  return { email, capture, contactId: existing?.id, existing: !!existing, contact, skippedLists };
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
