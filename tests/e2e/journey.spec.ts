import { uniqueName } from '../support/ac-api';
import { configure, expect, openPanelOn, test } from './fixtures';
import { expectSynced } from './helpers';

test('a person on a page is captured in the side panel and synced with one list and one tag', async ({
  extension,
  ac,
  pages,
}) => {
  const listName = uniqueName('Prospects');
  const tagName = uniqueName('Met at conference');
  await ac.api.createList(listName);
  // A unique email per run, so the test also holds on a shared, real account.
  const email = `ada+${Date.now().toString(36)}@analytical.example`;

  await configure(extension, ac);
  const { panel } = await openPanelOn(extension, `${pages.url}/person.html`);

  await expect(panel.getByLabel('First name')).toHaveValue('Ada');
  await expect(panel.getByLabel('Last name')).toHaveValue('Lovelace');
  await expect(panel.getByLabel('Email')).toHaveValue('ada@analytical.example');
  await expect(panel.getByLabel('Phone')).toHaveValue('+442079460958');
  await panel.getByLabel('Email').fill(email);

  await panel.getByRole('checkbox', { name: listName }).check();
  await panel.getByLabel('Tags').fill(tagName);
  await panel.getByLabel('Tags').press('Enter');
  await panel.getByRole('button', { name: 'Save', exact: true }).click();

  await expect(panel.getByRole('status').filter({ hasText: /Queued|Synced/ })).toBeVisible();
  await expectSynced(panel);

  const contacts = await ac.api.contactsByEmail(email);
  expect(contacts).toHaveLength(1);
  const [contact] = contacts;
  expect(contact).toMatchObject({ firstName: 'Ada', lastName: 'Lovelace', phone: '+442079460958' });
  const listId = (
    await ac.api.request<{ lists: { id: string; name: string }[] }>('GET', 'lists?limit=100')
  ).lists.find((l) => l.name === listName)?.id;
  expect(await ac.api.listStatuses(contact!.id)).toMatchObject({ [listId!]: '1' });
  expect(await ac.api.tagNames(contact!.id)).toEqual([tagName]);
});
