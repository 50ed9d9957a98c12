// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { LimiterState } from '@/lib/activecampaign/client/rate-limit';
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
function fakeRunner(outcomes: ItemOutcome[] = [], limiterState?: () => LimiterState) {
  let clock = 1_000_000;
  const ran: string[] = [];
  const alarms = new Map<string, number>();
  const badge: string[] = [];
  const looks: { text: string; color: string; title: string }[] = [];
  const runner = createOutboxRunner({
    now: () => clock,
    limiterState,
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
    setBadge: async (text, color, title) => {
      badge.push(text);
      looks.push({ text, color, title });
    },
  });
  return { runner, ran, alarms, badge, looks, advance: (ms: number) => (clock += ms), now: () => clock };
}

const ORIGIN = 'https://acct.api-us1.com';

async function connected() {
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, apiUrl: ORIGIN });
  await writeApiKey('k'.repeat(40), ORIGIN);
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
    await enqueue([capture('ada@acme.io')], now(), { origin: ORIGIN });
    await runner.drain();
    expect(ran).toEqual(['ada@acme.io']);
    expect(badge).toContain('1');
    expect(badge.at(-1)).toBe('');
    expect(alarms.has(OUTBOX_ALARM)).toBe(false);
  });

  it('while saves wait on a busy account, the badge changes colour and its title says why', async () => {
    let state: LimiterState | undefined;
    const { runner, looks, now } = fakeRunner([], () => state!);
    state = { ceiling: 4, ratePerSecond: 0.475, nextStartAt: now() + 2_500, blockedUntil: 0, waiting: 1 };
    await enqueue([capture('ada@acme.io'), capture('bob@acme.io')], now(), { origin: ORIGIN });
    await runner.drain();
    const whileBusy = looks.find((l) => l.text === '2');
    expect(whileBusy?.title).toBe('ActiveCampaign is busy — 2 saves waiting, next in 3 s');
    const done = looks.at(-1);
    expect(done).toMatchObject({ text: '', title: 'Sidecard' });
    expect(done?.color).not.toBe(whileBusy?.color);
  });

  it('retries a short wait on a timer, with an alarm as the backup if the worker stops', async () => {
    const busy: ItemOutcome = { kind: 'retry', errorKind: 'server', message: 'busy', retryAfterMs: 5000 };
    const { runner, ran, alarms, advance, now } = fakeRunner([busy]);
    await enqueue([capture('ada@acme.io')], now(), { origin: ORIGIN });
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
    await enqueue([capture('ada@acme.io')], now(), { origin: ORIGIN });
    await runner.drain();
    expect(alarms.get(OUTBOX_ALARM)).toBe(now() + 120_000);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(ran).toHaveLength(1);
  });

  it('sends nothing while the queue is paused (no key), and needs no alarm', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, apiUrl: '' });
    const { runner, ran, alarms, now } = fakeRunner();
    await enqueue([capture('ada@acme.io')], now(), { origin: ORIGIN });
    await runner.drain();
    expect(ran).toEqual([]);
    expect(alarms.size).toBe(0);
  });

  it('on worker start, sends again a save that was cut off mid-sync', async () => {
    const { runner, ran, now } = fakeRunner();
    await enqueue([capture('ada@acme.io')], now(), { origin: ORIGIN });
    const [item] = await readItems();
    await outboxStore.setValue([{ ...item, state: 'syncing' }]);
    await runner.start();
    expect(ran).toEqual(['ada@acme.io']);
  });
});
