/**
 * The sales side of the fake account: users, pipelines (AC's `dealGroups`) with their stages, deals,
 * task types, tasks, automations and enrolments. Kept apart from the contact store so the contact
 * tables and their ids stay as they were; persisted with them in the same state file. No imports, so
 * `state.ts` can hold it without an import cycle.
 */

export interface CrmSeed {
  /** Users besides user 1, the key's own user (`users/me`), which always exists. */
  users?: { firstName: string; lastName: string; email: string }[];
  /** Pipelines with their stages in order; `currency` is the pipeline's default (lower-case ISO). */
  pipelines?: { title: string; currency?: string; stages: string[] }[];
  taskTypes?: string[];
  automations?: { name: string; active?: boolean }[];
  /** Deals already in the account, by contact email, pipeline and stage titles. */
  deals?: {
    title: string;
    contact: string;
    pipeline: string;
    stage: string;
    value?: number;
    status?: 0 | 1 | 2;
  }[];
}

export interface UserRow {
  id: number;
  username: string;
  firstName: string;
  lastName: string;
  email: string;
}
export interface PipelineRow {
  id: number;
  title: string;
  currency: string;
  cdate: string;
}
export interface StageRow {
  id: number;
  title: string;
  group: number;
  order: number;
  cdate: string;
}
export interface DealRow {
  id: number;
  title: string;
  description: string;
  /** In cents, as AC stores it. */
  value: number;
  currency: string;
  group: number;
  stage: number;
  owner: number;
  contact: number | null;
  account: number | null;
  /** 0 open, 1 won, 2 lost. */
  status: 0 | 1 | 2;
  cdate: string;
}
export interface TaskTypeRow {
  id: number;
  title: string;
}
export interface TaskRow {
  id: number;
  title: string;
  note: string;
  duedate: string;
  edate: string;
  /** `Deal` or `Subscriber` (a contact), as AC names the owner's type in answers. */
  reltype: 'Deal' | 'Subscriber';
  relid: number;
  dealTasktype: number;
  assignee: number;
  status: 0 | 1;
  cdate: string;
}
export interface AutomationRow {
  id: number;
  name: string;
  /** "1" active, "2" inactive, as AC lists them. */
  status: 1 | 2;
  cdate: string;
}
export interface EnrolmentRow {
  id: number;
  contact: number;
  automation: number;
  /** 1 in the automation, 2 completed. */
  status: 1 | 2;
  adddate: string;
}

export type CrmTable =
  | 'users'
  | 'pipelines'
  | 'stages'
  | 'deals'
  | 'taskTypes'
  | 'tasks'
  | 'automations'
  | 'enrolments';

export interface CrmData {
  seq: Record<CrmTable, number>;
  users: UserRow[];
  pipelines: PipelineRow[];
  stages: StageRow[];
  deals: DealRow[];
  taskTypes: TaskTypeRow[];
  tasks: TaskRow[];
  automations: AutomationRow[];
  enrolments: EnrolmentRow[];
}

export const demoCrmSeed: CrmSeed = {
  users: [{ firstName: 'Sam', lastName: 'Seller', email: 'sam@sandbox.example' }],
  pipelines: [
    { title: 'Sales', currency: 'usd', stages: ['New', 'Qualified', 'Proposal'] },
    { title: 'Partners', currency: 'eur', stages: ['Intro', 'Signed'] },
  ],
  taskTypes: ['Call', 'Email', 'Meeting'],
  automations: [{ name: 'Welcome' }, { name: 'Nurture' }, { name: 'Old campaign', active: false }],
};

export function nextCrmId(crm: CrmData, table: CrmTable): number {
  crm.seq[table] += 1;
  return crm.seq[table];
}

/** An empty sales side: only user 1, the API key's own user. */
export function emptyCrm(): CrmData {
  const crm: CrmData = {
    seq: {
      users: 0,
      pipelines: 0,
      stages: 0,
      deals: 0,
      taskTypes: 0,
      tasks: 0,
      automations: 0,
      enrolments: 0,
    },
    users: [],
    pipelines: [],
    stages: [],
    deals: [],
    taskTypes: [],
    tasks: [],
    automations: [],
    enrolments: [],
  };
  addUser(crm, { firstName: 'Sandbox', lastName: 'Admin', email: 'admin@sandbox.example' }, 'sandbox');
  return crm;
}

function addUser(crm: CrmData, user: NonNullable<CrmSeed['users']>[number], username?: string): void {
  const id = nextCrmId(crm, 'users');
  crm.users.push({ id, username: username ?? user.email.split('@')[0] ?? `user${id}`, ...user });
}

/** Deals need contacts: `contactId` maps a seeded contact's email to its id. */
export function seedCrm(
  seed: CrmSeed,
  contactId: (email: string) => number | undefined,
  now: string,
): CrmData {
  const crm = emptyCrm();
  for (const user of seed.users ?? []) addUser(crm, user);
  for (const p of seed.pipelines ?? []) {
    const group = nextCrmId(crm, 'pipelines');
    crm.pipelines.push({ id: group, title: p.title, currency: p.currency ?? 'usd', cdate: now });
    p.stages.forEach((title, order) => {
      crm.stages.push({ id: nextCrmId(crm, 'stages'), title, group, order: order + 1, cdate: now });
    });
  }
  for (const title of seed.taskTypes ?? []) crm.taskTypes.push({ id: nextCrmId(crm, 'taskTypes'), title });
  for (const a of seed.automations ?? []) {
    const status = a.active === false ? 2 : 1;
    crm.automations.push({ id: nextCrmId(crm, 'automations'), name: a.name, status, cdate: now });
  }
  for (const d of seed.deals ?? []) {
    const pipeline = crm.pipelines.find((p) => p.title === d.pipeline);
    const stage = crm.stages.find((s) => s.group === pipeline?.id && s.title === d.stage);
    const contact = contactId(d.contact);
    if (!pipeline || !stage || contact === undefined)
      throw new Error(`Invalid sandbox seed: deal "${d.title}"`);
    crm.deals.push({
      id: nextCrmId(crm, 'deals'),
      title: d.title,
      description: '',
      value: d.value ?? 0,
      currency: pipeline.currency,
      group: pipeline.id,
      stage: stage.id,
      owner: 1,
      contact,
      account: null,
      status: d.status ?? 0,
      cdate: now,
    });
  }
  return crm;
}
