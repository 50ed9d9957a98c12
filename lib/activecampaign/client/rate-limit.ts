import { parseRetryAfter } from '@/lib/activecampaign/errors';
import { observe } from './rate-answer';
import { createRateShare, type Frames } from './rate-share';

/**
 * AC allows 5 requests/second per *account*, shared with every user and integration of it, and
 * checks a sliding one-second window, so bursts are refused (docs/activecampaign.md#rate-limits).
 * One limiter serves every AC call this browser makes. Three rules decide when a request starts:
 *  1. Never more than the configured ceiling in any one-second window *as AC sees it*: a request
 *     arrives somewhere between when it left and when its answer came back (capped), so the window
 *     is judged on those latest possible arrivals. A request that left late, or travelled slowly on
 *     a busy machine, therefore pushes the next ones back instead of bunching with them.
 *  2. Background work goes at the ceiling while this browser is alone on the account, and in the
 *     bursts at the start of our frames once others show up (rate-share.ts). Interactive look-ups
 *     always go first, so the person in front of the salesperson is never stuck behind a batch:
 *     alone, before queued work; sharing, just before the next frame's burst (lookupSlot).
 *  3. What AC says wins: Retry-After holds everything (short ones in memory, long ones go back to
 *     the outbox's alarm), and `RateLimit-Reset` on a full window holds background work.
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
/**
 * A request leaving this long after its frame's start still makes the frame's burst; later, it
 * waits for our next frame. A frame leaves 53 ms (rate-share.ts); the rest is for transit that varies.
 */
const BURST_MS = 35;
/**
 * A look-up's requests may leave this much later still: its second request follows the answer to its
 * first, and missing the burst by a few ms would cost it a whole frame.
 */
const LOOKUP_BURST_MS = 45;
/** A request that looks at the whole bin leaves this long after its frame's start, after the others. */
const LAST_IN_BURST_MS = 15;
/**
 * A look-up may go this long before a frame's start: the previous frame's burst has left AC's window
 * by then (it left 53 ms of the frame free, and spreads over a dozen ms).
 */
const BEFORE_BURST_MS = 40;

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

interface Flight {
  start: number;
  /** Latest time it can have reached AC. */
  arrivedBy: number;
  /** The frame of ours it went in, while we share the account, and whether it went last in the burst. */
  frame: number | undefined;
  last: boolean;
}

interface Waiter {
  resolve(release: Release): void;
}

export function createRateLimiter({
  perSecond,
  now = Date.now,
  sleep = realSleep,
}: RateLimiterOptions): RateLimiter {
  if (!(perSecond > 0)) throw new RangeError('perSecond must be positive');
  const perWindow = Math.max(1, Math.floor(perSecond));
  const share = createRateShare(perSecond);
  const queues: Record<Priority, Waiter[]> = { interactive: [], background: [] };
  let flights: Flight[] = [];
  let lastStart = Number.NEGATIVE_INFINITY;
  let blockedUntil = Number.NEGATIVE_INFINITY;
  /** What `RateLimit-Reset` says of others' requests holds only background work. */
  let backgroundHeldUntil = Number.NEGATIVE_INFINITY;
  /** Requests sent in our latest frame's burst. */
  let burst: { frame: number | undefined; sent: number } = { frame: undefined, sent: 0 };
  const sentIn = (frame: number) => (burst.frame === frame ? burst.sent : 0);
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

  /** When the next request of this priority may start, and which of our frames it takes, if any. */
  function plan(priority: Priority, t: number): { at: number; frame?: number; last?: boolean } {
    const held = priority === 'background' ? backgroundHeldUntil : Number.NEGATIVE_INFINITY;
    const frames = share.frames(t);
    // Alone, requests are spread at the ceiling; sharing, a frame's requests go together at its start.
    const spaced = frames ? Number.NEGATIVE_INFINITY : lastStart + WINDOW_MS / perSecond;
    const earliest = Math.max(t, blockedUntil, held, windowOpensAt(t), spaced);
    if (!frames) return { at: earliest };
    if (priority === 'interactive') return lookupSlot(earliest, frames);
    return nextFrame(earliest, frames);
  }

  /**
   * A look-up does not wait for a frame of ours: it goes just before the next frame's burst, when
   * the last burst has left AC's window and the next has not come, so it is let in; or in a burst
   * still under way. Its second request follows the first there. Whoever comes last in that burst
   * may be refused for it (our own queued work, when the frame is ours: it gives the look-up its
   * seat): the person in front of the salesperson goes first.
   */
  function lookupSlot(earliest: number, frames: Frames): { at: number; frame?: number } {
    const frameMs = share.frameMs();
    // The frame whose look-up slot, from BEFORE_BURST_MS before its start to LOOKUP_BURST_MS after, we are in or past.
    let frame = Math.floor((earliest + BEFORE_BURST_MS) / frameMs);
    let at = earliest;
    if (earliest > frame * frameMs + LOOKUP_BURST_MS) {
      frame += 1;
      at = frame * frameMs - BEFORE_BURST_MS;
    }
    const ours = frame >= frames.from && frame % frames.rotation === frames.phase;
    return { at, frame: ours ? frame : undefined };
  }

  /**
   * Rule 2: the first of our frames whose burst a request leaving at `earliest` still makes: the
   * current one while it is early in it and a seat is left, else the start of the next one.
   */
  function nextFrame(
    earliest: number,
    { rotation, phase, seats, from, looking }: Frames,
    burstMs = BURST_MS,
  ): { at: number; frame: number; last: boolean } {
    const frameMs = share.frameMs();
    let frame = Math.max(from, share.frameAt(earliest));
    const ours = (f: number) => f % rotation === phase;
    if (!(ours(frame) && earliest - frame * frameMs <= burstMs && sentIn(frame) < seats)) {
      frame += 1;
      frame += (phase - (frame % rotation) + rotation) % rotation;
    }
    // Looking at the whole bin: the frame's first request waits until the others' have arrived.
    const last = looking && sentIn(frame) === 0;
    return { at: Math.max(earliest, frame * frameMs + (last ? LAST_IN_BURST_MS : 0)), frame, last };
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
        const flight: Flight = {
          start: t,
          arrivedBy: t + MAX_TRANSIT_MS,
          frame: next.frame,
          last: next.last ?? false,
        };
        flights.push(flight);
        lastStart = t;
        if (next.frame !== undefined) burst = { frame: next.frame, sent: sentIn(next.frame) + 1 };
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
    share.record(seen, { at: flight.start, frame: flight.frame, last: flight.last }, t);
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
