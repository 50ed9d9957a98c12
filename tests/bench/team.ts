/**
 * `npm run bench:team [-- --scale 1] [--other 1]`: a sales team sharing one ActiveCampaign account.
 * N browsers (worker threads, each with its own storage, outbox and limiter; see team-instance.ts)
 * drain against one sandbox account limited to 5 requests/second, optionally with another
 * integration taking a fixed share. Scenarios:
 *  - burst: everyone idle, then each saves the same number of people at once (N = 1, 3, 10);
 *  - batch: one browser batch-saves 250 people while the other nine save one at a time, with
 *    interactive look-ups on the batching browser while its batch drains.
 * `--scale` sizes every save count: the default 0.5 runs in about 4 minutes, `--scale 1` is the full
 * scenarios (about 9 minutes: a 5 req/s account drains 340 saves slowly on purpose). Goals for N = 10: ≥ 90 % of
 * the account used, ≤ 5 % of requests answered 429, slowest browser within 2× the fastest, a
 * look-up within 2 s.
 */
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { type SaveRequest, saveRequestSchema } from '@/lib/save/request';
import { sandboxClient } from '@/tests/support/sandbox-client';
import { type Sandbox, startSandbox } from '../sandbox/server';
import type { Command, InstanceConfig, Report } from './team-instance';

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: '0.5' },
    other: { type: 'string', default: '1' },
    /** Runs only the scenarios whose name contains this. */
    only: { type: 'string', default: '' },
  },
});
const SCALE = Number(args.scale);
const OTHER_PER_SECOND = Number(args.other);
const ACCOUNT_PER_SECOND = 5;
/** Sidecard's default ceiling. */
const CEILING = 4;
/** No scenario may run longer than this, whatever the limiter does. */
const SCENARIO_LIMIT_MS = 450_000;
const POLL_MS = 200;
/** The other integration's requests, told apart in the sandbox's log by their path. */
const OTHER_PATH = '/api/3/users/me';

const scaled = (n: number): number => Math.max(1, Math.round(n * SCALE));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

class Instance {
  private readonly worker: Worker;
  private readonly waiting = new Map<Report['type'], ((report: Report) => void)[]>();
  finishedAt: number | undefined;

