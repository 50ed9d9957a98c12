import type { SyncProgress } from '@/lib/outbox/progress';
import { defaultDealTitle, type SaveRequest } from '@/lib/save/request';
import type { ContactState } from './plan';

/**
 * Pure planning of what a save does after the contact: open a deal, add a follow-up task, start an
 * automation (docs/activecampaign.md#deals-tasks-and-automations). Each is one recorded step; done
 * steps (progress) are not planned again.
 */

export type FollowUpRequest =
  | {
      kind: 'deal';
      title: string;
      pipeline: string;
      stage: string;
      value: number;
      currency: string;
      owner: string;
      another: boolean;
    }
  /** On the deal this save opened when there is one, else on the contact (decided when it runs). */
  | { kind: 'task'; title: string; type: string; due: string; note?: string }
  | { kind: 'enrol'; automation: string; again: boolean };

export type Withheld = NonNullable<SyncProgress['withheld']>[number];

/** List statuses that change only with the user's consent: 0 unconfirmed, 2 unsubscribed, 3 bounced. */
const LOCKED = new Set(['0', '2', '3']);

/**
 * Starting an automation may send email, so it follows the list-status rule: a contact locked on any
 * list is enrolled only if the user ticked that list's consent box in this save.
 */
function enrolmentConsented(capture: SaveRequest, held: ContactState | null): boolean {
  return Object.entries(held?.listStatuses ?? {}).every(
    ([list, status]) => !LOCKED.has(status) || capture.resubscribeLists.includes(list),
  );
}

export function planFollowUps(
  capture: SaveRequest,
  held: ContactState | null,
  { steps }: SyncProgress,
): { requests: FollowUpRequest[]; withheld: Withheld[] } {
  const requests: FollowUpRequest[] = [];
  const withheld: Withheld[] = [];
  const { deal, task, automation } = capture;
  if (deal && steps.deal === undefined) {
    const { title, pipeline, stage, value, currency, owner, another } = deal;
    const dealTitle = title?.trim() || defaultDealTitle(capture.contact);
    requests.push({ kind: 'deal', title: dealTitle, pipeline, stage, value, currency, owner, another });
  }
  if (task && !steps.task) {
    requests.push({ kind: 'task', title: task.title, type: task.type, due: task.due, note: task.note });
  }
  if (automation && !steps.automation) {
    if (enrolmentConsented(capture, held)) {
      requests.push({ kind: 'enrol', automation: automation.id, again: automation.again });
    } else {
      withheld.push('automation-consent');
    }
  }
  return { requests, withheld };
}
