// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { type AcClient, createAcClient } from '@/lib/activecampaign/client/v3';
import { runCaptureSync } from '@/lib/activecampaign/sync/run';
import { runCaptureSyncV1 } from '@/lib/activecampaign/sync/run-v1';
import { emptyProgress, type SyncProgress } from '@/lib/outbox/progress';
import type { SaveRequestInput } from '@/lib/save/request';
import type { Sandbox } from '@/tests/sandbox/server';
import type { TestAc } from '@/tests/support/ac-api';
import { uniqueName } from '@/tests/support/ac-api';
import { testDeps } from '@/tests/support/activecampaign-fakes';
import type { SandboxClient } from '@/tests/support/sandbox-client';
import { sandboxSuite, testCapture, testEmail } from './sandbox-suite';

/**
 * A save that opens a deal, adds a follow-up task and starts an automation, against the sandbox:
 * each read back through the API, exactly once whatever dies in between.
 */

const suite = sandboxSuite({
  lists: [{ name: 'Prospects' }],
  crm: {
    users: [{ firstName: 'Sam', lastName: 'Seller', email: 'sam@acme.example' }],
    pipelines: [
      { title: 'Sales', stages: ['New', 'Qualified'] },
      { title: 'Partners', currency: 'eur', stages: ['Intro'] },
    ],
    taskTypes: ['Call'],
    automations: [{ name: 'Welcome' }],
  },
});
let sb: Sandbox;
let ac: TestAc;
let control: SandboxClient;
beforeAll(() => {
  ({ sb, ac, control } = suite);
});

const client = (timeoutMs?: number): AcClient =>
  createAcClient({ apiUrl: sb.url, apiKey: sb.apiKey, timeoutMs });
const DUE = '2026-12-09T09:00:00+01:00';
const withFollowUps = (input: Partial<SaveRequestInput> = {}) =>
  testCapture({
    contact: { firstName: 'Ada', lastName: 'Lovelace', company: uniqueName('Analytical') },
    deal: { pipeline: '1', stage: '2', value: 1_250_000, currency: 'usd', owner: '2' },
    task: { type: '1', title: 'Call Ada', due: DUE, note: 'About the engine' },
    automation: { id: '1' },
    ...input,
  });
const settings = { companyToAccount: true };

type Loose = Record<string, unknown>;
const dealsOf = async (contactId: string) =>
  (await ac.request<{ deals: Loose[] }>('GET', `contacts/${contactId}/deals`)).deals;
const tasksOn = async (reltype: string, relid: string) =>
  (
    await ac.request<{ dealTasks: Loose[] }>(
      'GET',
      `dealTasks?filters%5Breltype%5D=${reltype}&filters%5Brelid%5D=${relid}`,
    )
  ).dealTasks;
const enrolmentsOf = async (contactId: string) =>
  (await ac.request<{ contactAutomations: Loose[] }>('GET', `contacts/${contactId}/contactAutomations`))
    .contactAutomations;
const accountOf = async (contactId: string) =>
  (
    await ac.request<{ accountContacts: { account: string }[] }>(
      'GET',
      `contacts/${contactId}/accountContacts`,
    )
  ).accountContacts[0]?.account;

/** One deal, one task on it, one enrolment: what every replay below must end with. */
async function expectExactlyOnce(contactId: string) {
  const deals = await dealsOf(contactId);
  expect(deals).toHaveLength(1);
  expect(await tasksOn('Deal', String(deals[0]?.id))).toHaveLength(1);
  expect(await tasksOn('Subscriber', contactId)).toHaveLength(0);
  expect(await enrolmentsOf(contactId)).toHaveLength(1);
}

