import type { AcTag } from '@/lib/activecampaign/client/schemas';
import type { AcClient } from '@/lib/activecampaign/client/v3';
import { tagKey } from '@/lib/activecampaign/sync/plan';
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
