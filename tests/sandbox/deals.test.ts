// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, type Loose } from './calls';
import { type Sandbox, type SandboxSeed, startSandbox } from './server';

/**
 * The sales resources as strict as AC's reference (docs/activecampaign.md#deals-tasks-and-automations):
 * what a deal, a task and an enrolment need, and what AC refuses.
 */

const seed: SandboxSeed = {
  contacts: [{ email: 'ann@example.com' }],
  accounts: ['Acme Inc'],
  crm: {
    users: [{ firstName: 'Sam', lastName: 'Seller', email: 'sam@example.com' }],
    pipelines: [
      { title: 'Sales', stages: ['New', 'Won'] },
      { title: 'Partners', currency: 'eur', stages: ['Intro'] },
    ],
    taskTypes: ['Call'],
    automations: [{ name: 'Welcome' }, { name: 'Paused', active: false }],
  },
};

let sb: Sandbox;
beforeAll(async () => {
  sb = await startSandbox({ seed, ratePerSecond: false });
});
afterAll(() => sb.close());

const deal = (fields: Record<string, unknown>) =>
  call(sb, 'POST', '/api/3/deals', {
    deal: {
      title: 'Ann',
      value: 100000,
      currency: 'usd',
      group: 1,
      stage: 1,
      owner: 2,
      contact: 1,
      ...fields,
    },
  });
const pointerOf = (body: Loose) => body.errors?.[0]?.source?.pointer;

describe('catalogs', () => {
  it('lists users, pipelines with their stages side-loaded, stages by pipeline, task types and automations', async () => {
    const users = await call(sb, 'GET', '/api/3/users');
    expect(users.json.users.map((u: Loose) => [u.id, u.email])).toEqual([
      ['1', 'admin@sandbox.example'],
      ['2', 'sam@example.com'],
    ]);
    const groups = await call(sb, 'GET', '/api/3/dealGroups');
    expect(groups.json.dealGroups.map((g: Loose) => [g.id, g.title, g.currency, g.stages])).toEqual([
      ['1', 'Sales', 'usd', ['1', '2']],
      ['2', 'Partners', 'eur', ['3']],
    ]);
    expect(groups.json.dealStages).toHaveLength(3);
    const stages = await call(sb, 'GET', '/api/3/dealStages?filters%5Bd_groupid%5D=2');
    expect(stages.json.dealStages.map((s: Loose) => [s.id, s.title, s.group])).toEqual([['3', 'Intro', '2']]);
    const types = await call(sb, 'GET', '/api/3/dealTasktypes');
    expect(types.json.dealTasktypes.map((t: Loose) => t.title)).toEqual(['Call']);
    const automations = await call(sb, 'GET', '/api/3/automations');
    expect(automations.json.automations.map((a: Loose) => [a.name, a.status])).toEqual([
      ['Welcome', '1'],
      ['Paused', '2'],
    ]);
  });
});

