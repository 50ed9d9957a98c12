import { BULK_THRESHOLD } from '@/lib/activecampaign/sync/bulk';
import { t } from '@/lib/i18n';
import { Refusal } from '@/lib/messaging/router';
import { retryDelayMs, settle } from '@/lib/outbox/attempt';
import { isHeld, type OutboxItem, outboxStore, parseOutbox, quarantineItem } from '@/lib/outbox/item';
import { emptyProgress, type SyncProgress } from '@/lib/outbox/progress';
import { overCapacity, retainItems, withoutFinished } from '@/lib/outbox/retention';
import type { SaveRequest } from '@/lib/save/request';

/**
 * The write-ahead outbox. A save is on disk before anyone is told "queued"; the drain works
 * through due items one at a time (or a batch saved together as one bulk run), persisting each
 * step, so a killed worker or a closed browser loses nothing and a replay never repeats a finished
 * step. Only the background imports this.
 */

export type ItemOutcome =
  | { kind: 'synced'; contactId: string; skippedLists: string[]; appUrl: string }
  | { kind: 'failed'; errorKind: string; message: string }
  | { kind: 'retry'; errorKind: string; message: string; retryAfterMs?: number }
  /** Auth, permission or URL problem: the item waits untouched and the whole queue pauses. */
  | { kind: 'pause'; errorKind: string; message: string }
  /** The account changed before the item ran: it waits untouched, held for the user's decision. */
  | { kind: 'held' };

export interface DrainDeps {
  now(): number;
  /** Why the queue must not run now (no key, no permission…), or null. */
  checkPaused(): Promise<string | null>;
  /** The API origin in settings now: only items queued for it run, the others are held (isHeld). */
  currentOrigin(): Promise<string>;
  runItem(item: OutboxItem, saveProgress: (p: SyncProgress) => Promise<void>): Promise<ItemOutcome>;
  /** Saves of one batch, run together: one outcome per item, in order. Without it, each runs alone. */
  runBatch?(
    items: OutboxItem[],
    saveProgress: (id: string, p: SyncProgress) => Promise<void>,
  ): Promise<ItemOutcome[]>;
  pause(kind: string, message: string): Promise<void>;
  /** Wake the drain again after `delayMs` (timer and/or alarm). */
  schedule(delayMs: number | null): Promise<void>;
  onChange?(items: OutboxItem[]): void;
  random?(): number;
}

let mutation: Promise<unknown> = Promise.resolve();

/** Serialises read-modify-write cycles on the outbox within this worker. */
export function mutate<T>(
  fn: (items: OutboxItem[]) => Promise<{ items: OutboxItem[]; value: T }>,
): Promise<T> {
  const run = mutation.then(async () => {
    const { items, value } = await fn(await readItems());
    await outboxStore.setValue(items);
    return value;
  });
  mutation = run.catch(() => undefined);
  return run;
}

/** Reads the outbox; records that fail the schema move to quarantine instead of crashing the worker. */
export async function readItems(): Promise<OutboxItem[]> {
  const { items, bad } = parseOutbox(await outboxStore.getValue());
  if (bad.length > 0) {
    await quarantineItem.setValue([...(await quarantineItem.getValue()), ...bad]);
    await outboxStore.setValue(items);
  }
  return items;
}

function dedupeKeyOf(capture: SaveRequest): string {
  const { capturedAt: _time, ...what } = capture;
  return `${capture.contact.email.toLowerCase()}|${JSON.stringify(what)}`;
}

/**
 * Persists the captures and returns their ids; an identical save still waiting is not added twice.
 * `origin` is the account in settings at this moment ('' when none): the item and its progress are
 * stamped with it, and it is sent nowhere else. `batchId` marks captures the user saved together.
 */
export function enqueue(
  captures: SaveRequest[],
  now: number,
  { origin, batchId }: { origin: string; batchId?: string },
): Promise<string[]> {
  return mutate(async (items) => {
    const held = items.filter((i) => i.state !== 'synced').length;
    const ids: string[] = [];
    for (const capture of captures) {
      const dedupeKey = dedupeKeyOf(capture);
      const twin = items.find(
        (i) =>
          i.dedupeKey === dedupeKey &&
          i.origin === (origin || undefined) &&
          (i.state === 'pending' || i.state === 'syncing'),
      );
      if (twin) {
        ids.push(twin.id);
        continue;
      }
      const item: OutboxItem = {
        id: crypto.randomUUID(),
        createdAt: now,
        dedupeKey,
        capture,
        batchId,
        origin: origin || undefined,
        state: 'pending',
        attempts: 0,
        nextAttemptAt: now,
        progress: { ...emptyProgress(), origin: origin || undefined },
        updatedAt: now,
      };
      items.push(item);
      ids.push(item.id);
    }
    const kept = retainItems(items, now);
    // Thrown before the write: the outbox stays as it was, and the page keeps the unsaved draft.
    if (overCapacity(kept)) throw new Refusal(t('error_outbox_full', { count: held }), 'outbox-full');
    return { items: kept, value: ids };
  });
}

/** Patches the items with these ids in one write; answers the first one changed. */
function patchItems(
  ids: ReadonlySet<string>,
  patch: (item: OutboxItem) => OutboxItem,
): Promise<OutboxItem | undefined> {
  return mutate(async (items) => {
    const next = items.map((i) => (ids.has(i.id) ? patch(i) : i));
    return { items: retainItems(next), value: next.find((i) => ids.has(i.id)) };
  });
}

