import type { TagIndex } from '@/lib/activecampaign/catalog/indexes';
import { knownTag } from '@/lib/activecampaign/catalog/tags';
import type { ContactWrite } from '@/lib/activecampaign/client/v3';
import { AcError } from '@/lib/activecampaign/errors';
import type { SyncProgress } from '@/lib/outbox/progress';
import type { ContactField, SaveRequest } from '@/lib/save/request';
import { tagKey, tagNameProblem, uniqueTagNames } from '@/lib/save/tag-name';
import type { Settings } from '@/lib/settings';
import { type FollowUpRequest, planFollowUps, type Withheld } from './follow-ups';
import { planLists, type SkippedList } from './lists';

/**
 * Pure planning: what AC holds × what the user saved × settings → the requests to send.
 * No I/O here, so every rule that protects CRM data is testable as a plain function:
 * - never send a blank (AC stores it and wipes the value, docs/activecampaign.md#contacts);
 * - never replace a different non-empty value unless the user chose to (`capture.overwrite`);
 * - never change a list status the contact already has (0, 2, 3) without consent (lists.ts);
 * - never create a tag that exists under another case (AC compares case-insensitively).
 */

export type MappedFieldKey = keyof Settings['fieldMap'];

/** A mapped custom field after its id or perstag was looked up. */
export interface ResolvedField {
  id: string;
  /** AC field type; only text, textarea and hidden resolve (catalog/fields.ts refuses the others). */
  type: string;
}
export type ResolvedFields = Partial<Record<MappedFieldKey, ResolvedField>>;

/** What AC holds for an existing contact, as far as planning needs it. */
export interface ContactState {
  id: string;
  firstName: string;
  lastName: string;
  phone: string;
  /** Field id → stored value. */
  fieldValues: Record<string, string>;
  /** List id → status ("0" unconfirmed, "1" active, "2" unsubscribed, "3" bounced). */
  listStatuses: Record<string, string>;
  tagIds: string[];
  hasAccount: boolean;
}

export type PlannedRequest =
  /**
   * An existing contact is written by id (PUT /contacts/{id}), never by email: an upsert by email
   * would land on whichever contact AC holds under it. On an email change the body carries the new email.
   */
  | { kind: 'updateContact'; contactId: string; body: ContactWrite }
  /** The lookup said "new": POST /contacts, which cannot update (docs/activecampaign.md#contacts). */
  | { kind: 'createContact'; body: ContactWrite & { email: string } }
  | { kind: 'subscribe'; list: string; resubscribe: boolean }
  /** `tagId` absent: not in the index yet, so search and, failing that, create. */
  | { kind: 'tag'; name: string; tagId?: string }
  | { kind: 'account'; name: string; jobTitle?: string }
  | { kind: 'note'; text: string }
  | FollowUpRequest;

export interface SyncPlan {
  requests: PlannedRequest[];
  skippedLists: SkippedList[];
  /** Follow-ups left out on purpose (an automation without the list consent it needs). */
  withheld: Withheld[];
}

interface PlanInput {
  capture: SaveRequest;
  settings: Settings;
  /** The contact AC holds (under the previous email when `emailChange`), or null for a new one. */
  held: ContactState | null;
  emailChange: boolean;
  fields: ResolvedFields;
  tagIndex: TagIndex;
  progress: SyncProgress;
}

// ---- values ----

/** Which capture value feeds each mappable custom field, and which overwrite choice governs it. */
export const MAPPED_FIELD_SOURCES: Record<
  MappedFieldKey,
  { value(c: SaveRequest): string | undefined; overwrite?: ContactField }
> = {
  linkedinUrl: { value: (c) => c.contact.profileUrl, overwrite: 'profileUrl' },
  jobTitle: { value: (c) => c.contact.title, overwrite: 'title' },
  // No overwrite choice: the first page a contact came from stays recorded.
  sourceUrl: { value: (c) => c.source?.url },
};

export const CORE_FIELDS = ['firstName', 'lastName', 'phone'] as const;

export const mayOverwrite = (capture: SaveRequest, field: ContactField | undefined): boolean =>
  field !== undefined && capture.overwrite.includes(field);

/** AC stores phone as free text; compare without formatting so "+1 (213) 373-4253" equals "+12133734253". */
const comparable = (field: string, value: string): string =>
  field === 'phone' ? value.replace(/[\s().-]/g, '') : value.trim();

/**
 * The one rule for every value we write: nothing blank, nothing unchanged, and a different
 * non-empty value in AC is replaced only with the user's consent.
 */
export function chooseValue(
  field: string,
  held: string | undefined,
  incoming: string | undefined,
  mayOverwrite: boolean,
): string | undefined {
  const value = incoming?.trim();
  if (!value) return undefined;
  const current = held?.trim() ?? '';
  if (current === '') return value;
  if (comparable(field, current) === comparable(field, value)) return undefined;
  return mayOverwrite ? value : undefined;
}

/** Mapped fields the capture has a value for: the only ones worth resolving. */
export function mappedFieldsWithValues(capture: SaveRequest, settings: Settings): MappedFieldKey[] {
  return (Object.keys(MAPPED_FIELD_SOURCES) as MappedFieldKey[]).filter(
    (key) => settings.fieldMap[key] && MAPPED_FIELD_SOURCES[key].value(capture)?.trim(),
  );
}

