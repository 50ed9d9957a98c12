// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAcHttp } from '@/lib/activecampaign/client/http';
import {
  type AcAnswer,
  createRateLimiter,
  type Priority,
  sendLimited,
} from '@/lib/activecampaign/client/rate-limit';
import { z } from '@/lib/zod';

/** A clock that moves only when every pending promise has settled and a sleeper is due. */
function fakeTime(start = 1_000_000) {
  let t = start;
  let seq = 0;
  const timers: { at: number; seq: number; resolve: () => void }[] = [];
  const settle = () => new Promise<void>((resolve) => setImmediate(resolve));
  return {
    now: () => t,
    sleep: (ms: number) =>
      new Promise<void>((resolve) => timers.push({ at: t + Math.max(0, ms), seq: seq++, resolve })),
    /** Runs timers in order until `task` settles (bounded, so a stuck limiter fails the test). */
    async run<T>(task: Promise<T>): Promise<T> {
      let done = false;
      const watched = task.finally(() => {
        done = true;
      });
      for (let step = 0; step < 100_000; step++) {
        await settle();
        if (done) return watched;
        timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
        const next = timers.shift();
        if (!next) break;
        t = Math.max(t, next.at);
        next.resolve();
      }
      throw new Error('the limiter never let the requests through');
    },
  };
}

const ok = (remaining?: number): AcAnswer => ({
  status: 200,
  headers: new Headers(
    remaining === undefined ? {} : { 'RateLimit-Limit': '5', 'RateLimit-Remaining': String(remaining) },
  ),
});
const refused = (retryAfter: string): AcAnswer => ({
  status: 429,
  headers: new Headers({ 'Retry-After': retryAfter, 'RateLimit-Limit': '5', 'RateLimit-Remaining': '0' }),
});

/** Most entries in any window [t, t+1000), as AC counts them. */
function maxPerSecond(times: number[]): number {
  return Math.max(0, ...times.map((t) => times.filter((s) => s >= t && s < t + 1000).length));
}

function setup(perSecond = 4, random = () => 0) {
  const time = fakeTime();
  const limiter = createRateLimiter({ perSecond, now: time.now, sleep: time.sleep, random });
  /** One request: wait for a slot, take `latencyMs` to answer, report the answer. */
  async function request(priority: Priority = 'background', latencyMs = 0, answer = ok()): Promise<number> {
    const release = await limiter.acquire(priority);
    const startedAt = time.now();
    await time.sleep(latencyMs);
    release(answer);
    return startedAt;
  }
  return { time, limiter, request };
}

