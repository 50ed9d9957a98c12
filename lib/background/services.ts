import { browser } from 'wxt/browser';
import {
  createRateLimiter,
  type RateLimiter,
  rateLimitedFetch,
} from '@/lib/activecampaign/client/rate-limit';
import { type AcClient, createAcClient } from '@/lib/activecampaign/client/v3';
import { AcError, isRetryable } from '@/lib/activecampaign/errors';
import { runCaptureSync, type SyncDeps } from '@/lib/activecampaign/sync/run';
import { runCaptureSyncV1 } from '@/lib/activecampaign/sync/run-v1';
import { forgetApiKey, readApiKey, writeApiKey } from '@/lib/api-key';
import { normalizeApiUrl } from '@/lib/api-url';
import type {
  AcList,
  ConnectedUser,
  ExistingContact,
  Result,
  Status,
  Validated,
} from '@/lib/messaging/protocol';
import type { RouterDeps } from '@/lib/messaging/router';
import { currentPause, pauseQueue, resumeQueue } from '@/lib/outbox/pause';
import {
  drain,
  enqueue,
  type ItemOutcome,
  MIN_ALARM_DELAY_MS,
  OUTBOX_ALARM,
  pendingCount,
  readItems,
  recoverInterrupted,
  retry,
} from '@/lib/outbox/queue';
import type { Settings } from '@/lib/settings';
import {
  connectionItem,
  fieldIndexItem,
  listCacheItem,
  type OutboxItem,
  queuePauseItem,
  readSettings,
  settingsItem,
  tagIndexItem,
} from '@/lib/storage';

/**
 * The background's work: the only place that reads the API key and talks to ActiveCampaign.
 * Handlers answer in the user's words; the outbox drain runs after the answer.
 */

const ALLOW_LOOPBACK = import.meta.env.MODE === 'test';
/** Lists change rarely; the panel can ask for a refresh. */
const LIST_CACHE_MS = 10 * 60_000;

/** Link to the contact in ActiveCampaign's web app: acct.api-us1.com → acct.activehosted.com. */
export function contactAppUrl(apiOrigin: string, contactId: string): string {
  const url = new URL(apiOrigin);
  const account = url.hostname.split('.')[0];
  const isAcHost = /\.api-[a-z]+\d*\.com$/i.test(url.hostname);
  const host = isAcHost ? `https://${account}.activehosted.com` : apiOrigin;
  return `${host}/app/contacts/${encodeURIComponent(contactId)}`;
}

/** The user's words for a failed request; never contains the key, headers or URLs with queries. */
export function describeError(error: unknown): { kind: string; message: string } {
  if (!(error instanceof AcError)) return { kind: 'internal', message: 'Something went wrong in Sidecard.' };
  switch (error.kind) {
    case 'auth':
      return { kind: 'auth', message: 'ActiveCampaign refused the API key (wrong key, or no permission).' };
    case 'not-found':
      return {
        kind: 'not-found',
        message: 'ActiveCampaign was not found at that API URL. Check it in settings.',
      };
    case 'validation':
      return { kind: 'validation', message: `ActiveCampaign said: ${error.message}` };
    case 'rate-limited':
      return { kind: 'rate-limited', message: 'ActiveCampaign is busy (rate limit) — retrying.' };
    case 'server':
      return { kind: 'server', message: 'ActiveCampaign had a problem — retrying.' };
    case 'network':
      return { kind: 'network', message: 'Could not reach ActiveCampaign (offline?) — retrying.' };
    case 'timeout':
      return { kind: 'timeout', message: 'ActiveCampaign did not answer in time — retrying.' };
    case 'bad-response':
      return { kind: 'bad-response', message: 'ActiveCampaign sent an answer Sidecard did not understand.' };
  }
}

function fail(error: unknown): { ok: false; error: string; kind: string } {
  const { kind, message } = describeError(error);
  return { ok: false, error: message, kind };
}

