/** v3 JSON of the sales resources: string ids and numbers, `links`, keys a client does not need. */
import type {
  AutomationRow,
  DealRow,
  EnrolmentRow,
  PipelineRow,
  StageRow,
  TaskRow,
  UserRow,
} from '../crm-state';
import type { Ctx } from '../http';

type Json = Record<string, unknown>;

const links = (ctx: Ctx, base: string, names: string[]): Record<string, string> =>
  Object.fromEntries(names.map((name) => [name, `${ctx.apiRoot}/${base}/${name}`]));

export const userJson = (ctx: Ctx, u: UserRow): Json => ({
  username: u.username,
  firstName: u.firstName,
  lastName: u.lastName,
  email: u.email,
  phone: '',
  signature: null,
  links: links(ctx, `users/${u.id}`, ['lists', 'userGroup', 'dealGroupTotals', 'dealGroupUsers', 'configs']),
  id: String(u.id),
});

export const pipelineJson = (ctx: Ctx, p: PipelineRow): Json => ({
  title: p.title,
  currency: p.currency,
  autoassign: '0',
  allusers: '1',
  allgroups: '1',
  cdate: p.cdate,
  udate: p.cdate,
  stages: ctx.account.data.crm.stages.filter((s) => s.group === p.id).map((s) => String(s.id)),
  links: links(ctx, `dealGroups/${p.id}`, ['stages', 'dealGroupGroups', 'dealGroupUsers']),
  id: String(p.id),
});

export const stageJson = (ctx: Ctx, s: StageRow): Json => ({
  title: s.title,
  group: String(s.group),
  order: String(s.order),
  color: '32B0FC',
  dealOrder: 'next-action DESC',
  cardRegion1: 'title',
  width: '280',
  cdate: s.cdate,
  udate: s.cdate,
  links: links(ctx, `dealStages/${s.id}`, ['group']),
  id: String(s.id),
});

export const dealJson = (ctx: Ctx, d: DealRow): Json => ({
  owner: String(d.owner),
  contact: d.contact === null ? null : String(d.contact),
  organization: null,
  account: d.account === null ? null : String(d.account),
  group: String(d.group),
  stage: String(d.stage),
  title: d.title,
  description: d.description,
  percent: '0',
  cdate: d.cdate,
  mdate: d.cdate,
  nextdate: null,
  nexttaskid: null,
  value: String(d.value),
  currency: d.currency,
  winProbability: null,
  status: d.status,
  activitycount: '0',
  hash: `h${d.id}`,
  isDisabled: false,
  links: links(ctx, `deals/${d.id}`, [
    'dealActivities',
    'contact',
    'contactDeals',
    'group',
    'nextTask',
    'notes',
    'account',
    'customerAccount',
    'organization',
    'owner',
    'scoreValues',
    'stage',
    'tasks',
    'dealCustomFieldData',
  ]),
  id: String(d.id),
});

export const taskJson = (ctx: Ctx, t: TaskRow): Json => ({
  duedate: t.duedate,
  edate: t.edate,
  status: t.status,
  title: t.title || null,
  note: t.note,
  relid: String(t.relid),
  reltype: t.reltype,
  dealTasktype: String(t.dealTasktype),
  cdate: t.cdate,
  udate: t.cdate,
  automation: null,
  doneAutomation: null,
  user: '1',
  assignee: String(t.assignee),
  owner: { type: t.reltype === 'Deal' ? 'deal' : 'contact', id: String(t.relid) },
  outcomeId: null,
  outcomeInfo: null,
  links: links(ctx, `dealTasks/${t.id}`, [
    'activities',
    'automation',
    'dealTasktype',
    'doneAutomation',
    'notes',
    'owner',
    'taskNotifications',
    'user',
    'assignee',
  ]),
  id: String(t.id),
});

export const automationJson = (ctx: Ctx, a: AutomationRow): Json => ({
  name: a.name,
  cdate: a.cdate,
  mdate: a.cdate,
  userid: '1',
  status: String(a.status),
  entered: String(ctx.account.data.crm.enrolments.filter((e) => e.automation === a.id).length),
  exited: '0',
  hidden: '0',
  defaultscreenshot: '',
  links: links(ctx, `automations/${a.id}`, [
    'campaigns',
    'contactGoals',
    'contactAutomations',
    'blocks',
    'goals',
    'sms',
    'sitemessages',
  ]),
  id: String(a.id),
});

export const enrolmentJson = (ctx: Ctx, e: EnrolmentRow): Json => ({
  contact: String(e.contact),
  seriesid: String(e.automation),
  startid: '0',
  status: String(e.status),
  adddate: e.adddate,
  remdate: null,
  timespan: null,
  lastblock: '0',
  lastdate: e.adddate,
  completedElements: '0',
  totalElements: '1',
  completed: 0,
  completeValue: 0,
  links: links(ctx, `contactAutomations/${e.id}`, ['automation', 'contact', 'contactGoals']),
  id: String(e.id),
  automation: String(e.automation),
});
