/**
 * v3 sales resources: users, pipelines (`dealGroups`), stages, deals, task types, tasks, automations
 * and contact enrolments. As strict as AC's reference (docs/activecampaign.md#deals-tasks-and-automations):
 * required fields, a stage inside its pipeline, an owner that exists, a lower-case ISO currency, a value
 * in whole cents, an active automation, one enrolment per contact and automation.
 */
import { z } from 'zod';
import type { CrmData, DealRow, TaskRow } from '../crm-state';
import { nextCrmId } from '../crm-state';
import { type Ctx, invalid, notFound, type Reply, type Route } from '../http';
import { findContact } from '../ops';
import { acDate } from '../state';
import { idSchema, paginate, parseWrite } from './common';
import {
  automationJson,
  dealJson,
  enrolmentJson,
  pipelineJson,
  stageJson,
  taskJson,
  userJson,
} from './present-deals';

/** ISO 4217 codes the sandbox knows; AC wants them lower-case ("usd"). */
const CURRENCIES = new Set(
  'usd eur gbp chf cad aud nzd jpy cny inr brl mxn sek nok dkk pln czk huf zar sgd hkd krw ils try aed'.split(
    ' ',
  ),
);

const related = (name: string): Reply =>
  invalid(name, `The related ${name} does not exist.`, 'related_missing');
const crmOf = (ctx: Ctx): CrmData => ctx.account.data.crm;
const byId = <T extends { id: number }>(rows: T[], id: number) => rows.find((r) => r.id === id);
const param = (ctx: Ctx, name: string) => ctx.url.searchParams.get(name);

function list<T>(ctx: Ctx, key: string, rows: T[], json: (ctx: Ctx, row: T) => unknown, extra = {}): Reply {
  const { page, meta } = paginate(ctx, rows, 20);
  return { status: 200, body: { [key]: page.map((r) => json(ctx, r)), ...extra, meta } };
}

function one<T extends { id: number }>(
  ctx: Ctx,
  key: string,
  model: string,
  rows: T[],
  id: number,
  json: (ctx: Ctx, row: T) => unknown,
): Reply {
  const row = byId(rows, id);
  return row ? { status: 200, body: { [key]: json(ctx, row) } } : notFound(model, id);
}

function pipelines(ctx: Ctx): Reply {
  const crm = crmOf(ctx);
  const title = param(ctx, 'filters[title]');
  const rows = crm.pipelines.filter(
    (p) => title === null || p.title.toLowerCase().includes(title.toLowerCase()),
  );
  // AC side-loads each pipeline's stages next to the pipelines.
  const stages = crm.stages.filter((s) => rows.some((p) => p.id === s.group));
  return list(ctx, 'dealGroups', rows, pipelineJson, { dealStages: stages.map((s) => stageJson(ctx, s)) });
}

function stages(ctx: Ctx): Reply {
  const group = param(ctx, 'filters[d_groupid]');
  const rows = crmOf(ctx).stages.filter((s) => group === null || String(s.group) === group);
  return list(ctx, 'dealStages', rows, stageJson);
}

const money = z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/)]).transform(Number);

/** POST /deals: title, value, currency and owner are required, and a pipeline or a stage. */
const dealSchema = z.strictObject({
  title: z.string(),
  description: z.string().optional(),
  value: money,
  currency: z.string(),
  group: idSchema.optional(),
  stage: idSchema.optional(),
  owner: idSchema,
  contact: idSchema.optional(),
  account: idSchema.optional(),
  percent: z.union([z.number(), z.string()]).optional(),
  status: z.union([z.literal(0), z.literal(1), z.literal(2)]).optional(),
});

