import { forgetCatalog } from '@/lib/activecampaign/catalog/cache';
import { type Connection, connect, requireOriginAccess } from '@/lib/activecampaign/connection';
import { forgetApiKey, readApiKey, writeApiKey } from '@/lib/api-key';
import { ALLOW_LOOPBACK, normalizeApiUrl } from '@/lib/api-url';
import { t } from '@/lib/i18n';
import type { ConnectedUser, Validated } from '@/lib/messaging/protocol';
import { Refusal } from '@/lib/messaging/router';
import { resumeAccountPause, resumeQueue } from '@/lib/outbox/pause';
import { connectionItem, readSettings, settingsItem } from '@/lib/storage';

/**
 * Which ActiveCampaign account Sidecard talks to: saving the API URL and key, checking them,
 * forgetting them. The key is write-only for pages: it is never sent back.
 */

function apiOrigin(input: string, confirmedCustomEndpoint: boolean): string {
  const url = normalizeApiUrl(input, { allowLoopbackHttp: ALLOW_LOOPBACK, confirmedCustomEndpoint });
  if (!url.ok) throw new Refusal(url.message, 'validation');
  return url.origin;
}

/**
 * Saves settings, and a new key when one is given. A new API origin without a new key forgets the
 * stored key and what was read with it: that key belongs to the old account and is never sent to
 * the new host (lib/api-key.ts holds it for its own origin only).
 */
export async function saveAccountSettings(
  connection: Connection,
  { settings, apiKey }: Validated<'saveSettings'>,
): Promise<void> {
  const origin = apiOrigin(settings.apiUrl, settings.confirmedCustomEndpoint);
  await requireOriginAccess(origin);
  const previous = await readSettings();
  const moved = previous.apiUrl !== origin;
  if (moved) await forgetAccount();
  await settingsItem.setValue({ ...settings, apiUrl: origin });
  if (apiKey) await writeApiKey(apiKey, origin);
  if (!moved && !apiKey) return;
  await connectionItem.setValue(null);
  await resumeQueue();
  // Best effort: show who is connected; a wrong key surfaces when the queue runs.
  const client = await connection.clientFor(await readSettings());
  if (client) await connect(client).catch(() => undefined);
}

/** Checks the saved account, or a candidate URL and key from the options form before saving. */
export async function testAccount(
  connection: Connection,
  candidate: Validated<'testConnection'>,
): Promise<ConnectedUser> {
  const settings = await readSettings();
  const apiUrl = candidate?.apiUrl
    ? apiOrigin(candidate.apiUrl, candidate.confirmedCustomEndpoint ?? false)
    : settings.apiUrl;
  // A stored key is only ever sent to the origin it was saved for.
  const key = candidate?.apiKey || ((await readApiKey(apiUrl)) ?? undefined);
  if (!key) throw new Refusal(t('error_key_first'), 'validation');
  const client = await connection.clientFor(settings, { apiUrl, key });
  if (!client) throw new Refusal(t('error_url_and_key_first'), 'validation');
  const user = await connect(client);
  // The saved account answers again with its saved key: saves paused on it may go now.
  if (apiUrl === settings.apiUrl && key === (await readApiKey(settings.apiUrl))) await resumeAccountPause();
  return user;
}

/** Forgets the key, who it belonged to, and everything read from the account with it. */
export async function forgetAccount(): Promise<void> {
  await forgetApiKey();
  await connectionItem.setValue(null);
  await forgetCatalog();
}
