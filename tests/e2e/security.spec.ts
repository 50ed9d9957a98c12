import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSandbox } from '../sandbox/server';
import { TestAc } from '../support/ac-api';
import { launchWithExtensions, TEST_EXTENSION_PATH } from '../support/chromium';
import { sandboxClient } from '../support/sandbox-client';
import { configure, configuredPanelOn, expect, openPanelOn, test } from './fixtures';
import {
  contactCount,
  expectSynced,
  requestsSettled,
  saveFromPanel,
  sendFromPage,
  uniqueEmail,
} from './helpers';

/** The key stays home, hostile pages harm nothing, and nobody else may talk to Sidecard. */

test('across a whole journey the key is never shown, logged, messaged or stored outside its one place', async ({
  extension,
  ac,
  pages,
}) => {
  const seen: string[] = [];
  extension.context.on('console', (m) => seen.push(m.text()));
  const worker = await extension.serviceWorker();
  worker.on('console', (m) => seen.push(m.text()));

  const { panel, web } = await configuredPanelOn(extension, ac, `${pages.url}/person.html`);
  const email = uniqueEmail('confined');
  await saveFromPanel(panel, email);
  await expectSynced(panel);
  const bad = await extension.openPage('options');
  await bad.getByRole('button', { name: 'Test connection' }).click();
  await expect(bad.getByRole('status')).toContainText('Connected as');

  const key = ac.apiKey;
  expect(await panel.content()).not.toContain(key);
  expect(await bad.content()).not.toContain(key);
  expect(await web.content()).not.toContain(key);
  const live = await extension.serviceWorker();
  const stores = await live.evaluate(async () => ({
    sync: await chrome.storage.sync.get(null),
    session: await chrome.storage.session.get(null),
    local: await chrome.storage.local.get(null),
  }));
  expect(JSON.stringify(stores.sync)).not.toContain(key);
  expect(JSON.stringify(stores.session)).not.toContain(key);
  const { apiKey, ...rest } = stores.local as Record<string, unknown>;
  expect(apiKey).toBe(key);
  expect(JSON.stringify(rest)).not.toContain(key);
  expect(seen.join('\n')).not.toContain(key);
});

test('a content script cannot read the key from storage', async ({ extension, ac, pages }) => {
  await configure(extension, ac);
  const web = await extension.context.newPage();
  await web.goto(`${pages.url}/person.html`);
  const tabId = await extension.tabIdOf(web.url());
  const worker = await extension.serviceWorker();
  const fromContentScript = await worker.evaluate(async (tabId) => {
    const [result] = await chrome.scripting.executeScript({
      target: { tabId },
      func: async () => {
        try {
          return JSON.stringify(await chrome.storage.local.get(null));
        } catch (error) {
          return `refused: ${(error as Error).message}`;
        }
      },
    });
    return result?.result as string;
  }, tabId);
  expect(fromContentScript).not.toContain(ac.apiKey);
  expect(fromContentScript).toMatch(/refused|Access to storage is not allowed|^\{\}$/);
});

test('"Forget key" removes the key and the queue waits without calling ActiveCampaign', async ({
  extension,
  ac,
  pages,
}) => {
  test.skip(!ac.canInjectFaults, 'reads the sandbox request log');
  await configure(extension, ac);
  const options = await extension.openPage('options');
  await options.getByRole('button', { name: 'Forget key' }).click();
  await expect(options.getByRole('status')).toContainText('removed');
  const worker = await extension.serviceWorker();
  expect(
    await worker.evaluate(async () => (await chrome.storage.local.get('apiKey')).apiKey),
  ).toBeUndefined();

  // The options page's own look-ups (tags, fields), started before the key was forgotten, land first.
  await requestsSettled(ac);
  await ac.sandbox.clearRequests();
  const { panel } = await openPanelOn(extension, `${pages.url}/person.html`);
  const email = uniqueEmail('forgotten');
  await saveFromPanel(panel, email);
  await expect(panel.getByRole('status')).toContainText('Queued');
  await expect(panel.getByText(/Add your ActiveCampaign API URL and key/)).toBeVisible();
  await new Promise((r) => setTimeout(r, 1500));
  expect(await ac.sandbox.requests()).toEqual([]);
  expect(await contactCount(ac, email)).toBe(0);
});

