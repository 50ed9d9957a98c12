/**
 * `npm run bench:team-sim [-- --seeds 5]`: bench:team's scenarios in simulated time
 * (tests/support/simulated-team.ts), a few seconds for all of them, over several seeds: what the
 * limiter was tuned on. The figures that count come from the real thing, `npm run bench:team`.
 */
import { parseArgs } from 'node:util';
import { simulateTeam, TEAM_SCENARIOS } from '@/tests/support/simulated-team';

const { values: args } = parseArgs({ options: { seeds: { type: 'string', default: '5' } } });
const seeds = Number(args.seeds);
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

console.log('| scenario | seed | s | account | 429 | fairness | look-up max (med) |');
console.log('|---|---|---|---|---|---|---|');
for (const [name, scenario] of Object.entries(TEAM_SCENARIOS)) {
  for (let seed = 1; seed <= seeds; seed++) {
    const outcome = await simulateTeam(scenario, seed);
    const lookups = [...outcome.lookupMs].sort((a, b) => a - b);
    const lookup = lookups.length
      ? `${(Math.max(...lookups) / 1000).toFixed(1)} s (${((lookups[lookups.length >> 1] ?? 0) / 1000).toFixed(1)} s)`
      : '–';
    console.log(
      `| ${name} | ${seed} | ${outcome.seconds.toFixed(1)} | ${pct(outcome.accountUse)} | ${pct(outcome.refusedShare)} | ` +
        `${scenario.trickle ? '–' : `${outcome.fairness.toFixed(2)}×`} | ${lookup} |`,
    );
  }
}
