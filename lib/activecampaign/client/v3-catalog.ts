import type { z } from '@/lib/zod';
import {
  type AcAccount,
  type AcField,
  type AcList,
  type AcTag,
  accountResponse,
  accountsPageResponse,
  bulkImportResponse,
  fieldsPageResponse,
  type ImportInfo,
  importInfoResponse,
  listsPageResponse,
  tagResponse,
  tagsPageResponse,
} from './schemas';
import type { BulkContact } from './v3';

/**
 * Account-wide v3 resources (lists, tags, fields, accounts) and the bulk importer, as methods the
 * v3 client spreads into itself. Every search that must find one exact name pages through all
 * results: AC's default page is 20 and a contains-match can push the exact one past any page.
 */

type Query = Record<string, string>;
interface Transport {
  get<S extends z.ZodType>(schema: S, path: string, query?: Query): Promise<z.output<S>>;
  post<S extends z.ZodType>(schema: S, path: string, json: unknown): Promise<z.output<S>>;
  getAllPages<T>(read: (paging: Query) => Promise<{ items: T[]; total: number | undefined }>): Promise<T[]>;
}

export function createCatalogCalls({ get, post, getAllPages }: Transport) {
  const tagPages = (query: Query) =>
    getAllPages(async (paging) => {
      const page = await get(tagsPageResponse, 'tags', { ...query, ...paging });
      return { items: page.tags, total: page.meta?.total };
    });
  const contactTagsOnly = (tags: AcTag[]) => tags.filter((t) => t.type === 'contact');

  return {
    listLists: (): Promise<AcList[]> =>
      getAllPages(async (paging) => {
        const page = await get(listsPageResponse, 'lists', paging);
        return { items: page.lists, total: page.meta?.total };
      }),

    /** Contact tags only: template tags share names with them but cannot be put on a contact. */
    listTags: async (): Promise<AcTag[]> => contactTagsOnly(await tagPages({})),

    /** Contact tags named exactly `name` (AC ignores case): `filters[search][eq]`, every page. */
    searchTags: async (name: string): Promise<AcTag[]> =>
      contactTagsOnly(await tagPages({ 'filters[search][eq]': name })),

    createTag: (name: string): Promise<AcTag> =>
      post(tagResponse, 'tags', { tag: { tag: name, tagType: 'contact', description: '' } }),

    listFields: (): Promise<AcField[]> =>
      getAllPages(async (paging) => {
        const page = await get(fieldsPageResponse, 'fields', paging);
        return { items: page.fields, total: page.meta?.total };
      }),

    /** A contains-match on the name, every page: callers pick the exact name. */
    searchAccounts: (search: string): Promise<AcAccount[]> =>
      getAllPages(async (paging) => {
        const page = await get(accountsPageResponse, 'accounts', { search, ...paging });
        return { items: page.accounts, total: page.meta?.total };
      }),

    getAccount: (accountId: string): Promise<AcAccount> =>
      get(accountResponse, `accounts/${encodeURIComponent(accountId)}`),

    createAccount: (name: string): Promise<AcAccount> =>
      post(accountResponse, 'accounts', { account: { name } }),

    bulkImport: (contacts: BulkContact[]): Promise<{ batchId: string }> =>
      post(bulkImportResponse, 'import/bulk_import', { contacts }),

    importInfo: (batchId: string): Promise<ImportInfo> => get(importInfoResponse, 'import/info', { batchId }),
  };
}
