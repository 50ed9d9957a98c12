// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/entrypoints/background/handlers';
import { fieldIndexCache, listCache, tagIndexCache } from '@/lib/activecampaign/catalog/cache';
import { createConnection } from '@/lib/activecampaign/connection';
import { Refusal } from '@/lib/messaging/router';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { readSettings } from '@/lib/storage';
import { type Sandbox, startSandbox } from '@/tests/sandbox/server';
import { sandboxClient } from '@/tests/support/sandbox-client';

/** Two accounts on two origins: the key saved for one is never sent to the other. */

let first: Sandbox;
let second: Sandbox;
beforeAll(async () => {
  [first, second] = await Promise.all([
    startSandbox({ seed: 'demo', ratePerSecond: false }),
    startSandbox({ seed: 'demo', ratePerSecond: false }),
  ]);
});
afterAll(() => Promise.all([first.close(), second.close()]));

/** The background as the options page talks to it, with every request it sends recorded. */
function background() {
  const sent: { origin: string; key: string | null }[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    sent.push({ origin: new URL(request.url).origin, key: request.headers.get('Api-Token') });
    return globalThis.fetch(request);
  };
  const handlers = createHandlers(createConnection(fetch), { drain: vi.fn(), start: vi.fn() } as never);
  return { handlers, sent };
}

const settingsFor = (apiUrl: string) => ({ settings: { ...DEFAULT_SETTINGS, apiUrl } });

beforeEach(async () => {
  fakeBrowser.reset();
  // fake-browser has no permissions API; the user granted both origins.
  (browser as unknown as { permissions: unknown }).permissions = { contains: vi.fn(async () => true) };
  await sandboxClient(second).clearRequests();
});

describe('changing the API URL', () => {
  it('asks for the key again: the old key and the old account’s lists, tags and fields are forgotten', async () => {
    const { handlers, sent } = background();
    await handlers.saveSettings({ ...settingsFor(first.url), apiKey: first.apiKey });
    await handlers.getLists({ refresh: true });
    await handlers.getTags({ refresh: true });
    await handlers.getFields(undefined);
    expect(await listCache.getValue()).not.toBeNull();

    await handlers.saveSettings(settingsFor(second.url));

    expect(await handlers.getStatus(undefined)).toMatchObject({ configured: false, apiUrl: second.url });
    expect((await handlers.getStatus(undefined)).keyHint).toBeUndefined();
    await expect(handlers.testConnection(undefined)).rejects.toThrow('Enter the API key first.');
    await expect(handlers.getLists({ refresh: true })).rejects.toThrow();
    expect([
      await listCache.getValue(),
      await tagIndexCache.getValue(),
      await fieldIndexCache.getValue(),
    ]).toEqual([null, null, null]);
    expect(sent.filter((r) => r.origin === second.url)).toEqual([]);
    expect(await sandboxClient(second).requests()).toEqual([]);
  });

  it('takes a new key entered in the same save, and sends the new host only that key', async () => {
    const { handlers, sent } = background();
    await handlers.saveSettings({ ...settingsFor(first.url), apiKey: first.apiKey });
    await handlers.getLists({ refresh: true });

    await handlers.saveSettings({ ...settingsFor(second.url), apiKey: second.apiKey });
    await handlers.getLists({ refresh: true });
    await handlers.lookupContact({ email: 'nobody@acme.example' });

    const toSecond = sent.filter((r) => r.origin === second.url);
    expect(toSecond.length).toBeGreaterThan(0);
    expect(toSecond.every((r) => r.key === second.apiKey)).toBe(true);
    expect((await sandboxClient(second).requests()).every((r) => r.status !== 401)).toBe(true);
    expect(await listCache.getValue()).toMatchObject({ origin: second.url });
  });

  it('never hands the key to a URL set some other way (an administrator’s policy)', async () => {
    const { handlers, sent } = background();
    await handlers.saveSettings({ ...settingsFor(first.url), apiKey: first.apiKey });
    await fakeBrowser.storage.managed.set({ apiUrl: second.url });

    expect((await readSettings()).apiUrl).toBe(second.url);
    expect(await handlers.getStatus(undefined)).toMatchObject({ configured: false });
    await expect(handlers.lookupContact({ email: 'ada@acme.example' })).rejects.toThrow();
    expect(sent.filter((r) => r.origin === second.url)).toEqual([]);
  });
});

describe('an API URL that is not ActiveCampaign’s', () => {
  it('is saved only with the user’s confirmation that it is their own endpoint', async () => {
    const { handlers, sent } = background();
    const custom = 'https://crm.example.org';
    const refused = await handlers.saveSettings(settingsFor(custom)).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(Refusal);
    expect((refused as Error).message).toMatch(/not an ActiveCampaign address/);
    expect((await readSettings()).apiUrl).toBe('');

    await handlers.saveSettings({
      settings: { ...DEFAULT_SETTINGS, apiUrl: custom, confirmedCustomEndpoint: true },
    });
    expect(await readSettings()).toMatchObject({ apiUrl: custom, confirmedCustomEndpoint: true });
    expect(sent).toEqual([]);
  });
});

describe('a key saved before Sidecard recorded which origin it is for', () => {
  /** As an earlier version left it: the key in storage, no origin beside it. */
  async function keyStoredBeforeOrigins(key: string, ownApiUrl: string) {
    await fakeBrowser.storage.local.set({
      apiKey: key,
      settings: { ...DEFAULT_SETTINGS, apiUrl: ownApiUrl },
    });
  }

  it('belongs to the user’s own saved API URL and keeps working there', async () => {
    await keyStoredBeforeOrigins(first.apiKey, first.url);
    const { handlers, sent } = background();
    expect(await handlers.getStatus(undefined)).toMatchObject({ configured: true, apiUrl: first.url });
    await handlers.lookupContact({ email: 'jane.doe@acme.example' });
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((r) => r.origin === first.url && r.key === first.apiKey)).toBe(true);
  });

  it('is never sent to another URL that asks first (a connection test in options)', async () => {
    await keyStoredBeforeOrigins(first.apiKey, first.url);
    const { handlers, sent } = background();
    await expect(handlers.testConnection({ apiUrl: second.url })).rejects.toThrow('Enter the API key first.');
    expect(sent).toEqual([]);
    expect(await sandboxClient(second).requests()).toEqual([]);
    expect(await handlers.getStatus(undefined)).toMatchObject({ configured: true, apiUrl: first.url });
  });

  it('is never sent to a URL an administrator’s policy set over the user’s own', async () => {
    await keyStoredBeforeOrigins(first.apiKey, first.url);
    await fakeBrowser.storage.managed.set({ apiUrl: second.url });
    const { handlers, sent } = background();
    expect(await handlers.getStatus(undefined)).toMatchObject({ configured: false, apiUrl: second.url });
    await expect(handlers.lookupContact({ email: 'jane.doe@acme.example' })).rejects.toThrow();
    expect(sent).toEqual([]);
  });

  it('is no key at all when the user never saved an API URL it could belong to', async () => {
    await keyStoredBeforeOrigins(first.apiKey, '');
    const { handlers, sent } = background();
    await expect(handlers.testConnection({ apiUrl: first.url })).rejects.toThrow('Enter the API key first.');
    expect(sent).toEqual([]);
  });
});
