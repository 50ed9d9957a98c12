/**
 * `npm run bench:sync [-- --saves N]`: what the sync engine costs against the sandbox.
 *  1. Requests per saved contact for the common cases (sandbox without rate limit), and a batch of
 *     250 through the outbox as the panel saves it (one batch id: the bulk importer) vs the same
 *     250 saved one by one through the outbox.
 *     With a deal, a follow-up task and an automation: requests per save next to the plain save's 5,
 *     with the sales catalog cold (the panel reads it first) and warm. Goal: warm ≤ 8 for a new contact
 *     (one write per step, no reads), ≤ 11 for an existing one (its deals and enrolments read first),
 *     and ≤ 5 more when cold (one read each of pipelines, users, users/me, task types, automations,
 *     once per 10 minutes).
 *  2. A queue of N saves (default 200) drained one after another through runCaptureSync with one
 *     shared limiter against the sandbox's 5 req/s, limiter at 4/s (the default) and at 5/s:
 *     achieved rate vs the limiter's rate, 429s, and saves lost. Targets: ≥ 90 %, ≤ 1 %, 0.
 */
import './fake-browser-global';
import { parseArgs } from 'node:util';
import type { TagIndex } from '@/lib/activecampaign/catalog/indexes';
import { salesCatalog } from '@/lib/activecampaign/catalog/sales';
import { createRateLimiter } from '@/lib/activecampaign/client/rate-limit';
import { createAcClient } from '@/lib/activecampaign/client/v3';
import { AcError, isRetryable } from '@/lib/activecampaign/errors';
import { runBatch } from '@/lib/activecampaign/sync/batch';
import { runCaptureSync } from '@/lib/activecampaign/sync/run';
import { runCaptureSyncV1 } from '@/lib/activecampaign/sync/run-v1';
import { emptyProgress, type SyncProgress } from '@/lib/outbox/progress';
import {
  type DrainDeps,
  enqueue,
  type ItemOutcome,
  drain as outboxDrain,
  readItems,
} from '@/lib/outbox/queue';
import { type SaveRequest, saveRequestSchema } from '@/lib/save/request';
import { memoryStore, testDeps } from '@/tests/support/activecampaign-fakes';
import { sandboxClient } from '@/tests/support/sandbox-client';
import { demoCrmSeed } from '../sandbox/crm-state';
import { type Sandbox, startSandbox } from '../sandbox/server';
import { TestAc, uniqueName } from '../support/ac-api';

const { values: args } = parseArgs({
  options: { saves: { type: 'string', default: '200' }, only: { type: 'string' } },
});
const SAVES = Number(args.saves);
/** A save that keeps failing transiently this often is counted as lost. */
const MAX_ATTEMPTS = 8;

interface Fixture {
  list: string;
  tags: string[];
  tagIndex: ReturnType<typeof memoryStore<TagIndex>>;
}

/** One list and two tags that already exist, with the tag index warm (as after the first capture). */
async function fixture(sb: Sandbox): Promise<Fixture> {
  const ac = new TestAc(sb);
  const list = await ac.createList(uniqueName('Bench'));
  const tags = [uniqueName('Bench A'), uniqueName('Bench B')];
  const ids = await Promise.all(tags.map((t) => ac.createTag(t)));
  const index: TagIndex = {
    tags: Object.fromEntries(tags.map((name, i) => [name.toLowerCase(), { id: ids[i] ?? '', name }])),
  };
  return { list, tags, tagIndex: memoryStore(index) };
}

function captures(n: number, f: Fixture, prefix: string): SaveRequest[] {
  return Array.from({ length: n }, (_, i) =>
    saveRequestSchema.parse({
      contact: { email: `${prefix}-${i}@bench.example`, firstName: `First${i}`, lastName: 'Bench' },
      lists: [f.list],
      tags: f.tags,
      capturedAt: new Date().toISOString(),
    }),
  );
}

