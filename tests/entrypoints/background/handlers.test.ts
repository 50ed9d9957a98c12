// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/entrypoints/background/handlers';
import { fieldIndexCache } from '@/lib/activecampaign/catalog/cache';
import type { Connection } from '@/lib/activecampaign/connection';
import { Refusal } from '@/lib/messaging/router';
import { enqueue, readItems } from '@/lib/outbox/queue';
import type { SaveRequest } from '@/lib/save/request';

const capture: SaveRequest = {
  contact: { email: 'ada@acme.io' },
  overwrite: [],
  lists: [],
  resubscribeLists: [],
  tags: [],
  capturedAt: new Date().toISOString(),
};

function handlersWithSpies() {
  const runner = { drain: vi.fn(async () => undefined), start: vi.fn(async () => undefined) };
  const connection: Connection = {
    clientFor: vi.fn(async () => null),
    requireClient: vi.fn(async () => {
      throw new Error('not connected');
    }),
  };
  return { handlers: createHandlers(connection, runner), runner };
}

beforeEach(() => fakeBrowser.reset());

describe('the background answers', () => {
  it('reads status without starting work, however often pages ask', async () => {
    const { handlers, runner } = handlersWithSpies();
    await enqueue([capture], Date.now());
    for (let i = 0; i < 3; i++) expect(await handlers.getStatus(undefined)).toMatchObject({ pending: 1 });
    expect(runner.drain).not.toHaveBeenCalled();
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
