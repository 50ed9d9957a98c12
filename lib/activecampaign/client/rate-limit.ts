import { parseRetryAfter } from '@/lib/activecampaign/errors';
import { createRateShare, observe } from './rate-share';

/**
 * AC allows 5 requests/second per *account*, shared with every user and integration of it, and
 * checks a sliding one-second window, so bursts are refused (docs/activecampaign.md#rate-limits).
 * One limiter serves every AC call this browser makes. Three rules decide when a request starts:
 *  1. Never more than the configured ceiling in any one-second window *as AC sees it*: a request
 *     arrives somewhere between when it left and when its answer came back (capped), so the window
 *     is judged on those latest possible arrivals. A request that left late, or travelled slowly on
 *     a busy machine, therefore pushes the next ones back instead of bunching with them.
 *  2. Background work goes at the ceiling while this browser is alone on the account, and takes
 *     turns on the account's grid once others show up (rate-share.ts); interactive look-ups are
 *     spaced at the ceiling only, take our next turn if it is near, and always go first, so the
 *     person in front of the salesperson is never stuck behind a batch.
 *  3. What AC says wins: Retry-After holds everything (short ones in memory, long ones go back to
 *     the outbox's alarm), and background work comes back from it at a random turn, so the browsers
 *     refused together do not return together.
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
/** A wait that wakes up this much after its turn's start still takes that turn. */
const LATE_FOR_TURN_MS = 50;
/** A look-up waits for our next turn only if it comes this soon (a look-up is two requests). */
const INTERACTIVE_TURN_WAIT_MS = 1000;

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
  /** Guesses about others' requests (a crowd just refused) hold only background work. */
  let backgroundHeldUntil = Number.NEGATIVE_INFINITY;
  /** The grid slot of our last background request while we take turns; undefined picks a new phase. */
  let lastTurn: number | undefined;
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

  /** When the next request of this priority may start, and which of our turns it takes, if any. */
  function plan(priority: Priority, t: number): { at: number; turn?: number } {
    const held = priority === 'background' ? backgroundHeldUntil : Number.NEGATIVE_INFINITY;
    const earliest = Math.max(blockedUntil, held, windowOpensAt(t), lastStart + WINDOW_MS / perSecond);
    const period = share.period(t);
    if (period === undefined) return { at: earliest };
    const turn = nextTurn(earliest, period);
    const at = Math.max(earliest, turn * share.slotMs());
    // A look-up takes our next turn when it is near: a turn is the one slot the team leaves us, so
    // it is not refused. A turn farther off is not worth the wait; the look-up goes now instead.
    if (priority === 'interactive' && at - Math.max(t, earliest) > INTERACTIVE_TURN_WAIT_MS)
      return { at: earliest };
    return { at, turn };
  }

  /**
   * Rule 2: the first of our turns (every `period` slots from the last one) not before `earliest`.
   * Turns are counted from the last turn, not from when it actually left, so waking up late never
   * drifts our turns into someone else's.
   */
  function nextTurn(earliest: number, period: number): number {
    const first = Math.ceil((earliest - LATE_FOR_TURN_MS) / share.slotMs());
    if (lastTurn === undefined) return first;
    return lastTurn + period * Math.max(1, Math.ceil((first - lastTurn) / period));
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
        const next = plan(priority, now());
        const wait = next.at - now();
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
        if (next.turn !== undefined) lastTurn = next.turn;
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
    if (retryAfterMs !== undefined && retryAfterMs <= MAX_IN_MEMORY_WAIT_MS) backOffUntil(t + retryAfterMs);
    const ours = flights.filter((f) => f.arrivedBy > t - WINDOW_MS && f.arrivedBy <= t).length;
    const seen = observe(answer, ours);
    // AC does not document `RateLimit-Reset`; when an answer says the window is full and when it frees, believe it.
    if (seen.remaining === 0 && seen.resetMs !== undefined)
      holdBackground(t + seen.resetMs + WINDOW_SLACK_MS);
    if (share.record(seen, t)) {
      // Everyone refused in one crowded window is told the same Retry-After, and everyone who met
      // the crowd in one window meets it at once: a random turn after that keeps them apart.
      const turns = (share.period(t) ?? 1) * share.slotMs();
      holdBackground(Math.max(blockedUntil, lastStart + turns) + random() * turns);
      lastTurn = undefined;
    }
    wake?.();
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
        nextStartAt: Math.max(t, plan('background', t).at),
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
