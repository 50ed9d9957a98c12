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

/** Read settings through the schema: a corrupted value falls back to defaults, never crashes. */
export async function readSettings(): Promise<Settings> {
  const parsed = settingsSchema.safeParse(await settingsItem.getValue());
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
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
