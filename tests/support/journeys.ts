import type { TestAc } from './ac-api';
import {
  addTag,
  check,
  click,
  type DrivenPage,
  fill,
  isDisabled,
  pageText,
  select,
  waitForSynced,
  waitForText,
  waitForValue,
  waitUntil,
} from './journey-steps';

/**
 * Journeys run in both browsers: the Chromium e2e specs and the Firefox suite open the side panel
 * their own way, then hand its page here. Assertions go through the runner's own `expect`.
 */

interface Matchers {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toMatchObject(expected: Record<string, unknown>): void;
  toHaveLength(length: number): void;
}
export type Expect = (actual: unknown) => Matchers;

export async function listIdNamed(api: TestAc, name: string): Promise<string | undefined> {
  const res = await api.request<{ lists: { id: string; name: string }[] }>('GET', 'lists?limit=100');
  return res.lists.find((l) => l.name === name)?.id;
}

/**
 * The person on person.html, captured in the side panel, given one list and one tag, saved to
 * "Synced", and read back through the ActiveCampaign API.
 */
export async function captureWithListAndTag(
  panel: DrivenPage,
  api: TestAc,
  expect: Expect,
  { listName, tagName, email }: { listName: string; tagName: string; email: string },
): Promise<void> {
  await waitForValue(panel, 'First name', (v) => v === 'Ada');
  await waitForValue(panel, 'Last name', (v) => v === 'Lovelace');
  await waitForValue(panel, 'Email', (v) => v === 'ada@analytical.example');
  await waitForValue(panel, 'Phone', (v) => v === '+442079460958');
  await fill(panel, 'Email', email);

  await check(panel, listName);
  await addTag(panel, tagName);
  await click(panel, 'Save');
  await waitForSynced(panel);

  const contacts = await api.contactsByEmail(email);
  expect(contacts).toHaveLength(1);
  const [contact] = contacts;
  expect(contact).toMatchObject({ firstName: 'Ada', lastName: 'Lovelace', phone: '+442079460958' });
  const listId = await listIdNamed(api, listName);
  expect(await api.listStatuses(contact!.id)).toMatchObject({ [listId!]: '1' });
  expect(await api.tagNames(contact!.id)).toEqual([tagName]);
}

/** A Gmail thread: two participants picked and saved together; the account owner never offered. */
export async function pickTwoFromGmail(panel: DrivenPage, api: TestAc, expect: Expect): Promise<void> {
  await waitForValue(panel, 'First name', (v) => v === 'Dan');
  await check(panel, 'Include Dan Whitfield');
  await check(panel, 'Include Carol Diaz');
  await click(panel, 'Save 2');
  // The harness's own reads of the account in an earlier test (same key, same sandbox) make it look
  // shared, so the extension paces its requests in frames until it sees the account free again
  // (lib/activecampaign/client/rate-share.ts): two saves then take 20 s or more in Firefox on a busy
  // machine. What is checked is that both land, not how fast.
  await waitForText(panel, '2 of 2 done', 60_000);
  expect(await api.contactsByEmail('dan.whitfield@brightline-logistics.example')).toHaveLength(1);
  expect(await api.contactsByEmail('carol.diaz@brightline-logistics.example')).toHaveLength(1);
  expect((await pageText(panel)).includes('(me)')).toBe(false);
}

/**
 * A contact who unsubscribed from a list: the list is locked, a save leaves it unsubscribed, and
 * only "Re-subscribe" (a second, explicit choice) subscribes them again.
 */
export async function unsubscribedListStaysLocked(
  panel: DrivenPage,
  api: TestAc,
  expect: Expect,
  {
    contactId,
    email,
    newsletter,
    other,
  }: { contactId: string; email: string; newsletter: string; other: string },
): Promise<void> {
  const [newsletterId, otherId] = [await listIdNamed(api, newsletter), await listIdNamed(api, other)];
  await waitForValue(panel, 'First name', (v) => v === 'Ada');
  await fill(panel, 'Email', email);
  await waitUntil(
    `"${newsletter}" to be locked`,
    () => isDisabled(panel, newsletter),
    (d) => d,
  );
  await check(panel, other);
  await click(panel, 'Save');
  await waitForSynced(panel);
  expect(await api.listStatuses(contactId)).toMatchObject({ [newsletterId!]: '2', [otherId!]: '1' });

  await check(panel, 'Re-subscribe (they unsubscribed)');
  await click(panel, 'Save');
  await waitUntil(
    'the newsletter to be re-subscribed',
    async () => (await api.listStatuses(contactId))[newsletterId!],
    (status) => status === '1',
    30_000,
  );
}

type Row = Record<string, unknown>;

