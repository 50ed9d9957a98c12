/**
 * One salesperson's browser for `bench:team`, run in its own worker thread so its storage (WXT's
 * fakeBrowser is one per thread) and its limiter are its own, as in N real browsers. The product's
 * modules do the work: the outbox drain, runCaptureSync, createAcClient and the shared limiter.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// `wxt/browser` picks its global when first imported: install the fake before any product module.
Object.assign(globalThis, { browser: fakeBrowser, chrome: fakeBrowser });
const { createRateLimiter } = await import('@/lib/activecampaign/client/rate-limit');
const { createAcClient } = await import('@/lib/activecampaign/client/v3');
const { isRetryable } = await import('@/lib/activecampaign/errors');
const { runCaptureSync } = await import('@/lib/activecampaign/sync/run');
const queue = await import('@/lib/outbox/queue');
const { testDeps } = await import('@/tests/support/activecampaign-fakes');

export interface InstanceConfig {
  url: string;
  apiKey: string;
  perSecond: number;
}

/** Main thread → instance. */
export type Command =
  | { type: 'save'; captures: import('@/lib/save/request').SaveRequest[] }
  | { type: 'lookup'; email: string }
  | { type: 'count' };

/** Instance → main thread. */
export type Report =
  | { type: 'lookup'; ms: number; found: boolean }
  | { type: 'count'; pending: number; synced: number; failed: number; at: number };

const config = workerData as InstanceConfig;
const port = parentPort;
if (!port) throw new Error('team-instance runs as a worker thread');

const limiter = createRateLimiter({ perSecond: config.perSecond });
// As the background wires it: one limiter, one client per priority.
const client = (priority: 'interactive' | 'background') =>
  createAcClient({ apiUrl: config.url, apiKey: config.apiKey, gate: limiter.gate(priority) });
const background = client('background');
const interactive = client('interactive');
const deps = testDeps(background, { companyToAccount: false });
let timer: ReturnType<typeof setTimeout> | undefined;
/** The outbox keeps only the newest finished items, so the outcomes are counted as they happen. */
const outcomes = { synced: 0, failed: 0 };

const drainDeps: import('@/lib/outbox/queue').DrainDeps = {
  now: Date.now,
  checkPaused: async () => null,
  currentOrigin: async () => deps.settings.apiUrl,
  async runItem(item, saveProgress) {
    try {
      const result = await runCaptureSync(item.capture, item.progress, { ...deps, saveProgress });
      outcomes.synced++;
      return { kind: 'synced', contactId: result.contactId, skippedLists: [], appUrl: '' };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (!isRetryable(error)) {
        outcomes.failed++;
        return { kind: 'failed', errorKind: 'refused', message };
      }
      const retryAfterMs = (error as { retryAfterMs?: number }).retryAfterMs;
      return { kind: 'retry', errorKind: 'retry', message, retryAfterMs };
    }
  },
  pause: async () => undefined,
  async schedule(delayMs) {
    clearTimeout(timer);
    if (delayMs !== null) timer = setTimeout(() => void queue.drain(drainDeps), delayMs);
  },
};

port.on('message', async (command: Command) => {
  if (command.type === 'save') {
    await queue.enqueue(command.captures, Date.now(), { origin: deps.settings.apiUrl });
    void queue.drain(drainDeps);
  } else if (command.type === 'lookup') {
    const started = Date.now();
    // What the panel does for a known email: find the contact, then read what AC holds for it.
    const found = await (async () => {
      const contact = await interactive.findContactByEmail(command.email);
      return contact !== null && (await interactive.getContactDetails(contact.id)) !== undefined;
    })().catch(() => false);
    port.postMessage({ type: 'lookup', ms: Date.now() - started, found } satisfies Report);
  } else {
    const pending = queue.pendingCount(await queue.readItems());
    port.postMessage({ type: 'count', pending, ...outcomes, at: Date.now() } satisfies Report);
  }
});
