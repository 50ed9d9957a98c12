/**
 * Shared by the sync integration tests and the bench: in-memory stand-ins for what the outbox
 * persists (tag/field indexes, progress). The sandbox's control routes: `sandbox-client.ts`.
 */

import type { IndexStore } from '@/lib/activecampaign/catalog/fields';
import type { FieldIndex, TagIndex } from '@/lib/activecampaign/catalog/indexes';
import type { AcClient } from '@/lib/activecampaign/client/v3';
import type { SyncDeps } from '@/lib/activecampaign/sync/run';
import type { SyncProgress } from '@/lib/outbox/progress';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';

export function memoryStore<T>(initial: T | null = null): IndexStore<T> & { value: T | null } {
  const store = {
    value: initial,
    load: async () => structuredClone(store.value),
    save: async (next: T) => {
      store.value = structuredClone(next);
    },
  };
  return store;
}

export interface TestDeps extends SyncDeps {
  /** Every progress snapshot handed to saveProgress, in order. */
  saved: SyncProgress[];
}

export function testDeps(
  client: AcClient,
  settings: Partial<Settings> = {},
  stores: { tagIndex?: IndexStore<TagIndex>; fieldIndex?: IndexStore<FieldIndex> } = {},
): TestDeps {
  const saved: SyncProgress[] = [];
  return {
    client,
    settings: { ...DEFAULT_SETTINGS, ...settings },
    tagIndex: stores.tagIndex ?? memoryStore<TagIndex>(),
    fieldIndex: stores.fieldIndex ?? memoryStore<FieldIndex>(),
    saveProgress: async (p) => {
      saved.push(structuredClone(p));
    },
    saved,
  };
}
