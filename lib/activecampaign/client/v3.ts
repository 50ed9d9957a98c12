import { AcError, isForbidden } from '@/lib/activecampaign/errors';
import type { z } from '@/lib/zod';
import { createAcHttp } from './http';
import type { RequestGate } from './rate-limit';
import {
  type AcContact,
  type AcUser,
  accountContactResponse,
  type accountContactSchema,
  accountContactsResponse,
  anyObjectResponse,
  contactDetailsResponse,
  type contactListSchema,
  contactListsResponse,
  contactResponse,
  contactsPageResponse,
  contactTagResponse,
  type contactTagSchema,
  contactTagsResponse,
  fieldsPageResponse,
  fieldValueMatchesResponse,
  type fieldValueSchema,
  fieldValuesResponse,
  noteResponse,
  notesResponse,
  userMeResponse,
} from './schemas';
import { createAcV1Client } from './v1';
import { createCatalogCalls } from './v3-catalog';
import { createDealCalls } from './v3-deals';

/**
 * ActiveCampaign API v3 client. A factory with injected fetch: production
 * passes the rate-limited fetch, tests pass a fake or point at the sandbox. Every method throws
 * AcError only; nothing is retried here because the outbox owns retries.
 */

interface AcClientOptions {
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

/** What AC holds for one contact; the arrays not asked for are empty. */
interface AcContactDetails {
  /** Absent when only related arrays were asked for and the caller had no copy of the contact. */
  contact: AcContact | undefined;
  contactLists: z.output<typeof contactListSchema>[];
  contactTags: z.output<typeof contactTagSchema>[];
  fieldValues: z.output<typeof fieldValueSchema>[];
  accountContacts: z.output<typeof accountContactSchema>[];
}

/** Which parts of a contact a caller needs; reading only those saves requests. */
interface ContactParts {
  contact: boolean;
  lists: boolean;
  tags: boolean;
  fieldValues: boolean;
  accounts: boolean;
}

const EVERY_PART: ContactParts = {
  contact: true,
  lists: true,
  tags: true,
  fieldValues: true,
  accounts: true,
};

/** One contact in a bulk import, in the importer's snake_case (docs/activecampaign.md#bulk-import). Absent keys are not written. */
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

/** AC's maximum page size (docs/activecampaign.md#pagination). */
const PAGE_SIZE = 100;
const DEFAULT_TIMEOUT_MS = 10_000;

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
    /**
     * Validates URL and key: 200 means both are good, `auth` a bad key, `network`/`not-found` a bad
     * URL. Every user may read their own record, so a 403 here refuses the key, not one resource.
     */
    async testConnection(): Promise<AcUser> {
      try {
        return await get(userMeResponse, 'users/me');
      } catch (err) {
        if (!isForbidden(err)) throw err;
        throw new AcError('auth', 'The API key was not accepted (HTTP 403 on users/me).', {
          status: 403,
          endpoint: 'GET /users/me',
        });
      }
    },

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

    /**
     * Ids of contacts whose custom field `fieldId` holds exactly `value` (e.g. a LinkedIn URL), through
     * the documented GET /fieldValues filters. `filters[fields]` on GET /contacts is a v1 filter a v3
     * server may ignore, answering unrelated contacts; so each value is compared here as well.
     */
    async findContactIdsByFieldValue(fieldId: string, value: string): Promise<string[]> {
      const query = { 'filters[fieldid]': fieldId, 'filters[val]': value };
      const values = await getAllPages(async (paging) => {
        const page = await get(fieldValueMatchesResponse, 'fieldValues', { ...query, ...paging });
        return { items: page.fieldValues, total: page.meta?.total };
      });
      const ids = values
        .filter((v) => v.field === fieldId && v.value.trim() === value.trim())
        .map((v) => v.contact);
      return [...new Set(ids)];
    },

    /** Same person by a field found by personalisation tag; contacts re-read by id, never trusted from a filter. */
    async findContactsByField(perstag: string, value: string): Promise<AcContact[]> {
      const wanted = perstag.replace(/%/g, '').toUpperCase();
      const fields = await get(fieldsPageResponse, 'fields', { 'filters[perstag]': wanted });
      const field = fields.fields.find((f) => f.perstag.replace(/%/g, '').toUpperCase() === wanted);
      if (!field) return [];
      const ids = await this.findContactIdsByFieldValue(field.id, value);
      return Promise.all(ids.map(async (contactId) => (await this.getContact(contactId)).contact));
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
     * The one way to read what AC holds for a contact. GET /contacts/{id} is sent only when the
     * contact itself, its lists or its field values are needed; arrays it does not side-load are
     * read from their sub-resources, never assumed empty: an assumed-empty contactLists would
     * re-subscribe people who unsubscribed.
     */
    async getContactDetails(
      contactId: string,
      parts: ContactParts = EVERY_PART,
      known?: AcContact,
    ): Promise<AcContactDetails> {
      const details =
        parts.contact || parts.lists || parts.fieldValues ? await this.getContact(contactId) : undefined;
      const read = async <T>(needed: boolean, sideLoaded: T[] | undefined, fetch: () => Promise<T[]>) =>
        needed ? (sideLoaded ?? (await fetch())) : [];
      return {
        contact: details?.contact ?? known,
        contactLists: await read(parts.lists, details?.contactLists, () => this.getContactLists(contactId)),
        contactTags: await read(parts.tags, details?.contactTags, () => this.getContactTags(contactId)),
        fieldValues: await read(parts.fieldValues, details?.fieldValues, () =>
          this.getContactFieldValues(contactId),
        ),
        accountContacts: await read(parts.accounts, details?.accountContacts, () =>
          this.getAccountContacts(contactId),
        ),
      };
    },

    /**
     * POST /contacts creates and never updates: an existing email answers 422 `duplicate`, so a lookup
     * that wrongly said "new" cannot overwrite anyone (docs/activecampaign.md#contacts). Send only keys
     * that carry a value: blanks overwrite.
     */
    createContact: (contact: ContactWrite & { email: string }): Promise<AcContact> =>
      post(contactResponse, 'contacts', { contact }),

    updateContact: (contactId: string, contact: ContactWrite): Promise<AcContact> =>
      http.request(contactResponse, {
        method: 'PUT',
        path: contactPath(contactId),
        json: { contact },
      }),

    addContactTag: (contactId: string, tagId: string) =>
      post(contactTagResponse, 'contactTags', { contactTag: { contact: contactId, tag: tagId } }),

    /**
     * status 1 subscribes, 2 unsubscribes; sourceid 4 marks a deliberate change the user consented to
     * (docs/activecampaign.md#list-status).
     */
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

    addAccountContact: (accountId: string, contactId: string, jobTitle?: string) =>
      post(accountContactResponse, 'accountContacts', {
        accountContact: { account: accountId, contact: contactId, ...(jobTitle ? { jobTitle } : {}) },
      }),

    createNote: (contactId: string, note: string) =>
      post(noteResponse, 'notes', { note: { note, relid: contactId, reltype: 'Subscriber' } }),

    /** The contact's notes, to tell whether a note whose answer was lost did arrive. */
    getContactNotes: async (contactId: string) =>
      (await get(notesResponse, `${contactPath(contactId)}/notes`)).notes,

    ...createCatalogCalls({ get, post, getAllPages }),
    ...createDealCalls({ get, post, getAllPages }),

    /** The same account through the legacy v1 API (settings.apiMode === 'v1'). */
    v1: createAcV1Client({ apiUrl, apiKey, fetch, gate, timeoutMs }),
  };
}
