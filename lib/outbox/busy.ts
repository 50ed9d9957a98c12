import type { LimiterState } from '@/lib/activecampaign/client/rate-limit';
import { plural, t } from '@/lib/i18n';
import type { Busy } from '@/lib/messaging/protocol';
import type { OutboxItem } from '@/lib/outbox/item';

/**
 * When saves wait because the ActiveCampaign account is busy (its 5 requests/second are shared by
 * the whole team and its other integrations; docs/activecampaign.md#rate-limits), the badge and the
 * pages say so. That is normal operation, not an error: the saves are safe in the outbox and go out
 * as the account frees up.
 */

interface BusyInput {
  items: readonly OutboxItem[];
  limiter: Pick<LimiterState, 'ceiling' | 'ratePerSecond' | 'nextStartAt' | 'blockedUntil'> | undefined;
  now: number;
}

/** Below this share of its ceiling the limiter is being held back by AC, not by our own setting. */
const SLOWED_SHARE = 0.9;

/** How many saves wait on the account and when the next goes, or null when nothing waits on AC. */
export function busyStatus({ items, limiter, now }: BusyInput): Busy | null {
  const waiting = items.filter((i) => i.state === 'pending' || i.state === 'syncing');
  if (waiting.length === 0) return null;
  const pending = waiting.filter((i) => i.state === 'pending');
  // A save put off by a 429 whose Retry-After was too long to wait in memory (the outbox's alarm).
  const putOff = pending.some((i) => i.lastError?.kind === 'rate-limited' && i.nextAttemptAt > now);
  const held =
    putOff ||
    (limiter !== undefined &&
      (limiter.blockedUntil > now || limiter.ratePerSecond < limiter.ceiling * SLOWED_SHARE));
  if (!held) return null;
  const nextAttemptAt = pending.length > 0 ? Math.min(...pending.map((i) => i.nextAttemptAt)) : now;
  const nextAt = Math.max(now, nextAttemptAt, limiter?.nextStartAt ?? now, limiter?.blockedUntil ?? now);
  return { waiting: waiting.length, nextInSeconds: Math.max(1, Math.ceil((nextAt - now) / 1000)) };
}

/** "ActiveCampaign is busy — 12 saves waiting, next in 3 s", in the user's language. */
export function busyMessage({ waiting, nextInSeconds }: Busy): string {
  const wait =
    nextInSeconds < 60
      ? t('status_wait_seconds', { seconds: nextInSeconds })
      : t('status_wait_minutes', { minutes: Math.ceil(nextInSeconds / 60) });
  return plural('status_busy', waiting, { wait });
}
