import { GRACE, longMailtoLinks } from '../support/hostile-pages';
import { configuredPanelOn, expect, test } from './fixtures';

/**
 * Issue #19: on 3ac44b1, a page of 5,000 links to a 2,000-character `mailto:a.a.….a@x` froze the
 * side panel (and the popup and options, which share its renderer) for about a minute while it
 * read the people. Now the reading is capped in the tab and interpreted in a Worker.
 */
test('the side panel offers the person on a page of 5,000 long mailto links, and stays usable', async ({
  extension,
  ac,
  pages,
}) => {
  const url = `${pages.url}/generated/long-mailto-links.html`;
  const { html } = longMailtoLinks();
  await extension.context.route(url, (route) => route.fulfill({ body: html, contentType: 'text/html' }));
  const { panel } = await configuredPanelOn(extension, ac, url);
  await expect(panel.getByLabel('Email')).toHaveValue(GRACE.email);
  await expect(panel.getByLabel('First name')).toHaveValue('Grace');
  await panel.getByLabel('Job title').fill('Head of Sales, EMEA');
  await expect(panel.getByLabel('Job title')).toHaveValue('Head of Sales, EMEA');
});
