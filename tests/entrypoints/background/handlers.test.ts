// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/entrypoints/background/handlers';
import { fieldIndexCache } from '@/lib/activecampaign/catalog/cache';
import { type Connection, createConnection } from '@/lib/activecampaign/connection';
import { writeApiKey } from '@/lib/api-key';
import { type MessageType, requestSchemas, type Validated } from '@/lib/messaging/protocol';
import { Refusal } from '@/lib/messaging/router';
import { pauseQueue } from '@/lib/outbox/pause';
import { enqueue, readItems } from '@/lib/outbox/queue';
import type { SaveRequest } from '@/lib/save/request';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { settingsItem } from '@/lib/storage';

const capture: SaveRequest = {
  contact: { email: 'ada@acme.io' },
  overwrite: [],
  lists: [],
  resubscribeLists: [],
  tags: [],
  capturedAt: new Date().toISOString(),
};

function handlersWithSpies(limiterState: Connection['limiterState'] = () => undefined) {
  const runner = { drain: vi.fn(async () => undefined), start: vi.fn(async () => undefined) };
  const connection: Connection = {
    clientFor: vi.fn(async () => null),
    requireClient: vi.fn(async () => {
      throw new Error('not connected');
    }),
    limiterState,
  };
  return { handlers: createHandlers(connection, runner), runner };
}

beforeEach(() => fakeBrowser.reset());

describe('the background answers', () => {
  it('reads status without starting work, however often pages ask', async () => {
    const { handlers, runner } = handlersWithSpies();
    await enqueue([capture], Date.now(), { origin: 'https://acct.api-us1.com' });
    for (let i = 0; i < 3; i++) expect(await handlers.getStatus(undefined)).toMatchObject({ pending: 1 });
    expect(runner.drain).not.toHaveBeenCalled();
  });

  it('says when saves wait on a busy account, from the shared limiter', async () => {
    const slowed = {
      ceiling: 4,
      ratePerSecond: 0.475,
      nextStartAt: Date.now() + 2_500,
      blockedUntil: 0,
      waiting: 1,
    };
    const { handlers } = handlersWithSpies(() => slowed);
    await enqueue([capture], Date.now(), { origin: 'https://acct.api-us1.com' });
    expect(await handlers.getStatus(undefined)).toMatchObject({
      pending: 1,
      busy: { waiting: 1, nextInSeconds: 3 },
    });
    const { handlers: quiet } = handlersWithSpies(() => ({ ...slowed, ratePerSecond: 4 }));
    expect((await quiet.getStatus(undefined)).busy).toBeUndefined();
  });

  it('runs the outbox when a page wakes it', async () => {
    const { handlers, runner } = handlersWithSpies();
    expect(await handlers.wake(undefined)).toBeNull();
    expect(runner.drain).toHaveBeenCalledTimes(1);
  });

  it('has a save on disk before it answers, then runs the outbox', async () => {
    const { handlers, runner } = handlersWithSpies();
    const { id } = await handlers.saveCapture({ capture });
    expect((await readItems()).map((i) => i.id)).toEqual([id]);
    expect(runner.drain).toHaveBeenCalledTimes(1);
  });

  it('offers the account’s custom fields by title, and keeps them for the sync', async () => {
    const listFields = vi.fn(async () => [
      { id: '12', title: 'LinkedIn profile', perstag: 'LINKEDIN', type: 'text' },
    ]);
    const settings = { apiUrl: 'https://acct.api-us1.com' };
    const connection = {
      clientFor: vi.fn(async () => null),
      requireClient: vi.fn(async () => ({ client: { listFields }, settings })),
    } as unknown as Connection;
    const handlers = createHandlers(connection, { drain: vi.fn(), start: vi.fn() } as never);
    expect(await handlers.getFields(undefined)).toEqual([
      { id: '12', title: 'LinkedIn profile', perstag: 'LINKEDIN', type: 'text' },
    ]);
    const cached = await fieldIndexCache.getValue();
    expect(cached).toMatchObject({ origin: settings.apiUrl, value: { fields: [{ id: '12' }] } });
  });

  it('refuses in words to retry a save no longer queued', async () => {
    const { handlers, runner } = handlersWithSpies();
    await expect(handlers.retryItem({ id: crypto.randomUUID() })).rejects.toBeInstanceOf(Refusal);
    expect(runner.drain).not.toHaveBeenCalled();
  });
});

