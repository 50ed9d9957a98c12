// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { busyMessage, busyStatus } from '@/lib/outbox/busy';
import type { OutboxItem } from '@/lib/outbox/item';

const now = 1_000_000;
const quiet = { ceiling: 4, ratePerSecond: 4, nextStartAt: now, blockedUntil: 0 };

function waiting(n: number, item: Partial<OutboxItem> = {}): OutboxItem[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `i${i}`,
    state: 'pending',
    nextAttemptAt: now,
    attempts: 0,
    createdAt: now - 10_000,
    updatedAt: now - 10_000,
    ...item,
  })) as OutboxItem[];
}

const busy = (input: Partial<Parameters<typeof busyStatus>[0]>) =>
  busyStatus({ items: waiting(12), limiter: quiet, now, ...input });

describe('busyStatus', () => {
  it('says nothing when the account is not holding saves back', () => {
    expect(busy({})).toBeNull();
    expect(busy({ limiter: undefined })).toBeNull();
    expect(busy({ items: [], limiter: { ...quiet, blockedUntil: now + 2_000 } })).toBeNull();
    expect(
      busy({ items: waiting(3, { state: 'synced' }), limiter: { ...quiet, ratePerSecond: 0.5 } }),
    ).toBeNull();
  });

  it('counts the waiting saves and says when the next goes, when AC asked us to wait', () => {
    expect(busy({ limiter: { ...quiet, blockedUntil: now + 2_400, nextStartAt: now + 2_400 } })).toEqual({
      waiting: 12,
      nextInSeconds: 3,
    });
  });

  it('counts a share slowed by a busy account, or a save put off by a 429, as busy', () => {
    expect(busy({ limiter: { ...quiet, ratePerSecond: 0.5, nextStartAt: now + 2_000 } })).toEqual({
      waiting: 12,
      nextInSeconds: 2,
    });
    const putOff = waiting(1, {
      nextAttemptAt: now + 95_000,
      lastError: { kind: 'rate-limited', message: 'x' },
    });
    expect(busy({ items: putOff, limiter: undefined })).toEqual({ waiting: 1, nextInSeconds: 95 });
  });

  it('never says "next in 0 s"', () => {
    expect(busy({ limiter: { ...quiet, ratePerSecond: 0.5, nextStartAt: now - 500 } })).toEqual({
      waiting: 12,
      nextInSeconds: 1,
    });
  });
});

describe('busyMessage', () => {
  afterEach(() => {
    globalThis.__sidecardTestLanguage = undefined;
  });

  it('words it as information, with the plural and the unit the count needs', () => {
    expect(busyMessage({ waiting: 12, nextInSeconds: 3 })).toBe(
      'ActiveCampaign is busy — 12 saves waiting, next in 3 s',
    );
    expect(busyMessage({ waiting: 1, nextInSeconds: 95 })).toBe(
      'ActiveCampaign is busy — 1 save waiting, next in 2 min',
    );
  });

  it('in German too', () => {
    globalThis.__sidecardTestLanguage = 'de';
    expect(busyMessage({ waiting: 12, nextInSeconds: 3 })).toBe(
      'ActiveCampaign ist ausgelastet – 12 Speicherungen warten, die nächste in 3 s',
    );
    expect(busyMessage({ waiting: 1, nextInSeconds: 3 })).toBe(
      'ActiveCampaign ist ausgelastet – 1 Speicherung wartet, die nächste in 3 s',
    );
  });
});