/** The contact and custom-field values to write, each only if `chooseValue` allows it. */
function planContactValues(
  held: ContactState | null,
  capture: SaveRequest,
  fields: ResolvedFields,
): Omit<ContactWrite, 'email'> {
  const may = (field: ContactField | undefined) => mayOverwrite(capture, field);
  const write: Omit<ContactWrite, 'email'> = {};
  for (const field of CORE_FIELDS) {
    const value = chooseValue(field, held?.[field], capture.contact[field], may(field));
    if (value !== undefined) write[field] = value;
  }
  const fieldValues: { field: string; value: string }[] = [];
  for (const [key, source] of Object.entries(MAPPED_FIELD_SOURCES) as [
    MappedFieldKey,
    typeof MAPPED_FIELD_SOURCES.linkedinUrl,
  ][]) {
    const resolved = fields[key];
    const incoming = source.value(capture)?.trim();
    if (!resolved || !incoming) continue;
    const value = chooseValue(key, held?.fieldValues[resolved.id], incoming, may(source.overwrite));
    if (value !== undefined) fieldValues.push({ field: resolved.id, value });
  }
  if (fieldValues.length > 0) write.fieldValues = fieldValues;
  return write;
}

// ---- tags ----

/** Refuse names AC would refuse (lib/save/tag-name.ts) before any request is made. */
export function assertValidTagNames(names: readonly string[]): void {
  for (const name of names) {
    const problem = tagNameProblem(name);
    if (problem)
      throw new AcError('validation', problem, { code: 'field_invalid', pointer: '/data/attributes/tag' });
  }
}

/** Tags still to attach; ids come from the index whenever it knows the name in any case. */
function planTags(
  names: readonly string[],
  index: TagIndex,
  heldTagIds: readonly string[],
  done: readonly string[],
): { name: string; tagId?: string }[] {
  return uniqueTagNames(names).flatMap((name) => {
    const key = tagKey(name);
    const known = knownTag(index, name);
    if (done.includes(key) || (known && heldTagIds.includes(known.id))) return [];
    return [known ? { name: known.name, tagId: known.id } : { name }];
  });
}

// ---- account, note ----

/** AC allows one account per contact (docs/activecampaign.md#contacts): a contact that has one keeps it. */
function planAccount(
  held: ContactState | null,
  capture: SaveRequest,
  settings: Settings,
): { name: string; jobTitle?: string } | undefined {
  const name = capture.contact.company?.trim();
  if (!settings.companyToAccount || !name || held?.hasAccount) return undefined;
  const jobTitle = capture.contact.title?.trim();
  return jobTitle ? { name, jobTitle } : { name };
}

/** The user's own note and, if enabled, where and when the contact was captured. */
export function planNote(capture: SaveRequest, settings: Settings): string | undefined {
  const parts: string[] = [];
  const own = capture.note?.trim();
  if (own) parts.push(own);
  if (settings.provenanceNote) {
    const page = capture.source
      ? ` from “${capture.source.title || capture.source.url}” (${capture.source.url})`
      : '';
    parts.push(`Captured with Sidecard${page} on ${capture.capturedAt}.`);
  }
  return parts.length > 0 ? parts.join('\n\n') : undefined;
}

// ---- whole plan ----

export function isEmailChange(capture: SaveRequest): boolean {
  const previous = capture.previousEmail;
  return previous !== undefined && previous.toLowerCase() !== capture.contact.email.toLowerCase();
}

/** Everything not yet done for this capture, in the order it must happen. */
export function planCaptureSync({
  capture,
  settings,
  held,
  emailChange,
  fields,
  tagIndex,
  progress,
}: PlanInput): SyncPlan {
  const { steps } = progress;
  const requests: PlannedRequest[] = [];
  const email = capture.contact.email;

  if (!steps.contact) {
    const values = planContactValues(held, capture, fields);
    if (!held) {
      // A new contact is created even with nothing but its email.
      requests.push({ kind: 'createContact', body: { email, ...values } });
    } else if (emailChange || Object.keys(values).length > 0) {
      requests.push({
        kind: 'updateContact',
        contactId: held.id,
        body: emailChange ? { email, ...values } : values,
      });
    }
  }

  // An address AC's importer refused counts as bounced on every list it holds no status on.
  const refused = progress.importRefused ? Object.fromEntries(capture.lists.map((l) => [l, '3'])) : {};
  const lists = planLists({ ...refused, ...held?.listStatuses }, capture, steps.lists);
  for (const { list, resubscribe } of lists.subscribe)
    requests.push({ kind: 'subscribe', list, resubscribe });

  for (const tag of planTags(capture.tags, tagIndex, held?.tagIds ?? [], steps.tags)) {
    requests.push({ kind: 'tag', ...tag });
  }

  const account = steps.account ? undefined : planAccount(held, capture, settings);
  if (account) requests.push({ kind: 'account', ...account });

  const note = steps.note ? undefined : planNote(capture, settings);
  if (note) requests.push({ kind: 'note', text: note });

  const followUps = planFollowUps(capture, held, progress);
  requests.push(...followUps.requests);

  return { requests, skippedLists: lists.skipped, withheld: followUps.withheld };
}
