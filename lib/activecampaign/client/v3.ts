import type { z } from '@/lib/zod';
import { createAcHttp } from './http';
import type { RequestGate } from './rate-limit';
import {
  type AcAccount,
  type AcContact,
  type AcField,
  type AcList,
  type AcTag,
  type AcUser,
  accountContactResponse,
  type accountContactSchema,
  accountContactsResponse,
  accountResponse,
  accountsPageResponse,
  anyObjectResponse,
  bulkImportResponse,
  contactDetailsResponse,
  type contactListSchema,
  contactListsResponse,
  contactResponse,
  contactsPageResponse,
  contactTagResponse,
  type contactTagSchema,
  contactTagsResponse,
  fieldsPageResponse,
  type fieldValueSchema,
  fieldValuesResponse,
  type ImportInfo,
  importInfoResponse,
  listResponse,
  listsPageResponse,
  noteResponse,
  tagResponse,
  tagsPageResponse,
  userMeResponse,
} from './schemas';
import { createAcV1Client } from './v1';

/**
 * ActiveCampaign API v3 client. A factory with injected fetch (style-anchors §5.4): production
 * passes the rate-limited fetch, tests pass a fake or point at the sandbox. Every method throws
 * AcError only; nothing is retried here because the outbox owns retries.
 */

export interface AcClientOptions {
  /** Origin from normalizeApiUrl, e.g. https://acct.api-us1.com. */
  apiUrl: string;
  apiKey: string;
  fetch?: typeof globalThis.fetch;
  /** The shared rate limiter at this client's priority: `limiter.gate('interactive')` for the panel. */
  gate?: RequestGate;
  timeoutMs?: number;
}

/** Fields contact/sync and PUT /contacts/{id} accept; absent keys are left untouched by AC. */
export interface ContactWrite {
  email?: string;
  firstName?: string;
  lastName?: string;
  phone?: string;
  fieldValues?: { field: string; value: string }[];
}

export interface AcContactDetails {
  contact: AcContact;
  contactLists: z.output<typeof contactListSchema>[];
  contactTags: z.output<typeof contactTagSchema>[];
  fieldValues: z.output<typeof fieldValueSchema>[];
  accountContacts: z.output<typeof accountContactSchema>[];
}

export interface NewList {
  name: string;
  /** AC requires these two for every list. */
  senderUrl: string;
  senderReminder: string;
}

/** One contact in a bulk import, in the importer's snake_case (§2.11). Absent keys are not written. */
export interface BulkContact {
  email: string;
  first_name?: string;
  last_name?: string;
  phone?: string;
  customer_acct_name?: string;
  tags?: string[];
  fields?: { id: number; value: string }[];
  subscribe?: { listid: number }[];
}

export type AcClient = ReturnType<typeof createAcClient>;

const contactPath = (contactId: string): string => `contacts/${encodeURIComponent(contactId)}`;

/** AC's maximum page size (§1.4). */
const PAGE_SIZE = 100;
export const DEFAULT_TIMEOUT_MS = 10_000;

