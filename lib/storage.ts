import { storage } from 'wxt/utils/storage';
import { ALLOW_LOOPBACK, normalizeApiUrl } from '@/lib/api-url';
import { t } from '@/lib/i18n';
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
    // Own keys only: `constructor`, `toString` or `__proto__` from a policy are no settings of ours.
    if (!Object.hasOwn(shape, key)) continue;
    const parsed = shape[key as keyof Settings].safeParse(value);
    if (parsed.success) managed[key] = parsed.data;
  }
  return managed as Partial<Settings>;
}

/** Settings as read, and why they cannot be used as they are (the user must look at them). */
interface CheckedSettings {
  settings: Settings;
  /** Set when a stored value failed its check: the API URL is then empty, so nothing is sent. */
  attention?: string;
}

/**
 * Read settings through the schema: the administrator's values over the user's own, checked
 * again as a whole, and the API URL checked again by the same rule as when it was saved (a stored
 * value may be corrupt, or older than the rule). Never crashes, and never hands out an API URL
 * that would not pass today.
 */
export async function readCheckedSettings(): Promise<CheckedSettings> {
  const [local, managed] = await Promise.all([settingsItem.getValue(), readManagedSettings()]);
  const own = settingsSchema.safeParse(local);
  const merged = settingsSchema.safeParse({ ...(own.success ? own.data : DEFAULT_SETTINGS), ...managed });
  const settings = merged.success ? merged.data : own.success ? own.data : DEFAULT_SETTINGS;
  if (!own.success) {
    const fields = [...new Set(own.error.issues.map((issue) => String(issue.path[0] ?? '…')))];
    const attention = t('settings_attention_unreadable', { fields: fields.join(', ') });
    return { settings: { ...settings, apiUrl: '' }, attention };
  }
  if (!settings.apiUrl) return { settings };
  const url = normalizeApiUrl(settings.apiUrl, {
    allowLoopbackHttp: ALLOW_LOOPBACK,
    confirmedCustomEndpoint: settings.confirmedCustomEndpoint,
  });
  if (url.ok && url.origin === settings.apiUrl) return { settings };
  const attention = t(
    !url.ok && url.needsCustomConfirmation
      ? 'settings_attention_unconfirmed_url'
      : 'settings_attention_api_url',
    { url: settings.apiUrl },
  );
  return { settings: { ...settings, apiUrl: '' }, attention };
}

/** Settings for everything but deciding whether to call ActiveCampaign (see readCheckedSettings). */
export async function readSettings(): Promise<Settings> {
  return (await readCheckedSettings()).settings;
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
