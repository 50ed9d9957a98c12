import { uniqueName } from '../support/ac-api';
import { pickTwoFromGmail, unsubscribedListStaysLocked } from '../support/journeys';
import { refuseOneImported } from '../support/sandbox-client';
import {
  type AcServer,
  configure,
  configuredPanelOn,
  type Extension,
  expect,
  openPanelOn,
  test,
} from './fixtures';
import { contactCount, expectSynced, newListAndTag, uniqueEmail } from './helpers';
import { openOnExistingContact } from './panel-states';

/** The salesperson's journeys through the popup and side panel, checked through the AC API. */

const LINKEDIN = '01-linkedin-eduardo-alvarez-nowak.html';
const LINKEDIN_URL = 'https://www.linkedin.com/in/eduardo-alvarez-nowak';

async function listId(ac: { api: { request: <T>(m: string, p: string) => Promise<T> } }, name: string) {
  const res = await ac.api.request<{ lists: { id: string; name: string }[] }>('GET', 'lists?limit=100');
  return res.lists.find((l) => l.name === name)!.id;
}

test('a saved LinkedIn profile is captured, edited, given a list and a tag, and saved', async ({
  extension,
  ac,
  pages,
}) => {
  const { list, tag } = await newListAndTag(ac, 'LinkedIn leads', 'Met on LinkedIn');
  const { panel } = await configuredPanelOn(extension, ac, `${pages.url}/${LINKEDIN}`);
  // A double surname cannot be told from a middle name; together they are the name on the page.
  await expect(panel.getByLabel('First name')).toHaveValue(/^Eduardo/);
  const fullName = `${await panel.getByLabel('First name').inputValue()} ${await panel.getByLabel('Last name').inputValue()}`;
  expect(fullName).toBe('Eduardo Alvarez Nowak');
  await expect(panel.getByLabel('Company')).toHaveValue('Novare Potential');
  await expect(panel.getByLabel('LinkedIn URL')).toHaveValue(LINKEDIN_URL);
  await expect(panel.getByText('No email on this page')).toBeVisible();
  const email = uniqueEmail('eduardo');
  await panel.getByLabel('Email').fill(email);
  await panel.getByLabel('Job title').fill('Head of Tech Education');
  await panel.getByRole('checkbox', { name: list }).check();
  await panel.getByLabel('Tags').fill(tag);
  await panel.getByLabel('Tags').press('Enter');
  await panel.getByRole('button', { name: 'Save', exact: true }).click();
  await expectSynced(panel);
  const [contact] = await ac.api.contactsByEmail(email);
  expect(`${contact!.firstName} ${contact!.lastName}`).toBe('Eduardo Alvarez Nowak');
  expect(await ac.api.listStatuses(contact!.id)).toMatchObject({ [await listId(ac, list)]: '1' });
  expect(await ac.api.tagNames(contact!.id)).toEqual([tag]);
});

test('a LinkedIn profile without email is matched to the contact with the same LinkedIn URL, not duplicated', async ({
  extension,
  ac,
  pages,
}) => {
  const fieldTitle = uniqueName('LinkedIn URL');
  const field = await ac.api.createField(fieldTitle);
  const email = uniqueEmail('known-eduardo');
  await ac.api.syncContact({
    email,
    firstName: 'Eduardo',
    fieldValues: [{ field: field.id, value: LINKEDIN_URL }],
  });
  await configure(extension, ac);
  const options = await extension.openPage('options');
  // Options offer the account's fields by title (no ids, no perstags).
  await options.getByLabel('Save the LinkedIn URL in').selectOption({ label: fieldTitle });
  await options.getByRole('button', { name: 'Save settings' }).click();
  await expect(options.getByRole('status')).toContainText('Saved');

  const { panel } = await openPanelOn(extension, `${pages.url}/${LINKEDIN}`);
  await expect(panel.getByText(`<${email}>`)).toBeVisible();
  await panel.getByRole('button', { name: `Yes, use ${email}` }).click();
  await expect(panel.getByLabel('Email')).toHaveValue(email);
  await panel.getByRole('button', { name: 'Save', exact: true }).click();
  await expectSynced(panel);
  expect(await contactCount(ac, email)).toBe(1);
  // AC's first name is kept (the default); the empty last name is filled from the page.
  const [contact] = await ac.api.contactsByEmail(email);
  expect(contact!.firstName).toBe('Eduardo');
  expect(contact!.lastName).not.toBe('');
});

