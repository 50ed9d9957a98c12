// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createRateLimiter, rateLimitedFetch } from '@/lib/activecampaign/client/rate-limit';

/** A clock that only moves when the limiter sleeps. */
function fakeClock(start = 1_000_000) {
  let t = start;
  return {
    now: () => t,
    sleep: async (ms: number) => {
      t += ms;
    },
    advance: (ms: number) => {
      t += ms;
    },
  };
}

/** Most requests in any window [t, t+1000). */
function maxPerSecond(times: number[]): number {
  return Math.max(...times.map((t) => times.filter((s) => s >= t && s < t + 1000).length));
}

describe('createRateLimiter', () => {
  it('spaces requests evenly: burst 1, never more than the budget in any second', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ perSecond: 4, ...clock });
    const times: number[] = [];
    await Promise.all(
      Array.from({ length: 20 }, () => limiter.acquire().then(() => times.push(clock.now()))),
    );
    // 250 ms per request at 4/s, plus 15 ms against uneven transit times.
    expect(times[1]! - times[0]!).toBe(265);
    expect(new Set(times.slice(1).map((t, i) => t - times[i]!))).toEqual(new Set([265]));
    expect(maxPerSecond(times)).toBe(4);
  });

  it('does not wait when requests are already slower than the budget', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ perSecond: 4, ...clock });
    await limiter.acquire();
    clock.advance(400);
    const before = clock.now();
    await limiter.acquire();
    expect(clock.now()).toBe(before);
  });

  it('honours Retry-After (seconds) and backOffUntil', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ perSecond: 4, ...clock });
    await limiter.acquire();
    limiter.observe(new Headers({ 'Retry-After': '3' }));
    const start = clock.now();
    await limiter.acquire();
    expect(clock.now() - start).toBe(3_000);
    limiter.backOffUntil(clock.now() + 10_000);
    limiter.backOffUntil(clock.now() + 1_000); // an earlier time never shortens a back-off
    await limiter.acquire();
    expect(clock.now() - start).toBe(13_000);
  });

  it('RateLimit-Remaining: 0 with the window full of others’ requests waits a whole second', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ perSecond: 4, ...clock });
    await limiter.acquire();
    limiter.observe(new Headers({ 'RateLimit-Limit': '5', 'RateLimit-Remaining': '0' }));
    const start = clock.now();
    await limiter.acquire();
    expect(clock.now() - start).toBeGreaterThanOrEqual(1_000);
  });

  it('RateLimit-Remaining: 0 caused by our own requests waits only until our oldest one ages out', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ perSecond: 5, ...clock });
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      await limiter.acquire();
      times.push(clock.now());
    }
    limiter.observe(new Headers({ 'RateLimit-Limit': '5', 'RateLimit-Remaining': '0' }));
    await limiter.acquire();
    const waited = clock.now() - times[0]!;
    expect(waited).toBeGreaterThanOrEqual(1_000);
    // The window frees at 1 s (+25 ms slack); the 5 spaced requests end at 4 × 215 ms, so the slot wins.
    expect(waited).toBeLessThanOrEqual(1_075);
  });

  it('rateLimitedFetch waits for a slot before each call and reads the answer’s headers', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ perSecond: 2, ...clock });
    const sentAt: number[] = [];
    const fetch = rateLimitedFetch(
      (async () => {
        sentAt.push(clock.now());
        return new Response('{}', { status: 429, headers: { 'Retry-After': '2' } });
      }) as typeof globalThis.fetch,
      limiter,
    );
    await fetch('https://acct.api-us1.com/api/3/users/me');
    await fetch('https://acct.api-us1.com/api/3/users/me');
    expect(sentAt[1]! - sentAt[0]!).toBe(2_000);
  });
});
