import type { AcClient } from '@/lib/activecampaign/client/v3';
import { AcError, isDuplicate } from '@/lib/activecampaign/errors';
import { t } from '@/lib/i18n';
import type { SyncProgress } from '@/lib/outbox/progress';
import type { FollowUpRequest, Withheld } from './follow-ups';
import type { ContactState } from './plan';

/**
 * The deal, task and enrolment steps. None of them is idempotent in AC, so each follows one pattern:
 * count the step's own records AC holds, save that count, send; a replay that finds more than the
 * saved count knows the first attempt arrived and sends nothing (docs/activecampaign.md#deals-tasks-and-automations).
 * Records cannot pre-exist on something this save created, so those counts start at 0 without a read.
 */

interface FollowUpContext {
  client: AcClient;
  contactId: string;
  /** What AC held before this save; null when the save created the contact. */
  held: ContactState | null;
  progress: SyncProgress;
  saveProgress(): Promise<void>;
}

const newest = <T extends { id: string }>(records: T[]): T | undefined =>
  [...records].sort((a, b) => Number(b.id) - Number(a.id))[0];

function withhold(p: SyncProgress, reason: Withheld): void {
  p.withheld = [...new Set([...(p.withheld ?? []), reason])];
}

/** Saves how many own records AC held, then sends: the mark a replay compares against. */
async function markSent(ctx: FollowUpContext, step: 'deal' | 'task' | 'automation', before: number) {
  ctx.progress.sent = { ...ctx.progress.sent, [step]: before };
  await ctx.saveProgress();
}

async function openDeal(ctx: FollowUpContext, request: Extract<FollowUpRequest, { kind: 'deal' }>) {
  const { client, contactId, progress: p } = ctx;
  const own = <T extends { title: string; group?: string | null }>(deals: T[]) =>
    deals.filter((d) => d.title === request.title && d.group === request.pipeline);
  const replay = p.sent?.deal;
  let before = 0;
  if (replay !== undefined || ctx.held) {
    const deals = await client.getContactDeals(contactId);
    const mine = own(deals);
    if (replay !== undefined && mine.length > replay) {
      p.steps.deal = newest(mine)?.id ?? '';
      return;
    }
    if (replay === undefined && !request.another && deals.some((d) => d.status === 0)) {
      // An open deal is there and the user did not ask for another: open none.
      p.steps.deal = '';
      withhold(p, 'open-deal');
      return;
    }
    before = replay ?? mine.length;
  }
  const account = await accountOf(ctx);
  await markSent(ctx, 'deal', before);
  const { title, value, currency, pipeline, stage, owner } = request;
  const deal = await client.createDeal({
    title,
    value,
    currency,
    group: pipeline,
    stage,
    owner,
    contact: contactId,
    ...(account ? { account } : {}),
  });
  p.steps.deal = deal.id;
}

/** The contact's account, when it has one (held, or linked by this save), so the deal carries it. */
async function accountOf(ctx: FollowUpContext): Promise<string | undefined> {
  if (!ctx.held?.hasAccount && !ctx.progress.steps.account) return undefined;
  return (await ctx.client.getAccountContacts(ctx.contactId))[0]?.account;
}

async function addTask(ctx: FollowUpContext, request: Extract<FollowUpRequest, { kind: 'task' }>) {
  const { client, contactId, progress: p } = ctx;
  const dealId = p.steps.deal || undefined;
  const [reltype, relid] = dealId ? (['Deal', dealId] as const) : (['Subscriber', contactId] as const);
  const due = Date.parse(request.due);
  const own = async () =>
    (await client.findTasks(reltype, relid)).filter(
      (t) => t.title === request.title && Date.parse(t.duedate) === due,
    );
  const replay = p.sent?.task;
  // A deal opened by this save, or a contact it created, has no tasks yet.
  const fresh = dealId !== undefined ? p.sent?.deal !== undefined : !ctx.held;
  let before = 0;
  if (replay !== undefined) {
    if ((await own()).length > replay) return;
    before = replay;
  } else if (!fresh) {
    before = (await own()).length;
  }
  await markSent(ctx, 'task', before);
  await client.createTask({
    title: request.title,
    ownerType: dealId ? 'deal' : 'contact',
    relid,
    dealTasktype: request.type,
    duedate: request.due,
    ...(request.note ? { note: request.note } : {}),
  });
}

async function enrol(ctx: FollowUpContext, request: Extract<FollowUpRequest, { kind: 'enrol' }>) {
  const { client, contactId, progress: p } = ctx;
  const replay = p.sent?.automation;
  let before = 0;
  if (replay !== undefined || ctx.held) {
    const mine = (await client.getContactEnrolments(contactId)).filter(
      (e) => e.automation === request.automation,
    );
    if (replay !== undefined && mine.length > replay) return;
    if (replay === undefined && mine.length > 0 && !request.again) {
      // In it now or before, and the user did not ask to add them again: never added twice.
      withhold(p, 'in-automation');
      return;
    }
    before = replay ?? mine.length;
  }
  await markSent(ctx, 'automation', before);
  try {
    await client.enrol(contactId, request.automation);
  } catch (err) {
    // Enrolled meanwhile (an automation started by the list this save subscribed to): that is the goal.
    if (!isDuplicate(err)) throw err;
    withhold(p, 'in-automation');
  }
}

/** Runs one follow-up and records it done; AC's refusal is thrown for the caller to report. */
async function runFollowUp(ctx: FollowUpContext, request: FollowUpRequest): Promise<void> {
  switch (request.kind) {
    case 'deal':
      await openDeal(ctx, request);
      break;
    case 'task':
      await addTask(ctx, request);
      ctx.progress.steps.task = true;
      break;
    case 'enrol':
      await enrol(ctx, request);
      ctx.progress.steps.automation = true;
      break;
  }
  await ctx.saveProgress();
}

const FOLLOW_UP_NAMES = { deal: 'step_deal', task: 'step_task', enrol: 'step_automation' } as const;

/**
 * The follow-ups after the contact's own steps, in order. What AC refuses fails this save in AC's
 * words once the others ran; everything done stays recorded and is not sent again.
 */
export async function runFollowUps(
  ctx: FollowUpContext,
  requests: readonly FollowUpRequest[],
  withheld: readonly Withheld[],
): Promise<void> {
  const p = ctx.progress;
  const refused: { kind: FollowUpRequest['kind']; message: string }[] = [];
  for (const request of requests) {
    // The task belongs on the deal: while AC refuses the deal, the task waits with it.
    if (request.kind === 'task' && refused.some((r) => r.kind === 'deal')) continue;
    try {
      await runFollowUp(ctx, request);
    } catch (err) {
      if (!(err instanceof AcError && err.kind === 'validation')) throw err;
      refused.push({ kind: request.kind, message: `${t(FOLLOW_UP_NAMES[request.kind])}: ${err.message}` });
    }
  }
  if (withheld.length > 0) {
    for (const reason of withheld) withhold(p, reason);
    if (withheld.includes('automation-consent')) p.steps.automation = true;
    await ctx.saveProgress();
  }
  if (refused.length > 0) {
    throw new AcError('validation', refused.map((r) => r.message).join(' '), { code: 'follow-up-refused' });
  }
}