test("an existing contact keeps ActiveCampaign's phone by default and takes the page's after one click", async ({
  extension,
  ac,
  pages,
}) => {
  const { panel, email } = await openOnExistingContact({ extension, ac, pages });
  await panel.getByRole('button', { name: 'Save', exact: true }).click();
  await expectSynced(panel);
  expect((await ac.api.contactsByEmail(email))[0]).toMatchObject({
    phone: '+15555550123',
    lastName: 'Lovelace',
  });

  await panel.getByRole('checkbox', { name: "Use the page's phone" }).check();
  await panel.getByRole('button', { name: 'Save', exact: true }).click();
  await expectSynced(panel);
  await expect.poll(async () => (await ac.api.contactsByEmail(email))[0]?.phone).toBe('+442079460958');
  expect(await contactCount(ac, email)).toBe(1);
});

test('an unsubscribed list stays unsubscribed unless the user confirms re-subscribing', async ({
  extension,
  ac,
  pages,
}) => {
  const newsletter = uniqueName('Newsletter');
  const other = uniqueName('Prospects');
  const newsletterId = await ac.api.createList(newsletter);
  await ac.api.createList(other);
  const email = uniqueEmail('unsubscribed');
  const contactId = await ac.api.syncContact({ email, firstName: 'Ada' });
  await ac.api.setListStatus(contactId, newsletterId, 2);
  const { panel } = await configuredPanelOn(extension, ac, `${pages.url}/person.html`);
  await unsubscribedListStaysLocked(panel, ac.api, expect, { contactId, email, newsletter, other });
});

test('two participants of a Gmail thread are picked and both saved', async ({ extension, ac, pages }) => {
  test.setTimeout(90_000);
  const { panel } = await configuredPanelOn(extension, ac, `${pages.url}/54-gmail-thread.html`);
  await pickTwoFromGmail(panel, ac.api, expect);
});

test('five people from a team page are saved as a batch with progress', async ({ extension, ac, pages }) => {
  const tag = uniqueName('Team page');
  const { panel } = await configuredPanelOn(extension, ac, `${pages.url}/team.html`);
  const people = ['Maya Lindqvist', 'Omar Haddad', 'Julia Santos', 'Ken Watanabe', 'Priya Natarajan'];
  for (const name of people)
    await panel.getByRole('checkbox', { name: `Include ${name} in a batch save` }).check();
  await panel.getByLabel('Tags').fill(tag);
  await panel.getByLabel('Tags').press('Enter');
  await panel.getByRole('button', { name: 'Save 5' }).click();
  await expect(panel.getByRole('progressbar')).toBeVisible();
  await expect(panel.getByText('5 of 5 done')).toBeVisible({ timeout: 30_000 });
  for (const first of ['maya', 'omar', 'julia', 'ken', 'priya']) {
    const [contact] = await ac.api.contactsByEmail(`${first}@brightwater.example`);
    expect(await ac.api.tagNames(contact!.id)).toContain(tag);
  }
});

const TWELVE = [
  'Amara Okafor',
  'Bruno Costa',
  'Chloe Martin',
  'Dmitri Volkov',
  'Elena Rossi',
  'Farid Rahimi',
  'Grace Kim',
  'Hugo Lefevre',
  'Ines Duarte',
  'Jonas Berg',
  'Keiko Sato',
  'Liam Walsh',
];
const emailOf = (name: string) => `${name.split(' ')[0]!.toLowerCase()}@larkspur.example`;

/** Opens the panel on the twelve-person team page and batch-saves everyone with a new list and tag. */
async function saveTwelve({
  extension,
  ac,
  pages,
}: {
  extension: Extension;
  ac: AcServer;
  pages: { url: string };
}) {
  const { list, listId, tag } = await newListAndTag(ac, 'Larkspur', 'Larkspur team');
  const { panel } = await configuredPanelOn(extension, ac, `${pages.url}/big-team.html`);
  for (const name of TWELVE)
    await panel.getByRole('checkbox', { name: `Include ${name} in a batch save` }).check();
  await panel.getByRole('checkbox', { name: list }).check();
  await panel.getByLabel('Tags').fill(tag);
  await panel.getByLabel('Tags').press('Enter');
  if (ac.canInjectFaults) await ac.sandbox.clearRequests();
  await panel.getByRole('button', { name: 'Save 12' }).click();
  const progress = panel.getByRole('region', { name: 'Batch progress' });
  await expect(progress.getByText('12 of 12 done')).toBeVisible({ timeout: 60_000 });
  const row = (name: string) =>
    progress.getByRole('listitem').filter({ hasText: `${name} <${emailOf(name)}>` });
  return { listId, tag, progress, row };
}

