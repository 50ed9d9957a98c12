import { captureWithListAndTag } from '../support/journeys';
import { configuredPanelOn, expect, test } from './fixtures';
import { newListAndTag } from './helpers';

/** The journey itself lives in tests/support/journeys.ts: the Firefox suite runs the same one. */

test('a person on a page is captured in the side panel and synced with one list and one tag', async ({
  extension,
  ac,
  pages,
}) => {
  const { list: listName, tag: tagName } = await newListAndTag(ac, 'Prospects', 'Met at conference');
  // A unique email per run, so the test also holds on a shared, real account.
  const email = `ada+${Date.now().toString(36)}@analytical.example`;

  const { panel } = await configuredPanelOn(extension, ac, `${pages.url}/person.html`);
  await captureWithListAndTag(panel, ac.api, expect, { listName, tagName, email });
});
