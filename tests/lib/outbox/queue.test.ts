// @vitest-environment node

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { retryDelayMs } from '@/lib/outbox/attempt';
import { type OutboxItem, outboxStore, quarantineItem } from '@/lib/outbox/item';
import { emptyProgress } from '@/lib/outbox/progress';
import {
  clearFinished,
  type DrainDeps,
  drain,
  enqueue,
  type ItemOutcome,
  readItems,
  recoverInterrupted,
  retry,
} from '@/lib/outbox/queue';
import { retainItems } from '@/lib/outbox/retention';
import type { SaveRequest } from '@/lib/save/request';

/** The account in settings while these saves are queued and sent. */
const ORIGIN = 'https://acct.api-us1.com';

const capture = (email: string, extra: Partial<SaveRequest> = {}): SaveRequest => ({
  contact: { email },
  overwrite: [],
  lists: ['1'],
  resubscribeLists: [],
  tags: ['Lead'],
  capturedAt: new Date().toISOString(),
  ...extra,
});

function deps(outcomes: ItemOutcome[], overrides: Partial<DrainDeps> = {}) {
  let clock = 1_000_000;
  const ran: string[] = [];
  const scheduled: (number | null)[] = [];
  const d: DrainDeps = {
    now: () => clock,
    checkPaused: async () => null,
    currentOrigin: async () => ORIGIN,
    runItem: async (item, save) => {
      ran.push(item.capture.contact.email);
      await save({ ...item.progress, contactId: '7', steps: { ...item.progress.steps, contact: true } });
      return (
        outcomes.shift() ?? {
          kind: 'synced',
          contactId: '7',
          skippedLists: [],
          appUrl: 'https://x/app/contacts/7',
        }
      );
    },
    pause: vi.fn(async () => undefined),
    schedule: async (ms) => {
      scheduled.push(ms);
    },
    random: () => 0.5,
    ...overrides,
  };
  return { d, ran, scheduled, advance: (ms: number) => (clock += ms) };
}

beforeEach(() => fakeBrowser.reset());

