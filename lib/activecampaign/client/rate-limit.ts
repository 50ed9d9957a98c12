import { parseRetryAfter } from '@/lib/activecampaign/errors';
import { congestionOf, createRateShare } from './rate-share';

/**
 * AC allows 5 requests/second per *account*, shared with every user and integration of it, and
 * checks a sliding one-second window, so bursts are refused (docs/activecampaign.md#rate-limits).
 * One limiter serves every AC call this browser makes. Three rules decide when a request starts:
 *  1. Never more than the configured ceiling in any one-second window *as AC sees it*: a request
 *     arrives somewhere between when it left and when its answer came back (capped), so the window
 *     is judged on those latest possible arrivals. A request that left late, or travelled slowly on
 *     a busy machine, therefore pushes the next ones back instead of bunching with them.
 *  2. Background work is spaced at this browser's learnt share of the account (rate-share.ts);
 *     interactive look-ups are spaced at the ceiling and always go first, so the person in front of
 *     the salesperson is never stuck behind a batch.
 *  3. What AC says wins: Retry-After holds everything (short ones in memory, long ones go back to
 *     the outbox's alarm); `RateLimit-Remaining: 0` (the window is full) holds background work.
 */

export type Priority = 'interactive' | 'background';

/** What an answer carries that the limiter learns from. */
export interface AcAnswer {
  status: number;
  headers: Headers;
}

/** Call once the request is over, with AC's answer if there was one. */
type Release = (answer?: AcAnswer) => void;

/** One priority's way in: what the HTTP layer needs. */
export interface RequestGate {
  /** Resolves when one request may start, now. */
  acquire(): Promise<Release>;
}

export interface LimiterState {
  ceiling: number;
  /** This browser's current share of the account, requests/second. */
  ratePerSecond: number;
  /** Earliest time (epoch ms) the next background request may start. */
  nextStartAt: number;
  /** AC asked us to send nothing before this time (epoch ms); in the past when it did not. */
  blockedUntil: number;
  /** Requests waiting for a slot. */
  waiting: number;
}

export interface RateLimiter {
  /** Resolves when the caller may send one request; interactive callers are served first. */
  acquire(priority?: Priority): Promise<Release>;
  gate(priority: Priority): RequestGate;
  /** Send nothing before this time (epoch ms); later times win, earlier ones are ignored. */
  backOffUntil(epochMs: number): void;
  state(): LimiterState;
}

