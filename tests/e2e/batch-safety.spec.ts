import { configure, expect, openPanelOn, test } from './fixtures';
import { newListAndTag } from './helpers';

/**
 * A batch from a team page is as safe and as complete as single saves (issue #20): twelve people,
 * three of whom AC already holds (one unconfirmed on the list, one with a company, one with another
 * phone), one on the account's exclusion list, and an import that outlives the extension's first
 * poll. Every outcome is read back through the ActiveCampaign API.
 */

test.beforeEach(async ({ ac }) => {
  test.skip(!ac.canInjectFaults, 'needs the sandbox to script imports and the exclusion list');
});

const COMPANY = 'Fernhill Systems';
const PEOPLE = [
  ['Ada Brennan', 'Managing Director'],
  ['Ben Okoro', 'Head of Product'],
  ['Cara Lindgren', 'Sales Director'],
  ['Dev Malhotra', 'Lead Engineer'],
  ['Eva Novak', 'Finance Manager'],
  ['Femi Adeyemi', 'Data Scientist'],
  ['Gina Russo', 'Designer'],
  ['Hans Weber', 'Account Manager'],
  ['Iris Tanaka', 'Marketing Lead'],
  ['Jon Dahl', 'Support Engineer'],
  ['Kira Petrov', 'Operations Manager'],
  ['Leo Marsh', 'Recruiter'],
].map(([name, title], i) => {
  const [firstName, lastName] = name!.split(' ') as [string, string];
  return {
    name: name!,
    title: title!,
    firstName,
    lastName,
    email: `${firstName.toLowerCase()}@fernhill.example`,
    phone: `+4420794602${String(i + 1).padStart(2, '0')}`,
  };
});
// Not the first person: the panel shows the first one's list statuses, and a locked list is not offered.
const person = (first: string) => PEOPLE.find((p) => p.firstName === first)!;
const employed = person('Ben');
const otherPhone = person('Cara');
const unconfirmed = person('Dev');
const excluded = person('Femi');

test('a batch of 12 with people AC holds, an excluded address and a slow import ends as single saves would', async ({
  extension,
  ac,
  pages,
}) => {
  test.setTimeout(120_000);
  const api = ac.api;
  for (const p of PEOPLE) {
    for (const c of await api.contactsByEmail(p.email)) await api.request('DELETE', `contacts/${c.id}`);
  }
  const { list, listId, tag } = await newListAndTag(ac, 'Fernhill', 'Fernhill team');
  const fieldTitle = `Job title ${Date.now().toString(36)}`;
  const field = await api.createField(fieldTitle);
  // Held by AC before the save: unconfirmed on the list, linked to another company, another phone.
  const a = await api.syncContact({ email: unconfirmed.email });
  await api.request('POST', 'contactLists', { contactList: { list: listId, contact: a, status: 0 } });
  const b = await api.syncContact({ email: employed.email, firstName: employed.firstName });
  const oldCo = await api.request<{ account: { id: string; name: string } }>('POST', 'accounts', {
    account: { name: `Old Co ${Date.now().toString(36)}` },
  });
  await api.request('POST', 'accountContacts', {
    accountContact: { account: oldCo.account.id, contact: b, jobTitle: 'Founder' },
  });
  await api.syncContact({ email: otherPhone.email, phone: '+15550001234' });
  await ac.sandbox.exclude(excluded.email);
  // The importer has a backlog: the first import takes longer than the extension polls for.
  await ac.sandbox.scriptImports({ count: 1, durationMs: 6_000 });

  await configure(extension, ac);
  const options = await extension.openPage('options');
  await options.getByLabel('Save the job title in').selectOption({ label: fieldTitle });
  await options.getByRole('button', { name: 'Save settings' }).click();
  await expect(options.getByRole('status')).toContainText('Saved');
  await options.close();

  const { panel } = await openPanelOn(extension, `${pages.url}/full-team.html`);
  for (const p of PEOPLE)
    await panel.getByRole('checkbox', { name: `Include ${p.name} in a batch save` }).check();
  await panel.getByRole('checkbox', { name: list }).check();
  await panel.getByLabel('Tags').fill(tag);
  await panel.getByLabel('Tags').press('Enter');
  await ac.sandbox.clearRequests();
  await panel.getByRole('button', { name: 'Save 12' }).click();
  const progress = panel.getByRole('region', { name: 'Batch progress' });
  await expect(progress.getByText('12 of 12 done')).toBeVisible({ timeout: 60_000 });
  await expect(progress.getByText('11 synced')).toBeVisible();
  const row = (p: (typeof PEOPLE)[number]) =>
    progress.getByRole('listitem').filter({ hasText: `${p.name} <${p.email}>` });
  await expect(row(excluded)).toContainText('Failed');
  await expect(row(excluded)).toContainText('exclusion list');

  // The import outlived the first poll: import/info was asked again on a later run.
  const log = await ac.sandbox.requests();
  const polls = log.filter((r) => r.path === '/api/3/import/info');
  expect(polls.at(-1)!.t - polls[0]!.t).toBeGreaterThan(4_000);
  // Nobody was re-created per person, nor subscribed outside the importer's own rules.
  expect(log.filter((r) => r.method === 'POST' && r.path === '/api/3/contacts')).toEqual([]);
  expect(await api.contactsByEmail(excluded.email)).toEqual([]);

  for (const p of PEOPLE.filter((p) => p !== excluded)) {
    const contacts = await api.contactsByEmail(p.email);
    expect(contacts, p.email).toHaveLength(1);
    const [contact] = contacts;
    const id = contact!.id;
    const values = await api.request<{ fieldValues: { field: string; value: string }[] }>(
      'GET',
      `contacts/${id}/fieldValues`,
    );
    const links = await api.request<{ accountContacts: { account: string; jobTitle: string }[] }>(
      'GET',
      `contacts/${id}/accountContacts`,
    );
    const accountNames = await Promise.all(
      links.accountContacts.map(
        async (l) =>
          (await api.request<{ account: { name: string } }>('GET', `accounts/${l.account}`)).account.name,
      ),
    );
    expect({
      email: p.email,
      firstName: contact!.firstName,
      lastName: contact!.lastName,
      phone: contact!.phone,
      jobTitle: values.fieldValues.filter((v) => String(v.field) === field.id).map((v) => v.value),
      lists: await api.listStatuses(id),
      tags: await api.tagNames(id),
      accounts: links.accountContacts.map((l, i) => ({ name: accountNames[i], jobTitle: l.jobTitle })),
    }).toEqual({
      email: p.email,
      firstName: p.firstName,
      lastName: p.lastName,
      // What AC held is kept; blanks are filled.
      phone: p === otherPhone ? '+15550001234' : p.phone,
      jobTitle: [p.title],
      // Unconfirmed stays unconfirmed: no one is subscribed over a status without consent.
      lists: { [listId]: p === unconfirmed ? '0' : '1' },
      tags: [tag],
      // One account per contact: the company they had stays, everyone else gets the page's, with the title.
      accounts: [
        p === employed
          ? { name: oldCo.account.name, jobTitle: 'Founder' }
          : { name: COMPANY, jobTitle: p.title },
      ],
    });
  }
});
