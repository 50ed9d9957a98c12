import { storage } from 'wxt/utils/storage';
import { hasOriginAccess } from '@/lib/activecampaign/connection';
import { AcError, isRetryable } from '@/lib/activecampaign/errors';
import { describeError, describePause } from '@/lib/activecampaign/wording';
import { readApiKey } from '@/lib/api-key';
import { t } from '@/lib/i18n';
import type { QueuePause } from '@/lib/messaging/protocol';
import type { ItemOutcome } from '@/lib/outbox/queue';
import { readCheckedSettings } from '@/lib/storage';

/**
 * The one home of the outbox's error policy: which failures pause the whole queue (nothing can
 * succeed until the user fixes settings), which are retried later, and which need a person.
 * Saves are always accepted; while paused they simply wait, and then each syncs once.
 */

/** Set when an attempt showed that no save can succeed until the user fixes settings. */
const queuePauseItem = storage.defineItem<QueuePause | null>('local:queuePause', {
  fallback: null,
  version: 1,
});

/** Why the queue may not run right now, or null. */
export async function currentPause(): Promise<QueuePause | null> {
  const { settings, attention } = await readCheckedSettings();
  if (attention) return { reason: 'not-configured', message: attention };
  const key = await readApiKey(settings.apiUrl);
  if (!settings.apiUrl || !key) {
    return {
      reason: 'not-configured',
      message: t('pause_not_configured'),
    };
  }
  if (!(await hasOriginAccess(settings.apiUrl))) {
    return {
      reason: 'permission',
      message: t('pause_permission', { origin: settings.apiUrl }),
    };
  }
  return queuePauseItem.getValue();
}

/** What one failed attempt means for its item: pause the queue, retry later, or give up. */
export function outcomeOfError(error: unknown, attempts: number): Exclude<ItemOutcome, { kind: 'synced' }> {
  const pause = describePause(error);
  if (pause) return { kind: 'pause', errorKind: pause.kind, message: pause.message };
  const { kind, message } = describeError(error);
  if (isRetryable(error)) {
    const retryAfterMs = error instanceof AcError ? error.retryAfterMs : undefined;
    return { kind: 'retry', errorKind: kind, message, retryAfterMs };
  }
  // An answer we could not read may be a passing glitch: one more try, then it needs a person.
  if (error instanceof AcError && error.kind === 'bad-response' && attempts < 2) {
    return { kind: 'retry', errorKind: kind, message };
  }
  return { kind: 'failed', errorKind: kind, message };
}

/** Pauses the queue with the message the failed attempt produced. */
export async function pauseQueue(errorKind: string, message: string): Promise<void> {
  await queuePauseItem.setValue({ reason: errorKind === 'not-found' ? 'wrong-url' : 'auth', message });
}

export async function resumeQueue(): Promise<void> {
  await queuePauseItem.setValue(null);
}

/**
 * New settings, a new key, a successful Test connection or the user's "Try again now" may fix what
 * paused the queue (a refused key, a wrong URL): lift the pause, so the next drain tries again and
 * pauses once more if the account still refuses.
 */
export async function resumeAccountPause(): Promise<void> {
  const pause = await queuePauseItem.getValue();
  if (pause && (pause.reason === 'auth' || pause.reason === 'wrong-url')) await resumeQueue();
}
