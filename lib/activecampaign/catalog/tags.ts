import type { AcClient } from '@/lib/activecampaign/client/v3';
import type { TagOption } from '@/lib/messaging/protocol';
import { tagKey } from '@/lib/save/tag-name';
import type { IndexStore } from './fields';
import { findOrCreate } from './find-or-create';
import type { TagIndex } from './indexes';

/**
 * Tag ids by name, through a persisted index so a warm capture needs no lookups. A miss looks that
 * one name up exactly (`filters[search][eq]`, every page, contact tags only) before creating it; the
 * whole catalogue is never downloaded just to save one contact (docs/activecampaign.md#tags).
 * Names are keys of a Map, never of a plain object: "constructor" or "__proto__" are tag names too.
 */
export interface TagResolver {
  /** The cached index (empty when none was saved yet). */
  readonly index: TagIndex;
  resolve(name: string): Promise<string>;
  /** Drops a cached id AC no longer knows and resolves the name again. */
  refresh(name: string): Promise<string>;
}

type Known = TagIndex['tags'][string];

/** A tag the index knows under this name in any case; own entries only, so "constructor" is no tag. */
export function knownTag(index: TagIndex, name: string): Known | undefined {
  const key = tagKey(name);
  return Object.hasOwn(index.tags, key) ? index.tags[key] : undefined;
}

/** Own entries only: whatever a stored index holds, no prototype key becomes a tag. */
const toMap = (index: TagIndex | null): Map<string, Known> => new Map(Object.entries(index?.tags ?? {}));
/** `Object.fromEntries` defines own properties, so a "__proto__" key stays a key. */
const toIndex = (tags: ReadonlyMap<string, Known>): TagIndex => ({ tags: Object.fromEntries(tags) });

export async function createTagResolver(client: AcClient, store: IndexStore<TagIndex>): Promise<TagResolver> {
  const tags = toMap(await store.load());

  async function lookUp(name: string): Promise<string> {
    const key = tagKey(name);
    const exact = async () => (await client.searchTags(name.trim())).find((t) => tagKey(t.name) === key);
    const tag = await findOrCreate(exact, () => client.createTag(name.trim()));
    tags.set(key, { id: tag.id, name: tag.name });
    await store.save(toIndex(tags));
    return tag.id;
  }

  return {
    get index() {
      return toIndex(tags);
    },
    resolve: (name) => {
      const known = tags.get(tagKey(name));
      return known ? Promise.resolve(known.id) : lookUp(name);
    },
    refresh: (name) => {
      tags.delete(tagKey(name));
      return lookUp(name);
    },
  };
}

/** The tags pages offer for completion: the cached index unless a refresh is asked for. */
export async function tagOptions(
  client: AcClient,
  store: IndexStore<TagIndex>,
  refresh: boolean,
): Promise<TagOption[]> {
  const cached = refresh ? null : await store.load();
  if (cached) return Object.values(cached.tags);
  const index = toIndex(
    new Map((await client.listTags()).map((t) => [tagKey(t.name), { id: t.id, name: t.name }])),
  );
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
