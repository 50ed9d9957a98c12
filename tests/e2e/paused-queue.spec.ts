import type { Page } from '@playwright/test';
import { startSandbox } from '../sandbox/server';
import { TestAc } from '../support/ac-api';
import { type AcServer, configure, type Extension, expect, openPanelOn, test } from './fixtures';
import { contactCount, expectSynced, uniqueEmail } from './helpers';

/**
 * A queue paused because the account refused: it says so in words, loses nothing, and goes again
 * as soon as the account answers — a new key, a successful Test connection, or "Try again now".
 */

/** Types a fresh email into the panel on the test person and saves it. */
async function saveOnPanel(panel: Page, who: string): Promise<string> {
  const email = uniqueEmail(who);
  // Wait for the capture, or it would replace the typed email when it lands.
  await expect(panel.getByLabel('First name')).toHaveValue('Ada');
  await panel.getByLabel('Email').fill(email);
  await panel.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(panel.getByRole('status')).toContainText('Queued');
  return email;
}

test('a key the server refuses with 403 pauses the queue as a refused key; the right key syncs the save', async ({
  extension,
  pages,
}) => {
  // AC documents no status for a wrong key; other AC-compatible servers answer 403.
  const server = await startSandbox({ port: 0, wrongKeyStatus: 403 });
  try {
    const target = { url: server.url, apiKey: server.apiKey };
    await configure(extension, target, 'not-the-right-key');
    const { panel } = await openPanelOn(extension, `${pages.url}/person.html`);
    const email = await saveOnPanel(panel, 'forbidden-key');
    await expect(panel.getByText(/refused the API key/).first()).toBeVisible({ timeout: 15_000 });
    await expect(panel.getByText(/not allowed to do this/)).toHaveCount(0);
    expect((await new TestAc(target).contactsByEmail(email)).length).toBe(0);

    await configure(extension, target);
    await expectSynced(panel);
    expect((await new TestAc(target).contactsByEmail(email)).length).toBe(1);
  } finally {
    await server.close();
  }
});

test.describe('a queue paused by redirects from the API URL', () => {
  const CREATE = { method: 'POST', path: '/api/3/contacts' };

  /** A save whose create is answered with a redirect: the queue pauses as "not found at that URL". */
  async function pausedSave(extension: Extension, ac: AcServer, pagesUrl: string) {
    await configure(extension, ac);
    const { panel } = await openPanelOn(extension, `${pagesUrl}/person.html`);
    await ac.sandbox.fault({
      match: CREATE,
      count: 1,
      action: { redirect: { status: 307, location: 'http://localhost:9/api/3/contacts' } },
    });
    const email = await saveOnPanel(panel, 'redirected');
    await expect(panel.getByText(/not found at that API URL/).first()).toBeVisible({ timeout: 15_000 });
    expect(await contactCount(ac, email)).toBe(0);
    return { panel, email };
  }

  test('resumes once Test connection in options succeeds', async ({ extension, ac, pages }) => {
    test.skip(!ac.canInjectFaults, 'needs the sandbox to inject faults');
    const { panel, email } = await pausedSave(extension, ac, pages.url);
    const options = await extension.openPage('options');
    await options.getByRole('button', { name: 'Test connection' }).click();
    await expect(options.getByText(/Connected as/)).toBeVisible();
    await expectSynced(panel);
    expect(await contactCount(ac, email)).toBe(1);
  });

  test('resumes when the user presses “Try again now” in the panel', async ({ extension, ac, pages }) => {
    test.skip(!ac.canInjectFaults, 'needs the sandbox to inject faults');
    const { panel, email } = await pausedSave(extension, ac, pages.url);
    await panel.getByRole('button', { name: 'Try again now' }).click();
    await expectSynced(panel);
    await expect(panel.getByRole('button', { name: 'Try again now' })).toHaveCount(0);
    expect(await contactCount(ac, email)).toBe(1);
  });
});
