import type { OutboxItem } from '@/lib/outbox/item';
import type { SyncProgress } from '@/lib/outbox/progress';
import type { ItemOutcome } from '@/lib/outbox/queue';

/** What one attempt of a save leaves: the item's next state, and when it is due again. */

const MAX_BACKOFF_MS = 60 * 60_000;

/** Exponential backoff with full jitter, never sooner than the server asked. */
export function retryDelayMs(
  attempts: number,
  retryAfterMs: number | undefined,
  random: () => number,
): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.min(attempts, 20));
  const jittered = ceiling / 2 + random() * (ceiling / 2);
  return Math.max(retryAfterMs ?? 0, Math.round(jittered));
}

/** The item after its attempt: synced, failed (kept for the user), or pending again. */
export function settle(
  i: OutboxItem,
  outcome: ItemOutcome,
  progress: SyncProgress,
  at: number,
  retryAt: number,
): OutboxItem {
  if (outcome.kind === 'held') {
    // Nothing was sent: the attempt is given back, and the item waits as it was.
    return { ...i, state: 'pending', attempts: Math.max(0, i.attempts - 1), updatedAt: at };
  }
  const error = outcome.kind === 'synced' ? undefined : { kind: outcome.errorKind, message: outcome.message };
  const base = { ...i, progress, updatedAt: at, lastError: error };
  switch (outcome.kind) {
    case 'synced': {
      const { contactId, skippedLists, appUrl } = outcome;
      return { ...base, state: 'synced', result: { contactId, skippedLists, appUrl } };
    }
    case 'failed':
      return { ...base, state: 'failed' };
    case 'retry':
      return { ...base, state: 'pending', nextAttemptAt: retryAt };
    case 'pause':
      // Not the item's fault: give the attempt back and wait for the user to fix settings.
      return { ...base, state: 'pending', attempts: Math.max(0, i.attempts - 1), nextAttemptAt: at };
  }
}