test('twelve people from a team page go through the bulk importer, each shown with their outcome', async ({
  extension,
  ac,
  pages,
}) => {
  const { listId, tag, progress, row } = await saveTwelve({ extension, ac, pages });
  await expect(progress.getByText('12 synced')).toBeVisible();
  for (const name of TWELVE) {
    await expect(row(name)).toContainText('Synced');
    const [contact] = await ac.api.contactsByEmail(emailOf(name));
    expect(`${contact?.firstName} ${contact?.lastName}`).toBe(name);
    expect(await ac.api.listStatuses(contact!.id)).toMatchObject({ [listId]: '1' });
    expect(await ac.api.tagNames(contact!.id)).toContain(tag);
  }
  if (ac.canInjectFaults) {
    const requests = await ac.sandbox.requests();
    expect(requests.filter((r) => r.path === '/api/3/import/bulk_import').length).toBeGreaterThan(0);
    expect(requests.filter((r) => r.method === 'POST' && r.path === '/api/3/contacts')).toEqual([]);
  }
});

test('in a batch, the one person ActiveCampaign refused is named in the panel with the reason', async ({
  extension,
  ac,
  pages,
}) => {
  test.skip(!ac.canInjectFaults, 'needs the sandbox to inject faults');
  // New people: an earlier test in this worker may have saved them.
  for (const name of TWELVE) {
    for (const c of await ac.api.contactsByEmail(emailOf(name)))
      await ac.api.request('DELETE', `contacts/${c.id}`);
  }
  const refused = TWELVE[3]!;
  await ac.sandbox.fault(refuseOneImported(3));
  await ac.sandbox.fault({
    match: { method: 'POST', path: '/api/3/contacts' },
    count: 1,
    action: {
      status: 422,
      body: { errors: [{ title: 'Email address is not allowed', code: 'field_invalid' }] },
    },
  });
  const { progress, row } = await saveTwelve({ extension, ac, pages });
  await expect(progress.getByText('11 synced')).toBeVisible();
  await expect(progress.getByText('1 failed', { exact: false })).toBeVisible();
  await expect(row(refused)).toContainText('Failed');
  await expect(row(refused)).toContainText('not allowed');
  expect(await contactCount(ac, emailOf(refused))).toBe(0);
  await expect(row(TWELVE[4]!)).toContainText('Synced');
});

test('a wrong key gets a clear message and loses nothing; the right key syncs the save', async ({
  extension,
  ac,
  pages,
}) => {
  await configure(extension, ac, 'not-the-right-key');
  const { panel } = await openPanelOn(extension, `${pages.url}/person.html`);
  const email = uniqueEmail('wrongkey');
  // Wait for the capture, or it would replace the typed email when it lands.
  await expect(panel.getByLabel('First name')).toHaveValue('Ada');
  await panel.getByLabel('Email').fill(email);
  await panel.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(panel.getByRole('status')).toContainText('Queued');
  await expect(panel.getByText(/refused the API key/).first()).toBeVisible({ timeout: 15_000 });
  expect(await contactCount(ac, email)).toBe(0);
  await configure(extension, ac);
  await expectSynced(panel);
  expect(await contactCount(ac, email)).toBe(1);
});

test('keyboard only: the popup opens on the person and Enter saves it to "Synced"', async ({
  extension,
  ac,
  pages,
}) => {
  await configure(extension, ac);
  const web = await extension.context.newPage();
  await web.goto(`${pages.url}/55-team-page.html`);
  const popup = await extension.openPage('popup', await extension.tabIdOf(web.url()));
  await expect(popup.getByRole('button', { name: 'Save' })).toBeFocused();
  await popup.keyboard.press('Enter'); // the only key press
  await expectSynced(popup);
  expect(await contactCount(ac, 'lena.hoffmann@nordlicht-studio.example')).toBe(1);
});
