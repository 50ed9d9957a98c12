/**
 * Shared by the sync integration tests and the bench: in-memory stand-ins for what the outbox
 * persists (tag/field indexes, progress), and helpers for the sandbox's control routes.
 */

import type { IndexStore } from '@/lib/activecampaign/catalog/fields';
import type { FieldIndex, TagIndex } from '@/lib/activecampaign/catalog/indexes';
import type { AcClient } from '@/lib/activecampaign/client/v3';
import type { SyncProgress } from '@/lib/activecampaign/sync/progress';
import type { SyncDeps } from '@/lib/activecampaign/sync/run';
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

export interface LoggedRequest {
  t: number;
  method: string;
  path: string;
  status: number;
}

/** The sandbox's control routes (exempt from its rate limit and faults). */
export function sandboxControl(target: { url: string; apiKey: string }) {
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${target.url}/__sandbox/${path}`, {
      method,
      headers: { 'Api-Token': target.apiKey, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`sandbox ${method} ${path} → ${res.status}`);
    return res.json() as Promise<unknown>;
  };
  return {
    requests: () => call('GET', 'requests') as Promise<LoggedRequest[]>,
    clearRequests: () => call('DELETE', 'requests'),
    fault: (fault: unknown) => call('POST', 'faults', fault),
    clearFaults: () => call('DELETE', 'faults'),
    offline: (offline: boolean) => call('POST', 'offline', { offline }),
  };
}
