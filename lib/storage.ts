import { storage } from 'wxt/utils/storage';
import type { ConnectedUser } from '@/lib/messaging/protocol';
import { DEFAULT_SETTINGS, type Settings, settingsSchema } from '@/lib/settings';

/**
 * Storage items every page may read. Items with one owner live with it: the API key
 * (lib/api-key.ts), the outbox (lib/outbox/item.ts) and its pause (lib/outbox/pause.ts), ActiveCampaign's catalogue caches
 * (lib/activecampaign/catalog/cache.ts). Everything lives in `local`: `sync` would copy settings
 * to browsers that have no key. `local` is locked to trusted contexts by the background at
 * start-up (where supported).
 */

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/**
 * Settings an administrator pushed through browser policy (`storage.managed`, described by
 * public/managed_schema.json). Each value passes its own part of the settings schema, so one bad
 * policy value drops only that value. Without a policy (or on Firefox without a managed-storage
 * manifest, where reading throws) there are none.
 */
export async function readManagedSettings(): Promise<Partial<Settings>> {
  const policy = await storage.snapshot('managed').catch(() => ({}));
  const shape = settingsSchema.shape;
  const managed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(policy)) {
    const parsed = key in shape ? shape[key as keyof Settings].safeParse(value) : undefined;
    if (parsed?.success) managed[key] = parsed.data;
  }
  return managed as Partial<Settings>;
}

/**
 * Read settings through the schema: the administrator's values over the user's own, checked
 * again as a whole. A corrupted value falls back to defaults, never crashes.
 */
export async function readSettings(): Promise<Settings> {
  const [local, managed] = await Promise.all([settingsItem.getValue(), readManagedSettings()]);
  const own = settingsSchema.safeParse(local);
  const merged = settingsSchema.safeParse({ ...(own.success ? own.data : DEFAULT_SETTINGS), ...managed });
  if (merged.success) return merged.data;
  return own.success ? own.data : DEFAULT_SETTINGS;
}

export const connectionItem = storage.defineItem<ConnectedUser | null>('local:connection', {
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
