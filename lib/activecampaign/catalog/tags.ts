import type { AcTag } from '@/lib/activecampaign/client/schemas';
import type { AcClient } from '@/lib/activecampaign/client/v3';
import type { TagOption } from '@/lib/messaging/protocol';
import { tagKey } from '@/lib/save/tag-name';
import type { IndexStore } from './fields';
import { findOrCreate } from './find-or-create';
import type { TagIndex } from './indexes';

/**
 * Tag ids by name, through a persisted index so a warm capture needs no lookups. A miss searches
 * AC for that one name (a *contains* match, so filtered to the exact name ignoring case) before
 * creating it; the whole catalogue is never downloaded just to save one contact.
 */
export interface TagResolver {
  /** The cached index (empty when none was saved yet). */
  readonly index: TagIndex;
  resolve(name: string): Promise<string>;
  /** Drops a cached id AC no longer knows and resolves the name again. */
  refresh(name: string): Promise<string>;
}

export async function createTagResolver(client: AcClient, store: IndexStore<TagIndex>): Promise<TagResolver> {
  const index: TagIndex = { tags: { ...((await store.load())?.tags ?? {}) } };

  async function remember(tag: AcTag): Promise<string> {
    index.tags[tagKey(tag.name)] = { id: tag.id, name: tag.name };
    await store.save({ tags: { ...index.tags } });
    return tag.id;
  }

  async function lookUp(name: string): Promise<string> {
    const key = tagKey(name);
    const tag = await findOrCreate(
      async () => (await client.searchTags(name.trim())).find((t) => tagKey(t.name) === key),
      () => client.createTag(name.trim()),
    );
    return remember(tag);
  }

  return {
    index,
    resolve: (name) => {
      const known = index.tags[tagKey(name)];
      return known ? Promise.resolve(known.id) : lookUp(name);
    },
    refresh: (name) => {
      delete index.tags[tagKey(name)];
      return lookUp(name);
    },
  };
}

/** The index as built from the account's full tag list (a refresh of the tag picker). */
function buildTagIndex(tags: readonly AcTag[]): TagIndex {
  return { tags: Object.fromEntries(tags.map((t) => [tagKey(t.name), { id: t.id, name: t.name }])) };
}

/** The tags pages offer for completion: the cached index unless a refresh is asked for. */
export async function tagOptions(
  client: AcClient,
  store: IndexStore<TagIndex>,
  refresh: boolean,
): Promise<TagOption[]> {
  const cached = refresh ? null : await store.load();
  if (cached) return Object.values(cached.tags);
  const index = buildTagIndex(await client.listTags());
  await store.save(index);
  return Object.values(index.tags);
}

/** Names for tag ids: the cached index first, the account's tag list when it misses one. */
export async function tagNames(
  client: AcClient,
  store: IndexStore<TagIndex>,
  ids: readonly string[],
): Promise<string[]> {
  const byId = new Map(Object.values((await store.load())?.tags ?? {}).map((t) => [t.id, t.name]));
  if (ids.some((id) => !byId.has(id))) {
    for (const t of await client.listTags()) byId.set(t.id, t.name);
  }
  return ids.map((id) => byId.get(id) ?? `tag ${id}`);
}
