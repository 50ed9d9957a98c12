import type { Observation } from './rate-answer';

/**
 * This browser's share of the account's request budget (docs/activecampaign.md#sharing-the-account):
 * every user and integration of one account shares 5 requests in any one second (a sliding window),
 * and nobody tells us how many others are sending. Pure: the caller passes the time.
 *
 * Senders that pace themselves independently bunch into full windows now and then, and each bunch
 * is a 429. So once AC shows that others share the account, the browsers share *frames*: time cut,
 * from each browser's own clock, into frames a little longer than AC's window (1053 ms for 5/s),
 * each frame's requests leaving in a short burst at its start. No window then holds two bursts, so
 * a frame is a bin of `limit` seats, and each answer says how full the bin was when that request
 * arrived (`RateLimit-Remaining`). A team of ten settles into two classes of frames, even and odd,
 * five browsers in each, and nobody is refused.
 *  - joining: browsers that meet a crowd together split by what AC answered: the refused take the
 *    first frame after the window clears, those let in the one after. Every `rotation`-th frame
 *    (2 at first: a team of 2 × limit) is ours, at one `phase`.
 *  - a 429 in our frame: give back a seat if we took more than one. With one, try the next phase:
 *    send last in the burst of its first frame, and stay if that lets us in (our phase may only hold
 *    one browser too many). Refusals that keep coming, there or in our own frames (`strikes`), mean
 *    too few frames for the team: the rotation doubles.
 *  - room: an answer shows the bin only up to our random place in its burst, so a full bin may look
 *    roomy. Room is taken only once a request sent last in the burst (a look) has seen the whole bin:
 *    the rotation halves, kept if the first frame it adds lets us in, or at rotation 1 one more seat.
 *    Backed off past a team's first guess, we try the frames we gave up (closeFrame).
 *  - alone: others' requests that fit beside our ceiling for a while, or no answer for `quietMs`.
 */

/** Where this browser's requests go while it shares the account with others. */
export interface Frames {
  /** Every `rotation`-th frame is ours. */
  rotation: number;
  /** Which of them: frame numbers ≡ phase (mod rotation). */
  phase: number;
  /** Requests we send in each of our frames. */
  seats: number;
  /** No frame before this one: the crowd we met is still in AC's window until then. */
  from: number;
  /** Our next frame's first request goes last in the burst, to see the whole bin. */
  looking: boolean;
}

/** Which of our frames a request went in, and whether it went last in the burst. */
type Sent = { at: number; frame: number | undefined; last: boolean };

interface RateShare {
  /** Our frames while others use the account; undefined while alone (pace at the ceiling). */
  frames(now: number): Frames | undefined;
  /** A frame's length in ms, and the frame a time falls in. */
  frameMs(): number;
  frameAt(time: number): number;
  /** Background requests/second this browser may send now; the ceiling when alone. */
  rate(now: number): number;
  /** What the answer to a request said, read at `now`. */
  record(answer: Observation, sent: Sent, now: number): void;
}

/** AC's documented limit per account, until `RateLimit-Limit` says otherwise. */
const ACCOUNT_LIMIT = 5;
const WINDOW_MS = 1000;

/** How the share moves; measured with `npm run bench:team` (tests/bench/team.ts). */
const FRAMES = {
  /**
   * A frame is the window over this: 1053 ms leaves 53 ms for one frame's burst to spread over
   * (timers waking late, transit that varies) before the next frame's window would see it.
   */
  gridUse: 0.95,
  /** The rotation a browser that meets a crowd assumes: frames enough for a team of 2 × limit. */
  teamGuess: 2,
  /** The longest rotation: a frame every ~67 s still moves a queue and hears when the account frees up. */
  maxRotation: 64,
  /**
   * Refusals, with one seat, that mean the team has too few frames: each refusal in our frames, or
   * in the next phase's when we try it, counts one, and each of our frames that lets us in takes
   * `forgive` away: one refusal now and then (a timer that woke late) changes nothing.
   */
  strikes: 2,
  forgive: 0.5,
  /** A look that found no room doubles the roomy frames we want before the next one, up to this. */
  maxPatience: 4,
  /**
   * When we look again: a full bin of 5 looks no fuller than 3 in 3 frames of 5, so we look once
   * it has looked this roomy by no more than this chance (no fuller than 1 for 2 frames, 2 for 4,
   * 3 for 6). A look costs nothing: the request goes anyway, a few ms later.
   */
  suspect: 0.05,
  /** Our frames in a row, at rotation 1, whose others fit beside our ceiling before we pace alone. */
  lonelyFrames: 6,
  /** After this long without an answer we know nothing of the account, and start alone again. */
  quietMs: 10_000,
} as const;