function addDeal(ctx: Ctx): Reply {
  const parsed = parseWrite(ctx, 'deal', dealSchema);
  if (!parsed.ok) return parsed.reply;
  const d = parsed.value;
  const crm = crmOf(ctx);
  const data = ctx.account.data;
  if (d.title.trim() === '') return invalid('title', 'The title was not provided.', 'field_missing');
  if (!Number.isInteger(d.value) || d.value < 0) {
    return invalid('value', 'Value must be a whole number of cents, zero or more.');
  }
  if (!CURRENCIES.has(d.currency))
    return invalid('currency', `Currency "${d.currency}" is not a valid lower-case ISO 4217 code.`);
  if (d.group === undefined && d.stage === undefined) {
    return invalid('group', 'A pipeline (group) or a stage is required.', 'field_missing');
  }
  const group = d.group === undefined ? undefined : byId(crm.pipelines, d.group);
  if (d.group !== undefined && !group) return related('group');
  const stage = d.stage === undefined ? undefined : byId(crm.stages, d.stage);
  if (d.stage !== undefined && !stage) return related('stage');
  if (group && stage && stage.group !== group.id) {
    return invalid('stage', 'The stage does not belong to the pipeline (group).');
  }
  // Without a stage the deal goes to the pipeline's first stage; without a pipeline, to the stage's.
  const groupId = group?.id ?? (stage as { group: number }).group;
  const stageId =
    stage?.id ?? crm.stages.filter((s) => s.group === groupId).sort((a, b) => a.order - b.order)[0]?.id;
  if (stageId === undefined) return invalid('group', 'The pipeline has no stages.');
  if (!byId(crm.users, d.owner)) return related('owner');
  if (d.contact !== undefined && !findContact(data, d.contact)) return related('contact');
  if (d.account !== undefined && !data.accounts.some((a) => a.id === d.account)) return related('account');
  const row: DealRow = {
    id: nextCrmId(crm, 'deals'),
    title: d.title.trim(),
    description: d.description ?? '',
    value: d.value,
    currency: d.currency,
    group: groupId,
    stage: stageId,
    owner: d.owner,
    contact: d.contact ?? null,
    account: d.account ?? null,
    status: d.status ?? 0,
    cdate: acDate(),
  };
  crm.deals.push(row);
  return { status: 201, body: { deal: dealJson(ctx, row) } };
}

/** GET /deals: `filters[contact]`, `filters[status]`, `filters[title]` (contains); others are ignored. */
function deals(ctx: Ctx): Reply {
  const contact = param(ctx, 'filters[contact]');
  const status = param(ctx, 'filters[status]');
  const title = param(ctx, 'filters[title]');
  const rows = crmOf(ctx).deals.filter(
    (d) =>
      (contact === null || String(d.contact) === contact) &&
      (status === null || String(d.status) === status) &&
      (title === null || d.title.toLowerCase().includes(title.toLowerCase())),
  );
  return list(ctx, 'deals', rows, dealJson);
}

function contactDeals(ctx: Ctx, contactId: number): Reply {
  if (!findContact(ctx.account.data, contactId)) return notFound('Subscriber', contactId);
  const rows = crmOf(ctx).deals.filter((d) => d.contact === contactId);
  return { status: 200, body: { deals: rows.map((d) => dealJson(ctx, d)) } };
}

/** POST /dealTasks: the owner (`ownerType` + `relid`), the task type and the due date are required. */
const taskSchema = z.strictObject({
  title: z.string().nullable().optional(),
  ownerType: z.enum(['contact', 'deal']),
  relid: idSchema,
  status: z.union([z.literal(0), z.literal(1)]).optional(),
  note: z.string().optional(),
  duedate: z.iso.datetime({ offset: true }),
  edate: z.iso.datetime({ offset: true }).optional(),
  dealTasktype: idSchema,
  assignee: idSchema.optional(),
});

function addTask(ctx: Ctx): Reply {
  const parsed = parseWrite(ctx, 'dealTask', taskSchema);
  if (!parsed.ok) return parsed.reply;
  const t = parsed.value;
  const crm = crmOf(ctx);
  const reltype = t.ownerType === 'deal' ? 'Deal' : 'Subscriber';
  const owner = reltype === 'Deal' ? byId(crm.deals, t.relid) : findContact(ctx.account.data, t.relid);
  if (!owner) return related('relid');
  if (!byId(crm.taskTypes, t.dealTasktype)) return related('dealTasktype');
  if (t.assignee !== undefined && !byId(crm.users, t.assignee)) return related('assignee');
  const row: TaskRow = {
    id: nextCrmId(crm, 'tasks'),
    title: t.title ?? '',
    note: t.note ?? '',
    duedate: t.duedate,
    edate: t.edate ?? t.duedate,
    reltype,
    relid: t.relid,
    dealTasktype: t.dealTasktype,
    assignee: t.assignee ?? 1,
    status: t.status ?? 0,
    cdate: acDate(),
  };
  crm.tasks.push(row);
  return { status: 201, body: { dealTask: taskJson(ctx, row) } };
}