describe('the outbox', () => {
  it('keeps a save on disk before anything is sent', async () => {
    const [id] = await enqueue([capture('ada@example.com')], 1, { origin: ORIGIN });
    const items = await readItems();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ id, state: 'pending', attempts: 0 });
  });

  it('treats a double click as one save', async () => {
    const a = await enqueue([capture('ada@example.com')], 1, { origin: ORIGIN });
    const b = await enqueue([capture('ADA@example.com'.toLowerCase())], 2, { origin: ORIGIN });
    expect(b).toEqual(a);
    expect(await readItems()).toHaveLength(1);
  });

  it('syncs each item once and records the steps it finished', async () => {
    await enqueue([capture('a@example.com'), capture('b@example.com')], 1, { origin: ORIGIN });
    const { d, ran } = deps([]);
    await drain(d);
    expect(ran).toEqual(['a@example.com', 'b@example.com']);
    const items = await readItems();
    expect(items.map((i) => i.state)).toEqual(['synced', 'synced']);
    expect(items[0]?.progress.contactId).toBe('7');
    await drain(d);
    expect(ran).toHaveLength(2);
  });

  it('does not let a permanent failure block the items behind it', async () => {
    await enqueue([capture('bad@example.com'), capture('good@example.com')], 1, { origin: ORIGIN });
    const { d, ran } = deps([
      { kind: 'failed', errorKind: 'validation', message: 'ActiveCampaign said: no' },
    ]);
    await drain(d);
    expect(ran).toEqual(['bad@example.com', 'good@example.com']);
    const [bad, good] = await readItems();
    expect(bad).toMatchObject({ state: 'failed', lastError: { message: 'ActiveCampaign said: no' } });
    expect(good?.state).toBe('synced');
  });

  it('waits at least as long as the server asked before retrying, keeping progress', async () => {
    await enqueue([capture('a@example.com')], 1, { origin: ORIGIN });
    const { d, ran, scheduled, advance } = deps([
      { kind: 'retry', errorKind: 'rate-limited', message: 'busy', retryAfterMs: 120_000 },
    ]);
    await drain(d);
    const [item] = await readItems();
    expect(item).toMatchObject({ state: 'pending', attempts: 1 });
    expect(item!.nextAttemptAt - 1_000_000).toBeGreaterThanOrEqual(120_000);
    expect(item!.progress.contactId).toBe('7');
    expect(scheduled.at(-1)).toBeGreaterThanOrEqual(120_000);
    await drain(d);
    expect(ran).toHaveLength(1);
    advance(120_000);
    await drain(d);
    expect(ran).toHaveLength(2);
    expect((await readItems())[0]?.state).toBe('synced');
  });

  it('pauses the whole queue on an auth error without burning the attempt', async () => {
    await enqueue([capture('a@example.com'), capture('b@example.com')], 1, { origin: ORIGIN });
    let paused: string | null = null;
    const { d, ran } = deps([{ kind: 'pause', errorKind: 'auth', message: 'bad key' }], {
      checkPaused: async () => paused,
      pause: async () => {
        paused = 'bad key';
      },
    });
    await drain(d);
    expect(ran).toEqual(['a@example.com']);
    expect((await readItems()).map((i) => [i.state, i.attempts])).toEqual([
      ['pending', 0],
      ['pending', 0],
    ]);
    paused = null;
    await drain(d);
    expect(ran).toEqual(['a@example.com', 'a@example.com', 'b@example.com']);
  });

  it('retries a batch saved together at one time, so it comes back due together and goes in bulk again', async () => {
    const emails = Array.from({ length: 10 }, (_, i) => `p${i}@example.com`);
    await enqueue(
      emails.map((e) => capture(e)),
      1,
      { origin: ORIGIN, batchId: crypto.randomUUID() },
    );
    let random = 0;
    const runs: number[] = [];
    const { d, advance } = deps([], {
      random: () => (random = (random + 0.37) % 1),
      runBatch: async (items) => {
        runs.push(items.length);
        return items.map((_, i) => ({
          kind: 'retry',
          errorKind: 'rate-limited',
          message: 'busy',
          retryAfterMs: i,
        }));
      },
    });
    await drain(d);
    const waits = new Set((await readItems()).map((i) => i.nextAttemptAt));
    expect(waits.size).toBe(1);
    advance(60 * 60_000);
    await drain(d);
    expect(runs).toEqual([10, 10]);
  });

  it('runs one drain at a time', async () => {
    await enqueue([capture('a@example.com')], 1, { origin: ORIGIN });
    const { d, ran } = deps([]);
    await Promise.all([drain(d), drain(d), drain(d)]);
    expect(ran).toEqual(['a@example.com']);
  });

  it('puts items interrupted by a stopped worker back in the queue', async () => {
    await enqueue([capture('a@example.com')], 1, { origin: ORIGIN });
    const [item] = await readItems();
    await outboxStore.setValue([{ ...item, state: 'syncing' }]);
    expect(await recoverInterrupted(5)).toBe(1);
    expect((await readItems())[0]?.state).toBe('pending');
  });

  it('quarantines records that no longer parse and keeps the good ones', async () => {
    await enqueue([capture('a@example.com')], 1, { origin: ORIGIN });
    const [good] = await readItems();
    await outboxStore.setValue([good, { id: 'x', state: 'weird' }, 42]);
    expect(await readItems()).toHaveLength(1);
    expect(await quarantineItem.getValue()).toEqual([{ id: 'x', state: 'weird' }, 42]);
  });

  it('lets the user retry a failed item', async () => {
    await enqueue([capture('a@example.com')], 1, { origin: ORIGIN });
    const { d, ran } = deps([{ kind: 'failed', errorKind: 'validation', message: 'no' }]);
    await drain(d);
    const [failed] = await readItems();
    await retry(failed!.id, 1_000_000);
    await drain(d);
    expect(ran).toHaveLength(2);
    expect((await readItems())[0]?.state).toBe('synced');
  });
});

describe('retry delays', () => {
  it('grow exponentially, stay within jitter bounds and a one-hour cap, and honour Retry-After', () => {
    for (let attempt = 1; attempt < 25; attempt++) {
      const ceiling = Math.min(3_600_000, 1000 * 2 ** attempt);
      for (const r of [0, 0.5, 0.999]) {
        const delay = retryDelayMs(attempt, undefined, () => r);
        expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
        expect(delay).toBeLessThanOrEqual(ceiling);
      }
    }
    expect(retryDelayMs(1, 30_000, () => 0)).toBe(30_000);
  });
});