test('a new API URL is asked for its own key: the second account never receives the first one', async ({
  extension,
  ac,
  pages,
}) => {
  // Another account on another origin, started here: it needs nothing from the server under test.
  const second = await startSandbox({ port: 0 });
  try {
    await configure(extension, ac);
    const options = await extension.openPage('options');
    await options.getByLabel('API URL').fill(second.url);
    await options.getByRole('button', { name: 'Save settings' }).click();
    await expect(options.getByText(`Paste the API key for ${second.url}.`)).toBeVisible();

    // Past the page's own check, straight to the background: the URL is saved, the old key is not kept.
    const saved = (await sendFromPage(options, 'saveSettings', { settings: { apiUrl: second.url } })) as {
      ok: boolean;
      value?: { configured: boolean; keyHint?: string };
    };
    expect(saved).toMatchObject({ ok: true, value: { configured: false } });
    expect(saved.value?.keyHint).toBeUndefined();
    const { panel } = await openPanelOn(extension, `${pages.url}/person.html`);
    const email = uniqueEmail('second-account');
    await saveFromPanel(panel, email);
    await expect(panel.getByText(/Add your ActiveCampaign API URL and key/)).toBeVisible();
    await new Promise((r) => setTimeout(r, 1500));
    expect(await sandboxClient(second).requests()).toEqual([]);

    // With the second account's own key the save goes there, and only that key is ever sent.
    await configure(extension, second);
    await expectSynced(panel, 30_000);
    expect(await new TestAc(second).contactsByEmail(email)).toHaveLength(1);
    expect((await sandboxClient(second).requests()).filter((r) => r.status === 401)).toEqual([]);
  } finally {
    await second.close();
  }
});

test('page text with markup and a javascript: link is shown as text, never run', async ({
  extension,
  ac,
  pages,
}) => {
  const { panel } = await configuredPanelOn(extension, ac, `${pages.url}/hostile.html`);
  const violations: string[] = [];
  await panel.exposeFunction('__reportViolation', (v: string) => violations.push(v));
  await panel.evaluate(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __reportViolation(v: string): void }).__reportViolation(e.violatedDirective),
    ),
  );
  await expect(panel.getByLabel('Email')).toHaveValue('mallory@evil.example');
  const names = `${await panel.getByLabel('First name').inputValue()} ${await panel.getByLabel('Last name').inputValue()}`;
  expect(names).toContain('Mallory');
  // Zero-width and right-to-left override characters are gone.
  expect(names).not.toMatch(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/);
  expect(await panel.locator('img').count()).toBe(0);
  expect(await panel.locator('a[href^="javascript:"]').count()).toBe(0);
  await expect(panel.getByLabel('LinkedIn URL')).not.toHaveValue(/javascript:/);
  await panel.getByRole('button', { name: 'Save', exact: true }).click();
  await expectSynced(panel);
  expect(await panel.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(violations).toEqual([]);
});

test('another extension cannot message Sidecard', async () => {
  const otherDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sidecard-other-ext-'));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'sidecard-other-profile-'));
  fs.writeFileSync(
    path.join(otherDir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Other',
      version: '1.0',
      background: { service_worker: 'sw.js' },
    }),
  );
  fs.writeFileSync(path.join(otherDir, 'sw.js'), '// intentionally empty');
  const context = await launchWithExtensions(profile, [TEST_EXTENSION_PATH, otherDir], { headless: true });
  try {
    await expect.poll(() => context.serviceWorkers().length, { timeout: 15_000 }).toBe(2);
    const workers = context.serviceWorkers();
    const ours = workers.find((w) => w.url().endsWith('/background.js'))!;
    const other = workers.find((w) => w.url().endsWith('/sw.js'))!;
    const ourId = new URL(ours.url()).host;
    const answer = await other.evaluate(async (id) => {
      try {
        await chrome.runtime.sendMessage(id, {
          id: 1,
          type: 'getStatus',
          data: undefined,
          timestamp: Date.now(),
        });
        return 'connected';
      } catch (error) {
        return (error as Error).message;
      }
    }, ourId);
    expect(answer).toMatch(/Could not establish connection/);
  } finally {
    await context.close();
    fs.rmSync(otherDir, { recursive: true, force: true });
    fs.rmSync(profile, { recursive: true, force: true });
  }
});