  constructor(config: InstanceConfig) {
    // Node 20 does not pass tsx's loader on to worker threads: each worker registers it first.
    const entry = new URL('./team-instance.ts', import.meta.url).href;
    const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`;
    this.worker = new Worker(boot, { eval: true, workerData: config });
    this.worker.on('message', (report: Report) => this.waiting.get(report.type)?.shift()?.(report));
  }

  send(command: Command): void {
    this.worker.postMessage(command);
  }

  /** Answers of one kind come back in the order they were asked for. */
  ask<T extends Report['type']>(command: Command & { type: T }): Promise<Extract<Report, { type: T }>> {
    return new Promise((resolve) => {
      const queue = this.waiting.get(command.type) ?? [];
      queue.push(resolve as (report: Report) => void);
      this.waiting.set(command.type, queue);
      this.send(command);
    });
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }
}

function people(n: number, prefix: string): SaveRequest[] {
  return Array.from({ length: n }, (_, i) =>
    saveRequestSchema.parse({
      contact: { email: `${prefix}-${i}@team.example`, firstName: `First${i}`, lastName: 'Team' },
      capturedAt: new Date().toISOString(),
    }),
  );
}

/** Another integration of the same account: a fixed rate of reads, whatever answers it gets. */
function otherIntegration(sb: Sandbox, perSecond: number): () => Promise<void> {
  let running = perSecond > 0;
  const done = (async () => {
    for (let i = 0; running && i < SCENARIO_LIMIT_MS / 100; i++) {
      await fetch(`${sb.url}${OTHER_PATH}`, { headers: { 'Api-Token': sb.apiKey } }).then((r) => r.text());
      await sleep(1000 / perSecond);
    }
  })();
  return async () => {
    running = false;
    await done;
  };
}

interface Row {
  scenario: string;
  saves: number;
  landed: number;
  /** Saves that ended failed, or finished missing from AC. */
  lost: number;
  /** Still waiting when the scenario's time ran out. */
  unfinished: number;
  duplicates: number;
  seconds: number;
  accountUse: number;
  refusedShare: number;
  fairness: number | undefined;
  /** Slowest and median look-up. */
  lookupMs: { max: number; median: number } | undefined;
}

interface Plan {
  name: string;
  browsers: number;
  /** Saves each browser makes at the start. */
  burst: (index: number) => number;
  /** One save every `every` ms, `count` times, on browsers 1…N-1. */
  trickle?: { count: number; every: number };
  lookups: boolean;
  other: number;
}

async function run(plan: Plan): Promise<Row> {
  const sb = await startSandbox({ ratePerSecond: ACCOUNT_PER_SECOND });
  const control = sandboxClient(sb);
  const instances = Array.from(
    { length: plan.browsers },
    () => new Instance({ url: sb.url, apiKey: sb.apiKey, perSecond: CEILING }),
  );
  const prefix = `${plan.name.replace(/\W+/g, '-')}-${Date.now()}`;
  const saved: SaveRequest[] = [];
  const save = (instance: Instance, batch: SaveRequest[]) => {
    saved.push(...batch);
    instance.send({ type: 'save', captures: batch });
  };
  // Workers take seconds to load on a busy machine: the clock starts once every one answers.
  await Promise.all(instances.map((instance) => instance.ask({ type: 'count' })));
  await sleep(1100);
  await control.clearRequests();
  const stopOther = otherIntegration(sb, plan.other);
  const started = Date.now();
  for (const [i, instance] of instances.entries()) save(instance, people(plan.burst(i), `${prefix}-b${i}`));

  const trickles = instances.slice(1).map(async (instance, i) => {
    for (let k = 0; plan.trickle && k < plan.trickle.count; k++) {
      await sleep(plan.trickle.every);
      save(instance, people(1, `${prefix}-t${i}-${k}`));
    }
  });
  const lookupMs: number[] = [];
  const batcher = instances[0];
  const lookups = (async () => {
    for (let k = 0; plan.lookups && batcher && k < 20; k++) {
      await sleep(3000);
      if (batcher.finishedAt !== undefined) break;
      const known = saved[0]?.contact.email ?? '';
      lookupMs.push((await batcher.ask({ type: 'lookup', email: known })).ms);
    }
  })();

  let outcomes = { synced: 0, failed: 0 };
  for (let settled = false; !settled && Date.now() - started < SCENARIO_LIMIT_MS; ) {
    await sleep(POLL_MS);
    const counts = await Promise.all(instances.map((instance) => instance.ask({ type: 'count' })));
    for (const [i, c] of counts.entries()) {
      const instance = instances[i];
      if (instance && c.pending === 0 && instance.finishedAt === undefined) instance.finishedAt = c.at;
      if (instance && c.pending > 0) instance.finishedAt = undefined;
    }
    outcomes = counts.reduce((sum, c) => ({ synced: sum.synced + c.synced, failed: sum.failed + c.failed }), {
      synced: 0,
      failed: 0,
    });
    settled = outcomes.synced + outcomes.failed === saved.length && counts.every((c) => c.pending === 0);
  }
  await Promise.all([...trickles, lookups]);
  await stopOther();
  const finishedAt = Math.max(...instances.map((i) => i.finishedAt ?? Date.now()));
  const seconds = (finishedAt - started) / 1000;
  const log = (await control.requests()).filter((r) => r.t <= finishedAt);
  if (process.env.TEAM_DEBUG) for (const r of log) console.log(r.t - started, r.method, r.path, r.status);
  const ours = log.filter((r) => r.path !== OTHER_PATH);
  const accepted = log.filter((r) => r.status !== 429).length;

  const state = (await (
    await fetch(`${sb.url}/__sandbox/state`, { headers: { 'Api-Token': sb.apiKey } })
  ).json()) as { contacts: { email: string }[] };
  const perEmail = new Map<string, number>();
  for (const c of state.contacts)
    perEmail.set(c.email.toLowerCase(), (perEmail.get(c.email.toLowerCase()) ?? 0) + 1);
  const landed = saved.filter((c) => perEmail.has(c.contact.email.toLowerCase())).length;
  const burstTimes = instances
    .filter((_, i) => plan.burst(i) > 0)
    .map((i) => (i.finishedAt ?? finishedAt) - started);

  await Promise.all(instances.map((i) => i.close()));
  await sb.close();
  return {
    scenario: plan.name,
    saves: saved.length,
    landed,
    lost: outcomes.failed + (outcomes.synced - Math.min(outcomes.synced, landed)),
    unfinished: saved.length - outcomes.synced - outcomes.failed,
    duplicates: [...perEmail.values()].filter((n) => n > 1).length,
    seconds,
    accountUse: accepted / (ACCOUNT_PER_SECOND * seconds),
    refusedShare: ours.filter((r) => r.status === 429).length / Math.max(1, ours.length),
    fairness: plan.trickle ? undefined : Math.max(...burstTimes) / Math.max(1, Math.min(...burstTimes)),
    lookupMs:
      lookupMs.length > 0
        ? { max: Math.max(...lookupMs), median: lookupMs.sort((a, b) => a - b)[lookupMs.length >> 1] ?? 0 }
        : undefined,
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function print(row: Row): void {
  console.log(
    `| ${row.scenario.padEnd(34)} | ${String(row.saves).padStart(5)} | ${String(row.landed).padStart(6)} | ` +
      `${String(row.lost).padStart(4)} | ${String(row.unfinished).padStart(5)} | ${String(row.duplicates).padStart(4)} | ` +
      `${row.seconds.toFixed(1).padStart(6)} | ` +
      `${pct(row.accountUse).padStart(7)} | ${pct(row.refusedShare).padStart(6)} | ` +
      `${(row.fairness === undefined ? '–' : `${row.fairness.toFixed(2)}×`).padStart(8)} | ` +
      `${(row.lookupMs === undefined ? '–' : `${seconds(row.lookupMs.max)} (${seconds(row.lookupMs.median)})`).padStart(15)} |`,
  );
}

const burstEach = scaled(10);
const plans: Plan[] = [
  ...[1, 3, 10].map((n) => ({
    name: `burst: ${n} × ${burstEach} saves`,
    browsers: n,
    burst: () => burstEach,
    lookups: false,
    other: 0,
  })),
  {
    name: `batch ${scaled(250)} + 9 × ${scaled(10)} singles, other ${OTHER_PER_SECOND}/s`,
    browsers: 10,
    burst: (i: number) => (i === 0 ? scaled(250) : 0),
    trickle: { count: scaled(10), every: 4000 },
    lookups: true,
    other: OTHER_PER_SECOND,
  },
];

console.log(
  `Team on one account at ${ACCOUNT_PER_SECOND} req/s, each browser's ceiling ${CEILING}/s, scale ${SCALE}`,
);
console.log(
  '| scenario                           | saves | landed | lost | unfin | dups |      s | account |    429 | fairness | look-up max (med) |',
);
console.log(
  '|------------------------------------|-------|--------|------|-------|------|--------|---------|--------|----------|-------------------|',
);
for (const plan of plans.filter((p) => p.name.includes(args.only))) print(await run(plan));