describe('what the outbox keeps', () => {
  const DAY = 24 * 60 * 60_000;
  const item = (n: number, state: OutboxItem['state'], updatedAt: number): OutboxItem => ({
    id: `${state}-${n}`,
    createdAt: updatedAt,
    dedupeKey: `k${n}`,
    capture: capture(`p${n}@example.com`),
    state,
    attempts: 1,
    nextAttemptAt: updatedAt,
    progress: emptyProgress(),
    updatedAt,
  });

  it('never deletes a failed save, however many and however old', () => {
    const now = 400 * DAY;
    const failed = Array.from({ length: 300 }, (_, n) => item(n, 'failed', n * DAY));
    expect(retainItems(failed, now)).toHaveLength(300);
  });

  it('lets synced saves go after 30 days or beyond the newest 200', () => {
    const now = 100 * DAY;
    const old = item(0, 'synced', now - 31 * DAY);
    const young = Array.from({ length: 210 }, (_, n) => item(n + 1, 'synced', now - n * 60_000));
    const kept = retainItems([old, ...young, item(999, 'failed', 0), item(998, 'pending', 0)], now);
    expect(kept.filter((i) => i.state === 'synced')).toHaveLength(200);
    expect(kept.map((i) => i.id)).not.toContain(old.id);
    expect(kept.map((i) => i.id)).toEqual(expect.arrayContaining(['failed-999', 'pending-998', 'synced-1']));
  });

  it('keeps every failed item through a drain of many later saves', async () => {
    const { d } = deps([{ kind: 'failed', errorKind: 'validation', message: 'refused' }]);
    await enqueue([capture('refused@example.com')], 1, { origin: ORIGIN });
    await drain(d);
    await enqueue(
      Array.from({ length: 60 }, (_, n) => capture(`ok${n}@example.com`)),
      2,
      { origin: ORIGIN },
    );
    await drain(d);
    const items = await readItems();
    expect(items.find((i) => i.capture.contact.email === 'refused@example.com')?.state).toBe('failed');
    expect(items.filter((i) => i.state === 'synced')).toHaveLength(60);
  });

  it('refuses a save in words before the storage quota is near, and changes nothing', async () => {
    // ~2 KB a save: 2,600 failed saves are over the outbox's 5 MB, 2,200 under it.
    const note = 'n'.repeat(2000);
    const full = Array.from({ length: 2600 }, (_, n) => ({
      ...item(n, 'failed', n),
      capture: capture(`p${n}@example.com`, { note }),
    }));
    await outboxStore.setValue(full.slice(0, 2200));
    expect(await enqueue([capture('fits@example.com', { note })], 1, { origin: ORIGIN })).toHaveLength(1);

    await outboxStore.setValue(full);
    const refused = await enqueue([capture('one-more@example.com')], 2, { origin: ORIGIN }).catch(
      (e: unknown) => e,
    );
    expect(refused).toMatchObject({ kind: 'outbox-full' });
    expect((refused as Error).message).toMatch(
      /outbox on this computer is full \(2,600 saves waiting or failed\)/,
    );
    expect(await readItems()).toHaveLength(2600);
  });
});

describe('history', () => {
  const DAY = 24 * 60 * 60_000;
  const synced: ItemOutcome = { kind: 'synced', contactId: '7', skippedLists: [], appUrl: 'https://x/app' };
  const failed: ItemOutcome = { kind: 'failed', errorKind: 'validation', message: 'no' };

  it('"Clear history" removes synced saves, failed ones only when confirmed, and never waiting ones', async () => {
    await enqueue([capture('synced@example.com'), capture('failed@example.com')], 1, { origin: ORIGIN });
    await drain(deps([synced, failed]).d);
    await enqueue([capture('waiting@example.com')], 2, { origin: ORIGIN });
    expect(await clearFinished(false)).toBe(1);
    expect((await readItems()).map((i) => i.capture.contact.email)).toEqual([
      'failed@example.com',
      'waiting@example.com',
    ]);
    await quarantineItem.setValue([{ id: 'unreadable' }]);
    expect(await clearFinished(true)).toBe(1);
    expect((await readItems()).map((i) => i.state)).toEqual(['pending']);
    expect(await quarantineItem.getValue()).toEqual([]);
  });

  it('lets synced saves expire after 30 days while failed ones stay until the user acts', async () => {
    await enqueue([capture('old@example.com'), capture('failed@example.com')], 1, { origin: ORIGIN });
    const { d } = deps([synced, failed]);
    await drain(d);
    const finishedAt = (await readItems())[0]!.updatedAt;
    await recoverInterrupted(finishedAt + 29 * DAY);
    expect(await readItems()).toHaveLength(2);
    await enqueue([capture('new@example.com')], finishedAt + 31 * DAY, { origin: ORIGIN });
    expect((await readItems()).map((i) => i.capture.contact.email)).toEqual([
      'failed@example.com',
      'new@example.com',
    ]);
  });

  it('keeps at most the newest 200 synced saves', async () => {
    await enqueue(
      Array.from({ length: 205 }, (_, n) => capture(`p${n}@example.com`)),
      1,
      { origin: ORIGIN },
    );
    let clock = 1_000;
    await drain(deps([], { now: () => ++clock }).d);
    const items = await readItems();
    expect(items).toHaveLength(200);
    expect(items.some((i) => i.capture.contact.email === 'p204@example.com')).toBe(true);
    expect(items.some((i) => i.capture.contact.email === 'p0@example.com')).toBe(false);
  });
});
