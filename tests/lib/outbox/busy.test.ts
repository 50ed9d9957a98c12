// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { type BusyInput, busyStatus } from '@/lib/outbox/busy';

const now = 1_000_000;
const quiet = { ceiling: 4, ratePerSecond: 4, nextStartAt: now, blockedUntil: 0 };
const status = (input: Partial<BusyInput>) =>
  busyStatus({ pending: 12, nextAttemptAt: now, limiter: quiet, now, ...input });

afterEach(() => {
  globalThis.__sidecardTestLanguage = undefined;
});

describe('busyStatus', () => {
  it('says nothing when the account is not holding saves back', () => {
    expect(status({})).toBeNull();
    expect(status({ pending: 0, lastErrorKind: 'rate-limited' })).toBeNull();
  });

  it('names the waiting saves and when the next goes, when AC asked us to wait', () => {
    expect(status({ limiter: { ...quiet, blockedUntil: now + 2_400, nextStartAt: now + 2_400 } })).toBe(
      'ActiveCampaign is busy — 12 saves waiting, next in 3 s',
    );
  });

  it('counts a share slowed by AC, or a save put off by a 429, as busy', () => {
    expect(status({ limiter: { ...quiet, ratePerSecond: 0.5, nextStartAt: now + 2_000 } })).toBe(
      'ActiveCampaign is busy — 12 saves waiting, next in 2 s',
    );
    expect(status({ pending: 1, lastErrorKind: 'rate-limited', nextAttemptAt: now + 95_000 })).toBe(
      'ActiveCampaign is busy — 1 save waiting, next in 2 min',
    );
  });

  it('says it in German, one save or many', () => {
    globalThis.__sidecardTestLanguage = 'de';
    expect(status({ pending: 1, lastErrorKind: 'rate-limited', nextAttemptAt: now + 95_000 })).toBe(
      'ActiveCampaign ist ausgelastet – 1 Speicherung wartet, nächste in 2 Min.',
    );
    expect(status({ pending: 1200, lastErrorKind: 'rate-limited', nextAttemptAt: now + 2_000 })).toBe(
      'ActiveCampaign ist ausgelastet – 1.200 Speicherungen warten, nächste in 2 s',
    );
  });

  it('never says "next in 0 s"', () => {
    expect(status({ lastErrorKind: 'rate-limited', nextAttemptAt: now - 500 })).toBe(
      'ActiveCampaign is busy — 12 saves waiting, next in 1 s',
    );
  });
});
