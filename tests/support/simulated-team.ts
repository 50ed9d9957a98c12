/**
 * A sales team sharing one ActiveCampaign account, in simulated time: N browsers, each with the real
 * limiter (createRateLimiter, sendLimited) on a simulated clock, against one account that refuses
 * the 6th request in any second as the sandbox does (tests/sandbox/limits.ts). Timers wake a little
 * late, and now and then much later, as on a busy machine; requests take a few ms each way.
 * Seeded, so one seed always plays out the same: `npm run bench:team-sim` tunes the limiter on it
 * in seconds, and `npm run bench:team` measures the real thing (tests/bench/team.ts).
 */
import { createRateLimiter, sendLimited } from '@/lib/activecampaign/client/rate-limit';
import { WindowLimiter } from '../sandbox/limits';

export interface TeamScenario {
  browsers: number;
  /** Requests each browser has queued at the start (a save is two: the look-up and the create). */
  queued: (browser: number) => number;
  /** Browsers 1…N-1 each queue `requests` more every `everyMs`, `count` times. */
  trickle?: { count: number; everyMs: number; requests: number };
  /** Another integration of the account: this many requests a second, whatever the answers. */
  otherPerSecond?: number;
  /** Browser 0 looks up a contact (two requests, interactive) every 3 s while it has work. */
  lookups?: boolean;
}

export interface TeamOutcome {
  seconds: number;
  /** Requests AC let in, over what the account allows in that time. */
  accountUse: number;
  /** Share of the team's requests answered 429. */
  refusedShare: number;
  /** The slowest browser's finishing time over the fastest's, among those queued at the start. */
  fairness: number;
  lookupMs: number[];
}

const LIMIT = 5;
const CEILING = 4;
/** The simulation gives up after this much simulated time. */
const HORIZON_MS = 900_000;

/** mulberry32: small, seeded, good enough to scatter timers. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class SimulatedClock {
  now = 0;
  private seq = 0;
  private readonly due: { at: number; seq: number; run: () => void }[] = [];

  constructor(private readonly random: () => number) {}

  at(at: number, run: () => void): void {
    const item = { at, seq: this.seq++, run };
    let lo = 0;
    let hi = this.due.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const other = this.due[mid];
      if (other && (other.at < at || (other.at === at && other.seq < item.seq))) lo = mid + 1;
      else hi = mid;
    }
    this.due.splice(lo, 0, item);
  }

  /** A timer wakes 0–8 ms late, and 3 % of the time 20–80 ms late. */
  sleep = (ms: number): Promise<void> => {
    const late = this.random() < 0.03 ? 20 + this.random() * 60 : this.random() * 8;
    return new Promise((resolve) => this.at(this.now + Math.max(0, ms) + late, resolve));
  };

  /** Runs due timers, letting every promise settle between them, until `done` or nothing is due. */
  async run(done: () => boolean): Promise<void> {
    const settle = () => new Promise<void>((resolve) => setImmediate(resolve));
    await settle();
    while (!done() && this.now < HORIZON_MS) {
      const next = this.due.shift();
      if (!next) return;
      this.now = Math.max(this.now, next.at);
      next.run();
      await settle();
    }
  }
}

