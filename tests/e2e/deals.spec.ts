import {
  captureWithDealTaskAndAutomation,
  dealsOf,
  enrolmentsOf,
  openDealShownAndKept,
  salesIds,
  tasksOnDeal,
} from '../support/journeys';
import { configure, configuredPanelOn, expect, test } from './fixtures';
import { contactCount, poke, saveByMessage, uniqueEmail, waitForState } from './helpers';

/**
 * A deal, a follow-up task and an automation in the same save, read back through the API. The
 * journeys live in tests/support/journeys.ts: the Firefox suite runs the same ones.
 */

const LINKEDIN = '01-linkedin-eduardo-alvarez-nowak.html';

test.beforeEach(async ({ ac }) => {
  test.skip(!ac.canInjectFaults, 'needs the sandbox: its seeded pipelines, users and automations');
});

test('a LinkedIn capture opens a deal in the chosen pipeline and stage, adds a task due in 3 days and starts an automation', async ({
  extension,
  ac,
  pages,
}) => {
  const { panel } = await configuredPanelOn(extension, ac, `${pages.url}/${LINKEDIN}`);
  await captureWithDealTaskAndAutomation(panel, ac.api, expect, { email: uniqueEmail('eduardo') });
});

test('a contact with an open deal shows it, and saving without asking opens no second deal', async ({
  extension,
  ac,
  pages,
}) => {
  const email = uniqueEmail('has-deal');
  const contactId = await ac.api.syncContact({ email, firstName: 'Eduardo' });
  const ids = await salesIds(ac.api, 'Sales', 'Qualified');
  const dealTitle = `Renewal ${email}`;
  await ac.api.request('POST', 'deals', {
    deal: {
      title: dealTitle,
      value: 90000,
      currency: 'usd',
      group: ids.pipeline,
      stage: ids.stage,
      owner: ids.sam,
      contact: contactId,
    },
  });
  const { panel } = await configuredPanelOn(extension, ac, `${pages.url}/${LINKEDIN}`);
  await openDealShownAndKept(panel, ac.api, expect, { email, contactId, dealTitle });
});

test('the worker killed after the deal step and again after the task step: one deal, one task, one enrolment', async ({
  extension,
  ac,
}) => {
  await configure(extension, ac);
  const page = await extension.openPage('options');
  const email = uniqueEmail('killed-deal');
  const ids = await salesIds(ac.api, 'Sales', 'New');
  await ac.sandbox.clearRequests();
  // Each answer comes after the worker is gone; AC still does the work: the worst case for a replay.
  for (const path of ['/api/3/deals', '/api/3/dealTasks']) {
    await ac.sandbox.fault({ match: { method: 'POST', path }, count: 1, action: { delayMs: 3000 } });
  }
  await saveByMessage(page, [email], {
    deal: { pipeline: ids.pipeline, stage: ids.stage, value: 500000, currency: 'usd', owner: ids.sam },
    task: { type: ids.call, title: 'Call back', due: '2026-12-24T09:00:00+01:00' },
    automation: { id: ids.welcome },
  });
  for (const path of ['/api/3/deals', '/api/3/dealTasks']) {
    await expect
      .poll(async () => (await ac.sandbox.requests()).some((r) => r.method === 'POST' && r.path === path), {
        timeout: 15_000,
      })
      .toBe(true);
    await extension.killServiceWorker();
    await new Promise((r) => setTimeout(r, 3500));
    await poke(page);
  }
  await waitForState(extension, [email], 'synced');
  expect(await contactCount(ac, email)).toBe(1);
  const [contact] = await ac.api.contactsByEmail(email);
  const deals = await dealsOf(ac.api, contact!.id);
  expect(deals).toHaveLength(1);
  expect(await tasksOnDeal(ac.api, String(deals[0]!.id))).toHaveLength(1);
  expect(await enrolmentsOf(ac.api, contact!.id)).toHaveLength(1);
  const posts = (await ac.sandbox.requests()).filter((r) => r.method === 'POST').map((r) => r.path);
  // Each was sent once: the replays found the deal and the task instead of sending them again.
  expect(posts.filter((p) => p === '/api/3/deals')).toHaveLength(1);
  expect(posts.filter((p) => p === '/api/3/dealTasks')).toHaveLength(1);
});

