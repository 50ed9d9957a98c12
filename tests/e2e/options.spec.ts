import { configure, expect, test } from './fixtures';
import { expectSynced, newListAndTag } from './helpers';

test('a preset built in options with a list and a tag by name files a capture from the popup', async ({
  extension,
  ac,
  pages,
}) => {
  const { list: listName, listId, tag: tagName } = await newListAndTag(ac, 'Expo leads', 'Met at the expo');
  await configure(extension, ac);

  // Options: only names on screen; the list is ticked and the tag typed, as in the panel.
  const options = await extension.openPage('options');
  await options.getByRole('button', { name: 'Add preset' }).click();
  await options.getByLabel('Preset name').fill('Expo');
  await options.getByRole('checkbox', { name: listName }).check();
  await options.getByLabel('Tags').fill(tagName);
  await options.getByLabel('Tags').press('Enter');
  await options.getByRole('checkbox', { name: 'Default preset' }).check();
  await expect(options.getByText(`Lists: ${listName} · Tags: ${tagName}`)).toBeVisible();
  await options.getByRole('button', { name: 'Save settings' }).click();
  await expect(options.getByRole('status')).toContainText('Saved');
  await options.close();

  // Popup: the default preset is applied on opening; Save files the person under it.
  const web = await extension.context.newPage();
  await web.goto(`${pages.url}/person.html`);
  const popup = await extension.openPage('popup', await extension.tabIdOf(web.url()));
  await expect(popup.getByText(`Lists: ${listName} · Tags: ${tagName}`)).toBeVisible();
  await popup.getByRole('button', { name: 'Save', exact: true }).click();
  await expectSynced(popup);

  const [contact] = await ac.api.contactsByEmail('ada@analytical.example');
  expect(await ac.api.listStatuses(contact!.id)).toMatchObject({ [listId]: '1' });
  expect(await ac.api.tagNames(contact!.id)).toContain(tagName);
});

test('installing opens a welcome page that connects the account in three steps', async ({
  extension,
  ac,
}) => {
  await expect
    .poll(() => extension.context.pages().find((p) => p.url().endsWith('/welcome.html')), { timeout: 10_000 })
    .toBeTruthy();
  const welcome = extension.context.pages().find((p) => p.url().endsWith('/welcome.html'))!;
  await expect(welcome.getByRole('listitem')).toHaveCount(3);
  await welcome.getByLabel('API URL').fill(ac.url);
  await welcome.getByLabel('API key').fill(ac.apiKey);
  await welcome.getByRole('button', { name: 'Allow access and connect' }).click();
  await expect(welcome.getByRole('status')).toContainText('Connected as');
});