/** The seeded Sales pipeline's first stage, Sam as owner, a call, the Welcome automation. */
const FOLLOW_UPS = {
  deal: { pipeline: '1', stage: '1', value: 100000, currency: 'usd', owner: '2' },
  task: { type: '1', title: 'Call back', due: '2026-12-24T09:00:00+01:00' },
  automation: { id: '1' },
};

async function requestsPerContact(): Promise<void> {
  const sb = await startSandbox({ ratePerSecond: false, seed: { crm: demoCrmSeed } });
  const control = sandboxClient(sb);
  const client = createAcClient({ apiUrl: sb.url, apiKey: sb.apiKey });
  const f = await fixture(sb);
  const deps = testDeps(client, { companyToAccount: false }, { tagIndex: f.tagIndex });
  const n = 20;

  async function measure(label: string, count: number, run: () => Promise<unknown>): Promise<void> {
    await control.clearRequests();
    const started = Date.now();
    await run();
    const seconds = (Date.now() - started) / 1000;
    const log = await control.requests();
    const writes = log.filter((r) => r.method !== 'GET').length;
    // At AC's shared 5 req/s the limiter's 4/s sets the floor of the wall time, whatever the machine.
    console.log(
      `  ${label.padEnd(44)} ${(log.length / count).toFixed(2).padStart(6)} requests  ` +
        `(${(writes / count).toFixed(3)} writes) per contact; ${log.length} in all, ` +
        `${seconds.toFixed(1)} s here, ≥ ${(log.length / 4).toFixed(0)} s at 4 req/s`,
    );
  }

  console.log('Requests per saved contact');
  const fresh = captures(n, f, uniqueName('new').replace(/\s/g, '-'));
  await measure('new contact, 1 list, 2 known tags', n, async () => {
    for (const c of fresh) await runCaptureSync(c, emptyProgress(), deps);
  });
  await measure('existing contact, nothing changed', n, async () => {
    for (const c of fresh) await runCaptureSync(c, emptyProgress(), deps);
  });
  const withFollowUps = (prefix: string) =>
    captures(n, f, uniqueName(prefix).replace(/\s/g, '-')).map((c) =>
      saveRequestSchema.parse({ ...c, ...FOLLOW_UPS }),
    );
  const cold = withFollowUps('cold');
  await measure('+ deal, task, automation; catalog cold', n, async () => {
    for (const c of cold) {
      await salesCatalog(client, sb.url, true);
      await runCaptureSync(c, emptyProgress(), deps);
    }
  });
  const warm = withFollowUps('warm');
  await measure('+ deal, task, automation; catalog warm', n, async () => {
    for (const c of warm) {
      await salesCatalog(client, sb.url, false);
      await runCaptureSync(c, emptyProgress(), deps);
    }
  });
  await measure('existing, in the automation: + another deal, task', n, async () => {
    for (const c of warm) {
      const again = saveRequestSchema.parse({ ...c, deal: { ...FOLLOW_UPS.deal, another: true } });
      await runCaptureSync(again, emptyProgress(), deps);
    }
  });
  const v1Deps = testDeps(client, { apiMode: 'v1', companyToAccount: false });
  await measure('v1 mode: new contact, 1 list, 2 tags', n, async () => {
    for (const c of captures(n, f, uniqueName('v1').replace(/\s/g, '-'))) {
      await runCaptureSyncV1(c, emptyProgress(), v1Deps);
    }
  });
  // The outbox as the background wires it, with the sync's outcomes mapped as sync-item.ts does
  // (which itself cannot load outside a build: it reads the key store).
  const outcome = (o: { ok: boolean; contactId?: string; error?: unknown }): ItemOutcome =>
    o.ok
      ? { kind: 'synced', contactId: o.contactId ?? '', skippedLists: [], appUrl: '' }
      : { kind: isRetryable(o.error) ? 'retry' : 'failed', errorKind: 'bench', message: String(o.error) };
  const outbox: DrainDeps = {
    now: Date.now,
    checkPaused: async () => null,
    currentOrigin: async () => deps.settings.apiUrl,
    runItem: (item, saveProgress) =>
      runCaptureSync(item.capture, item.progress, { ...deps, saveProgress }).then(
        (r) => outcome({ ok: true, contactId: r.contactId }),
        (error: unknown) => outcome({ ok: false, error }),
      ),
    runBatch: async (items, saveProgress) =>
      (await runBatch(items, { ...deps, saveProgress: (i, p) => saveProgress(items[i]?.id ?? '', p) })).map(
        outcome,
      ),
    pause: async () => undefined,
    schedule: async () => undefined,
  };
  /** Enqueued as the background does for the panel's "Save N" (with a batch id) or N single saves. */
  const throughOutbox = async (batch: SaveRequest[], batchId?: string) => {
    await enqueue(batch, Date.now(), { origin: deps.settings.apiUrl, batchId });
    await outboxDrain(outbox);
    const emails = new Set(batch.map((c) => c.contact.email));
    const items = (await readItems()).filter((i) => emails.has(i.capture.contact.email));
    const failed = items.filter((i) => i.state !== 'synced').length;
    if (failed > 0) console.log(`  !! ${failed} saves not synced`);
  };
  await measure('batch of 250 new contacts, bulk import', 250, () =>
    throughOutbox(captures(250, f, uniqueName('bulk').replace(/\s/g, '-')), crypto.randomUUID()),
  );
  await measure('batch of 250 new contacts, per person', 250, () =>
    throughOutbox(captures(250, f, uniqueName('each').replace(/\s/g, '-'))),
  );
  await sb.close();
}