describe('a deal, a task and an automation in the same save', () => {
  it('opens the deal in the chosen pipeline and stage, linked to contact and account, with the task on it and the contact enrolled', async () => {
    const capture = withFollowUps();
    const { contactId } = await runCaptureSync(capture, emptyProgress(), testDeps(client(), settings));
    const [deal] = await dealsOf(contactId);
    expect(deal).toMatchObject({
      title: `${capture.contact.company} — Ada Lovelace`,
      group: '1',
      stage: '2',
      value: '1250000',
      currency: 'usd',
      owner: '2',
      contact: contactId,
      account: await accountOf(contactId),
      status: 0,
    });
    const [task] = await tasksOn('Deal', String(deal?.id));
    expect(task).toMatchObject({ title: 'Call Ada', dealTasktype: '1', note: 'About the engine' });
    expect(Date.parse(String(task?.duedate))).toBe(Date.parse(DUE));
    expect((await enrolmentsOf(contactId)).map((e) => e.automation)).toEqual(['1']);
  });

  it('costs one request per step for a new contact: no reads before the deal, task and enrolment', async () => {
    await runCaptureSync(
      withFollowUps({ contact: { email: testEmail() } }),
      emptyProgress(),
      testDeps(client()),
    );
    const sent = (await control.requests()).map((r) => `${r.method} ${r.path}`);
    expect(sent).toEqual([
      'GET /api/3/contacts',
      'POST /api/3/contacts',
      'POST /api/3/deals',
      'POST /api/3/dealTasks',
      'POST /api/3/contactAutomations',
    ]);
  });

  it('in v1 mode opens the same deal, task and enrolment (through v3: v1 has no such calls)', async () => {
    const deps = testDeps(client(), { apiMode: 'v1', companyToAccount: true });
    const { contactId } = await runCaptureSyncV1(withFollowUps(), emptyProgress(), deps);
    await expectExactlyOnce(contactId);
    expect((await dealsOf(contactId))[0]).toMatchObject({
      contact: contactId,
      account: await accountOf(contactId),
    });
  });

  it('puts the task on the contact when no deal is asked for', async () => {
    const { contactId } = await runCaptureSync(
      withFollowUps({ deal: undefined }),
      emptyProgress(),
      testDeps(client()),
    );
    expect(await dealsOf(contactId)).toEqual([]);
    expect(await tasksOn('Subscriber', contactId)).toHaveLength(1);
  });
});

describe('exactly once', () => {
  /** Runs a save, stopping it as a killed worker would right after `step` was sent; returns what was saved by then. */
  async function killedAfter(path: string, capture = withFollowUps()): Promise<SyncProgress> {
    // The answer to `path` is lost (the request is processed after the client gave up), as when the worker dies.
    await control.fault({ match: { method: 'POST', path }, count: 1, action: { delayMs: 600 } });
    const deps = testDeps(client(250), settings);
    await expect(runCaptureSync(capture, emptyProgress(), deps)).rejects.toMatchObject({ kind: 'timeout' });
    await new Promise((r) => setTimeout(r, 700));
    const last = deps.saved.at(-1);
    if (!last) throw new Error('nothing was saved');
    return last;
  }

  it('a replay after the deal was sent but not recorded finds that deal and opens no second one', async () => {
    const capture = withFollowUps();
    const progress = await killedAfter('/api/3/deals', capture);
    expect(progress.sent?.deal).toBe(0);
    expect(progress.steps.deal).toBeUndefined();
    const { contactId } = await runCaptureSync(capture, progress, testDeps(client(), settings));
    await expectExactlyOnce(contactId);
  });

  it('a replay after the task was sent but not recorded adds no second task', async () => {
    const capture = withFollowUps();
    const progress = await killedAfter('/api/3/dealTasks', capture);
    expect(progress.steps.deal).toMatch(/^\d+$/);
    const { contactId } = await runCaptureSync(capture, progress, testDeps(client(), settings));
    await expectExactlyOnce(contactId);
  });

  it('a replay after the enrolment was sent but not recorded enrols no second time', async () => {
    const capture = withFollowUps();
    const progress = await killedAfter('/api/3/contactAutomations', capture);
    const { contactId } = await runCaptureSync(capture, progress, testDeps(client(), settings));
    await expectExactlyOnce(contactId);
  });

  it('after a 503 on the task and a 429 on the enrolment, the retries finish with one of each', async () => {
    const capture = withFollowUps();
    await control.fault({
      match: { method: 'POST', path: '/api/3/dealTasks' },
      count: 1,
      action: { status: 503 },
    });
    const deps = testDeps(client(), settings);
    await expect(runCaptureSync(capture, emptyProgress(), deps)).rejects.toMatchObject({ kind: 'server' });
    await control.fault({
      match: { method: 'POST', path: '/api/3/contactAutomations' },
      count: 1,
      action: { status: 429, retryAfter: 30 },
    });
    await expect(runCaptureSync(capture, deps.saved.at(-1) ?? emptyProgress(), deps)).rejects.toMatchObject({
      kind: 'rate-limited',
    });
    const { contactId } = await runCaptureSync(capture, deps.saved.at(-1) ?? emptyProgress(), deps);
    await expectExactlyOnce(contactId);
  });
});

