import { parseRetryAfter } from '@/lib/activecampaign/errors';

/**
 * AC allows 5 requests/second per *account*, shared with every other integration (docs/activecampaign.md#rate-limits), and
 * the check is a sliding one-second window, so averaging is not enough: bursts are refused.
 * The limiter hands out evenly spaced slots (burst 1) measured from when each request really
 * left, so a late timer never lets two requests bunch up. It also obeys what AC tells us:
 * Retry-After, and `RateLimit-Remaining: 0` (the window is full, possibly by someone else).
 * One instance is shared by every AC call in the background.
 */

export interface RateLimiter {
  /** Resolves when the caller may send one request. Callers are served in order. */
  acquire(): Promise<void>;
  /** Send nothing before this time (epoch ms); later times win, earlier ones are ignored. */
  backOffUntil(epochMs: number): void;
  /** Reads Retry-After and RateLimit-Remaining from a response. */
  observe(headers: Headers): void;
}

export interface RateLimiterOptions {
  perSecond: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

const WINDOW_MS = 1000;
/**
 * Our clock says when a request left, AC's when it arrived. A request that travelled slowly (a
 * new connection, a busy machine) sits later in AC's window than in ours, so when judging whether
 * our own requests filled AC's window we look a little further back, and we add a little slack
 * before the next one goes out.
 */
const TRANSIT_SKEW_MS = 100;
const WINDOW_SLACK_MS = 25;
const SPACING_SLACK_MS = 15;
export const MAX_IN_MEMORY_WAIT_MS = 30_000;

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function createRateLimiter({
  perSecond,
  now = Date.now,
  sleep = realSleep,
}: RateLimiterOptions): RateLimiter {
  if (!(perSecond > 0)) throw new RangeError('perSecond must be positive');
  // A few ms of spacing on top: requests reach AC with uneven transit times, and two that left
  // exactly one interval apart can arrive closer together, putting one too many in AC's window.
  const intervalMs = WINDOW_MS / perSecond + SPACING_SLACK_MS;
  let nextSlotAt = Number.NEGATIVE_INFINITY;
  let blockedUntil = Number.NEGATIVE_INFINITY;
  /** When our recent requests left, oldest first; only the last window matters. */
  let sentAt: number[] = [];
  let queue: Promise<void> = Promise.resolve();

  function backOffUntil(epochMs: number): void {
    blockedUntil = Math.max(blockedUntil, epochMs);
  }

  async function waitForSlot(): Promise<void> {
    // Loop: a 429 observed while we slept may have pushed the block further out.
    for (let wait = waitMs(); wait > 0; wait = waitMs()) await sleep(wait);
    const t = now();
    nextSlotAt = t + intervalMs;
    sentAt = [...sentAt.filter((s) => t - s < WINDOW_MS + TRANSIT_SKEW_MS), t];
  }

  function waitMs(): number {
    return Math.max(nextSlotAt, blockedUntil) - now();
  }

  /**
   * The window frees up when enough of its requests age out. If our own requests alone fill it,
   * we know exactly when that is; otherwise others share the budget and only a full window is safe.
   */
  function windowFreesAt(t: number, limit: number): number {
    const inWindow = sentAt.filter((s) => t - s < WINDOW_MS + TRANSIT_SKEW_MS);
    const ours = inWindow.length;
    const oldestToExpire = ours >= limit ? inWindow[ours - limit] : undefined;
    return (oldestToExpire ?? t) + WINDOW_MS + WINDOW_SLACK_MS;
  }

  return {
    acquire() {
      const turn = queue.then(waitForSlot);
      queue = turn.catch(() => undefined);
      return turn;
    },
    backOffUntil,
    observe(headers) {
      const t = now();
      const retryAfterMs = parseRetryAfter(headers.get('Retry-After'), t);
      // Longer waits are the outbox's job (an alarm): a service worker may be stopped long before
      // an in-memory wait ends, and holding every request that long would freeze the panel too.
      if (retryAfterMs !== undefined && retryAfterMs <= MAX_IN_MEMORY_WAIT_MS) backOffUntil(t + retryAfterMs);
      if (headers.get('RateLimit-Remaining')?.trim() === '0') {
        const limit = Number(headers.get('RateLimit-Limit'));
        backOffUntil(windowFreesAt(t, Number.isInteger(limit) && limit > 0 ? limit : Math.ceil(perSecond)));
      }
    },
  };
}

/** Wraps fetch so every AC request waits for the shared limiter and reports back what AC said. */
export function rateLimitedFetch(
  fetch: typeof globalThis.fetch,
  limiter: RateLimiter,
): typeof globalThis.fetch {
  return async (input, init) => {
    await limiter.acquire();
    const response = await fetch(input, init);
    limiter.observe(response.headers);
    return response;
  };
}