describe('createRateLimiter: never above the ceiling', () => {
  it('holds any pattern of callers, priorities and transit times to the ceiling in every second at AC', async () => {
    const caller = fc.record({
      delays: fc.array(fc.integer({ min: 0, max: 1500 }), { minLength: 1, maxLength: 12 }),
      transit: fc.array(fc.integer({ min: 0, max: 250 }), { minLength: 12, maxLength: 12 }),
      interactive: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(caller, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 5 }),
        async (callers, perSecond) => {
          const { time, limiter } = setup(perSecond);
          const arrivals: number[] = [];
          const all = callers.map(async ({ delays, transit, interactive }) => {
            for (const [i, delay] of delays.entries()) {
              await time.sleep(delay);
              const release = await limiter.acquire(interactive ? 'interactive' : 'background');
              // The request reaches AC somewhere on its way: here, as late as possible.
              const leg = transit[i] ?? 0;
              arrivals.push(time.now() + leg);
              await time.sleep(leg);
              release(ok(3));
            }
          });
          await time.run(Promise.all(all));
          expect(maxPerSecond(arrivals)).toBeLessThanOrEqual(perSecond);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a request that travelled slowly pushes the next ones back instead of bunching with them', async () => {
    const { time, request } = setup(4);
    const starts: number[] = [];
    await time.run(
      (async () => {
        for (let i = 0; i < 5; i++) starts.push(await request('background', i === 0 ? 200 : 0));
      })(),
    );
    // The first may have reached AC only when its answer came, 200 ms after it left.
    expect(starts[4]! - starts[0]!).toBeGreaterThanOrEqual(1_200);
    expect(starts[4]! - starts[0]!).toBeLessThanOrEqual(1_250);
  });

  it('does not wait when requests are already slower than the budget', async () => {
    const { time, limiter } = setup(4);
    await time.run(limiter.acquire().then((release) => release(ok())));
    await time.run(time.sleep(400));
    const before = time.now();
    await time.run(limiter.acquire());
    expect(time.now()).toBe(before);
  });
});

/** The grid a team takes turns on, for AC's 5/s (rate-share.ts): 1000 / 4.75 ms. */
const SLOT = 1000 / 4.75;
/** What one browser of a team of ten gets: one turn every ten slots. */
const TEAM_RATE = 4.75 / 10;

describe('createRateLimiter: what AC says', () => {
  it('honours Retry-After (seconds) and backOffUntil, for look-ups and queued work alike', async () => {
    const { time, limiter, request } = setup(4);
    await time.run(request('background', 0, refused('3')));
    const start = time.now();
    await time.run(limiter.acquire('interactive').then((release) => release(ok(4))));
    // Not before Retry-After; at our next turn if that comes soon after.
    expect(time.now() - start).toBeGreaterThanOrEqual(3_000);
    expect(time.now() - start).toBeLessThan(4_000);
    limiter.backOffUntil(time.now() + 10_000);
    limiter.backOffUntil(time.now() + 1_000); // an earlier time never shortens a back-off
    await time.run(limiter.acquire('background'));
    expect(time.now() - start).toBeGreaterThanOrEqual(13_000);
  });

  it('leaves a long Retry-After to the outbox instead of holding every request in memory', async () => {
    const { time, limiter, request } = setup(4);
    await time.run(request('background', 0, refused('120')));
    const start = time.now();
    await time.run(limiter.acquire('interactive'));
    expect(time.now() - start).toBeLessThan(1_000);
  });

  it('RateLimit-Reset, when AC sends it, says when a full window frees', async () => {
    const { time, limiter, request } = setup(4);
    const full = new Headers({ 'RateLimit-Limit': '5', 'RateLimit-Remaining': '0', 'RateLimit-Reset': '5' });
    await time.run(request('background', 0, { status: 200, headers: full }));
    const start = time.now();
    await time.run(limiter.acquire());
    expect(time.now() - start).toBeGreaterThanOrEqual(5_025);
    expect(time.now() - start).toBeLessThan(5_025 + SLOT);
  });

  it('RateLimit-Remaining: 0 caused by our own requests waits only until our oldest one ages out', async () => {
    const { time, limiter, request } = setup(5);
    const starts: number[] = [];
    await time.run(
      (async () => {
        for (let i = 0; i < 5; i++) starts.push(await request('interactive', 0, ok(4 - i)));
      })(),
    );
    await time.run(limiter.acquire());
    const waited = time.now() - starts[0]!;
    expect(waited).toBeGreaterThanOrEqual(1_000);
    expect(waited).toBeLessThanOrEqual(1_075);
    expect(limiter.state().ratePerSecond).toBe(5);
  });
});

describe('createRateLimiter: a share of a busy account', () => {
  it('alone, it sends at the ceiling; the first 429 makes it one of a team of ten', async () => {
    const { time, limiter, request } = setup(4);
    await time.run(request('background', 0, ok(3)));
    expect(limiter.state().ratePerSecond).toBe(4);
    await time.run(request('background', 0, refused('1')));
    expect(limiter.state().ratePerSecond).toBeCloseTo(TEAM_RATE, 5);
  });

  it('a window full of others’ requests makes it take turns too, without waiting for a 429', async () => {
    const { time, limiter, request } = setup(4);
    await time.run(request('background', 0, ok(0)));
    expect(limiter.state().ratePerSecond).toBeCloseTo(TEAM_RATE, 5);
  });

  it('a single 429 among a team only moves its turn; 429s that keep coming shrink its share', async () => {
    const { time, limiter, request } = setup(4);
    await time.run(request('background', 0, ok(0)));
    for (let i = 0; i < 3; i++) await time.run(request('background', 0, refused('1')));
    expect(limiter.state().ratePerSecond).toBeCloseTo(TEAM_RATE, 5);
    await time.run(request('background', 0, refused('1')));
    expect(limiter.state().ratePerSecond).toBeLessThanOrEqual(TEAM_RATE * 0.91);
  });

  it('takes its turns every period on the shared grid, and keeps them when it wakes up late', async () => {
    const { time, request } = setup(4);
    await time.run(request('background', 0, refused('1')));
    const starts: number[] = [];
    for (let i = 0; i < 4; i++) starts.push(await time.run(request('background', 30, ok(0))));
    for (const start of starts) expect(start / SLOT - Math.round(start / SLOT)).toBeCloseTo(0, 6);
    // Each answer took 30 ms: turns are counted from the grid, so they do not drift.
    expect(starts.slice(1).map((s, i) => Math.round((s - starts[i]!) / SLOT))).toEqual([10, 10, 10]);
  });

  it('after a 429 its queued work comes back at a random turn, so browsers refused together part', async () => {
    const turnAfter429 = async (random: number) => {
      const { time, request } = setup(4, () => random);
      await time.run(request('background', 0, refused('1')));
      const refusedAt = time.now();
      return (await time.run(request('background', 0, ok(0)))) - refusedAt;
    };
    const soon = await turnAfter429(0);
    const late = await turnAfter429(0.99);
    expect(soon).toBeGreaterThanOrEqual(1_000);
    expect(late - soon).toBeGreaterThan(9 * SLOT);
  });

  it('holds with one token left, and shortens its period while the account keeps showing room', async () => {
    const { time, limiter, request } = setup(4);
    await time.run(request('background', 0, refused('1')));
    for (let i = 0; i < 10; i++) await time.run(request('background', 0, ok(1)));
    expect(limiter.state().ratePerSecond).toBeCloseTo(TEAM_RATE, 5);
    // Two tokens left, answer after answer: about four of the five slots are taken.
    for (let i = 0; i < 8; i++) await time.run(request('background', 0, ok(2)));
    const grown = limiter.state().ratePerSecond;
    expect(grown).toBeCloseTo(4.75 / 8, 5);
    // A window nearly empty shows a small team at once.
    for (let i = 0; i < 2; i++) await time.run(request('background', 0, ok(4)));
    expect(limiter.state().ratePerSecond).toBeCloseTo(4.75 / 4, 5);
  });

  it('recovers to the ceiling, alone again, once the account has been quiet for a while', async () => {
    const { time, limiter, request } = setup(4);
    await time.run(request('background', 0, refused('1')));
    await time.run(time.sleep(9_000));
    expect(limiter.state().ratePerSecond).toBeCloseTo(TEAM_RATE, 5);
    await time.run(time.sleep(2_000));
    expect(limiter.state().ratePerSecond).toBe(4);
    const starts: number[] = [];
    for (let i = 0; i < 3; i++) starts.push(await time.run(request('background', 0, ok(4))));
    expect(starts[2]! - starts[0]!).toBe(500);
  });
});

describe('createRateLimiter: priorities', () => {
  it('serves interactive look-ups before queued background work', async () => {
    const { time, limiter } = setup(4);
    const order: string[] = [];
    const take = (priority: Priority, name: string) =>
      limiter.acquire(priority).then((release) => {
        order.push(name);
        release(ok(4));
      });
    await time.run(
      Promise.all([
        take('background', 'b1'),
        take('background', 'b2'),
        take('background', 'b3'),
        take('interactive', 'i1'),
      ]),
    );
    expect(order).toEqual(['b1', 'i1', 'b2', 'b3']);
  });

  it('an interactive look-up takes our next turn when it is near, and the queued work the one after', async () => {
    const { time, request } = setup(4);
    await time.run(request('background', 0, refused('1')));
    const turn = await time.run(request('background', 0, ok(0)));
    await time.run(time.sleep(10 * SLOT - 300));
    const lookup = await time.run(request('interactive', 0, ok(0)));
    expect(lookup - turn).toBeCloseTo(10 * SLOT, 5);
    const queued = await time.run(request('background', 0, ok(0)));
    expect(queued - turn).toBeCloseTo(20 * SLOT, 5);
  });

  it('an interactive look-up does not wait for a turn that is far off', async () => {
    const { time, limiter, request } = setup(4);
    await time.run(request('background', 0, refused('1')));
    await time.run(request('background', 0, ok(0)));
    expect(limiter.state().ratePerSecond).toBeLessThan(1);
    const start = time.now();
    await time.run(limiter.acquire('interactive'));
    expect(time.now() - start).toBeLessThanOrEqual(250);
  });

  it('reports its share and the next background turn for the busy message', async () => {
    const { time, limiter, request } = setup(4);
    await time.run(request('background', 0, refused('2')));
    const state = limiter.state();
    expect(state.ceiling).toBe(4);
    expect(state.ratePerSecond).toBeCloseTo(TEAM_RATE, 5);
    expect(state.nextStartAt - time.now()).toBeGreaterThanOrEqual(2_000);
    expect(state.blockedUntil - time.now()).toBe(2_000);
  });
});

/** What the AC client's transport does with the limiter (http.ts): every attempt through the gate. */
const limitedFetch =
  (fetch: typeof globalThis.fetch, limiter: ReturnType<typeof createRateLimiter>): typeof globalThis.fetch =>
  (input, init) =>
    sendLimited(limiter.gate('background'), () => fetch(input, init));

describe('limiter and transport', () => {
  it('sends a request refused with a short Retry-After again once it has passed, and hands back the answer', async () => {
    const { time, limiter } = setup(2);
    const sentAt: number[] = [];
    const answers = [429, 200];
    const fetch = limitedFetch(
      (async () => {
        sentAt.push(time.now());
        const status = answers.shift() ?? 200;
        return new Response('{}', { status, headers: status === 429 ? { 'Retry-After': '2' } : {} });
      }) as typeof globalThis.fetch,
      limiter,
    );
    const response = await time.run(fetch('https://acct.api-us1.com/api/3/contact/sync', { method: 'POST' }));
    expect(response.status).toBe(200);
    expect(sentAt[1]! - sentAt[0]!).toBeGreaterThanOrEqual(2_000);
  });

  it('hands a 429 with a long Retry-After straight back, for the outbox to wait with an alarm', async () => {
    const { time, limiter } = setup(2);
    let sent = 0;
    const fetch = limitedFetch(
      (async () => {
        sent++;
        return new Response('{}', { status: 429, headers: { 'Retry-After': '120' } });
      }) as typeof globalThis.fetch,
      limiter,
    );
    const response = await time.run(fetch('https://acct.api-us1.com/api/3/contact/sync', { method: 'POST' }));
    expect(response.status).toBe(429);
    expect(sent).toBe(1);
  });

  it('the request timeout does not count time spent waiting for the limiter', async () => {
    const answerAfter = (ms: number) =>
      (async () => {
        await new Promise((resolve) => setTimeout(resolve, ms));
        return new Response('{"ok":true}', { status: 200 });
      }) as typeof globalThis.fetch;
    const slowGate = {
      acquire: async () => {
        await new Promise((resolve) => setTimeout(resolve, 300));
        return () => undefined;
      },
    };
    const http = (fetch: typeof globalThis.fetch) =>
      createAcHttp({
        prefixUrl: 'https://acct.api-us1.com/api/3',
        fetch,
        gate: slowGate,
        timeoutMs: 150,
        secrets: [],
      });
    const schema = z.object({ ok: z.boolean() });
    await expect(http(answerAfter(10)).request(schema, { method: 'GET', path: 'users/me' })).resolves.toEqual(
      { ok: true },
    );
    await expect(
      http(answerAfter(400)).request(schema, { method: 'GET', path: 'users/me' }),
    ).rejects.toMatchObject({
      kind: 'timeout',
    });
  });
});
