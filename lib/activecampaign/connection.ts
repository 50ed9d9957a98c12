import { browser } from 'wxt/browser';
import {
  createRateLimiter,
  type LimiterState,
  type Priority,
  type RateLimiter,
} from '@/lib/activecampaign/client/rate-limit';
import { type AcClient, createAcClient } from '@/lib/activecampaign/client/v3';
import { AcError } from '@/lib/activecampaign/errors';
import { readApiKey } from '@/lib/api-key';
import { originPermission } from '@/lib/api-url';
import { t } from '@/lib/i18n';
import type { ConnectedUser } from '@/lib/messaging/protocol';
import { Refusal } from '@/lib/messaging/router';
import type { Settings } from '@/lib/settings';
import { connectionItem, readCheckedSettings } from '@/lib/storage';

/**
 * Clients for the configured account, all behind ONE rate limiter: every ActiveCampaign call
 * this worker makes shares the account's budget (docs/activecampaign.md#rate-limits).
 */

export interface Connection {
  /**
   * A client for `apiUrl` (default: the saved one) with `key` (default: the stored one), or null.
   * `interactive` is for what the user is waiting to see (the panel's look-ups): it goes before
   * queued background work in the shared limiter.
   */
  clientFor(
    settings: Settings,
    target?: { apiUrl?: string; key?: string },
    priority?: Priority,
  ): Promise<AcClient | null>;
  /** The client for the saved settings; an `auth` error when Sidecard is not connected yet. */
  requireClient(priority?: Priority): Promise<{ client: AcClient; settings: Settings }>;
  /** What the shared limiter is doing (for "ActiveCampaign is busy"); undefined before any call. */
  limiterState(): LimiterState | undefined;
}

export function createConnection(
  fetch: typeof globalThis.fetch = globalThis.fetch.bind(globalThis),
): Connection {
  let shared: { perSecond: number; limiter: RateLimiter } | null = null;

  function limiter(perSecond: number): RateLimiter {
    if (shared?.perSecond !== perSecond) shared = { perSecond, limiter: createRateLimiter({ perSecond }) };
    return shared.limiter;
  }

  async function clientFor(
    settings: Settings,
    target: { apiUrl?: string; key?: string } = {},
    priority: Priority = 'background',
  ) {
    const apiUrl = target.apiUrl ?? settings.apiUrl;
    const apiKey = target.key ?? (await readApiKey(apiUrl));
    if (!apiUrl || !apiKey) return null;
    // Every call to ActiveCampaign passes here: none is made where the user has not granted access.
    await requireOriginAccess(apiUrl);
    return createAcClient({
      apiUrl,
      apiKey,
      fetch,
      gate: limiter(settings.ratePerSecond).gate(priority),
    });
  }

  return {
    clientFor,
    async requireClient(priority = 'background') {
      const { settings, attention } = await readCheckedSettings();
      if (attention) throw new Refusal(attention, 'settings');
      const client = await clientFor(settings, {}, priority);
      if (!client) throw new AcError('auth', 'Sidecard is not connected to ActiveCampaign yet.');
      return { client, settings };
    },
    limiterState: () => shared?.limiter.state(),
  };
}

/** Refuses in words (naming the origin and where to grant it) unless the user granted access. */
export async function requireOriginAccess(origin: string): Promise<void> {
  if (!(await hasOriginAccess(origin)))
    throw new Refusal(t('error_origin_not_granted', { origin }), 'permission');
}

/** Whether the user granted Sidecard access to this API origin (a revoked grant reads as false). */
export async function hasOriginAccess(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originPermission(origin)] });
  } catch {
    return false;
  }
}

/** Checks the key against GET /users/me and remembers who it belongs to, for the headers. */
export async function connect(client: AcClient): Promise<ConnectedUser> {
  const user = await client.testConnection();
  const connected = {
    name: [user.firstName, user.lastName].filter(Boolean).join(' ') || user.username || user.email,
    email: user.email,
  };
  await connectionItem.setValue(connected);
  return connected;
}

/** Link to the contact in ActiveCampaign's web app: acct.api-us1.com → acct.activehosted.com. */
export function contactAppUrl(apiOrigin: string, contactId: string): string {
  const url = new URL(apiOrigin);
  const account = url.hostname.split('.')[0];
  const isAcHost = /\.api-[a-z]+\d*\.com$/i.test(url.hostname);
  const host = isAcHost ? `https://${account}.activehosted.com` : apiOrigin;
  return `${host}/app/contacts/${encodeURIComponent(contactId)}`;
}
