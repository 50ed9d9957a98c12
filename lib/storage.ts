import { storage } from 'wxt/utils/storage';
import type { FieldIndex, TagIndex } from '@/lib/activecampaign/catalog/indexes';
import { syncProgressSchema } from '@/lib/activecampaign/sync/progress';
import type { AcList, ConnectedUser, QueuePause } from '@/lib/messaging/protocol';
import { saveRequestSchema } from '@/lib/save/request';
import { DEFAULT_SETTINGS, type Settings, settingsSchema } from '@/lib/settings';
import { z } from '@/lib/zod';

/**
 * The only module that defines storage items. Everything lives in `local`: `sync` would copy
 * settings to browsers that have no key, and the key itself must never be replicated.
 * `local` is locked to trusted contexts by the background at start-up (where supported).
 */

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Read settings through the schema: a corrupted value falls back to defaults, never crashes. */
export async function readSettings(): Promise<Settings> {
  const parsed = settingsSchema.safeParse(await settingsItem.getValue());
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export const outboxStateSchema = z.enum(['pending', 'syncing', 'synced', 'failed']);
export type OutboxState = z.infer<typeof outboxStateSchema>;

export const outboxItemSchema = z.object({
  id: z.string(),
  createdAt: z.number(),
  /** Same email + same request while still pending = the same save (double clicks). */
  dedupeKey: z.string(),
  capture: saveRequestSchema,
  state: outboxStateSchema,
  attempts: z.number().int().min(0),
  nextAttemptAt: z.number(),
  progress: syncProgressSchema,
  lastError: z.object({ kind: z.string(), message: z.string() }).optional(),
  result: z
    .object({ contactId: z.string(), skippedLists: z.array(z.string()), appUrl: z.string() })
    .optional(),
  updatedAt: z.number(),
});
export type OutboxItem = z.infer<typeof outboxItemSchema>;

export const outboxStore = storage.defineItem<unknown[]>('local:outbox', { fallback: [], version: 1 });

/** Items that no longer parse are kept aside rather than dropped or allowed to crash the worker. */
export const quarantineItem = storage.defineItem<unknown[]>('local:outboxQuarantine', {
  fallback: [],
  version: 1,
});

export const queuePauseItem = storage.defineItem<QueuePause | null>('local:queuePause', {
  fallback: null,
  version: 1,
});

export const connectionItem = storage.defineItem<ConnectedUser | null>('local:connection', {
  fallback: null,
  version: 1,
});

/** Per-origin caches, so switching account never reuses another account's ids. */
export interface Cached<T> {
  origin: string;
  fetchedAt: number;
  value: T;
}
export const listCacheItem = storage.defineItem<Cached<AcList[]> | null>('local:listCache', {
  fallback: null,
  version: 1,
});
export const tagIndexItem = storage.defineItem<Cached<TagIndex> | null>('local:tagIndex', {
  fallback: null,
  version: 1,
});
export const fieldIndexItem = storage.defineItem<Cached<FieldIndex> | null>('local:fieldIndex', {
  fallback: null,
  version: 1,
});

/**
 * A capture asked for from a menu or shortcut, for the side panel to pick up. `session` storage:
 * it matters only until the panel reads it.
 */
export interface MenuRequest {
  tabId: number;
  /** Text the user selected ("Capture selection"), parsed as one contact instead of the page. */
  selection?: string;
  at: number;
}
export const menuRequestItem = storage.defineItem<MenuRequest | null>('session:captureRequest', {
  fallback: null,
});
