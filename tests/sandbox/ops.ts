/**
 * Domain operations shared by the v3 routes, the v1 routes, bulk import and seeding. They assume their
 * input was validated by the caller and only enforce invariants of the data itself.
 */

import { seedCrm } from './crm-state';
import {
  type AccountContactRow,
  type AccountRow,
  acDate,
  type ContactListRow,
  type ContactRow,
  type ContactTagRow,
  emptyData,
  type FieldRow,
  type ListRow,
  type ListStatus,
  nextId,
  type SandboxData,
  type SandboxSeed,
  slug,
  type TagRow,
} from './state';

/** Deliberately simple: AC rejects the obvious garbage, it does not implement RFC 5322. */
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export function isValidEmail(email: string): boolean {
  return EMAIL.test(email);
}

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

export function findContact(data: SandboxData, id: number): ContactRow | undefined {
  return data.contacts.find((c) => c.id === id);
}

/** AC matches contacts by email case-insensitively. */
export function findContactByEmail(data: SandboxData, email: string): ContactRow | undefined {
  return data.contacts.find((c) => same(c.email, email));
}

export function createContact(data: SandboxData, email: string): ContactRow {
  const now = acDate();
  const row: ContactRow = {
    id: nextId(data, 'contacts'),
    email,
    firstName: '',
    lastName: '',
    phone: '',
    cdate: now,
    udate: now,
  };
  data.contacts.push(row);
  return row;
}

/** Present keys overwrite, `null` and `""` included: that is how AC wipes data (verbb/formie#537). */
export interface ContactPatch {
  email?: string;
  firstName?: string | null;
  lastName?: string | null;
  phone?: string | null;
}

export function patchContact(contact: ContactRow, patch: ContactPatch): void {
  if (patch.email !== undefined) contact.email = patch.email;
  if (patch.firstName !== undefined) contact.firstName = patch.firstName ?? '';
  if (patch.lastName !== undefined) contact.lastName = patch.lastName ?? '';
  if (patch.phone !== undefined) contact.phone = patch.phone ?? '';
  contact.udate = acDate();
}

export function setFieldValue(data: SandboxData, contact: number, field: number, value: string): void {
  const now = acDate();
  const existing = data.fieldValues.find((v) => v.contact === contact && v.field === field);
  if (existing) {
    existing.value = value;
    existing.udate = now;
    return;
  }
  data.fieldValues.push({ id: nextId(data, 'fieldValues'), contact, field, value, cdate: now, udate: now });
}

/** Deleting (or merging away) a contact removes everything pointing at it; its id is never reused. */
export function deleteContact(data: SandboxData, id: number): void {
  data.contacts = data.contacts.filter((c) => c.id !== id);
  data.fieldValues = data.fieldValues.filter((v) => v.contact !== id);
  data.contactLists = data.contactLists.filter((cl) => cl.contact !== id);
  data.contactTags = data.contactTags.filter((ct) => ct.contact !== id);
  data.accountContacts = data.accountContacts.filter((ac) => ac.contact !== id);
  data.notes = data.notes.filter((n) => !(n.reltype === 'Subscriber' && n.relid === id));
}

const CHOICE_TYPES = new Set(['dropdown', 'radio']);
const MULTI_CHOICE_TYPES = new Set(['checkbox', 'multiselect', 'listbox']);

/**
 * AC's value formats by field type (docs/activecampaign.md#custom-fields): date `YYYY-MM-DD`, datetime
 * ISO 8601, dropdown/radio one option's text, checkbox/multiselect `||a||b||`. AC answers a generic
 * 422 for anything else, so a URL in a date field is refused here too.
 */
export function fitsFieldType(field: FieldRow, value: string): boolean {
  const type = field.type.toLowerCase();
  const options = field.options ?? [];
  if (type === 'date') return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
  if (type === 'datetime') return /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value));
  if (CHOICE_TYPES.has(type)) return options.includes(value);
  if (MULTI_CHOICE_TYPES.has(type)) {
    const chosen = /^\|\|(.+)\|\|$/.exec(value)?.[1]?.split('||');
    return chosen?.every((c) => options.includes(c)) ?? false;
  }
  return true;
}

function findFieldByPerstag(data: SandboxData, perstag: string): FieldRow | undefined {
  return data.fields.find((f) => same(f.perstag, perstag));
}

export function createField(
  data: SandboxData,
  title: string,
  perstag: string,
  type = 'text',
  options?: string[],
): FieldRow {
  const row: FieldRow = { id: nextId(data, 'fields'), title, perstag, type, cdate: acDate() };
  if (options) row.options = options;
  data.fields.push(row);
  return row;
}

export function createList(data: SandboxData, list: Omit<ListRow, 'id' | 'cdate'>): ListRow {
  const row: ListRow = { id: nextId(data, 'lists'), ...list, cdate: acDate() };
  data.lists.push(row);
  return row;
}

export function listStatus(data: SandboxData, contact: number, list: number): ContactListRow | undefined {
  return data.contactLists.find((cl) => cl.contact === contact && cl.list === list);
}

/**
 * Sets a contact's status on a list. Like AC it happily turns 2 (unsubscribed) back into 1: callers that
 * must not re-subscribe (bulk import) check `listStatus` first.
 */
