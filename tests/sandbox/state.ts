/**
 * In-memory store of the fake ActiveCampaign account: plain JSON-serialisable rows keyed by numeric ids
 * (the HTTP layer turns them into AC's string ids), the seeds, and JSON-file persistence.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { type CrmData, type CrmSeed, demoCrmSeed, emptyCrm } from './crm-state';
import type { BulkContact } from './v3/imports';

export interface SandboxSeed {
  lists?: { name: string; stringid?: string }[];
  tags?: string[];
  /** Tags of type `template` (AC lists them next to contact tags; a name may exist once per type). */
  templateTags?: string[];
  /** `options` are the allowed values of dropdown, radio, checkbox and multiselect fields. */
  fields?: { title: string; perstag: string; type?: string; options?: string[] }[];
  contacts?: {
    email: string;
    firstName?: string;
    lastName?: string;
    phone?: string;
    /** List name → status: 0 unconfirmed, 1 active, 2 unsubscribed, 3 bounced. */
    lists?: Record<string, ListStatus>;
    tags?: string[];
    /** Account (company) name; created if missing. */
    account?: string;
    /** Perstag → value. */
    fields?: Record<string, string>;
  }[];
  accounts?: string[];
  /** Addresses the importer refuses: on the account's exclusion list, or bounced. */
  exclusions?: Exclusion[];
  /** Users, pipelines, task types, automations and deals (crm-state.ts). */
  crm?: CrmSeed;
}

/** An address AC's importer skips (docs/activecampaign.md#bulk-import): excluded, or known to bounce. */
export interface Exclusion {
  email: string;
  reason: 'excluded' | 'bounced';
}

/** AC's list statuses: 0 unconfirmed (double opt-in pending), 1 active, 2 unsubscribed, 3 bounced. */
export type ListStatus = 0 | 1 | 2 | 3;

export interface ContactRow {
  id: number;
  email: string;
  firstName: string;
  lastName: string;
  phone: string;
  cdate: string;
  udate: string;
}
export interface ListRow {
  id: number;
  name: string;
  stringid: string;
  sender_url: string;
  sender_reminder: string;
  cdate: string;
}
export interface TagRow {
  id: number;
  tag: string;
  tagType: string;
  description: string;
  cdate: string;
}
export interface FieldRow {
  id: number;
  title: string;
  perstag: string;
  type: string;
  /** Allowed values for choice fields; absent for free-text fields. */
  options?: string[];
  cdate: string;
}
export interface FieldValueRow {
  id: number;
  contact: number;
  field: number;
  value: string;
  cdate: string;
  udate: string;
}
export interface ContactListRow {
  id: number;
  contact: number;
  list: number;
  status: ListStatus;
  sourceid: number;
  sdate: string;
  udate: string;
}
export interface ContactTagRow {
  id: number;
  contact: number;
  tag: number;
  cdate: string;
}
export interface AccountRow {
  id: number;
  name: string;
  accountUrl: string;
  cdate: string;
  udate: string;
}
export interface AccountContactRow {
  id: number;
  account: number;
  contact: number;
  jobTitle: string;
  cdate: string;
  udate: string;
}
export interface NoteRow {
  id: number;
  note: string;
  relid: number;
  reltype: string;
  cdate: string;
}
export interface ImportBatchRow {
  id: string;
  createdAt: number;
  /** `waiting` until processed (reported as `active` for the second half of `durationMs`). */
  status: 'waiting' | 'completed' | 'failed' | 'interrupted';
  /** From queueing to processing; absent in older state files (then 800 ms). */
  durationMs?: number;
  /** How it ends and what `success` lists (import-scripts.ts). */
  end?: 'completed' | 'failed' | 'interrupted';
  successListsUpdated?: true;
  contacts: BulkContact[];
  success: string[];
  failure: string[];
}

/** Tables whose ids come from `seq`; ids are never reused, even after a delete. */
export type Table =
  | 'contacts'
  | 'lists'
  | 'tags'
  | 'fields'
  | 'fieldValues'
  | 'contactLists'
  | 'contactTags'
  | 'accounts'
  | 'accountContacts'
  | 'notes';

export interface SandboxData {
  version: 1;
  seq: Record<Table, number>;
  contacts: ContactRow[];
  lists: ListRow[];
  tags: TagRow[];
  fields: FieldRow[];
  fieldValues: FieldValueRow[];
  contactLists: ContactListRow[];
  contactTags: ContactTagRow[];
  accounts: AccountRow[];
  accountContacts: AccountContactRow[];
  notes: NoteRow[];
  imports: ImportBatchRow[];
  /** Absent in older state files. */
  exclusions?: Exclusion[];
  crm: CrmData;
}

export const demoSeed: SandboxSeed = {
  lists: [{ name: 'Prospects' }, { name: 'Newsletter' }, { name: 'Customers' }],
  tags: ['LinkedIn', 'Lead', 'Event 2026'],
  fields: [
    { title: 'LinkedIn URL', perstag: 'LINKEDIN_URL' },
    { title: 'Job Title', perstag: 'JOB_TITLE' },
    { title: 'Source URL', perstag: 'SOURCE_URL' },
  ],
  accounts: ['Acme Inc'],
  crm: demoCrmSeed,
  contacts: [
    {
      email: 'jane.doe@acme.example',
      firstName: 'Jane',
      lastName: 'Doe',
      phone: '+14155550100',
      lists: { Prospects: 1, Newsletter: 2 },
      tags: ['LinkedIn'],
      account: 'Acme Inc',
    },
  ],
};

/** AC prints local server time (US Central) with an offset, not UTC `Z`: `2022-04-14T10:03:23-05:00`. */
export function acDate(ms: number = Date.now()): string {
  return `${new Date(ms - 5 * 3600_000).toISOString().slice(0, 19)}-05:00`;
}

export function emptyData(): SandboxData {
  return {
    version: 1,
    seq: {
      contacts: 0,
      lists: 0,
      tags: 0,
      fields: 0,
      fieldValues: 0,
      contactLists: 0,
      contactTags: 0,
      accounts: 0,
      accountContacts: 0,
      notes: 0,
    },
    contacts: [],
    lists: [],
    tags: [],
    fields: [],
    fieldValues: [],
    contactLists: [],
    contactTags: [],
    accounts: [],
    accountContacts: [],
    notes: [],
    imports: [],
    exclusions: [],
    crm: emptyCrm(),
  };
}

export function nextId(data: SandboxData, table: Table): number {
  data.seq[table] += 1;
  return data.seq[table];
}

export function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Writes through the file atomically (temp file + rename) so a crash mid-write never leaves a
 * half-written JSON that the next start would refuse to load.
 */
export function saveData(file: string, data: SandboxData): void {
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, JSON.stringify(data, null, 2));
  renameSync(tmp, file);
}

/** Returns the persisted data, or undefined when the file does not exist yet. */
export function loadData(file: string): SandboxData | undefined {
  if (!existsSync(file)) return undefined;
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as SandboxData;
  if (parsed.version !== 1 || !Array.isArray(parsed.contacts)) {
    throw new Error(`${file} is not a sandbox state file`);
  }
  // Files written before the sales side existed load with an empty one.
  parsed.crm ??= emptyCrm();
  return parsed;
}