describe('what the save leaves alone', () => {
  it('opens no second deal for a contact with an open one unless the user asked, and puts the task on the contact', async () => {
    const first = withFollowUps({ task: undefined, automation: undefined });
    const { contactId } = await runCaptureSync(first, emptyProgress(), testDeps(client()));
    const again = withFollowUps({ contact: first.contact, automation: undefined });
    const deps = testDeps(client());
    await runCaptureSync(again, emptyProgress(), deps);
    expect(await dealsOf(contactId)).toHaveLength(1);
    expect(await tasksOn('Subscriber', contactId)).toHaveLength(1);
    expect(deps.saved.at(-1)?.withheld).toEqual(['open-deal']);

    const another = withFollowUps({
      contact: first.contact,
      deal: { pipeline: '2', stage: '3', currency: 'eur', owner: '1', another: true },
      task: undefined,
      automation: undefined,
    });
    await runCaptureSync(another, emptyProgress(), testDeps(client()));
    expect((await dealsOf(contactId)).map((d) => d.group)).toEqual(['1', '2']);
  });

  it('does not add a contact already in the automation again', async () => {
    const first = withFollowUps({ deal: undefined, task: undefined });
    const { contactId } = await runCaptureSync(first, emptyProgress(), testDeps(client()));
    const deps = testDeps(client());
    await runCaptureSync(
      withFollowUps({ contact: first.contact, deal: undefined, task: undefined }),
      emptyProgress(),
      deps,
    );
    expect(await enrolmentsOf(contactId)).toHaveLength(1);
    expect(deps.saved.at(-1)?.withheld).toEqual(['in-automation']);
  });

  it('never enrols a contact unsubscribed from a list without that list’s consent box, and does with it', async () => {
    const email = testEmail();
    const contactId = await ac.syncContact({ email });
    await ac.setListStatus(contactId, '1', 2);
    const deps = testDeps(client());
    const capture = withFollowUps({ contact: { email }, deal: undefined, task: undefined, lists: ['1'] });
    await runCaptureSync(capture, emptyProgress(), deps);
    expect(await enrolmentsOf(contactId)).toEqual([]);
    expect(deps.saved.at(-1)?.withheld).toEqual(['automation-consent']);
    const consented = withFollowUps({
      contact: { email },
      deal: undefined,
      task: undefined,
      lists: ['1'],
      resubscribeLists: ['1'],
    });
    await runCaptureSync(consented, emptyProgress(), testDeps(client()));
    expect(await enrolmentsOf(contactId)).toHaveLength(1);
  });

  it('a deal AC refuses fails that step in AC’s words; the contact, lists and automation stay saved, the task waits for the deal', async () => {
    const capture = withFollowUps({
      lists: ['1'],
      deal: { pipeline: '2', stage: '1', currency: 'usd', owner: '2' },
    });
    const deps = testDeps(client(), settings);
    const error = await runCaptureSync(capture, emptyProgress(), deps).catch((e: unknown) => e);
    expect(error).toMatchObject({
      kind: 'validation',
      message: expect.stringMatching(/^The deal: .*stage/i),
    });
    const progress = deps.saved.at(-1);
    const contactId = String(progress?.contactId);
    expect(await ac.listStatuses(contactId)).toEqual({ '1': '1' });
    expect(await dealsOf(contactId)).toEqual([]);
    expect(await tasksOn('Subscriber', contactId)).toEqual([]);
    expect(await enrolmentsOf(contactId)).toHaveLength(1);
    expect(progress?.steps).toMatchObject({ contact: true, lists: ['1'], automation: true });
    expect(progress?.steps.task).toBeUndefined();
  });
});
