// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { writeApiKey } from '@/lib/api-key';
import { outboxStore } from '@/lib/outbox/item';
import { enqueue, type ItemOutcome, readItems } from '@/lib/outbox/queue';
import { createOutboxRunner, MIN_ALARM_DELAY_MS, OUTBOX_ALARM } from '@/lib/outbox/runner';
import type { SaveRequest } from '@/lib/save/request';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { settingsItem } from '@/lib/storage';

const capture = (email: string): SaveRequest => ({
  contact: { email },
  overwrite: [],
  lists: [],
  resubscribeLists: [],
  tags: [],
  capturedAt: new Date().toISOString(),
});

const synced: ItemOutcome = { kind: 'synced', contactId: '7', skippedLists: [], appUrl: 'https://x/7' };

/** A runner over fake alarms and badge, whose items end as `outcomes` says (then synced). */
function fakeRunner(outcomes: ItemOutcome[] = []) {
  let clock = 1_000_000;
  const ran: string[] = [];
  const alarms = new Map<string, number>();
  const badge: string[] = [];
  const runner = createOutboxRunner({
    now: () => clock,
    runItem: async (item) => {
      ran.push(item.capture.contact.email);
      return outcomes.shift() ?? synced;
    },
    setAlarm: async (name, when) => {
      alarms.set(name, when);
    },
    clearAlarm: async (name) => {
      alarms.delete(name);
    },
    setBadge: async (text) => {
      badge.push(text);
    },
  });
  return { runner, ran, alarms, badge, advance: (ms: number) => (clock += ms), now: () => clock };
}

async function connected() {
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, apiUrl: 'https://acct.api-us1.com' });
  await writeApiKey('k'.repeat(40), 'https://acct.api-us1.com');
  (browser as unknown as { permissions: unknown }).permissions = { contains: vi.fn(async () => true) };
}

beforeEach(async () => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  await connected();
});
afterEach(() => vi.useRealTimers());

describe('running the outbox', () => {
  it('sends what is due and clears the badge when nothing waits', async () => {
    const { runner, ran, badge, alarms, now } = fakeRunner();
    await enqueue([capture('ada@acme.io')], now());
    await runner.drain();
    expect(ran).toEqual(['ada@acme.io']);
    expect(badge).toContain('1');
    expect(badge.at(-1)).toBe('');
    expect(alarms.has(OUTBOX_ALARM)).toBe(false);
  });

  it('retries a short wait on a timer, with an alarm as the backup if the worker stops', async () => {
    const busy: ItemOutcome = { kind: 'retry', errorKind: 'server', message: 'busy', retryAfterMs: 5000 };
    const { runner, ran, alarms, advance, now } = fakeRunner([busy]);
    await enqueue([capture('ada@acme.io')], now());
    await runner.drain();
    expect(ran).toHaveLength(1);
    expect(alarms.get(OUTBOX_ALARM)).toBe(now() + MIN_ALARM_DELAY_MS);
    advance(5000);
    await vi.advanceTimersByTimeAsync(5000);
    await runner.drain();
    expect(ran).toHaveLength(2);
    expect((await readItems())[0]).toMatchObject({ state: 'synced' });
  });

  it('leaves long waits to the alarm alone', async () => {
    const later: ItemOutcome = {
      kind: 'retry',
      errorKind: 'rate-limited',
      message: 'busy',
      retryAfterMs: 120_000,
    };
    const { runner, ran, alarms, now } = fakeRunner([later]);
    await enqueue([capture('ada@acme.io')], now());
    await runner.drain();
    expect(alarms.get(OUTBOX_ALARM)).toBe(now() + 120_000);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(ran).toHaveLength(1);
  });

  it('sends nothing while the queue is paused (no key), and needs no alarm', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, apiUrl: '' });
    const { runner, ran, alarms, now } = fakeRunner();
    await enqueue([capture('ada@acme.io')], now());
    await runner.drain();
    expect(ran).toEqual([]);
    expect(alarms.size).toBe(0);
  });

  it('on worker start, sends again a save that was cut off mid-sync', async () => {
    const { runner, ran, now } = fakeRunner();
    await enqueue([capture('ada@acme.io')], now());
    const [item] = await readItems();
    await outboxStore.setValue([{ ...item, state: 'syncing' }]);
    await runner.start();
    expect(ran).toEqual(['ada@acme.io']);
  });
});