describe('deals', () => {
  it('creates a deal linked to its contact and account, read back by id and from the contact', async () => {
    const created = await deal({ account: 1 });
    expect(created.status).toBe(201);
    const id = created.json.deal.id;
    const back = await call(sb, 'GET', `/api/3/deals/${id}`);
    expect(back.json.deal).toMatchObject({
      title: 'Ann',
      value: '100000',
      currency: 'usd',
      contact: '1',
      account: '1',
      owner: '2',
      group: '1',
      stage: '1',
      status: 0,
    });
    const ofContact = await call(sb, 'GET', '/api/3/contacts/1/deals');
    expect(ofContact.json.deals.map((d: Loose) => d.id)).toContain(id);
  });

  it('refuses a missing title, value, currency or owner, and a deal with neither pipeline nor stage', async () => {
    for (const missing of ['title', 'value', 'currency', 'owner']) {
      const answer = await deal({ [missing]: undefined });
      expect([missing, answer.status, pointerOf(answer.json)]).toEqual([
        missing,
        422,
        `/data/attributes/${missing}`,
      ]);
    }
    expect((await deal({ group: undefined, stage: undefined })).status).toBe(422);
  });

  it('refuses a stage outside its pipeline, an unknown owner, a currency not in lower-case ISO and cents with a fraction', async () => {
    expect(pointerOf((await deal({ group: 2, stage: 1 })).json)).toBe('/data/attributes/stage');
    expect(pointerOf((await deal({ owner: 9 })).json)).toBe('/data/attributes/owner');
    expect(pointerOf((await deal({ currency: 'USD' })).json)).toBe('/data/attributes/currency');
    expect(pointerOf((await deal({ currency: 'xyz' })).json)).toBe('/data/attributes/currency');
    expect(pointerOf((await deal({ value: 12.5 })).json)).toBe('/data/attributes/value');
    expect(pointerOf((await deal({ value: -1 })).json)).toBe('/data/attributes/value');
  });

  it('puts a deal given only a pipeline into its first stage', async () => {
    const created = await deal({ group: 2, stage: undefined, currency: 'eur' });
    expect([created.status, created.json.deal.stage]).toEqual([201, '3']);
  });
});

describe('tasks', () => {
  const task = (fields: Record<string, unknown>) =>
    call(sb, 'POST', '/api/3/dealTasks', {
      dealTask: {
        title: 'Call Ann',
        ownerType: 'contact',
        relid: 1,
        duedate: '2026-12-09T09:00:00+01:00',
        dealTasktype: 1,
        ...fields,
      },
    });

  it('creates a task on a contact or on a deal, found again by its owner', async () => {
    const onContact = await task({});
    expect([onContact.status, onContact.json.dealTask.reltype]).toEqual([201, 'Subscriber']);
    const dealId = (await deal({})).json.deal.id;
    const onDeal = await task({ ownerType: 'deal', relid: dealId });
    expect(onDeal.json.dealTask).toMatchObject({ reltype: 'Deal', relid: dealId, dealTasktype: '1' });
    const found = await call(
      sb,
      'GET',
      `/api/3/dealTasks?filters%5Breltype%5D=Deal&filters%5Brelid%5D=${dealId}`,
    );
    expect(found.json.dealTasks.map((t: Loose) => t.id)).toEqual([onDeal.json.dealTask.id]);
  });

  it('refuses a task without a due date or type, of an unknown type, or on a deal that does not exist', async () => {
    expect(pointerOf((await task({ duedate: undefined })).json)).toBe('/data/attributes/duedate');
    expect(pointerOf((await task({ dealTasktype: undefined })).json)).toBe('/data/attributes/dealTasktype');
    expect(pointerOf((await task({ dealTasktype: 7 })).json)).toBe('/data/attributes/dealTasktype');
    expect(pointerOf((await task({ ownerType: 'deal', relid: 999 })).json)).toBe('/data/attributes/relid');
    expect((await task({ duedate: '9 December' })).status).toBe(422);
  });
});

describe('automations', () => {
  const enrol = (automation: number) =>
    call(sb, 'POST', '/api/3/contactAutomations', { contactAutomation: { contact: 1, automation } });

  it('enrols a contact once: a second enrolment in the same automation is refused as a duplicate', async () => {
    expect((await enrol(1)).status).toBe(201);
    const again = await enrol(1);
    expect([again.status, again.json.errors[0].code]).toEqual([422, 'duplicate']);
    const held = await call(sb, 'GET', '/api/3/contacts/1/contactAutomations');
    expect(held.json.contactAutomations.map((e: Loose) => [e.automation, e.status])).toEqual([['1', '1']]);
  });

  it('refuses an inactive or unknown automation', async () => {
    expect(pointerOf((await enrol(2)).json)).toBe('/data/attributes/automation');
    expect(pointerOf((await enrol(9)).json)).toBe('/data/attributes/automation');
  });
});
