// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Observation } from '@/lib/activecampaign/client/rate-answer';
import { createRateShare } from '@/lib/activecampaign/client/rate-share';

/** A frame, for AC's 5/s: the one-second window over 0.95 (rate-share.ts). */
const FRAME = 1000 / 0.95;
const T0 = 1_000_000;

/** An answer with `remaining` of AC's 5 left, `ours` of them our own requests. */
const answer = (remaining: number, ours = 1): Observation => ({
  status: 200,
  limit: 5,
  remaining,
  resetMs: undefined,
  ours,
});
const refusal: Observation = { status: 429, limit: 5, remaining: 0, resetMs: undefined, ours: 1 };

/** A share that met a crowd and was refused: every other frame is its own, from `from` on. */
function sharing() {
  const share = createRateShare(4);
  share.record(refusal, { at: T0, frame: undefined, last: false }, T0 + 5);
  const first = share.frames(T0 + 5);
  if (!first) throw new Error('a refusal should make it share frames');
  let last = first.from - 1;
  /** Our next frame, as the limiter picks it. */
  const nextFrame = () => {
    const frames = share.frames(last * FRAME + 10);
    let frame = Math.max(last + 1, frames?.from ?? 0);
    while (frames && frame % frames.rotation !== frames.phase) frame++;
    return frame;
  };
  /** The answer to a request in our next frame, first in its burst unless `last`. */
  const inOurFrame = (seen: Observation, lastInBurst = false) => {
    const frame = nextFrame();
    const at = frame * FRAME + (lastInBurst ? 15 : 0);
    share.record(seen, { at, frame, last: lastInBurst }, at + 5);
    last = frame;
    return share.frames(at + 5);
  };
  return { share, first, inOurFrame, nextFrame };
}

describe('rate share: meeting others', () => {
  it('alone, it shares nothing; others’ requests in the window, or a refusal, make it share frames', () => {
    const alone = createRateShare(4);
    alone.record(answer(4), { at: T0, frame: undefined, last: false }, T0 + 5);
    expect(alone.frames(T0 + 5)).toBeUndefined();
    expect(alone.rate(T0 + 5)).toBe(4);
    alone.record(answer(3), { at: T0 + 250, frame: undefined, last: false }, T0 + 255);
    expect(alone.frames(T0 + 255)).toMatchObject({ rotation: 2, seats: 1 });
    expect(alone.rate(T0 + 255)).toBeCloseTo(1000 / (2 * FRAME), 6);
  });

  it('the refused take the first frame after the crowd has left the window, those let in the one after', () => {
    const refused = createRateShare(4);
    const letIn = createRateShare(4);
    refused.record(refusal, { at: T0, frame: undefined, last: false }, T0 + 5);
    letIn.record(answer(0), { at: T0, frame: undefined, last: false }, T0 + 5);
    const first = Math.ceil((T0 + 1000) / FRAME);
    expect(refused.frames(T0 + 5)).toMatchObject({ from: first, phase: first % 2 });
    expect(letIn.frames(T0 + 5)).toMatchObject({ from: first + 1, phase: (first + 1) % 2 });
  });

  it('quiet for ten seconds, it knows nothing of the account and paces alone again', () => {
    const { share } = sharing();
    expect(share.frames(T0 + 9_000)).toBeDefined();
    expect(share.frames(T0 + 10_010)).toBeUndefined();
    expect(share.rate(T0 + 10_010)).toBe(4);
  });
});

describe('rate share: a 429 in our frame', () => {
  it('refused once, it tries the next phase from the end of its burst, and stays there if it is let in', () => {
    const { first, inOurFrame } = sharing();
    const trying = inOurFrame(refusal);
    expect(trying).toMatchObject({ rotation: 2, phase: (first.phase + 1) % 2, looking: true });
    expect(inOurFrame(answer(0), true)).toMatchObject({
      rotation: 2,
      phase: (first.phase + 1) % 2,
      looking: false,
    });
  });

  it('refused in the next phase too, it goes back, and takes half as many frames', () => {
    const { first, inOurFrame } = sharing();
    inOurFrame(refusal);
    expect(inOurFrame(refusal, true)).toMatchObject({ rotation: 4, phase: first.phase });
  });

  it('refusals far apart among frames that let it in do not add up', () => {
    const { inOurFrame } = sharing();
    inOurFrame(refusal);
    inOurFrame(answer(0), true);
    for (let i = 0; i < 3; i++) inOurFrame(answer(0));
    inOurFrame(refusal);
    expect(inOurFrame(answer(0), true)).toMatchObject({ rotation: 2 });
  });
});

describe('rate share: taking room', () => {
  it('takes room only once a look from the end of the burst has seen it', () => {
    const { inOurFrame } = sharing();
    // Twice the only request in its bin, as far as it saw: worth a look, nothing taken yet.
    inOurFrame(answer(4));
    inOurFrame(answer(4));
    expect(inOurFrame(answer(4))).toMatchObject({ rotation: 2, looking: true });
    // The look, last in the burst, saw the bin full: the emptiness was its early place.
    expect(inOurFrame(answer(0), true)).toMatchObject({ rotation: 2, looking: false });
  });

  it('a look that sees room halves the rotation, kept only if the first new frame lets it in too', () => {
    const kept = sharing();
    kept.inOurFrame(answer(4));
    kept.inOurFrame(answer(4));
    kept.inOurFrame(answer(4));
    expect(kept.inOurFrame(answer(2), true)).toMatchObject({ rotation: 1, looking: true });
    expect(kept.inOurFrame(answer(1), true)).toMatchObject({ rotation: 1 });

    const given = sharing();
    given.inOurFrame(answer(4));
    given.inOurFrame(answer(4));
    given.inOurFrame(answer(4));
    given.inOurFrame(answer(2), true);
    // The next frame is the first of those the halved rotation added: that bin was full.
    expect(given.inOurFrame(refusal, true)).toMatchObject({ rotation: 2, phase: given.first.phase });
  });

  it('at one frame in one, a look that sees room takes one more seat, and a refusal gives it back', () => {
    const { inOurFrame } = sharing();
    for (let i = 0; i < 3; i++) inOurFrame(answer(4));
    inOurFrame(answer(3), true); // halves
    inOurFrame(answer(1), true); // the new frame lets it in with room: keeps looking
    expect(inOurFrame(answer(2), true)).toMatchObject({ rotation: 1, seats: 2 });
    expect(inOurFrame(refusal)).toMatchObject({ seats: 1 });
  });

  it('others that fit beside its ceiling for six frames: it paces alone, and seeing as many again is no crowd', () => {
    const { share, inOurFrame, nextFrame } = sharing();
    for (let i = 0; i < 3; i++) inOurFrame(answer(4));
    inOurFrame(answer(3), true);
    inOurFrame(answer(3), true);
    // One request of another integration beside ours in each frame: 4 + 1 fit AC's 5.
    for (let i = 0; i < 6; i++) inOurFrame(answer(3));
    const at = nextFrame() * FRAME;
    share.record(answer(3), { at, frame: nextFrame(), last: false }, at + 5);
    expect(share.frames(at + 5)).toBeUndefined();
    share.record(answer(3), { at: at + 250, frame: undefined, last: false }, at + 255);
    expect(share.frames(at + 255)).toBeUndefined();
    share.record(answer(1), { at: at + 500, frame: undefined, last: false }, at + 505);
    expect(share.frames(at + 505)).toBeDefined();
  });
});