test('a preset with Sales / New, a task in 3 days and Welcome, built by name in options, is one key press from the popup', async ({
  extension,
  ac,
  pages,
}) => {
  await configure(extension, ac);
  const options = await extension.openPage('options');
  await options.getByRole('button', { name: 'Add preset' }).click();
  await options.getByLabel('Preset name').fill('LinkedIn lead');
  await options.getByLabel('Open a deal in').selectOption({ label: 'Sales' });
  await expect(options.getByLabel('Stage')).toHaveValue(/\d+/);
  await options.getByLabel('Follow-up task due').selectOption({ label: 'In 3 days' });
  await options.getByLabel('Start an automation').selectOption({ label: 'Welcome' });
  await options.getByRole('checkbox', { name: 'Default preset' }).check();
  await options.getByRole('button', { name: 'Save settings' }).click();
  await expect(options.getByRole('status')).toContainText('Saved');
  await options.close();

  const web = await extension.context.newPage();
  await web.goto(`${pages.url}/${LINKEDIN}`);
  const popup = await extension.openPage('popup', await extension.tabIdOf(web.url()));
  const email = uniqueEmail('preset');
  await popup.getByLabel('Email').fill(email);
  await popup.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(popup.getByRole('status')).toContainText('Synced', { timeout: 20_000 });

  const ids = await salesIds(ac.api, 'Sales', 'New');
  const [contact] = await ac.api.contactsByEmail(email);
  const deals = await dealsOf(ac.api, contact!.id);
  expect(deals.map((d) => [d.group, d.stage, d.owner])).toEqual([[ids.pipeline, ids.stage, '1']]);
  const [task] = await tasksOnDeal(ac.api, String(deals[0]!.id));
  expect(task).toMatchObject({ title: 'Call', dealTasktype: ids.call });
  const today = new Date();
  expect(Date.parse(String(task!.duedate))).toBe(
    new Date(today.getFullYear(), today.getMonth(), today.getDate() + 3, 9).getTime(),
  );
  expect((await enrolmentsOf(ac.api, contact!.id)).map((e) => e.automation)).toEqual([ids.welcome]);
});

test('"Save 2" from a team page carries the deal, the task and the automation: one deal each, titled after each person', async ({
  extension,
  ac,
  pages,
}) => {
  const { panel } = await configuredPanelOn(extension, ac, `${pages.url}/team.html`);
  for (const name of ['Maya Lindqvist', 'Omar Haddad'])
    await panel.getByRole('checkbox', { name: `Include ${name} in a batch save` }).check();
  await panel.getByRole('checkbox', { name: 'Open a deal' }).check();
  await panel.getByRole('checkbox', { name: 'Add a follow-up task' }).check();
  await panel.getByLabel('Task', { exact: true }).fill('Intro call');
  await panel.getByRole('button', { name: 'Tomorrow' }).click();
  await panel.getByLabel('Start an automation').selectOption({ label: 'Welcome' });
  await panel.getByRole('button', { name: 'Save 2' }).click();
  await expect(panel.getByText('2 of 2 done')).toBeVisible({ timeout: 30_000 });
  const ids = await salesIds(ac.api, 'Sales', 'New');
  for (const [first, name] of [
    ['maya', 'Maya Lindqvist'],
    ['omar', 'Omar Haddad'],
  ]) {
    const [contact] = await ac.api.contactsByEmail(`${first}@brightwater.example`);
    const deals = await dealsOf(ac.api, contact!.id);
    expect(deals).toHaveLength(1);
    expect(String(deals[0]!.title)).toContain(name);
    expect(await tasksOnDeal(ac.api, String(deals[0]!.id))).toHaveLength(1);
    expect((await enrolmentsOf(ac.api, contact!.id)).map((e) => e.automation)).toEqual([ids.welcome]);
  }
});
