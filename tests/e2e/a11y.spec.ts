import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { configure, expect, test } from './fixtures';
import { PANEL_STATES, panelIn } from './panel-states';

/**
 * Every page (popup, side panel, options, welcome) and state passes axe-core without serious or
 * critical violations, in the light and the dark theme: controls are named, text has contrast,
 * status changes are announced.
 */

// Each test reaches its state from a fresh browser and checks it several times: allow for a busy machine.
test.describe.configure({ timeout: 180_000 });

const SCHEMES = ['light', 'dark'] as const;

/** The serious and critical violations on the page, one line each, in both colour schemes. */
async function violations(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).analyze();
    for (const v of violations) {
      if (v.impact !== 'serious' && v.impact !== 'critical') continue;
      const where = v.nodes.map((n) => n.target.join(' ')).join(', ');
      found.push(`${colorScheme}: ${v.id} (${v.impact}) at ${where}: ${v.help}`);
    }
  }
  return found;
}

for (const state of PANEL_STATES) {
  test(`the side panel passes axe in light and dark: ${state}`, async ({ extension, ac, pages }) => {
    const panel = await panelIn(state, { extension, ac, pages });
    expect(await violations(panel)).toEqual([]);
  });
}

test('the popup passes axe in light and dark', async ({ extension, ac, pages }) => {
  await configure(extension, ac);
  const web = await extension.context.newPage();
  await web.goto(`${pages.url}/person.html`);
  const popup = await extension.openPage('popup', await extension.tabIdOf(web.url()));
  await expect(popup.getByText('Ada Lovelace')).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Save' })).toBeFocused();
  expect(await violations(popup)).toEqual([]);
});

test('the options page passes axe in light and dark', async ({ extension, ac }) => {
  await configure(extension, ac);
  const options = await extension.openPage('options');
  await expect(options.getByLabel('API URL')).toHaveValue(ac.url);
  expect(await violations(options)).toEqual([]);
});

test('the welcome page passes axe in light and dark', async ({ extension, ac }) => {
  const welcome = await extension.openPage('welcome');
  await expect(welcome.getByRole('listitem')).toHaveCount(3);
  await welcome.getByLabel('API URL').fill(ac.url);
  expect(await violations(welcome)).toEqual([]);
});
