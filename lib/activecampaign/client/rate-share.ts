/**
 * This browser's share of the account's request budget (docs/activecampaign.md#rate-limits): every
 * user and integration of one account shares 5 requests/second in a sliding one-second window, and
 * nobody tells us how many others are sending. Pure: the caller passes the time.
 *
 * Senders that merely average under the limit still bunch into full windows now and then, and each
 * bunch is a 429 (at 90 % of the limit, independent senders see one request in four refused). So
 * once AC shows that others share the account, a browser takes *turns*: the account's limit, a
 * little under, cuts time into slots every browser derives from its clock alone (211 ms for 5/s),
 * so that no second at AC can hold more than the limit's worth of them, and a browser sends every
 * `period` slots, keeping its phase. A team then settles into a rota, each in its own slot (clocks
 * that disagree only shift one browser's slots against another's: turns still repeat at one period,
 * so the rota still settles, a little less tightly):
 *  - decrease: a lone browser refused (or meeting others in a full window) assumes a team of
 *    `teamGuess` (4/s → 0.48/s); refusals that keep coming mean too many turns for the grid, and the
 *    period grows by a tenth (at least one slot). A single 429 only moves our turn (rate-limit.ts).
 *  - increase: while answers keep showing tokens to spare, the period shortens by a slot, or at once
 *    to the team size the window shows (`used × period / limit`) when that is shorter.
 *  - recover when quiet: after `quietMs` without an answer we know nothing, and go back to the
 *    ceiling, alone.
 */

/** What one answer from AC says about the account's window. */
interface Observation {
  status: number;
  /** `RateLimit-Limit` and `RateLimit-Remaining`, when AC sent them. */
  limit: number | undefined;
  remaining: number | undefined;
  /** `RateLimit-Reset` (up to a minute), in ms: when the window frees. */
  resetMs: number | undefined;
  /** Our own requests in AC's window when this one arrived, itself included. */
  ours: number;
}

interface RateShare {
  /** Background requests/second this browser may send now; the ceiling when alone. */
  rate(now: number): number;
  /** Slots between two of our background requests; undefined while alone (no grid). */
  period(now: number): number | undefined;
  /** The grid's slot length in ms. */
  slotMs(): number;
  /**
   * What an answer said, read at `now`. True when our turns must move: a 429 (someone shares our
   * slot) or meeting others for the first time (everyone who met them in the same window did too).
   */
  record(answer: Observation, now: number): boolean;
}

/** AC's documented limit per account, until `RateLimit-Limit` says otherwise. */
const ACCOUNT_LIMIT = 5;
const WINDOW_MS = 1000;

/** How the period moves; measured with `npm run bench:team` (tests/bench/team.ts). */
const TURNS = {
  /**
   * The grid offers this share of the limit: one slot every 1000 / 4.75 ms leaves 52 ms between the
   * sixth slot back and the window's edge, for clocks and transit that disagree a little.
   */
  gridUse: 0.95,
  /** A lone browser that meets others assumes a team this big: a period too long costs less than 429s. */
  teamGuess: 10,
  /** Weight of the newest answer in the running shares of refusals and of spare room. */
  memory: 0.2,
  /** Refused this often lately (about four 429s in a row): too many turns, not one shared slot. */
  crowded: 0.5,
  /** Growth of the period then (rate × 0.9 or less). */
  growth: 1.1,
  /** Tokens left that count as room: one spare token is often just someone between two turns. */
  room: 2,
  /** Room seen this steadily (eight answers in a row with 2 tokens left, three with 3, two with 4): shorten. */
  roomy: 0.8,
  /** The longest period: one request every ~13 s still moves a queue and hears when the account frees up. */
  maxPeriod: 60,
  /** After this long without an answer we know nothing of the account, and start alone again. */
  quietMs: 10_000,
} as const;

export function createRateShare(ceiling: number): RateShare {
  let limit = ACCOUNT_LIMIT;
  /** Slots between two of our background requests while others use the account; undefined alone. */
  let period: number | undefined;
  let lastAnswerAt = Number.NEGATIVE_INFINITY;
  let refusals = 0;
  let roomy = 0;

  const slotMs = () => WINDOW_MS / (limit * TURNS.gridUse);
  const current = (now: number) => (now - lastAnswerAt > TURNS.quietMs ? undefined : period);
  /** A period so short that the ceiling paces us anyway is being alone. */
  const alone = (p: number) => p * slotMs() * ceiling <= WINDOW_MS;
  const set = (p: number) => {
    period = alone(p) ? undefined : Math.min(TURNS.maxPeriod, p);
  };

  return {
    rate(now) {
      const p = current(now);
      return p === undefined ? ceiling : WINDOW_MS / (p * slotMs());
    },
    period: current,
    slotMs,
    record({ status, limit: answerLimit, remaining, ours }, now) {
      period = current(now);
      if (period === undefined) refusals = roomy = 0;
      lastAnswerAt = now;
      if (answerLimit !== undefined && answerLimit > 0) limit = answerLimit;
      const refused = status === 429;
      refusals = refusals * (1 - TURNS.memory) + (refused ? TURNS.memory : 0);
      if (refused) {
        if (period === undefined) set(TURNS.teamGuess);
        else if (refusals >= TURNS.crowded) {
          refusals = 0;
          roomy = 0;
          set(Math.max(period + 1, Math.ceil(period * TURNS.growth)));
        }
        return true;
      }
      if (remaining === undefined) return false;
      if (period === undefined) {
        // Alone until now, and others' requests fill the window: take turns as a full team would.
        if (remaining > 1 || limit - remaining <= ours) return false;
        set(TURNS.teamGuess);
        return true;
      }
      roomy = roomy * (1 - TURNS.memory) + TURNS.memory * Math.max(0, remaining - TURNS.room + 1);
      if (roomy >= TURNS.roomy) {
        roomy = 0;
        refusals = 0;
        // The window shows how many turns are taken: with everyone on our period, the team is about
        // used × period / limit (plus one, for a turn between two of ours); shorten to that at once,
        // and by at least a slot.
        set(Math.min(period - 1, Math.ceil(((limit - remaining + 1) * period) / limit)));
      }
      return false;
    },
  };
}

/** Reads an answer's status and `RateLimit-*` headers; a header that is absent or odd reads as unknown. */
export function observe(
  { status, headers }: { status: number; headers: Headers },
  ours: number,
): Observation {
  const count = (name: string): number | undefined => {
    const value = Number.parseInt(headers.get(name) ?? '', 10);
    return Number.isInteger(value) && value >= 0 ? value : undefined;
  };
  const reset = count('RateLimit-Reset');
  return {
    status,
    limit: count('RateLimit-Limit'),
    remaining: count('RateLimit-Remaining'),
    resetMs: reset !== undefined && reset <= 60 ? reset * 1000 : undefined,
    ours,
  };
}
