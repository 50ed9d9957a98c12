import { configuredPanelOn, expect, test } from './fixtures';
import { expectSynced, outbox, saveFromPanel, uniqueEmail } from './helpers';

/** What Sidecard keeps can be cleared from the panel (docs/privacy.md). */

test('"Clear history" removes synced captures from the panel and from storage', async ({
  extension,
  ac,
  pages,
}) => {
  const { panel } = await configuredPanelOn(extension, ac, `${pages.url}/person.html`);
  await saveFromPanel(panel, uniqueEmail('cleared'));
  await expectSynced(panel);
  await panel.getByText('Recent captures (1)').click();
  await panel.getByRole('button', { name: 'Clear history' }).click();
  await expect(panel.getByText(/Recent captures/)).toHaveCount(0);
  expect(await outbox(extension)).toEqual([]);
});