/** GET /dealTasks: `filters[reltype]` (Deal, Subscriber), `filters[relid]`, `filters[title]` (contains). */
function tasks(ctx: Ctx): Reply {
  const reltype = param(ctx, 'filters[reltype]');
  const relid = param(ctx, 'filters[relid]');
  const title = param(ctx, 'filters[title]');
  const rows = crmOf(ctx).tasks.filter(
    (t) =>
      (reltype === null || t.reltype.toLowerCase() === reltype.toLowerCase()) &&
      (relid === null || String(t.relid) === relid) &&
      (title === null || t.title.toLowerCase().includes(title.toLowerCase())),
  );
  return list(ctx, 'dealTasks', rows, taskJson);
}

const enrolmentSchema = z.strictObject({ contact: idSchema, automation: idSchema });

function enrol(ctx: Ctx): Reply {
  const parsed = parseWrite(ctx, 'contactAutomation', enrolmentSchema);
  if (!parsed.ok) return parsed.reply;
  const { contact, automation } = parsed.value;
  const crm = crmOf(ctx);
  if (!findContact(ctx.account.data, contact)) return related('contact');
  const row = byId(crm.automations, automation);
  if (!row) return related('automation');
  if (row.status !== 1) return invalid('automation', 'The automation is not active.');
  if (crm.enrolments.some((e) => e.contact === contact && e.automation === automation && e.status === 1)) {
    return invalid('contact', 'The contact is already in this automation.', 'duplicate');
  }
  const enrolment = {
    id: nextCrmId(crm, 'enrolments'),
    contact,
    automation,
    status: 1 as const,
    adddate: acDate(),
  };
  crm.enrolments.push(enrolment);
  return { status: 201, body: { contacts: [], contactAutomation: enrolmentJson(ctx, enrolment) } };
}

function contactEnrolments(ctx: Ctx, contactId: number): Reply {
  if (!findContact(ctx.account.data, contactId)) return notFound('Subscriber', contactId);
  const rows = crmOf(ctx).enrolments.filter((e) => e.contact === contactId);
  return { status: 200, body: { contactAutomations: rows.map((e) => enrolmentJson(ctx, e)) } };
}

const idRoute = (path: RegExp, handle: (ctx: Ctx, id: number) => Reply): Route => ({
  method: 'GET',
  path,
  handle: (ctx, [id]) => handle(ctx, Number(id)),
});

export const dealRoutes: Route[] = [
  { method: 'GET', path: /^\/users$/, handle: (ctx) => list(ctx, 'users', crmOf(ctx).users, userJson) },
  idRoute(/^\/users\/(\d+)$/, (ctx, id) => one(ctx, 'user', 'User', crmOf(ctx).users, id, userJson)),
  { method: 'GET', path: /^\/dealGroups$/, handle: pipelines },
  idRoute(/^\/dealGroups\/(\d+)$/, (ctx, id) =>
    one(ctx, 'dealGroup', 'Pipeline', crmOf(ctx).pipelines, id, pipelineJson),
  ),
  { method: 'GET', path: /^\/dealStages$/, handle: stages },
  { method: 'GET', path: /^\/deals$/, handle: deals },
  { method: 'POST', path: /^\/deals$/, handle: addDeal },
  idRoute(/^\/deals\/(\d+)$/, (ctx, id) => one(ctx, 'deal', 'Deal', crmOf(ctx).deals, id, dealJson)),
  idRoute(/^\/contacts\/(\d+)\/deals$/, contactDeals),
  {
    method: 'GET',
    path: /^\/dealTasktypes$/,
    handle: (ctx) =>
      list(ctx, 'dealTasktypes', crmOf(ctx).taskTypes, (_ctx, t) => ({
        id: String(t.id),
        title: t.title,
        status: '1',
      })),
  },
  { method: 'GET', path: /^\/dealTasks$/, handle: tasks },
  { method: 'POST', path: /^\/dealTasks$/, handle: addTask },
  idRoute(/^\/dealTasks\/(\d+)$/, (ctx, id) =>
    one(ctx, 'dealTask', 'DealTask', crmOf(ctx).tasks, id, taskJson),
  ),
  {
    method: 'GET',
    path: /^\/automations$/,
    handle: (ctx) => list(ctx, 'automations', crmOf(ctx).automations, automationJson),
  },
  { method: 'POST', path: /^\/contactAutomations$/, handle: enrol },
  idRoute(/^\/contacts\/(\d+)\/contactAutomations$/, contactEnrolments),
];
