// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { simulateTeam, TEAM_SCENARIOS } from '@/tests/support/simulated-team';

/**
 * The team's behaviour as a whole, in simulated time (tests/support/simulated-team.ts): seeded and
 * deterministic, so these hold on a busy machine. How fast the team goes is measured, not asserted:
 * `npm run bench:team` (real browsers' modules, real sandbox) and its figures in the notes.
 */
describe('ten salespeople on one account', () => {
  const team = TEAM_SCENARIOS['burst: 10 × 10 saves'];

  it('saving together, few of their requests are refused and nobody finishes much later than the rest', async () => {
    if (!team) throw new Error('bench:team has a burst of ten');
    for (const seed of [1, 2, 3]) {
      const outcome = await simulateTeam(team, seed);
      expect(outcome.refusedShare, `seed ${seed}`).toBeLessThanOrEqual(0.05);
      expect(outcome.fairness, `seed ${seed}`).toBeLessThanOrEqual(2);
    }
  });
});
