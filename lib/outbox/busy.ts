import type { LimiterState } from '@/lib/activecampaign/client/rate-limit';
import { plural, t } from '@/lib/i18n';

/**
 * The words the badge and panel show when saves wait because the ActiveCampaign account is busy
 * (its 5 requests/second are shared by the whole team and its other integrations). That is normal
 * operation, not an error: the saves are safe in the outbox and go out as the account frees up.
 */

export interface BusyInput {
  /** Saves not yet in AC (pending and syncing). */
  pending: number;
  /** When the outbox next tries one of them (epoch ms), if it has a time. */
  nextAttemptAt: number | undefined;
  /** The kind of the last error of the waiting saves, if any (a 429 gives `rate-limited`). */
  lastErrorKind?: string;
  limiter: Pick<LimiterState, 'ceiling' | 'ratePerSecond' | 'nextStartAt' | 'blockedUntil'>;
  now: number;
}

/** Below this share of its ceiling the limiter is being held back by AC, not by our own setting. */
const SLOWED_SHARE = 0.9;

/** "ActiveCampaign is busy — 12 saves waiting, next in 3 s", or null when nothing waits on AC. */
export function busyStatus({
  pending,
  nextAttemptAt,
  lastErrorKind,
  limiter,
  now,
}: BusyInput): string | null {
  if (pending <= 0) return null;
  const held =
    limiter.blockedUntil > now ||
    limiter.ratePerSecond < limiter.ceiling * SLOWED_SHARE ||
    lastErrorKind === 'rate-limited';
  if (!held) return null;
  const nextAt = Math.max(nextAttemptAt ?? now, limiter.nextStartAt, limiter.blockedUntil);
  return plural('busy_status', pending, { next: inWords(nextAt - now) });
}

function inWords(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  return seconds < 60
    ? t('busy_seconds', { seconds })
    : t('busy_minutes', { minutes: Math.ceil(seconds / 60) });
}
