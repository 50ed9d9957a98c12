/**
 * This browser's share of the account's request budget (docs/activecampaign.md#rate-limits): every
 * user and integration of one account shares 5 requests/second, and nobody tells us how many others
 * are sending. So the share is learnt from AC's answers, AIMD style (as TCP does): it creeps up while
 * the account has room, halves on a 429, eases off when AC says the window is full, and drifts back
 * to the configured ceiling when we have been quiet. Pure: the caller passes the time.
 */

/** What one answer from AC says about the account's window. */
type Congestion =
  /** 429: we (or someone) went over. */
  | 'refused'
  /** Accepted, but `RateLimit-Remaining: 0`: the next request anyone sends this second is refused. */
  | 'full'
  /** Accepted with one token left: neither grow nor shrink. */
  | 'tight'
  /** Accepted with room to spare, or no RateLimit headers at all. */
  | 'room';

interface RateShare {
  /** Requests/second this browser may send now; between the floor and the ceiling. */
  rate(now: number): number;
  /** What the answer to a request sent at `sentAt` said, read at `now`. */
  record(signal: Congestion, sentAt: number, now: number): void;
}

/** Slowest share: one request every 5 s still moves a queue and still hears when the account frees up. */
const MIN_RATE = 0.2;
/** Additive increase: requests/second gained per second spent sending with room to spare. */
const INCREASE_PER_SECOND = 0.2;
/** Multiplicative decrease on a 429, and the gentler one when the window is merely full. */
const REFUSED_FACTOR = 0.5;
const FULL_FACTOR = 0.85;
/** After this long without an answer we know nothing of the account, and the share drifts back up. */
const QUIET_MS = 10_000;
const QUIET_RECOVERY_PER_SECOND = 0.5;

export function createRateShare(ceiling: number): RateShare {
  let base = ceiling;
  let lastAnswerAt = Number.NEGATIVE_INFINITY;
  let lastDecreaseAt = Number.NEGATIVE_INFINITY;

  const rate = (now: number): number => {
    const quietFor = Math.max(0, now - lastAnswerAt - QUIET_MS);
    return Math.min(ceiling, base + (quietFor / 1000) * QUIET_RECOVERY_PER_SECOND);
  };

  return {
    rate,
    record(signal, sentAt, now) {
      let next = rate(now);
      lastAnswerAt = now;
      // One answer at `next` requests/second is 1/next seconds of sending.
      if (signal === 'room') next += INCREASE_PER_SECOND / next;
      // Requests sent before the last decrease report the same crowded window it already answered:
      // one decrease per episode, or a single burst of 429s would floor the rate.
      else if ((signal === 'refused' || signal === 'full') && sentAt >= lastDecreaseAt) {
        lastDecreaseAt = now;
        next *= signal === 'refused' ? REFUSED_FACTOR : FULL_FACTOR;
      }
      base = Math.max(MIN_RATE, Math.min(ceiling, next));
    },
  };
}

/** Reads an answer's status and `RateLimit-Remaining` as a congestion signal. */
export function congestionOf(status: number, headers: Headers): Congestion {
  if (status === 429) return 'refused';
  const remaining = Number.parseInt(headers.get('RateLimit-Remaining') ?? '', 10);
  if (remaining === 0) return 'full';
  if (remaining === 1) return 'tight';
  return 'room';
}