/** Ids of the seeded sales catalog (tests/sandbox/crm-state.ts `demoCrmSeed`), looked up by name. */
export async function salesIds(api: TestAc, pipelineName: string, stageName: string) {
  const groups = await api.request<{ dealGroups: Row[]; dealStages: Row[] }>('GET', 'dealGroups?limit=100');
  const pipeline = groups.dealGroups.find((g) => g.title === pipelineName);
  const stage = groups.dealStages.find((s) => s.title === stageName && s.group === pipeline?.id);
  const users = (await api.request<{ users: Row[] }>('GET', 'users?limit=100')).users;
  const automations = (await api.request<{ automations: Row[] }>('GET', 'automations?limit=100')).automations;
  const types = (await api.request<{ dealTasktypes: Row[] }>('GET', 'dealTasktypes?limit=100')).dealTasktypes;
  return {
    pipeline: String(pipeline?.id),
    stage: String(stage?.id),
    sam: String(users.find((u) => u.firstName === 'Sam')?.id),
    welcome: String(automations.find((a) => a.name === 'Welcome')?.id),
    call: String(types.find((t) => t.title === 'Call')?.id),
  };
}

/** The contact's deals, the tasks on a deal, the contact's enrolments: read back through the API. */
export const dealsOf = async (api: TestAc, contactId: string) =>
  (await api.request<{ deals: Row[] }>('GET', `contacts/${contactId}/deals`)).deals;
export const tasksOnDeal = async (api: TestAc, dealId: string) =>
  (
    await api.request<{ dealTasks: Row[] }>(
      'GET',
      `dealTasks?filters%5Breltype%5D=Deal&filters%5Brelid%5D=${dealId}`,
    )
  ).dealTasks;
export const enrolmentsOf = async (api: TestAc, contactId: string) =>
  (await api.request<{ contactAutomations: Row[] }>('GET', `contacts/${contactId}/contactAutomations`))
    .contactAutomations;

/**
 * The LinkedIn profile captured with a deal in Partners / Signed worth 1,250.50 EUR owned by Sam Seller,
 * a call due in 3 days, and the Welcome automation; each read back with its links.
 */
export async function captureWithDealTaskAndAutomation(
  panel: DrivenPage,
  api: TestAc,
  expect: Expect,
  { email }: { email: string },
): Promise<void> {
  await waitForValue(panel, 'First name', (v) => v.startsWith('Eduardo'));
  await fill(panel, 'Email', email);
  await check(panel, 'Open a deal');
  await select(panel, 'Pipeline', 'Partners');
  await select(panel, 'Stage', 'Signed');
  await fill(panel, 'Value', '1250.50');
  await select(panel, 'Owner', 'Sam Seller');
  await check(panel, 'Add a follow-up task');
  await fill(panel, 'Task', 'Call about the course');
  await click(panel, 'In 3 days');
  await select(panel, 'Start an automation', 'Welcome');
  await click(panel, 'Save');
  await waitForSynced(panel);

  const ids = await salesIds(api, 'Partners', 'Signed');
  const contacts = await api.contactsByEmail(email);
  expect(contacts).toHaveLength(1);
  const contactId = contacts[0]!.id;
  const accounts = await api.request<{ accountContacts: Row[] }>(
    'GET',
    `contacts/${contactId}/accountContacts`,
  );
  const deals = await dealsOf(api, contactId);
  expect(deals).toHaveLength(1);
  expect(deals[0]).toMatchObject({
    title: 'Novare Potential — Eduardo Alvarez Nowak',
    group: ids.pipeline,
    stage: ids.stage,
    value: '125050',
    currency: 'eur',
    owner: ids.sam,
    contact: contactId,
    account: String(accounts.accountContacts[0]?.account),
  });
  const tasks = await tasksOnDeal(api, String(deals[0]!.id));
  expect(tasks).toHaveLength(1);
  expect(tasks[0]).toMatchObject({ title: 'Call about the course', reltype: 'Deal', dealTasktype: ids.call });
  const today = new Date();
  const inThreeDays = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 3, 9);
  expect(Date.parse(String(tasks[0]!.duedate))).toBe(inThreeDays.getTime());
  expect((await enrolmentsOf(api, contactId)).map((e) => e.automation)).toEqual([ids.welcome]);
}

/** A contact with an open deal: the look-up shows it, and a save that did not ask opens no second one. */
export async function openDealShownAndKept(
  panel: DrivenPage,
  api: TestAc,
  expect: Expect,
  { email, contactId, dealTitle }: { email: string; contactId: string; dealTitle: string },
): Promise<void> {
  await waitForValue(panel, 'First name', (v) => v.startsWith('Eduardo'));
  await fill(panel, 'Email', email);
  await waitForText(panel, dealTitle);
  await waitForText(panel, '1 open deal:');
  await check(panel, 'Open a deal');
  await waitForText(panel, 'no second one is opened unless you tick the box');
  await click(panel, 'Save');
  await waitForSynced(panel);
  await waitForText(panel, 'No deal opened: the contact already has an open one.');
  expect((await dealsOf(api, contactId)).map((d) => d.title)).toEqual([dealTitle]);
}