export function createBackground() {
  let limiter: { perSecond: number; limiter: RateLimiter } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** One limiter for every ActiveCampaign call this worker makes. */
  function sharedLimiter(perSecond: number): RateLimiter {
    if (!limiter || limiter.perSecond !== perSecond)
      limiter = { perSecond, limiter: createRateLimiter({ perSecond }) };
    return limiter.limiter;
  }

  async function clientFor(
    settings: Settings,
    apiUrl = settings.apiUrl,
    key?: string,
  ): Promise<AcClient | null> {
    const apiKey = key ?? (await readApiKey());
    if (!apiUrl || !apiKey) return null;
    const limited = rateLimitedFetch(
      globalThis.fetch.bind(globalThis),
      sharedLimiter(settings.ratePerSecond),
    );
    return createAcClient({ apiUrl, apiKey, fetch: limited });
  }

  async function requireClient(): Promise<{ client: AcClient; settings: Settings }> {
    const settings = await readSettings();
    const client = await clientFor(settings);
    if (!client) throw new AcError('auth', 'Sidecard is not connected to ActiveCampaign yet.');
    return { client, settings };
  }

  function syncDeps(client: AcClient, settings: Settings, saveProgress: SyncDeps['saveProgress']): SyncDeps {
    const origin = settings.apiUrl;
    return {
      client,
      settings,
      saveProgress,
      tagIndex: {
        load: async () => {
          const cached = await tagIndexItem.getValue();
          return cached?.origin === origin ? cached.value : null;
        },
        save: (value) => tagIndexItem.setValue({ origin, fetchedAt: Date.now(), value }),
      },
      fieldIndex: {
        load: async () => {
          const cached = await fieldIndexItem.getValue();
          return cached?.origin === origin ? cached.value : null;
        },
        save: (value) => fieldIndexItem.setValue({ origin, fetchedAt: Date.now(), value }),
      },
    };
  }

  async function runItem(item: OutboxItem, saveProgress: SyncDeps['saveProgress']): Promise<ItemOutcome> {
    const { client, settings } = await requireClient();
    try {
      const deps = syncDeps(client, settings, saveProgress);
      const result =
        settings.apiMode === 'v1'
          ? await runCaptureSyncV1(item.capture, item.progress, deps)
          : await runCaptureSync(item.capture, item.progress, deps);
      return {
        kind: 'synced',
        contactId: result.contactId,
        skippedLists: await listNames(result.skippedLists),
        appUrl: contactAppUrl(settings.apiUrl, result.contactId),
      };
    } catch (error) {
      const { kind, message } = describeError(error);
      if (error instanceof AcError && (error.kind === 'auth' || error.kind === 'not-found')) {
        return { kind: 'pause', errorKind: kind, message };
      }
      if (isRetryable(error)) {
        const retryAfterMs = error instanceof AcError ? error.retryAfterMs : undefined;
        return { kind: 'retry', errorKind: kind, message, retryAfterMs };
      }
      // An answer we could not read may be a passing glitch: one more try, then it needs a person.
      if (error instanceof AcError && error.kind === 'bad-response' && item.attempts < 2) {
        return { kind: 'retry', errorKind: kind, message };
      }
      return { kind: 'failed', errorKind: kind, message };
    }
  }

  async function listNames(ids: string[]): Promise<string[]> {
    const cached = (await listCacheItem.getValue())?.value ?? [];
    return ids.map((id) => cached.find((l) => l.id === id)?.name ?? `list ${id}`);
  }

  async function schedule(delayMs: number | null): Promise<void> {
    clearTimeout(timer);
    if (delayMs === null) {
      await browser.alarms.clear(OUTBOX_ALARM);
      return;
    }
    // Short waits also get a timer (alarms cannot fire sooner than 30 s); the alarm is the
    // durable backup if the worker is stopped meanwhile.
    if (delayMs < MIN_ALARM_DELAY_MS) timer = setTimeout(() => void runDrain(), Math.max(delayMs, 0));
    await browser.alarms.create(OUTBOX_ALARM, { when: Date.now() + Math.max(delayMs, MIN_ALARM_DELAY_MS) });
  }

  async function updateBadge(items: OutboxItem[]): Promise<void> {
    const pending = pendingCount(items);
    // Firefox MV2 has browserAction where MV3 has action.
    const action = browser.action ?? browser.browserAction;
    await action.setBadgeText({ text: pending > 0 ? String(pending) : '' });
    await action.setBadgeBackgroundColor({ color: '#1f5fd6' });
  }

  function runDrain(): Promise<void> {
    return drain({
      now: Date.now,
      checkPaused: async () => (await currentPause())?.message ?? null,
      runItem,
      pause: pauseQueue,
      schedule,
      onChange: (items) => void updateBadge(items),
    });
  }

  async function status(): Promise<Status> {
    const settings = await readSettings();
    const key = await readApiKey();
    const paused = (await currentPause()) ?? undefined;
    return {
      configured: !!settings.apiUrl && !!key,
      apiUrl: settings.apiUrl,
      keyHint: key ? key.slice(-4) : undefined,
      user: (await connectionItem.getValue()) ?? undefined,
      paused,
      pending: pendingCount(await readItems()),
    };
  }

  async function connect(client: AcClient): Promise<ConnectedUser> {
    const user = await client.testConnection();
    const connected = {
      name: [user.firstName, user.lastName].filter(Boolean).join(' ') || user.username || user.email,
      email: user.email,
    };
    await connectionItem.setValue(connected);
    return connected;
  }

  async function lists(refresh: boolean): Promise<AcList[]> {
    const { client, settings } = await requireClient();
    const cached = await listCacheItem.getValue();
    if (!refresh && cached?.origin === settings.apiUrl && Date.now() - cached.fetchedAt < LIST_CACHE_MS) {
      return cached.value;
    }
    const fresh = (await client.listLists()).map((l) => ({ id: l.id, name: l.name }));
    await listCacheItem.setValue({ origin: settings.apiUrl, fetchedAt: Date.now(), value: fresh });
    return fresh;
  }

  async function existingContact(
    client: AcClient,
    settings: Settings,
    contactId: string,
  ): Promise<ExistingContact> {
    const details = await client.getContactDetails(contactId);
    const [allLists, tagIndex, fieldIndex] = await Promise.all([
      lists(false).catch(() => [] as AcList[]),
      tagIndexItem.getValue(),
      fieldIndexItem.getValue(),
    ]);
    const tagsById = new Map(Object.values(tagIndex?.value.tags ?? {}).map((t) => [t.id, t.name]));
    if (details.contactTags.some((ct) => !tagsById.has(ct.tag))) {
      for (const t of await client.listTags()) tagsById.set(t.id, t.name);
    }
    const fieldValue = (ref: string | undefined) => {
      if (!ref) return undefined;
      const field = fieldIndex?.value.fields.find(
        (f) => f.id === ref || f.perstag.toUpperCase() === ref.replace(/%/g, '').toUpperCase(),
      );
      const id = field?.id ?? ref;
      return details.fieldValues.find((v) => v.field === id)?.value || undefined;
    };
    let account: string | undefined;
    const link = details.accountContacts[0];
    if (link) account = (await client.getAccount(link.account).catch(() => undefined))?.name;
    return {
      id: details.contact.id,
      email: details.contact.email,
      firstName: details.contact.firstName ?? '',
      lastName: details.contact.lastName ?? '',
      phone: details.contact.phone ?? '',
      account,
      lists: details.contactLists.map((cl) => ({
        id: cl.list,
        name: allLists.find((l) => l.id === cl.list)?.name ?? `list ${cl.list}`,
        status: cl.status,
      })),
      tags: details.contactTags.map((ct) => tagsById.get(ct.tag) ?? `tag ${ct.tag}`),
      fields: {
        linkedinUrl: fieldValue(settings.fieldMap.linkedinUrl),
        jobTitle: fieldValue(settings.fieldMap.jobTitle),
      },
      appUrl: contactAppUrl(settings.apiUrl, details.contact.id),
    };
  }

  /** The personalisation tag of a mapped field (settings may name it by id or by tag). */
  async function perstagOf(
    client: AcClient,
    settings: Settings,
    ref: string | undefined,
  ): Promise<string | null> {
    if (!ref) return null;
    if (!/^\d+$/.test(ref)) return ref.replace(/%/g, '');
    const cached = await fieldIndexItem.getValue();
    const known = cached?.origin === settings.apiUrl ? cached.value.fields : await client.listFields();
    return known.find((f) => f.id === ref)?.perstag ?? null;
  }

  const handlers: RouterDeps['handlers'] = {
    getStatus: async (): Promise<Result<Status>> => {
      void runDrain();
      return { ok: true, value: await status() };
    },

    saveSettings: async (data: Validated<'saveSettings'>): Promise<Result<Status>> => {
      const url = normalizeApiUrl(data.settings.apiUrl, { allowLoopbackHttp: ALLOW_LOOPBACK });
      if (!url.ok) return { ok: false, error: url.message, kind: 'validation' };
      const previous = await readSettings();
      await settingsItem.setValue({ ...data.settings, apiUrl: url.origin });
      if (data.apiKey) await writeApiKey(data.apiKey);
      if (previous.apiUrl !== url.origin || data.apiKey) {
        await connectionItem.setValue(null);
        await resumeQueue();
        // Best effort: show who is connected; a wrong key surfaces when the queue runs.
        const client = await clientFor(await readSettings());
        if (client) await connect(client).catch(() => undefined);
      }
      void runDrain();
      return { ok: true, value: await status() };
    },

    testConnection: async (data: Validated<'testConnection'>): Promise<Result<ConnectedUser>> => {
      const settings = await readSettings();
      let apiUrl = settings.apiUrl;
      if (data?.apiUrl) {
        const url = normalizeApiUrl(data.apiUrl, { allowLoopbackHttp: ALLOW_LOOPBACK });
        if (!url.ok) return { ok: false, error: url.message, kind: 'validation' };
        apiUrl = url.origin;
      }
      // A stored key is only ever sent to the origin it was saved for.
      const key =
        data?.apiKey || (apiUrl === settings.apiUrl ? ((await readApiKey()) ?? undefined) : undefined);
      if (!key) return { ok: false, error: 'Enter the API key first.', kind: 'validation' };
      const client = await clientFor(settings, apiUrl, key);
      if (!client) return { ok: false, error: 'Enter the API URL and key first.', kind: 'validation' };
      try {
        return { ok: true, value: await connect(client) };
      } catch (error) {
        return fail(error);
      }
    },

    forgetKey: async (): Promise<Result<Status>> => {
      await forgetApiKey();
      await connectionItem.setValue(null);
      await Promise.all([
        tagIndexItem.removeValue(),
        fieldIndexItem.removeValue(),
        listCacheItem.removeValue(),
      ]);
      return { ok: true, value: await status() };
    },

    lookupContact: async (data: Validated<'lookupContact'>): Promise<Result<ExistingContact | null>> => {
      try {
        const { client, settings } = await requireClient();
        const found = await client.findContactByEmail(data.email.trim());
        return { ok: true, value: found ? await existingContact(client, settings, found.id) : null };
      } catch (error) {
        return fail(error);
      }
    },

    findMatches: async (data: Validated<'findMatches'>): Promise<Result<ExistingContact[]>> => {
      try {
        const { client, settings } = await requireClient();
        const ids = new Set<string>();
        const perstag = data.profileUrl
          ? await perstagOf(client, settings, settings.fieldMap.linkedinUrl)
          : null;
        if (perstag && data.profileUrl) {
          for (const c of await client.findContactsByField(perstag, data.profileUrl)) ids.add(c.id);
        }
        if (ids.size === 0 && data.name) {
          const [first = '', ...rest] = data.name.split(/\s+/);
          const last = rest.at(-1) ?? '';
          for (const c of await client.searchContacts(data.name)) {
            const sameName =
              (c.firstName ?? '').toLowerCase() === first.toLowerCase() &&
              (c.lastName ?? '').toLowerCase() === last.toLowerCase();
            if (sameName) ids.add(c.id);
          }
        }
        const matches = await Promise.all(
          [...ids].slice(0, 5).map((id) => existingContact(client, settings, id)),
        );
        return { ok: true, value: matches };
      } catch (error) {
        return fail(error);
      }
    },

    getLists: async (data: Validated<'getLists'>): Promise<Result<AcList[]>> => {
      try {
        return { ok: true, value: await lists(data?.refresh ?? false) };
      } catch (error) {
        return fail(error);
      }
    },

    getTags: async (data: Validated<'getTags'>) => {
      try {
        const { client, settings } = await requireClient();
        const cached = await tagIndexItem.getValue();
        if (!data?.refresh && cached?.origin === settings.apiUrl) {
          return { ok: true, value: Object.values(cached.value.tags) };
        }
        const tags = await client.listTags();
        const index = {
          tags: Object.fromEntries(tags.map((t) => [t.name.toLowerCase(), { id: t.id, name: t.name }])),
        };
        await tagIndexItem.setValue({ origin: settings.apiUrl, fetchedAt: Date.now(), value: index });
        return { ok: true, value: Object.values(index.tags) };
      } catch (error) {
        return fail(error);
      }
    },

    saveCapture: async (data: Validated<'saveCapture'>) => {
      // Written to storage before the answer: "Queued" means on disk.
      const [id] = await enqueue([data.capture], Date.now());
      void runDrain();
      return { ok: true, value: { id: id! } };
    },

    saveBatch: async (data: Validated<'saveBatch'>) => {
      const ids = await enqueue(data.captures, Date.now());
      void runDrain();
      return { ok: true, value: { ids } };
    },

    retryItem: async (data: Validated<'retryItem'>) => {
      const item = await retry(data.id, Date.now());
      if (!item) return { ok: false, error: 'That capture is no longer in the queue.', kind: 'not-found' };
      void runDrain();
      return { ok: true, value: { id: item.id } };
    },
  };

  return {
    handlers,
    drain: runDrain,
    /** Worker start: lock storage, recover interrupted items, re-arm the alarm, drain. */
    async start(): Promise<void> {
      await lockStorage();
      await recoverInterrupted(Date.now());
      await runDrain();
    },
    async onSettingsChanged(): Promise<void> {
      const pause = await queuePauseItem.getValue();
      if (pause && (pause.reason === 'auth' || pause.reason === 'wrong-url')) await resumeQueue();
      await runDrain();
    },
  };
}

/**
 * Content scripts can read `storage.local` by default; the key lives there, so restrict it to
 * our own pages and worker where the browser supports it (Chrome). Feature-detected.
 */
export async function lockStorage(): Promise<boolean> {
  const local = browser.storage.local as { setAccessLevel?(o: { accessLevel: string }): Promise<void> };
  if (typeof local.setAccessLevel !== 'function') return false;
  try {
    await local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
    return true;
  } catch {
    return false;
  }
}