/** A worker that starts finds no drain running: anything marked syncing was interrupted. */
export function recoverInterrupted(now: number): Promise<number> {
  return mutate(async (items) => {
    let count = 0;
    const next = items.map((i) => {
      if (i.state !== 'syncing') return i;
      count++;
      return { ...i, state: 'pending' as const, nextAttemptAt: now, updatedAt: now };
    });
    // A worker start is also when expired receipts go, even if nothing is saved for weeks.
    return { items: retainItems(next, now), value: count };
  });
}

/**
 * "Clear history": removes synced saves, and failed ones when the user confirmed (with the
 * quarantined records, which can never be sent either); answers how many went.
 */
export function clearFinished(includeFailed: boolean): Promise<number> {
  return mutate(async (items) => {
    if (includeFailed) await quarantineItem.setValue([]);
    const kept = withoutFinished(items, includeFailed);
    return { items: kept, value: items.length - kept.length };
  });
}

/** A failed item goes back to the queue on the user's request, keeping its finished steps. */
export function retry(id: string, now: number): Promise<OutboxItem | undefined> {
  return patchItems(new Set([id]), (i) =>
    i.state === 'failed'
      ? { ...i, state: 'pending', nextAttemptAt: now, lastError: undefined, updatedAt: now }
      : i,
  );
}

export function pendingCount(items: OutboxItem[]): number {
  return items.filter((i) => i.state === 'pending' || i.state === 'syncing').length;
}

let draining: Promise<void> | null = null;

/** One drain at a time: a second trigger while one runs joins it, then runs once more. */
export function drain(deps: DrainDeps): Promise<void> {
  if (draining) {
    return draining.then(() => drain(deps));
  }
  draining = drainOnce(deps).finally(() => {
    draining = null;
  });
  return draining;
}

async function drainOnce(deps: DrainDeps): Promise<void> {
  const random = deps.random ?? Math.random;
  for (;;) {
    const pausedBecause = await deps.checkPaused();
    if (pausedBecause) {
      await deps.schedule(null);
      return;
    }
    const now = deps.now();
    const origin = await deps.currentOrigin();
    const items = await readItems();
    // Saves queued for another account wait for the user's decision, whatever their retry time.
    const waiting = items.filter((i) => i.state === 'pending' && !isHeld(i, origin));
    const due = waiting.filter((i) => i.nextAttemptAt <= now).sort((a, b) => a.createdAt - b.createdAt);
    const first = due[0];
    if (!first) {
      const next = waiting.map((i) => i.nextAttemptAt);
      await deps.schedule(next.length > 0 ? Math.max(0, Math.min(...next) - now) : null);
      deps.onChange?.(items);
      return;
    }
    const batch = first.batchId && deps.runBatch ? due.filter((i) => i.batchId === first.batchId) : [];
    // A batch whose import an earlier run sent goes on as a batch, however few are left: the
    // import's outcome is read once for all of them.
    const asBatch = batch.length >= BULK_THRESHOLD || batch.some(awaitsImport);
    await runGroup(asBatch ? batch : [first], asBatch, deps, random);
  }
}

const awaitsImport = (item: OutboxItem): boolean =>
  item.progress.bulkImport?.batchId !== undefined && item.progress.contactId === undefined;

/**
 * Runs one save, or a batch saved together as one bulk run. Each item is marked syncing first and
 * gets its own outcome, so a worker stopped mid-batch leaves items `syncing` that
 * recoverInterrupted puts back (their saved progress says what AC already has, or which import to
 * read again).
 */
async function runGroup(
  group: OutboxItem[],
  asBatch: boolean,
  deps: DrainDeps,
  random: () => number,
): Promise<void> {
  const now = deps.now();
  const ids = new Set(group.map((i) => i.id));
  await patchItems(ids, (i) => ({ ...i, state: 'syncing', attempts: i.attempts + 1, updatedAt: now }));
  deps.onChange?.(await readItems());
  const running = group.map((i) => ({ ...i, attempts: i.attempts + 1 }));
  const progress = new Map(group.map((i) => [i.id, i.progress]));
  // Saves asked for together (a batch recording its import for every person) go in one write.
  const unsaved = new Map<string, SyncProgress>();
  let write: Promise<void> | undefined;
  const saveProgress = (id: string, p: SyncProgress): Promise<void> => {
    progress.set(id, p);
    unsaved.set(id, p);
    write ??= mutate<void>(async (items) => {
      const due = new Map(unsaved);
      unsaved.clear();
      write = undefined;
      const next = items.map((i) => {
        const saved = due.get(i.id);
        return saved ? { ...i, progress: saved, updatedAt: deps.now() } : i;
      });
      return { items: retainItems(next), value: undefined };
    });
    return write;
  };
  const [one] = running;
  const outcomes =
    deps.runBatch && asBatch
      ? await deps.runBatch(running, saveProgress)
      : one
        ? [await deps.runItem(one, (p) => saveProgress(one.id, p))]
        : [];
  const at = deps.now();
  const retries = outcomes.flatMap((o) => (o.kind === 'retry' ? [o.retryAfterMs ?? 0] : []));
  // One retry time for the whole batch, so it comes back due together and goes in bulk again.
  const attempts = Math.max(...running.map((i) => i.attempts));
  const retryAt = at + retryDelayMs(attempts, Math.max(0, ...retries), random);
  await patchItems(ids, (i) => {
    const outcome = outcomes[running.findIndex((r) => r.id === i.id)];
    return outcome ? settle(i, outcome, progress.get(i.id) ?? i.progress, at, retryAt) : i;
  });
  const pause = outcomes.find((o) => o.kind === 'pause');
  if (pause) await deps.pause(pause.errorKind, pause.message);
  deps.onChange?.(await readItems());
}