interface RateLimiterOptions {
  /** The configured ceiling: never more than this many requests in any second. */
  perSecond: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

const WINDOW_MS = 1000;
/** AC's clock and ours disagree a little; judge a slightly longer window than AC does. */
const WINDOW_SLACK_MS = 25;
/**
 * The most transit we allow for when a request is still under way or got no answer. Bigger would be
 * safer on a slow network but would cost a share of the ceiling on every request.
 */
const MAX_TRANSIT_MS = 250;
const MAX_IN_MEMORY_WAIT_MS = 30_000;
const REFUSED_SPREAD_MS = 500;

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

interface Flight {
  start: number;
  /** Latest time it can have reached AC. */
  arrivedBy: number;
}

interface Waiter {
  resolve(release: Release): void;
}

export function createRateLimiter({
  perSecond,
  now = Date.now,
  sleep = realSleep,
  random = Math.random,
}: RateLimiterOptions): RateLimiter {
  if (!(perSecond > 0)) throw new RangeError('perSecond must be positive');
  const perWindow = Math.max(1, Math.floor(perSecond));
  const share = createRateShare(perSecond);
  const queues: Record<Priority, Waiter[]> = { interactive: [], background: [] };
  let flights: Flight[] = [];
  let lastStart = Number.NEGATIVE_INFINITY;
  let blockedUntil = Number.NEGATIVE_INFINITY;
  /** Guesses about others' requests (a full window, a crowd just refused) hold only background work. */
  let backgroundHeldUntil = Number.NEGATIVE_INFINITY;
  let pumping = false;
  let wake: (() => void) | undefined;

  function backOffUntil(epochMs: number): void {
    blockedUntil = Math.max(blockedUntil, epochMs);
  }

  function holdBackground(epochMs: number): void {
    backgroundHeldUntil = Math.max(backgroundHeldUntil, epochMs);
  }

  /** Rule 1: when the oldest of the last `perWindow` possible arrivals leaves AC's window. */
  function windowOpensAt(t: number): number {
    flights = flights.filter((f) => f.arrivedBy > t - 2 * WINDOW_MS);
    const latest = flights.map((f) => f.arrivedBy).sort((a, b) => b - a);
    const bound = latest[perWindow - 1];
    return bound === undefined ? Number.NEGATIVE_INFINITY : bound + WINDOW_MS + WINDOW_SLACK_MS;
  }

  function earliestStart(priority: Priority, t: number): number {
    const rate = priority === 'interactive' ? perSecond : share.rate(t);
    const held = priority === 'background' ? backgroundHeldUntil : Number.NEGATIVE_INFINITY;
    return Math.max(blockedUntil, held, windowOpensAt(t), lastStart + WINDOW_MS / rate);
  }

  async function pump(): Promise<void> {
    pumping = true;
    try {
      for (;;) {
        const priority: Priority | undefined = queues.interactive.length
          ? 'interactive'
          : queues.background.length
            ? 'background'
            : undefined;
        if (!priority) return;
        const wait = earliestStart(priority, now()) - now();
        if (wait > 0) {
          // An interactive caller or an answer that frees the window may cut the wait short.
          await Promise.race([sleep(wait), new Promise<void>((resolve) => (wake = resolve))]);
          wake = undefined;
          continue;
        }
        const t = now();
        const flight: Flight = { start: t, arrivedBy: t + MAX_TRANSIT_MS };
        flights.push(flight);
        lastStart = t;
        queues[priority].shift()?.resolve((answer) => release(flight, answer));
      }
    } finally {
      pumping = false;
    }
  }

  function release(flight: Flight, answer: AcAnswer | undefined): void {
    if (!answer) return; // Unknown arrival: it keeps counting as late as we allow.
    const t = now();
    flight.arrivedBy = Math.min(flight.arrivedBy, t);
    const retryAfterMs = parseRetryAfter(answer.headers.get('Retry-After'), t);
    // Longer waits are the outbox's job (an alarm): a service worker may be stopped long before
    // an in-memory wait ends, and holding every request that long would freeze the panel too.
    if (retryAfterMs !== undefined && retryAfterMs <= MAX_IN_MEMORY_WAIT_MS) {
      backOffUntil(t + retryAfterMs);
      // Everyone refused in one crowded window is told the same Retry-After: a little randomness
      // keeps the background work of every browser of the account from coming back at one moment.
      if (answer.status === 429) holdBackground(t + retryAfterMs + random() * REFUSED_SPREAD_MS);
    }
    const congestion = congestionOf(answer.status, answer.headers);
    if (congestion === 'full') holdBackground(fullWindowFreesAt(t, answer.headers));
    share.record(congestion, flight.start, t);
    wake?.();
  }

  /**
   * If our own requests alone fill the window, we know when it frees; otherwise others share the
   * budget and only a whole window is safe (or AC's `RateLimit-Reset`, when it says).
   */
  function fullWindowFreesAt(t: number, headers: Headers): number {
    const resetSeconds = Number(headers.get('RateLimit-Reset'));
    if (headers.has('RateLimit-Reset') && resetSeconds >= 0 && resetSeconds <= 60) {
      return t + resetSeconds * 1000 + WINDOW_SLACK_MS;
    }
    const limit = Number(headers.get('RateLimit-Limit'));
    const accountLimit = Number.isInteger(limit) && limit > 0 ? limit : perWindow;
    const ours = flights
      .map((f) => f.arrivedBy)
      .filter((a) => a > t - WINDOW_MS - WINDOW_SLACK_MS)
      .sort((a, b) => a - b);
    const oldestToExpire = ours.length >= accountLimit ? ours[ours.length - accountLimit] : undefined;
    return (oldestToExpire ?? t) + WINDOW_MS + WINDOW_SLACK_MS;
  }

  function acquire(priority: Priority = 'background'): Promise<Release> {
    const granted = new Promise<Release>((resolve) => queues[priority].push({ resolve }));
    if (pumping) wake?.();
    else void pump();
    return granted;
  }

  return {
    acquire,
    gate: (priority) => ({ acquire: () => acquire(priority) }),
    backOffUntil,
    state() {
      const t = now();
      return {
        ceiling: perSecond,
        ratePerSecond: share.rate(t),
        nextStartAt: Math.max(t, earliestStart('background', t)),
        blockedUntil,
        waiting: queues.interactive.length + queues.background.length,
      };
    },
  };
}

/** A 429 was refused before AC did anything, so sending it again is safe; more than this is the outbox's job. */
const MAX_RESENDS = 3;

/**
 * Sends one request through the limiter. A 429 with a short Retry-After is normal on a shared
 * account: the limiter has already slowed down and blocked until then, so the request simply waits
 * for its next slot and goes again, instead of failing the save and restarting it from the outbox.
 * A long Retry-After, or a 429 that keeps coming, is handed back for the outbox's alarm.
 */
export async function sendLimited(gate: RequestGate, send: () => Promise<Response>): Promise<Response> {
  for (let resends = 0; ; resends++) {
    const release = await gate.acquire();
    let response: Response;
    try {
      response = await send();
    } catch (error) {
      release();
      throw error;
    }
    release(response);
    const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'), Date.now());
    const shortWait = retryAfterMs !== undefined && retryAfterMs <= MAX_IN_MEMORY_WAIT_MS;
    if (response.status !== 429 || !shortWait || resends >= MAX_RESENDS) return response;
    await response.body?.cancel();
  }
}
