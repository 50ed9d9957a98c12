import { expect, test } from './fixtures';
import { uniqueEmail } from './helpers';

/**
 * A browser whose UI language is German shows Sidecard in German (docs/i18n.md): the options page
 * a user connects with, and the side panel they capture and save with, down to the page's `lang`.
 */

test.use({ uiLanguage: 'de' });

test('in a German browser, options and the side panel speak German and the save still reaches ActiveCampaign', async ({
  extension,
  ac,
  pages,
}) => {
  const options = await extension.openPage('options');
  await expect(options.locator('html')).toHaveAttribute('lang', 'de');
  await expect(options).toHaveTitle('Sidecard-Einstellungen');
  await expect(options.getByRole('heading', { name: 'ActiveCampaign-Konto' })).toBeVisible();
  await options.getByLabel('API-URL').fill(ac.url);
  await options.getByLabel('API-Schlüssel').fill(ac.apiKey);
  await options.getByRole('button', { name: 'Einstellungen speichern' }).click();
  await expect(options.getByRole('status')).toHaveText('Gespeichert.');
  await expect(options.getByRole('button', { name: 'Save settings' })).toHaveCount(0);

  const web = await extension.context.newPage();
  await web.goto(`${pages.url}/person.html`);
  const panel = await extension.openPage('sidepanel', await extension.tabIdOf(web.url()));
  await expect(panel.locator('html')).toHaveAttribute('lang', 'de');
  await expect(panel).toHaveTitle('Sidecard-Seitenleiste');
  await expect(panel.getByLabel('Vorname')).toHaveValue('Ada');
  await expect(panel.getByText('Ada Lovelace: nichts zu prüfen', { exact: false })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Erneut erfassen' })).toBeVisible();

  const email = uniqueEmail('deutsch');
  await panel.getByLabel('E-Mail').fill(email);
  await panel.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Synchronisiert' })).toBeVisible({
    timeout: 20_000,
  });
  await expect(panel.getByRole('link', { name: 'In ActiveCampaign öffnen' })).toBeVisible();
  expect(await ac.api.contactsByEmail(email)).toMatchObject([{ firstName: 'Ada', lastName: 'Lovelace' }]);
  await expect(panel.getByRole('button', { name: 'Save', exact: true })).toHaveCount(0);
});
