import { storage } from 'wxt/utils/storage';
import type { ListOption, SalesCatalog } from '@/lib/messaging/protocol';
import type { IndexStore } from './fields';
import type { FieldIndex, TagIndex } from './indexes';

/**
 * The persisted copies of ActiveCampaign's lists, tags, fields and sales catalog (pipelines, users,
 * task types, automations). Each remembers the API origin
 * it came from, so switching account never reuses another account's ids.
 */

interface Cached<T> {
  origin: string;
  fetchedAt: number;
  value: T;
}

const cacheItem = <T>(key: `local:${string}`) =>
  storage.defineItem<Cached<T> | null>(key, { fallback: null, version: 1 });

export const listCache = cacheItem<ListOption[]>('local:listCache');
export const tagIndexCache = cacheItem<TagIndex>('local:tagIndex');
export const fieldIndexCache = cacheItem<FieldIndex>('local:fieldIndex');
export const salesCatalogCache = cacheItem<SalesCatalog>('local:salesCatalog');

type CacheItem<T> = ReturnType<typeof cacheItem<T>>;

/** The cache as the sync and catalogue see it: only what was fetched from `origin` exists. */
export function originStore<T>(
  item: CacheItem<T>,
  origin: string,
): IndexStore<T> & { fetchedAt(): Promise<number | null> } {
  const current = async () => {
    const cached = await item.getValue();
    return cached?.origin === origin ? cached : null;
  };
  return {
    load: async () => (await current())?.value ?? null,
    save: (value) => item.setValue({ origin, fetchedAt: Date.now(), value }),
    fetchedAt: async () => (await current())?.fetchedAt ?? null,
  };
}

/** Forgetting the key forgets what was read with it. */
export async function forgetCatalog(): Promise<void> {
  await Promise.all([
    listCache.removeValue(),
    tagIndexCache.removeValue(),
    fieldIndexCache.removeValue(),
    salesCatalogCache.removeValue(),
  ]);
}