export function setListStatus(
  data: SandboxData,
  contact: number,
  list: number,
  status: ListStatus,
  sourceid = 0,
): { row: ContactListRow; created: boolean } {
  const now = acDate();
  const existing = listStatus(data, contact, list);
  if (existing) {
    existing.status = status;
    existing.sourceid = sourceid;
    existing.udate = now;
    return { row: existing, created: false };
  }
  const row: ContactListRow = {
    id: nextId(data, 'contactLists'),
    contact,
    list,
    status,
    sourceid,
    sdate: now,
    udate: now,
  };
  data.contactLists.push(row);
  return { row, created: true };
}

/** Tag names are unique case-insensitively per tag type in AC (its `typetag` key). */
export function findTagByName(data: SandboxData, name: string, tagType = 'contact'): TagRow | undefined {
  return data.tags.find((t) => t.tagType === tagType && same(t.tag, name));
}

export function createTag(data: SandboxData, tag: string, tagType = 'contact', description = ''): TagRow {
  const row: TagRow = { id: nextId(data, 'tags'), tag: tag.trim(), tagType, description, cdate: acDate() };
  data.tags.push(row);
  return row;
}

/** v1 `tags` and bulk import take names and create missing tags. */
export function ensureTag(data: SandboxData, name: string): TagRow {
  return findTagByName(data, name) ?? createTag(data, name);
}

/** Adding a tag the contact already has returns the existing association instead of a duplicate. */
export function tagContact(
  data: SandboxData,
  contact: number,
  tag: number,
): { row: ContactTagRow; created: boolean } {
  const existing = data.contactTags.find((ct) => ct.contact === contact && ct.tag === tag);
  if (existing) return { row: existing, created: false };
  const row: ContactTagRow = { id: nextId(data, 'contactTags'), contact, tag, cdate: acDate() };
  data.contactTags.push(row);
  return { row, created: true };
}

export function findAccountByName(data: SandboxData, name: string): AccountRow | undefined {
  return data.accounts.find((a) => same(a.name, name));
}

export function createAccount(data: SandboxData, name: string, accountUrl = ''): AccountRow {
  const now = acDate();
  const row: AccountRow = { id: nextId(data, 'accounts'), name, accountUrl, cdate: now, udate: now };
  data.accounts.push(row);
  return row;
}

/** AC allows one account per contact, so this is at most one row. */
export function accountContactOf(data: SandboxData, contact: number): AccountContactRow | undefined {
  return data.accountContacts.find((ac) => ac.contact === contact);
}

export function linkAccount(
  data: SandboxData,
  contact: number,
  account: number,
  jobTitle = '',
): AccountContactRow {
  const now = acDate();
  const row: AccountContactRow = {
    id: nextId(data, 'accountContacts'),
    account,
    contact,
    jobTitle,
    cdate: now,
    udate: now,
  };
  data.accountContacts.push(row);
  return row;
}

/**
 * v1 `customer_acct_name` and bulk `customer_acct_name` *set* the contact's account: it moves the
 * contact to the named account (created if missing), and a blank name removes the association.
 */
export function setAccountByName(data: SandboxData, contact: number, name: string): void {
  data.accountContacts = data.accountContacts.filter((ac) => ac.contact !== contact);
  if (name.trim() === '') return;
  const account = findAccountByName(data, name) ?? createAccount(data, name.trim());
  linkAccount(data, contact, account.id);
}

export function seedData(seed: SandboxSeed): SandboxData {
  const data = emptyData();
  for (const list of seed.lists ?? []) {
    createList(data, {
      name: list.name,
      stringid: list.stringid ?? slug(list.name),
      sender_url: 'https://sandbox.example',
      sender_reminder: 'You signed up on our website.',
    });
  }
  for (const tag of seed.tags ?? []) createTag(data, tag);
  for (const tag of seed.templateTags ?? []) createTag(data, tag, 'template');
  for (const field of seed.fields ?? [])
    createField(data, field.title, field.perstag, field.type, field.options);
  for (const account of seed.accounts ?? []) createAccount(data, account);
  data.exclusions = [...(seed.exclusions ?? [])];
  for (const c of seed.contacts ?? []) {
    const contact = createContact(data, c.email);
    patchContact(contact, { firstName: c.firstName, lastName: c.lastName, phone: c.phone });
    for (const [name, status] of Object.entries(c.lists ?? {})) {
      const list = data.lists.find((l) => l.name === name) ?? failSeed(`unknown list "${name}"`);
      setListStatus(data, contact.id, list.id, status);
    }
    for (const tag of c.tags ?? []) tagContact(data, contact.id, ensureTag(data, tag).id);
    if (c.account) setAccountByName(data, contact.id, c.account);
    for (const [perstag, value] of Object.entries(c.fields ?? {})) {
      const field = findFieldByPerstag(data, perstag) ?? failSeed(`unknown field perstag "${perstag}"`);
      setFieldValue(data, contact.id, field.id, value);
    }
  }
  data.crm = seedCrm(seed.crm ?? {}, (email) => findContactByEmail(data, email)?.id, acDate());
  return data;
}

function failSeed(message: string): never {
  throw new Error(`Invalid sandbox seed: ${message}`);
}