export function createAcClient({
  apiUrl,
  apiKey,
  fetch = globalThis.fetch,
  gate,
  timeoutMs = DEFAULT_TIMEOUT_MS,
}: AcClientOptions) {
  const http = createAcHttp({
    prefixUrl: `${apiUrl}/api/3`,
    headers: { 'Api-Token': apiKey },
    fetch,
    gate,
    timeoutMs,
    secrets: [apiKey],
  });
  const get = <S extends z.ZodType>(schema: S, path: string, query?: Record<string, string>) =>
    http.request(schema, { method: 'GET', path, searchParams: query && new URLSearchParams(query) });
  const post = <S extends z.ZodType>(schema: S, path: string, json: unknown) =>
    http.request(schema, { method: 'POST', path, json });

  /** Reads a paged collection by offset until `meta.total` (or a short page) says we have it all. */
  async function getAllPages<T>(
    read: (query: Record<string, string>) => Promise<{ items: T[]; total: number | undefined }>,
  ): Promise<T[]> {
    const all: T[] = [];
    for (;;) {
      const { items, total } = await read({ limit: String(PAGE_SIZE), offset: String(all.length) });
      all.push(...items);
      if (items.length < PAGE_SIZE || (total !== undefined && all.length >= total)) return all;
    }
  }

  return {
    /** Validates URL and key: 200 means both are good, `auth` a bad key, `network`/`not-found` a bad URL. */
    testConnection: (): Promise<AcUser> => get(userMeResponse, 'users/me'),

    /** AC's `email` filter is exact; the comparison is repeated here in case a server treats it loosely. */
    async findContactByEmail(email: string): Promise<AcContact | null> {
      const page = await get(contactsPageResponse, 'contacts', { email });
      const wanted = email.toLowerCase();
      return page.contacts.find((c) => c.email.toLowerCase() === wanted) ?? null;
    },

    /** Contacts with ids above `afterId`, oldest first: maps a bulk import's new ids to emails cheaply. */
    async listContactsAfter(afterId: string): Promise<AcContact[]> {
      const query = { id_greater: afterId, 'orders[id]': 'ASC', limit: String(PAGE_SIZE) };
      return (await get(contactsPageResponse, 'contacts', query)).contacts;
    },

    /** Contacts whose custom field (by personalisation tag) holds exactly `value`, e.g. a LinkedIn URL. */
    async findContactsByField(perstag: string, value: string): Promise<AcContact[]> {
      const key = `filters[fields][%${perstag.replace(/%/g, '').toUpperCase()}%]`;
      return (await get(contactsPageResponse, 'contacts', { [key]: value, limit: '20' })).contacts;
    },

    async searchContacts(search: string): Promise<AcContact[]> {
      return (await get(contactsPageResponse, 'contacts', { search, limit: String(PAGE_SIZE) })).contacts;
    },

    /** GET /contacts/{id}: the contact and whichever related arrays AC side-loads (possibly none). */
    getContact: (contactId: string) => get(contactDetailsResponse, contactPath(contactId)),
    getContactLists: async (contactId: string) =>
      (await get(contactListsResponse, `${contactPath(contactId)}/contactLists`)).contactLists,
    getContactTags: async (contactId: string) =>
      (await get(contactTagsResponse, `${contactPath(contactId)}/contactTags`)).contactTags,
    getContactFieldValues: async (contactId: string) =>
      (await get(fieldValuesResponse, `${contactPath(contactId)}/fieldValues`)).fieldValues,
    getAccountContacts: async (contactId: string) =>
      (await get(accountContactsResponse, `${contactPath(contactId)}/accountContacts`)).accountContacts,

    /**
     * The contact with its list statuses, tag associations, field values and account links. Arrays
     * GET /contacts/{id} does not side-load are read from their sub-resources, never assumed empty:
     * an assumed-empty contactLists would re-subscribe people who unsubscribed.
     */
    async getContactDetails(contactId: string): Promise<AcContactDetails> {
      const details = await this.getContact(contactId);
      return {
        contact: details.contact,
        contactLists: details.contactLists ?? (await this.getContactLists(contactId)),
        contactTags: details.contactTags ?? (await this.getContactTags(contactId)),
        fieldValues: details.fieldValues ?? (await this.getContactFieldValues(contactId)),
        accountContacts: details.accountContacts ?? (await this.getAccountContacts(contactId)),
      };
    },

    /** Upsert by email (§2.1). Send only keys that carry a value: blanks overwrite. */
    syncContact: (contact: ContactWrite & { email: string }): Promise<AcContact> =>
      post(contactResponse, 'contact/sync', { contact }),

    updateContact: (contactId: string, contact: ContactWrite): Promise<AcContact> =>
      http.request(contactResponse, {
        method: 'PUT',
        path: contactPath(contactId),
        json: { contact },
      }),

    listLists: (): Promise<AcList[]> =>
      getAllPages(async (query) => {
        const page = await get(listsPageResponse, 'lists', query);
        return { items: page.lists, total: page.meta?.total };
      }),

    createList: (list: NewList): Promise<AcList> =>
      post(listResponse, 'lists', {
        list: {
          name: list.name,
          stringid: list.name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
          sender_url: list.senderUrl,
          sender_reminder: list.senderReminder,
        },
      }),

    listTags: (): Promise<AcTag[]> =>
      getAllPages(async (query) => {
        const page = await get(tagsPageResponse, 'tags', query);
        return { items: page.tags, total: page.meta?.total };
      }),

    /** A *contains* match (§5.3): callers filter for the exact name. */
    searchTags: async (search: string): Promise<AcTag[]> =>
      (await get(tagsPageResponse, 'tags', { search, limit: String(PAGE_SIZE) })).tags,

    createTag: (name: string): Promise<AcTag> =>
      post(tagResponse, 'tags', { tag: { tag: name, tagType: 'contact', description: '' } }),

    addContactTag: (contactId: string, tagId: string) =>
      post(contactTagResponse, 'contactTags', { contactTag: { contact: contactId, tag: tagId } }),

    /** status 1 subscribes, 2 unsubscribes; sourceid 4 marks a deliberate re-subscription (§2.5). */
    setContactList: async (
      contactId: string,
      listId: string,
      status: 1 | 2,
      options: { resubscribe?: boolean } = {},
    ): Promise<void> => {
      await post(anyObjectResponse, 'contactLists', {
        contactList: {
          list: listId,
          contact: contactId,
          status,
          ...(options.resubscribe ? { sourceid: 4 } : {}),
        },
      });
    },

    listFields: (): Promise<AcField[]> =>
      getAllPages(async (query) => {
        const page = await get(fieldsPageResponse, 'fields', query);
        return { items: page.fields, total: page.meta?.total };
      }),

    searchAccounts: async (search: string): Promise<AcAccount[]> =>
      (await get(accountsPageResponse, 'accounts', { search, limit: String(PAGE_SIZE) })).accounts,

    getAccount: (accountId: string): Promise<AcAccount> =>
      get(accountResponse, `accounts/${encodeURIComponent(accountId)}`),

    createAccount: (name: string): Promise<AcAccount> =>
      post(accountResponse, 'accounts', { account: { name } }),

    addAccountContact: (accountId: string, contactId: string, jobTitle?: string) =>
      post(accountContactResponse, 'accountContacts', {
        accountContact: { account: accountId, contact: contactId, ...(jobTitle ? { jobTitle } : {}) },
      }),

    createNote: (contactId: string, note: string) =>
      post(noteResponse, 'notes', { note: { note, relid: contactId, reltype: 'Subscriber' } }),

    bulkImport: (contacts: BulkContact[]): Promise<{ batchId: string }> =>
      post(bulkImportResponse, 'import/bulk_import', { contacts }),

    importInfo: (batchId: string): Promise<ImportInfo> => get(importInfoResponse, 'import/info', { batchId }),

    /** The same account through the legacy v1 API (settings.apiMode === 'v1'). */
    v1: createAcV1Client({ apiUrl, apiKey, fetch, gate, timeoutMs }),
  };
}