export async function simulateTeam(scenario: TeamScenario, seed: number): Promise<TeamOutcome> {
  const random = seeded(seed);
  const clock = new SimulatedClock(random);
  const account = new WindowLimiter(LIMIT, 1000);
  const log: { t: number; ours: boolean; refused: boolean }[] = [];
  const transit = () => 1 + random() * 3;
  const take = (ours: boolean) => {
    const answer = account.take(clock.now);
    log.push({ t: clock.now, ours, refused: !answer.ok });
    return answer;
  };
  /** One request to AC: there in a few ms, counted, and answered a few ms later. */
  const send = () =>
    new Promise<Response>((resolve) =>
      clock.at(clock.now + transit(), () => {
        const answer = take(true);
        const headers: Record<string, string> = {
          'RateLimit-Limit': String(LIMIT),
          'RateLimit-Remaining': String(answer.remaining),
        };
        if (!answer.ok) headers['Retry-After'] = String(answer.retryAfter);
        const response = new Response(null, { status: answer.ok ? 200 : 429, headers });
        clock.at(clock.now + transit() + 2, () => resolve(response));
      }),
    );

  const pending = Array.from({ length: scenario.browsers }, (_, i) => scenario.queued(i));
  const finishedAt: (number | undefined)[] = pending.map(() => undefined);
  const lookupMs: number[] = [];
  const browsers = pending.map((_, i) => {
    const limiter = createRateLimiter({ perSecond: CEILING, now: () => clock.now, sleep: clock.sleep });
    const background = limiter.gate('background');
    const interactive = limiter.gate('interactive');
    let draining = false;
    /** The outbox: one request at a time; a 429 that sendLimited hands back waits its Retry-After. */
    async function drain(): Promise<void> {
      if (draining) return;
      draining = true;
      finishedAt[i] = undefined;
      while ((pending[i] ?? 0) > 0) {
        const response = await sendLimited(background, send);
        if (response.status === 429)
          await clock.sleep(Number(response.headers.get('Retry-After') ?? 1) * 1000);
        else pending[i] = (pending[i] ?? 0) - 1;
      }
      finishedAt[i] = clock.now;
      draining = false;
    }
    async function lookup(): Promise<void> {
      const started = clock.now;
      for (let request = 0; request < 2; request++)
        while ((await sendLimited(interactive, send)).status === 429) await clock.sleep(1000);
      lookupMs.push(clock.now - started);
    }
    return {
      drain,
      lookup,
      queue(requests: number) {
        pending[i] = (pending[i] ?? 0) + requests;
        void drain();
      },
    };
  });

  // The browsers hear of their saves one after another, a few ms apart, as bench:team's workers do.
  for (const browser of browsers) clock.at(random() * 40, () => void browser.drain());
  const trickle = scenario.trickle;
  if (trickle)
    for (const [i, browser] of browsers.entries())
      for (let k = 1; i > 0 && k <= trickle.count; k++)
        clock.at(k * trickle.everyMs, () => browser.queue(trickle.requests));
  let othersStop = false;
  const other = scenario.otherPerSecond;
  if (other) {
    const tick = () => {
      if (othersStop) return;
      take(false);
      clock.at(clock.now + 1000 / other, tick);
    };
    clock.at(0, tick);
  }
  const first = browsers[0];
  if (scenario.lookups && first)
    for (let k = 1; k <= 20; k++) clock.at(k * 3000, () => (pending[0] ?? 0) > 0 && void first.lookup());

  const trickleOver = () => !trickle || clock.now > trickle.count * trickle.everyMs;
  await clock.run(
    () => trickleOver() && pending.every((p) => p === 0) && finishedAt.every((f) => f !== undefined),
  );
  othersStop = true;

  const end = Math.max(...finishedAt.map((f) => f ?? clock.now));
  const during = log.filter((entry) => entry.t <= end);
  const ours = during.filter((entry) => entry.ours);
  const queuedAtStart = finishedAt.filter((_, i) => scenario.queued(i) > 0).map((f) => f ?? end);
  return {
    seconds: end / 1000,
    accountUse: during.filter((entry) => !entry.refused).length / (LIMIT * (end / 1000)),
    refusedShare: ours.filter((entry) => entry.refused).length / Math.max(1, ours.length),
    fairness: Math.max(...queuedAtStart) / Math.max(1, Math.min(...queuedAtStart)),
    lookupMs,
  };
}

/** The scenarios of `bench:team` (tests/bench/team.ts), in requests. */
export const TEAM_SCENARIOS: Record<string, TeamScenario> = {
  'burst: 1 × 10 saves': { browsers: 1, queued: () => 20 },
  'burst: 3 × 10 saves': { browsers: 3, queued: () => 20 },
  'burst: 10 × 10 saves': { browsers: 10, queued: () => 20 },
  // 250 look-ups and the bulk import's few requests; nine others save one person every 4 s.
  'batch 250 + 9 × 10 singles, other 1/s': {
    browsers: 10,
    queued: (i) => (i === 0 ? 257 : 0),
    trickle: { count: 10, everyMs: 4000, requests: 2 },
    otherPerSecond: 1,
    lookups: true,
  },
};
