// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAcClient } from '@/lib/activecampaign/client/v3';
import type { Connection } from '@/lib/activecampaign/connection';
import { t } from '@/lib/i18n';
import { type DrainDeps, drain, enqueue, readItems } from '@/lib/outbox/queue';
import { createItemSync } from '@/lib/outbox/sync-item';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { type Sandbox, startSandbox } from '@/tests/sandbox/server';
import { TestAc, uniqueName } from '@/tests/support/ac-api';
import { sandboxClient } from '@/tests/support/sandbox-client';
import { testCapture } from '../activecampaign/sync/sandbox-suite';

/**
 * AC documents no answer for a wrong or revoked key, and servers answer it with 401 or 403
 * (docs/activecampaign.md#errors). Either way the queue pauses with "refused the API key" and the
 * save waits, untouched, until the key works; only a 403 about one resource, while `users/me`
 * answers, is that save's own failure. Through the real outbox and sync, against servers that
 * answer a wrong key each way.
 */

const servers: Record<401 | 403, Sandbox> = {} as Record<401 | 403, Sandbox>;
beforeAll(async () => {
  servers[401] = await startSandbox({ ratePerSecond: false, wrongKeyStatus: 401 });
  servers[403] = await startSandbox({ ratePerSecond: false, wrongKeyStatus: 403 });
});
afterAll(async () => {
  await Promise.all(Object.values(servers).map((sb) => sb.close()));
});
beforeEach(() => fakeBrowser.reset());

function drainDeps(sb: Sandbox, apiKey: string) {
  const client = createAcClient({ apiUrl: sb.url, apiKey });
  const settings = { ...DEFAULT_SETTINGS, apiUrl: sb.url };
  const connection: Connection = {
    clientFor: async () => client,
    requireClient: async () => ({ client, settings }),
    limiterState: () => undefined,
  };
  // A paused queue stops draining, as the runner's checkPaused reads the stored pause.
  let paused: string | null = null;
  const pause = vi.fn(async (_kind: string, message: string) => {
    paused = message;
  });
  const deps: DrainDeps = {
    now: Date.now,
    checkPaused: async () => paused,
    currentOrigin: async () => sb.url,
    ...createItemSync(connection),
    pause,
    schedule: async () => undefined,
  };
  return { deps, pause };
}

describe.each([401, 403] as const)('a server that answers a wrong key with %i', (status) => {
  it('pauses the queue with “refused the API key”; the save waits and syncs once the key works', async () => {
    const sb = servers[status];
    const capture = testCapture({ contact: { firstName: 'Rita' } });
    await enqueue([capture], Date.now(), { origin: sb.url });

    const wrong = drainDeps(sb, 'revoked-key-0000');
    await drain(wrong.deps);

    expect(wrong.pause).toHaveBeenCalledWith('auth', t('pause_auth'));
    const [waiting] = await readItems();
    expect(waiting).toMatchObject({ state: 'pending', attempts: 0 });
    expect(waiting?.lastError?.message).toBe(t('pause_auth'));

    await drain(drainDeps(sb, sb.apiKey).deps);
    const [synced] = await readItems();
    expect(synced?.state).toBe('synced');
    const held = await new TestAc(sb).contactsByEmail(capture.contact.email);
    expect(held).toMatchObject([{ id: synced?.result?.contactId, firstName: 'Rita' }]);
  });
});

describe('a 403 on one resource while users/me answers', () => {
  it('fails only that save, with the list named, and the queue goes on', async () => {
    const sb = servers[403];
    const ac = new TestAc(sb);
    const list = await ac.createList(uniqueName('Closed'));
    await sandboxClient(sb).fault({
      match: { method: 'POST', path: '/api/3/contactLists' },
      count: 1,
      action: { status: 403 },
    });
    await enqueue([testCapture({ lists: [list] })], Date.now(), { origin: sb.url });
    const { deps, pause } = drainDeps(sb, sb.apiKey);
    await drain(deps);

    expect(pause).not.toHaveBeenCalled();
    const [item] = await readItems();
    expect(item?.state).toBe('failed');
    expect(item?.lastError?.message).toMatch(/does not let this API key’s user add people to the list/);
  });
});
