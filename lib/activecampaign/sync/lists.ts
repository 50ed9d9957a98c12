import { type MessageKey, t } from '@/lib/i18n';
import type { SyncProgress } from '@/lib/outbox/progress';
import type { SaveRequest } from '@/lib/save/request';

/**
 * The one list-status rule for the v3, v1 and bulk paths (docs/activecampaign.md#list-status).
 * AC's statuses are 0 unconfirmed (double opt-in pending), 1 active, 2 unsubscribed, 3 bounced, and
 * posting 1 over any of them makes the person active: it confirms on their behalf, re-subscribes
 * them, or re-activates a bounced address. So a list is subscribed silently only where the contact
 * has no status at all; any other status changes only with the user's explicit per-list consent.
 */

export type SkippedList = SyncProgress['skippedLists'][number];
type LockedReason = SkippedList['reason'];

const LOCKED_REASONS: Record<string, LockedReason> = {
  '0': 'unconfirmed',
  '2': 'unsubscribed',
  '3': 'bounced',
};

/**
 * Why a list with this status must not be changed without consent, or undefined when there is
 * nothing to protect (no status yet, or already active). A status AC may add later is locked too.
 */
function lockedReason(status: string | undefined): LockedReason | undefined {
  if (status === undefined || status === '' || status === '1') return undefined;
  return LOCKED_REASONS[status] ?? 'unconfirmed';
}

/** How the panel names a locked status next to the list (and in the consent checkbox). */
const LOCKED_STATUS_LABELS: Record<LockedReason, MessageKey> = {
  unconfirmed: 'list_status_locked_unconfirmed',
  unsubscribed: 'list_status_unsubscribed',
  bounced: 'list_status_bounced',
};

/**
 * Lists whose status the user consented to change. The save request still calls the field
 * `resubscribeLists` (stored outbox items keep parsing); it covers statuses 0, 2 and 3 alike.
 */
const consentedLists = (capture: SaveRequest): readonly string[] => capture.resubscribeLists;

interface ListPlan {
  /** `resubscribe`: the list had a status (0/2/3) and the user consented to make the person active. */
  subscribe: { list: string; resubscribe: boolean }[];
  skipped: SkippedList[];
}

/** Status 1 only where the contact has no status, or has a locked one the user consented to change. */
export function planLists(
  listStatuses: Record<string, string>,
  capture: SaveRequest,
  done: readonly string[],
): ListPlan {
  const plan: ListPlan = { subscribe: [], skipped: [] };
  for (const list of new Set(capture.lists)) {
    const status = Object.hasOwn(listStatuses, list) ? listStatuses[list] : undefined;
    if (done.includes(list) || status === '1') continue;
    const reason = lockedReason(status);
    if (reason && !consentedLists(capture).includes(list)) {
      plan.skipped.push({ list, reason });
      continue;
    }
    plan.subscribe.push({ list, resubscribe: reason !== undefined });
  }
  return plan;
}

/** The panel's name for a list status the user must consent to change, or undefined (1, or none). */
export function lockedLabel(status: string | undefined): string | undefined {
  const reason = lockedReason(status);
  return reason && t(LOCKED_STATUS_LABELS[reason]);
}
