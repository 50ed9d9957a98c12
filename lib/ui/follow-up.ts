import { t } from '@/lib/i18n';
import type { SalesCatalog } from '@/lib/messaging/protocol';
import type { SaveRequestInput } from '@/lib/save/request';
import type { Preset } from '@/lib/settings';

/**
 * The panel's deal, task and automation choices as the user edits them (names shown, ids kept), and
 * how they become the save request's `deal`, `task` and `automation`. Pure: dates use the browser's
 * time zone, amounts the user's language, both passed in where a test needs them fixed.
 */

export type DuePick = 'tomorrow' | 'in3Days' | 'nextWeek';
export const DUE_PICKS: readonly DuePick[] = ['tomorrow', 'in3Days', 'nextWeek'];
const DAYS_AHEAD: Record<DuePick, number> = { tomorrow: 1, in3Days: 3, nextWeek: 7 };

export interface FollowUpDraft {
  deal: boolean;
  /** Empty: the default "<Company> — <Name>". */
  dealTitle: string;
  pipeline: string;
  stage: string;
  /** As typed, in the user's way of writing numbers ("1.250,50" or "1,250.50"). */
  value: string;
  currency: string;
  owner: string;
  /** The user chose to open another deal although the contact has an open one. */
  another: boolean;
  task: boolean;
  taskType: string;
  taskTitle: string;
  /** `YYYY-MM-DD` in the user's time zone. */
  due: string;
  taskNote: string;
  /** Automation id; "" for none. */
  automation: string;
  /** Start it again for a contact that has been in it. */
  automationAgain: boolean;
}

export const EMPTY_FOLLOW_UP: FollowUpDraft = {
  deal: false,
  dealTitle: '',
  pipeline: '',
  stage: '',
  value: '',
  /** Empty: the pipeline's own. */
  currency: '',
  owner: '',
  another: false,
  task: false,
  taskType: '',
  taskTitle: '',
  due: '',
  taskNote: '',
  automation: '',
  automationAgain: false,
};

const pad = (n: number) => String(n).padStart(2, '0');
const localDate = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** The calendar day a quick pick means, in the user's time zone. */
export function dueDate(pick: DuePick, now = new Date()): string {
  const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() + DAYS_AHEAD[pick]);
  return localDate(day);
}

/** 09:00 on that day in the user's time zone, with its offset: AC shows it at that local time. */
function dueAt(date: string, hour = 9): string {
  const [y, m, d] = date.split('-').map(Number);
  const at = new Date(y ?? 0, (m ?? 1) - 1, d ?? 1, hour);
  const offset = -at.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${date}T${pad(hour)}:00:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * Whole cents from an amount typed the user's way, or null. The separator followed by at most two
 * digits at the end is the decimal one; every other "." "," or space groups thousands.
 */
function centsOf(typed: string): number | null {
  const text = typed.replace(/[\s\u00a0']/g, '');
  if (text === '') return 0;
  if (!/^\d[\d.,]*$/.test(text)) return null;
  const decimal = /[.,](\d{1,2})$/.exec(text);
  const whole = (decimal ? text.slice(0, decimal.index) : text).replace(/[.,]/g, '');
  const cents = decimal ? Number(decimal[1]?.padEnd(2, '0')) : 0;
  const value = Number(whole) * 100 + cents;
  return Number.isSafeInteger(value) ? value : null;
}

/** First pipeline and its first stage, its currency, the connected user as owner, the first task type. */
export function withCatalogDefaults(draft: FollowUpDraft, catalog: SalesCatalog): FollowUpDraft {
  const pipeline = catalog.pipelines.find((p) => p.id === draft.pipeline) ?? catalog.pipelines[0];
  const stage = pipeline?.stages.find((s) => s.id === draft.stage) ?? pipeline?.stages[0];
  const taskType = catalog.taskTypes.find((x) => x.id === draft.taskType) ?? catalog.taskTypes[0];
  return {
    ...draft,
    pipeline: pipeline?.id ?? '',
    stage: stage?.id ?? '',
    currency: draft.currency || pipeline?.currency || 'usd',
    owner: draft.owner || catalog.me || catalog.users[0]?.id || '',
    taskType: taskType?.id ?? '',
    // A preset's task without a title is named after its type ("Call").
    taskTitle: draft.taskTitle || (draft.task ? (taskType?.name ?? '') : ''),
  };
}

/** What a preset sets: its pipeline and stage, its task defaults and its automation. */
export function withPreset(
  draft: FollowUpDraft,
  preset: Preset | undefined,
  now = new Date(),
): FollowUpDraft {
  const next = { ...draft, deal: !!preset?.deal, task: !!preset?.task, automation: preset?.automation ?? '' };
  if (preset?.deal) {
    Object.assign(next, { pipeline: preset.deal.pipeline, stage: preset.deal.stage, currency: '' });
  }
  if (preset?.task) {
    const { type, title, due } = preset.task;
    Object.assign(next, {
      taskType: type ?? next.taskType,
      taskTitle: title ?? next.taskTitle,
      due: dueDate(due, now),
    });
  }
  return next;
}

type FollowUpParts = Pick<SaveRequestInput, 'deal' | 'task' | 'automation'>;

/** The save request's parts for what is switched on; the schema then checks them like the rest. */
export function followUpParts(draft: FollowUpDraft): FollowUpParts {
  const parts: FollowUpParts = {};
  if (draft.deal) {
    parts.deal = {
      title: draft.dealTitle.trim() || undefined,
      pipeline: draft.pipeline,
      stage: draft.stage,
      value: centsOf(draft.value) ?? -1,
      currency: draft.currency,
      owner: draft.owner,
      another: draft.another,
    };
  }
  if (draft.task) {
    parts.task = {
      type: draft.taskType,
      title: draft.taskTitle,
      due: draft.due ? dueAt(draft.due) : '',
      note: draft.taskNote.trim() || undefined,
    };
  }
  if (draft.automation) parts.automation = { id: draft.automation, again: draft.automationAgain };
  return parts;
}

interface FollowUpErrors {
  value?: string;
  title?: string;
  due?: string;
}

/** What stops the save, next to the field it is about; empty when the choices can be saved. */
export function followUpErrors(draft: FollowUpDraft): FollowUpErrors {
  const errors: FollowUpErrors = {};
  if (draft.deal && centsOf(draft.value) === null) errors.value = t('error_deal_value');
  if (draft.task && !draft.taskTitle.trim()) errors.title = t('error_task_title');
  if (draft.task && !/^\d{4}-\d{2}-\d{2}$/.test(draft.due)) errors.due = t('error_task_due');
  return errors;
}
