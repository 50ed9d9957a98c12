import { resolveMappedFields } from '@/lib/activecampaign/catalog/fields';
import { knownTag } from '@/lib/activecampaign/catalog/tags';
import type { BulkContact } from '@/lib/activecampaign/client/v3';
import type { SyncProgress } from '@/lib/outbox/progress';
import type { SaveRequest } from '@/lib/save/request';
import { tagKey, tagNameProblem, uniqueTagNames } from '@/lib/save/tag-name';
import { planLists } from './lists';
import {
  CORE_FIELDS,
  chooseValue,
  isEmailChange,
  MAPPED_FIELD_SOURCES,
  type MappedFieldKey,
  mappedFieldsWithValues,
  planNote,
} from './plan';
import type { SyncDeps } from './run';

/**
 * Many new people at once go through AC's bulk importer (docs/activecampaign.md#bulk-import): about
 * one request each instead of about five. The importer upserts and cannot "keep AC's value", so it
 * only ever writes where there is no value to keep: to contacts it showed it created a moment ago
 * (bulk-import.ts). There it writes what a single save writes to a new contact (every non-blank
 * value, the mapped fields, tags, lists), and the account link with its job title and the note follow
 * as per-person steps, by the same plan as a single save (plan.ts). Anyone AC already holds is saved
 * per person, so a batch never writes other values than saving each person alone would; so is a
 * save with a deal, a task or an automation (follow-ups.ts), which the importer cannot do.
 */

/** AC recommends the v3 per-contact calls below this many contacts. */
export const BULK_THRESHOLD = 10;
/** The importer's own limits: 250 contacts, and payloads under 400 000 bytes. */
const IMPORT_LIMITS = { contacts: 250, bytes: 400_000 } as const;

export type BulkDeps = Omit<SyncDeps, 'saveProgress'> & {
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
};

/**
 * What the importer cannot do for a capture, so it is saved per person: an email change,
 * re-subscription consent, the user's own note, or a tag name AC refuses (the per-person run says why).
 */
export function canImportInBulk(capture: SaveRequest): boolean {
  return (
    !isEmailChange(capture) &&
    capture.resubscribeLists.length === 0 &&
    !capture.note?.trim() &&
    !(capture.deal || capture.task || capture.automation) &&
    capture.tags.every((name) => tagNameProblem(name) === null)
  );
}

/** Whether a person imported in bulk still needs per-person steps: the account link, the note. */
export function needsStepsAfterImport(capture: SaveRequest, deps: BulkDeps): boolean {
  return (
    (deps.settings.companyToAccount && !!capture.contact.company?.trim()) ||
    planNote(capture, deps.settings) !== undefined
  );
}

/**
 * The values a single save writes to a contact it creates, as the importer takes them (everything
 * but the account link and the note), and the progress once they are in. `contactId` is the contact
 * the first import created, which holds nothing but the email.
 */
export async function plannedImports(
  people: readonly { capture: SaveRequest; contactId: string }[],
  deps: BulkDeps,
): Promise<{ contact: BulkContact; done: SyncProgress }[]> {
  const { client, settings } = deps;
  const keys = [...new Set(people.flatMap((p) => mappedFieldsWithValues(p.capture, settings)))];
  const fields = await resolveMappedFields(keys, settings, client, deps.fieldIndex);
  const tagIndex = (await deps.tagIndex.load()) ?? { tags: {} };
  return people.map(({ capture, contactId }) => {
    const contact: BulkContact = { email: capture.contact.email };
    const bulkKeys = { firstName: 'first_name', lastName: 'last_name', phone: 'phone' } as const;
    for (const field of CORE_FIELDS) {
      const value = chooseValue(field, undefined, capture.contact[field], false);
      if (value !== undefined) contact[bulkKeys[field]] = value;
    }
    const fieldValues = (Object.keys(MAPPED_FIELD_SOURCES) as MappedFieldKey[]).flatMap((key) => {
      const resolved = fields[key];
      const value = chooseValue(key, undefined, MAPPED_FIELD_SOURCES[key].value(capture), false);
      return resolved && value !== undefined ? [{ id: Number(resolved.id), value }] : [];
    });
    if (fieldValues.length > 0) contact.fields = fieldValues;
    // Canonical spelling from the index, so "vip" is not imported as a second tag beside "VIP".
    const tagNames = uniqueTagNames(capture.tags).map((name) => knownTag(tagIndex, name)?.name ?? name);
    if (tagNames.length > 0) contact.tags = tagNames;
    // A contact made a moment ago has no list status: every list is subscribed, as a single save would.
    const lists = planLists({}, capture, []).subscribe.map((s) => s.list);
    if (lists.length > 0) contact.subscribe = lists.map((list) => ({ listid: Number(list) }));
    const done: SyncProgress = {
      contactId,
      created: true,
      steps: { contact: true, fields: true, lists, tags: tagNames.map(tagKey) },
      skippedLists: [],
    };
    return { contact, done };
  });
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
