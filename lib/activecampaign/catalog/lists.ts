import type { AcClient } from '@/lib/activecampaign/client/v3';
import type { ListOption } from '@/lib/messaging/protocol';
import { listCache, originStore } from './cache';

/** Lists change rarely; the panel can ask for a refresh. */
const LIST_CACHE_MS = 10 * 60_000;

/** The account's lists, from the cache while it is fresh. */
export async function listOptions(
  client: AcClient,
  origin: string,
  refresh: boolean,
  now = Date.now(),
): Promise<ListOption[]> {
  const store = originStore(listCache, origin);
  const cached = await store.load();
  const fetchedAt = await store.fetchedAt();
  if (!refresh && cached && fetchedAt !== null && now - fetchedAt < LIST_CACHE_MS) return cached;
  const fresh = (await client.listLists()).map((l) => ({ id: l.id, name: l.name }));
  await store.save(fresh);
  return fresh;
}

/** Names for list ids as far as the cache knows them; "list 7" otherwise. */
export async function listNames(origin: string, ids: readonly string[]): Promise<string[]> {
  const cached = (await originStore(listCache, origin).load()) ?? [];
  return ids.map((id) => listName(cached, id));
}

export const listName = (lists: readonly ListOption[], id: string): string =>
  lists.find((l) => l.id === id)?.name ?? `list ${id}`;