describe('a queue paused because the account refused', () => {
  const ORIGIN = 'https://acct.api-us1.com';
  const KEY = 'k'.repeat(40);
  /** The stored pause itself (currentPause also asks the browser for the origin permission). */
  const storedPause = () => fakeBrowser.storage.local.get('queuePause').then((r) => r.queuePause ?? null);

  /** Connected to ORIGIN with KEY; the account answers users/me with whatever key it gets. */
  async function pausedAccount() {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, apiUrl: ORIGIN });
    await writeApiKey(KEY, ORIGIN);
    await pauseQueue('not-found', 'ActiveCampaign was not found at that API URL.');
    const user = { id: '1', email: 'ada@acme.io', firstName: 'Ada', lastName: 'L', username: 'ada' };
    const keys: string[] = [];
    const runner = { drain: vi.fn(async () => undefined), start: vi.fn(async () => undefined) };
    const connection = {
      clientFor: vi.fn(async (_s: unknown, target: { key?: string } = {}) => {
        keys.push(target.key ?? KEY);
        return { testConnection: async () => user };
      }),
      requireClient: vi.fn(),
      limiterState: () => undefined,
    } as unknown as Connection;
    return { handlers: createHandlers(connection, runner), runner, keys };
  }

  it('resumes, and runs the queue, once Test connection of the saved account succeeds', async () => {
    const { handlers, runner } = await pausedAccount();
    expect(await storedPause()).toMatchObject({ reason: 'wrong-url' });
    await handlers.testConnection({ apiUrl: ORIGIN });
    expect(await storedPause()).toBeNull();
    expect(runner.drain).toHaveBeenCalled();
  });

  it('stays paused when the test was of another key than the saved one', async () => {
    const { handlers } = await pausedAccount();
    await handlers.testConnection({ apiUrl: ORIGIN, apiKey: 'n'.repeat(40) });
    expect(await storedPause()).toMatchObject({ reason: 'wrong-url' });
  });

  it('resumes and runs the queue when the user presses “Try again now”', async () => {
    const { handlers, runner } = await pausedAccount();
    expect(await handlers.resumeQueue(undefined)).toBeNull();
    expect(await storedPause()).toBeNull();
    expect(runner.drain).toHaveBeenCalledTimes(1);
  });
});

describe('the origin permission', () => {
  const ORIGIN = 'https://acct.api-us1.com';
  /** One valid payload per message: a new message cannot be added without joining this table. */
  const payloads: { [T in MessageType]: Validated<T> } = {
    getStatus: undefined,
    wake: undefined,
    saveSettings: { settings: { ...DEFAULT_SETTINGS, apiUrl: ORIGIN }, apiKey: 'n'.repeat(40) },
    testConnection: undefined,
    forgetKey: undefined,
    resumeQueue: undefined,
    lookupContact: { email: 'ada@acme.io' },
    findMatches: { name: 'Ada Lovelace', company: 'Acme', profileUrl: 'https://www.linkedin.com/in/ada' },
    getLists: { refresh: true },
    getTags: { refresh: true },
    getFields: undefined,
    getSalesCatalog: { refresh: true },
    saveCapture: { capture },
    saveBatch: { captures: [capture] },
    retryItem: { id: crypto.randomUUID() },
    decideHeld: { ids: [crypto.randomUUID()], decision: 'send-here', origin: ORIGIN },
    clearHistory: { includeFailed: false },
  };
  const REACHING_AC = [
    'findMatches',
    'getFields',
    'getLists',
    'getSalesCatalog',
    'getTags',
    'lookupContact',
    'saveSettings',
    'testConnection',
  ];

  /** Runs every handler once against a connected account; what each sent to the network, and its answer. */
  async function everyHandler(granted: boolean) {
    const outcomes: Record<string, { requests: number; error?: unknown }> = {};
    for (const type of Object.keys(payloads) as MessageType[]) {
      fakeBrowser.reset();
      await settingsItem.setValue({ ...DEFAULT_SETTINGS, apiUrl: ORIGIN });
      await writeApiKey('k'.repeat(40), ORIGIN);
      // fake-browser has no permissions API; what the browser answers is all Sidecard asks.
      (browser as unknown as { permissions: unknown }).permissions = { contains: vi.fn(async () => granted) };
      // Any request at all, through the connection or around it, is counted.
      const fetch = vi.fn(async () => new Response('{}', { status: 401 }));
      // Swapped by hand: vi.unstubAllGlobals would also take away the `browser` global lib/i18n reads.
      const realFetch = globalThis.fetch;
      globalThis.fetch = fetch as unknown as typeof globalThis.fetch;
      const handlers = createHandlers(createConnection(fetch), { drain: vi.fn(), start: vi.fn() } as never);
      const run = handlers[type] as (data: unknown) => Promise<unknown>;
      const error = await run(payloads[type]).then(
        () => undefined,
        (e: unknown) => e,
      );
      outcomes[type] = { requests: fetch.mock.calls.length, error };
      globalThis.fetch = realFetch;
    }
    return outcomes;
  }

  it('covers every message the background answers', () => {
    expect(Object.keys(payloads).sort()).toEqual(Object.keys(requestSchemas).sort());
  });

  it('is checked by every handler before it calls ActiveCampaign, with a message saying where to grant it', async () => {
    const granted = await everyHandler(true);
    const reaching = Object.keys(granted).filter((type) => granted[type]!.requests > 0);
    expect(reaching.sort()).toEqual(REACHING_AC);

    const refused = await everyHandler(false);
    for (const [type, { requests, error }] of Object.entries(refused)) {
      expect(requests, type).toBe(0);
      if (!REACHING_AC.includes(type)) continue;
      expect(error, type).toBeInstanceOf(Refusal);
      expect((error as Error).message, type).toBe(
        `Sidecard may not reach ${ORIGIN} — open Sidecard settings to grant access.`,
      );
    }
  });
});