/** Drains the queue like the outbox: one item at a time, retrying transient failures with their progress. */
async function drain(perSecond: number): Promise<void> {
  const sb = await startSandbox({ ratePerSecond: 5 });
  const control = sandboxClient(sb);
  const f = await fixture(sb);
  const limiter = createRateLimiter({ perSecond });
  const client = createAcClient({
    apiUrl: sb.url,
    apiKey: sb.apiKey,
    gate: limiter.gate('background'),
  });
  const queue = captures(SAVES, f, uniqueName(`drain${perSecond}`).replace(/\s/g, '-'));
  // Setup requests also count against the sandbox window; let it empty before measuring.
  await new Promise((r) => setTimeout(r, 1100));
  await control.clearRequests();

  let lost = 0;
  const started = Date.now();
  for (const capture of queue) {
    let progress: SyncProgress = emptyProgress();
    const deps = {
      ...testDeps(client, { companyToAccount: false }, { tagIndex: f.tagIndex }),
      saveProgress: async (p: SyncProgress) => {
        progress = p;
      },
    };
    let synced = false;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS && !synced; attempt++) {
      try {
        await runCaptureSync(capture, progress, deps);
        synced = true;
      } catch (err) {
        if (!isRetryable(err)) break;
        const wait = err instanceof AcError && err.retryAfterMs !== undefined ? err.retryAfterMs : 1000;
        limiter.backOffUntil(Date.now() + wait);
      }
    }
    if (!synced) lost++;
  }
  const seconds = (Date.now() - started) / 1000;
  const log = await control.requests();
  const tooMany = log.filter((r) => r.status === 429).length;
  const rate = log.length / seconds;

  const state = await control.state();
  const stored = new Set(state.contacts.map((c) => c.email.toLowerCase()));
  const missing = queue.filter((c) => !stored.has(c.contact.email.toLowerCase())).length;

  console.log(
    `  limiter ${perSecond}/s: ${SAVES} saves, ${log.length} requests in ${seconds.toFixed(1)} s = ` +
      `${rate.toFixed(2)} req/s (${((100 * rate) / perSecond).toFixed(1)} % of ${perSecond}/s), ` +
      `429s ${tooMany} (${((100 * tooMany) / log.length).toFixed(2)} %), lost ${lost}, missing in AC ${missing}`,
  );
  await sb.close();
}

if (args.only !== 'drain') await requestsPerContact();
if (args.only !== 'requests') {
  console.log(`\nDraining ${SAVES} queued saves against the sandbox's 5 req/s`);
  await drain(4);
  await drain(5);
}
