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

function setup(perSecond = 4) {
  const time = fakeTime();
  const limiter = createRateLimiter({ perSecond, now: time.now, sleep: time.sleep });
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

/** The frames a team shares, for AC's 5/s (rate-share.ts): the one-second window over 0.95. */
const FRAME = 1000 / 0.95;
/** What one browser of a team of ten gets: one request every other frame. */
const TEAM_RATE = 1000 / (2 * FRAME);
/** How far into its frame a time is. */
const intoFrame = (t: number) => t - Math.floor(t / FRAME) * FRAME;

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
    // A full window of others' requests: it shares frames now, and waits for the next of its own.
    expect(time.now() - start).toBeLessThan(5_025 + 2 * FRAME);
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
  /** A limiter that met a crowd and was refused: it shares every other frame from the next clear one. */
  async function sharing() {
    const setUp = setup(4);
    await setUp.time.run(setUp.request('background', 0, refused('1')));
    return setUp;
  }

  it('alone, it sends at the ceiling; a refusal makes it take every other frame', async () => {
    const { time, limiter, request } = setup(4);
    await time.run(request('background', 0, ok(4)));
    expect(limiter.state().ratePerSecond).toBe(4);
    await time.run(request('background', 0, refused('1')));
    expect(limiter.state().ratePerSecond).toBeCloseTo(TEAM_RATE, 6);
  });

  it('a window with others’ requests in it makes it share frames too, without waiting for a 429', async () => {
    const { time, limiter, request } = setup(4);
    await time.run(request('background', 0, ok(2)));
    expect(limiter.state().ratePerSecond).toBeCloseTo(TEAM_RATE, 6);
  });

  it('sends at the start of its frames, one request in every other frame, however its answers come', async () => {
    const { time, request } = await sharing();
    const starts: number[] = [];
    for (let i = 0; i < 4; i++) starts.push(await time.run(request('background', 30 * i, ok(0))));
    for (const start of starts) expect(intoFrame(start)).toBeLessThan(1e-6);
    expect(starts.slice(1).map((s, i) => Math.round((s - starts[i]!) / FRAME))).toEqual([2, 2, 2]);
  });

  it('refusals that keep coming in its frames halve its share; one among frames that let it in does not', async () => {
    const { time, limiter, request } = await sharing();
    await time.run(request('background', 0, refused('1')));
    for (let i = 0; i < 3; i++) await time.run(request('background', 0, ok(0)));
    expect(limiter.state().ratePerSecond).toBeCloseTo(TEAM_RATE, 6);
    for (let i = 0; i < 2; i++) await time.run(request('background', 0, refused('1')));
    expect(limiter.state().ratePerSecond).toBeCloseTo(TEAM_RATE / 2, 6);
  });

  it('looks from the end of the burst before it takes room, and takes it only when that look sees it', async () => {
    const { time, limiter, request } = await sharing();
    // Twice the only request in its bin, as far as it saw (a frame is judged when the next begins):
    // the next one goes last in the burst, to see all of it.
    for (let i = 0; i < 3; i++) await time.run(request('background', 0, ok(4)));
    const look = await time.run(request('background', 0, ok(0)));
    expect(intoFrame(look)).toBeCloseTo(15, 6);
    expect(limiter.state().ratePerSecond).toBeCloseTo(TEAM_RATE, 6);
    const first = await time.run(request('background', 0, ok(4)));
    expect(intoFrame(first)).toBeLessThan(1e-6);
  });

  it('a look that sees room doubles its share, sending in every frame', async () => {
    const { time, limiter, request } = await sharing();
    for (let i = 0; i < 3; i++) await time.run(request('background', 0, ok(4)));
    await time.run(request('background', 0, ok(2)));
    expect(limiter.state().ratePerSecond).toBeCloseTo(2 * TEAM_RATE, 6);
    const starts = [
      await time.run(request('background', 0, ok(2))),
      await time.run(request('background', 0, ok(2))),
    ];
    expect(Math.round((starts[1]! - starts[0]!) / FRAME)).toBe(1);
  });

  it('recovers to the ceiling, alone again, once the account has been quiet for a while', async () => {
    const { time, limiter } = await sharing();
    await time.run(time.sleep(9_000));
    expect(limiter.state().ratePerSecond).toBeCloseTo(TEAM_RATE, 6);
    await time.run(time.sleep(2_000));
    expect(limiter.state().ratePerSecond).toBe(4);
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

  it('a look-up does not wait for a frame of ours: it goes just before the next burst, its requests back to back', async () => {
    const { time, limiter, request } = setup(4);
    await time.run(request('background', 0, refused('1')));
    const ours = await time.run(request('background', 0, ok(0)));
    await time.run(time.sleep(FRAME / 2));
    const lookup = [
      await time.run(request('interactive', 0, ok(0))),
      await time.run(request('interactive', 0, ok(0))),
    ];
    expect(lookup[0]! - ours).toBeCloseTo(FRAME - 40, 6);
    expect(lookup[1]).toBe(lookup[0]);
    expect(limiter.state().ratePerSecond).toBeLessThan(1);
  });

  it('a look-up’s second request still goes when the first is answered 40 ms into the burst', async () => {
    const { time, request } = setup(4);
    await time.run(request('background', 0, refused('1')));
    const ours = await time.run(request('background', 0, ok(0)));
    await time.run(time.sleep(FRAME / 2));
    const first = await time.run(request('interactive', 80, ok(0)));
    const second = await time.run(request('interactive', 0, ok(0)));
    expect(first - ours).toBeCloseTo(FRAME - 40, 6);
    expect(second - first).toBe(80);
  });

  it('in a frame of ours, a look-up takes our seat, and the queued work waits for our next frame', async () => {
    const { time, request } = setup(4);
    await time.run(request('background', 0, refused('1')));
    const ours = await time.run(request('background', 0, ok(0)));
    await time.run(time.sleep(1.5 * FRAME));
    const lookup = await time.run(request('interactive', 0, ok(0)));
    expect(lookup - ours).toBeCloseTo(2 * FRAME - 40, 6);
    const queued = await time.run(request('background', 0, ok(0)));
    expect(queued - ours).toBeCloseTo(4 * FRAME, 6);
  });

  it('reports its share and the next background start for the busy message', async () => {
    const { time, limiter, request } = setup(4);
    await time.run(request('background', 0, refused('2')));
    const state = limiter.state();
    expect(state.ceiling).toBe(4);
    expect(state.ratePerSecond).toBeCloseTo(TEAM_RATE, 6);
    expect(state.nextStartAt - time.now()).toBeGreaterThanOrEqual(2_000);
    expect(intoFrame(state.nextStartAt)).toBeLessThan(1e-6);
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
