import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { t } from '@/lib/i18n';
import type { ExistingContact } from '@/lib/messaging/protocol';
import { emailProblem, normalizeEmail, normalizePhone } from '@/lib/people';
import type { NormalizedCandidate } from '@/lib/people/types';
import {
  type ContactField,
  type SaveRequest,
  type SaveRequestInput,
  saveContactSchema,
  saveRequestSchema,
} from '@/lib/save/request';
import { DEFAULT_SETTINGS } from '@/lib/settings';

/** The side panel / popup form: plain strings, as the user sees and edits them. */
export interface ContactDraft {
  email: string;
  firstName: string;
  lastName: string;
  phone: string;
  company: string;
  title: string;
  profileUrl: string;
  note: string;
}
export type DraftField = keyof ContactDraft;

export const EMPTY_DRAFT: ContactDraft = {
  email: '',
  firstName: '',
  lastName: '',
  phone: '',
  company: '',
  title: '',
  profileUrl: '',
  note: '',
};

/** How the panel and the popup name a candidate: their name, else whose contacts they are. */
export function candidateName(candidate: NormalizedCandidate): string {
  return candidate.name || t(candidate.organisation ? 'person_organisation' : 'person_no_name');
}

export function draftFromCandidate(candidate: NormalizedCandidate | undefined): ContactDraft {
  if (!candidate) return EMPTY_DRAFT;
  return {
    email: candidate.emails[0] ?? '',
    firstName: candidate.firstName ?? '',
    lastName: candidate.lastName ?? '',
    phone: candidate.phones[0]?.value ?? '',
    company: candidate.company ?? '',
    title: candidate.title ?? '',
    profileUrl: candidate.profileUrl ?? '',
    note: '',
  };
}

/** The phone as it will be stored (E.164 when it parses) and as it is shown. */
export function phoneForSave(raw: string, country: string): { stored: string; display: string } {
  const phone = normalizePhone(raw, country);
  if (!phone) return { stored: raw.trim(), display: raw.trim() };
  const ext = phone.ext ? ` x${phone.ext}` : '';
  const stored = phone.e164 ? `${phone.e164}${ext}` : phone.value;
  const parsed = phone.e164 ? parsePhoneNumberFromString(phone.e164) : undefined;
  return { stored, display: parsed ? `${parsed.formatInternational()}${ext}` : stored };
}

/** Draft field → the capture's contact field, where they differ. */
const CONTACT_FIELD_OF: Partial<Record<DraftField, ContactField>> = {
  firstName: 'firstName',
  lastName: 'lastName',
  phone: 'phone',
  company: 'company',
  title: 'title',
  profileUrl: 'profileUrl',
};

/** The contact the save request will carry: blank fields are left out so they can never wipe stored data. */
function contactOf(draft: ContactDraft, country: string): Record<string, string> {
  const contact: Record<string, string> = { email: normalizeEmail(draft.email) ?? draft.email.trim() };
  for (const [field, key] of Object.entries(CONTACT_FIELD_OF) as [DraftField, ContactField][]) {
    const value = field === 'phone' ? phoneForSave(draft.phone, country).stored : draft[field].trim();
    if (value) contact[key] = value;
  }
  return contact;
}

export type DraftErrors = Partial<Record<DraftField, string>>;

/**
 * Per-field messages; an empty object means the draft can be saved. The limits are the save
 * request's own (lib/save/request.ts): the draft is checked exactly as the save will be.
 */
export function validateDraft(draft: ContactDraft, country = DEFAULT_SETTINGS.defaultCountry): DraftErrors {
  const parsed = saveContactSchema.safeParse(contactOf(draft, country));
  const errors: DraftErrors = {};
  for (const issue of parsed.error?.issues ?? []) {
    const field = issue.path[0] as DraftField;
    // A rejected email gets the reason in words ("only one @"), not just "invalid".
    const message = field === 'email' && draft.email.trim() ? emailProblem(draft.email) : null;
    errors[field] ??= message ?? issue.message;
  }
  return errors;
}

/** Values ActiveCampaign holds that differ from the draft (only non-empty ones matter). */
export function compareWithExisting(
  draft: ContactDraft,
  existing: ExistingContact | null,
  country: string,
): Partial<Record<DraftField, string>> {
  if (!existing) return {};
  const held: Partial<Record<DraftField, string>> = {
    firstName: existing.firstName,
    lastName: existing.lastName,
    phone: existing.phone,
    company: existing.account,
    title: existing.fields.jobTitle,
    profileUrl: existing.fields.linkedinUrl,
  };
  const differs: Partial<Record<DraftField, string>> = {};
  for (const [field, value] of Object.entries(held) as [DraftField, string | undefined][]) {
    if (!value?.trim()) continue;
    const mine = field === 'phone' ? phoneForSave(draft.phone, country).stored : draft[field].trim();
    const theirs = field === 'phone' ? phoneForSave(value, country).stored : value.trim();
    if (mine.toLowerCase() !== theirs.toLowerCase()) differs[field] = value;
  }
  return differs;
}

export interface SaveChoices {
  lists: string[];
  tags: string[];
  resubscribeLists?: string[];
  /** Draft fields where the user chose the page's value over ActiveCampaign's. */
  takePage?: DraftField[];
  previousEmail?: string;
  source?: { url: string; title: string };
  country: string;
  now?: Date;
  /** The deal, task and automation chosen in the panel (lib/ui/follow-up.ts). */
  followUps?: Pick<SaveRequestInput, 'deal' | 'task' | 'automation'>;
}

/** Builds the request to save; throws when the draft does not pass `validateDraft`. */
export function buildSaveRequest(draft: ContactDraft, choices: SaveChoices): SaveRequest {
  const contact = contactOf(draft, choices.country);
  const email = contact.email ?? '';
  const overwrite = (choices.takePage ?? [])
    .map((f) => CONTACT_FIELD_OF[f])
    .filter((f): f is ContactField => f !== undefined);
  const previous = choices.previousEmail ? normalizeEmail(choices.previousEmail) : null;
  return saveRequestSchema.parse({
    contact,
    overwrite,
    lists: choices.lists,
    resubscribeLists: choices.resubscribeLists ?? [],
    tags: choices.tags,
    note: draft.note.trim() || undefined,
    previousEmail: previous && previous !== email.toLowerCase() ? previous : undefined,
    source: choices.source
      ? { url: choices.source.url.slice(0, 2000), title: choices.source.title.slice(0, 500) }
      : undefined,
    capturedAt: (choices.now ?? new Date()).toISOString(),
    ...choices.followUps,
  });
}