interface Team extends Frames {
  strikes: number;
  /** The frame being counted: the fullest its bin was in our answers, others' requests at most. */
  frame: number | undefined;
  fullest: number;
  others: number;
  refused: boolean;
  /** The fullest each of our last frames' bins looked (newest last; a refusal counts as full). */
  seen: number[];
  /** Our frames in a row, at rotation 1, whose others fit beside our ceiling. */
  lonely: number;
  /** What we had before we tried other frames (a halved rotation, the next phase), until the first of them lets us in. */
  before: Frames | undefined;
  /** How many times FRAMES.suspect's frames we want to have looked roomy before we look again. */
  patience: number;
  /** Our frames since we last tried others. */
  sinceTry: number;
}

export function createRateShare(ceiling: number): RateShare {
  let limit = ACCOUNT_LIMIT;
  let team: Team | undefined;
  let lastAnswerAt = Number.NEGATIVE_INFINITY;
  /** Others' requests in a window that we left the team over: seeing as many again is no crowd. */
  let tolerated = 0;

  const frameMs = () => WINDOW_MS / FRAMES.gridUse;
  const frameAt = (time: number) => Math.floor(time / frameMs());
  /** The first frame that starts after a request sent at `sentAt` has left AC's window. */
  const firstClearFrame = (sentAt: number) => Math.ceil((sentAt + WINDOW_MS) / frameMs());
  /** Seats our own ceiling allows in one frame. */
  const maxSeats = () => Math.max(1, Math.floor(ceiling));
  const current = (now: number) => (now - lastAnswerAt > FRAMES.quietMs ? undefined : team);
  const framesOf = ({ rotation, phase, seats, from, looking }: Team): Frames => ({
    rotation,
    phase,
    seats,
    from,
    looking,
  });
  /** Frames of a full bin it takes to look no fuller than `fullest` by no more than FRAMES.suspect. */
  const framesFor = (fullest: number) => Math.ceil(Math.log(FRAMES.suspect) / Math.log(fullest / limit));

  function join(frame: number): void {
    const rotation = FRAMES.teamGuess;
    team = {
      rotation,
      phase: frame % rotation,
      from: frame,
      seats: 1,
      looking: false,
      strikes: 0,
      frame: undefined,
      fullest: 0,
      others: 0,
      refused: false,
      seen: [],
      lonely: 0,
      before: undefined,
      patience: 1,
      sinceTry: 0,
    };
  }

  /** Our last frames looked roomy often enough to look again. */
  function roomy({ seen, patience }: Team): boolean {
    for (let fullest = 1; fullest <= limit - 2; fullest++) {
      const frames = framesFor(fullest) * patience;
      if (seen.length >= frames && seen.slice(-frames).every((f) => f <= fullest)) return true;
    }
    return false;
  }

  /** A frame of ours is over: what its bin looked like. */
  function closeFrame(t: Team): void {
    if (t.frame === undefined) return;
    t.seen = [...t.seen, t.refused ? limit : t.fullest].slice(-framesFor(limit - 2) * t.patience);
    if (!t.refused) {
      t.strikes = Math.max(0, t.strikes - FRAMES.forgive);
      t.patience = Math.max(1, t.patience - FRAMES.forgive / 2); // patience wears off half as fast
    }
    // Others fit beside our ceiling: pacing alone is faster, and they will not mind.
    t.lonely = !t.refused && t.rotation === 1 && t.others <= limit - maxSeats() ? t.lonely + 1 : 0;
    if (t.lonely >= FRAMES.lonelyFrames) {
      team = undefined;
      tolerated = limit - maxSeats();
      return;
    }
    if (t.looking || t.before || t.seats >= maxSeats()) return;
    // Backed off beyond a team's first guess: the frames we gave up may be free again, and only
    // trying one of them tells (a refusal at worst): every other frame of ours, less often after a
    // try that found them full, and at once when our own bin held only us.
    if (t.rotation > FRAMES.teamGuess) {
      t.sinceTry++;
      if (t.sinceTry >= 2 * t.patience || (!t.refused && t.fullest <= 1))
        tryFrames(t, { rotation: t.rotation / 2, phase: t.phase % (t.rotation / 2) });
    } else if (roomy(t)) t.looking = true;
  }

  /** Tries other frames: the first of them, seen from the end of its burst, decides (looked). */
  function tryFrames(t: Team, frames: Pick<Frames, 'rotation' | 'phase'>): void {
    t.before = framesOf(t);
    Object.assign(t, frames, { looking: true, sinceTry: 0 });
  }

  /** A request that went last in its burst saw the whole bin: take room only if it had some. */
  function looked(t: Team, frame: number, refused: boolean, fullest: number): void {
    const left = limit - fullest;
    if (t.before) {
      // Keep the frames we were trying out only if the first of them lets us in.
      if (frame % t.before.rotation === t.before.phase) return;
      if (refused) Object.assign(t, t.before, { patience: Math.min(FRAMES.maxPatience, t.patience * 2) });
      // Plenty of room there too: go on looking, and taking, frame after frame.
      Object.assign(t, { before: undefined, looking: !refused && left >= 2, seen: [] });
      return;
    }
    t.looking = false;
    t.seen = [];
    if (refused || left < 1) {
      t.patience = Math.min(FRAMES.maxPatience, t.patience * 2);
      return;
    }
    t.patience = 1;
    if (t.rotation === 1) {
      // One more seat; plenty left, and we look again in our next frame.
      t.seats++;
      t.looking = left >= 3;
      return;
    }
    tryFrames(t, { rotation: t.rotation / 2, phase: t.phase % (t.rotation / 2) });
  }

  /** Refused in one of our frames, by a bin fuller than its seats. */
  function refusedInFrame(t: Team): void {
    if (t.refused) return; // Once a frame, however many of ours it refused.
    t.refused = true;
    if (t.seats > 1) {
      t.seats--;
      return;
    }
    if (++t.strikes >= FRAMES.strikes) {
      t.strikes = 0;
      t.rotation = Math.min(FRAMES.maxRotation, t.rotation * 2);
    } else if (t.rotation > 1 && !t.before) {
      // Our phase may simply hold one browser too many while the next has a seat free: look at
      // the next phase's first frame from the end of its burst, and stay there if it lets us in.
      tryFrames(t, { rotation: t.rotation, phase: (t.phase + 1) % t.rotation });
    }
  }

  return {
    frames(now) {
      const t = current(now);
      return t && framesOf(t);
    },
    frameMs,
    frameAt,
    rate(now) {
      const t = current(now);
      return t === undefined ? ceiling : (t.seats * WINDOW_MS) / (t.rotation * frameMs());
    },
    record({ status, limit: answerLimit, remaining, ours }, sent, now) {
      if (now - lastAnswerAt > FRAMES.quietMs) {
        team = undefined;
        tolerated = 0;
      }
      lastAnswerAt = now;
      if (answerLimit !== undefined && answerLimit > 0) limit = answerLimit;
      const refused = status === 429;
      if (!team) {
        // Alone until now. Refused: first in the frame after the window clears. Let in among more
        // of others' requests than fit beside our ceiling: the frame after that, behind everyone
        // the same crowd refused.
        if (refused) join(firstClearFrame(sent.at));
        else if (remaining !== undefined && limit - remaining - ours > tolerated)
          join(firstClearFrame(sent.at) + 1);
        return;
      }
      const t = team;
      // A look-up that joined someone else's frame says nothing about ours.
      if (sent.frame === undefined) return;
      if (sent.frame !== t.frame) {
        closeFrame(t);
        if (team !== t) return;
        Object.assign(t, { frame: sent.frame, fullest: 0, others: 0, refused: false });
      }
      if (sent.last) {
        const moving = t.before?.rotation === t.rotation;
        const trying = t.before !== undefined && sent.frame % t.before.rotation !== t.before.phase;
        looked(t, sent.frame, refused, remaining === undefined ? limit : limit - remaining);
        // Refused in frames we were trying: about them, not ours; the next phase full too, though,
        // means too few frames for the team.
        if (trying && refused) {
          if (moving) refusedInFrame(t);
          return;
        }
      }
      if (refused) {
        refusedInFrame(t);
        return;
      }
      if (remaining === undefined) return;
      t.fullest = Math.max(t.fullest, limit - remaining);
      t.others = Math.max(t.others, limit - remaining - ours);
    },
  };
}
