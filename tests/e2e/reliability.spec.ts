import fs from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { launchExtension } from '../support/browser';
import { configure, configuredPanelOn, expect, test } from './fixtures';
import {
  contactCount,
  expectSynced,
  outbox,
  poke,
  readyToSave,
  saveByMessage,
  saveFromPanel,
  uniqueEmail,
  waitForState,
} from './helpers';

/**
 * Nothing is lost, nothing is done twice: faults from the sandbox, a stopped worker, a closed
 * browser. Every test reads the outcome back through the ActiveCampaign API.
 */

test.beforeEach(async ({ ac }) => {
  test.skip(!ac.canInjectFaults, 'needs the sandbox to inject faults');
  await ac.sandbox.clearRequests();
});

/** A new contact is created with POST /contacts, which can never update someone else. */
const CREATE = { method: 'POST', path: '/api/3/contacts' };
const isCreate = (r: { method: string; path: string }) =>
  r.method === CREATE.method && r.path === CREATE.path;

test('429 then 200: waits at least Retry-After and creates exactly one contact', async ({
  extension,
  ac,
  pages,
}) => {
  const { panel } = await configuredPanelOn(extension, ac, `${pages.url}/person.html`);
  const email = uniqueEmail('ratelimited');
  await ac.sandbox.fault({ match: CREATE, count: 1, action: { status: 429, retryAfter: 2 } });
  await saveFromPanel(panel, email);
  await expectSynced(panel);
  const syncs = (await ac.sandbox.requests()).filter(isCreate);
  expect(syncs.map((r) => r.status)).toEqual([429, 201]);
  expect(syncs[1]!.t - syncs[0]!.t).toBeGreaterThanOrEqual(2000);
  expect(await contactCount(ac, email)).toBe(1);
});

test('a long Retry-After waits for the alarm, not in memory, then syncs once', async ({
  extension,
  ac,
  pages,
}) => {
  await configure(extension, ac);
  const panel = await extension.openPage('options');
  const email = uniqueEmail('later');
  await ac.sandbox.fault({ match: CREATE, count: 1, action: { status: 429, retryAfter: 120 } });
  const before = Date.now();
  await saveByMessage(panel, [email]);
  await expect.poll(async () => (await outbox(extension))[0]?.attempts).toBe(1);
  await expect.poll(async () => (await outbox(extension))[0]?.state).toBe('pending');
  const [item] = await outbox(extension);
  expect(item!.nextAttemptAt).toBeGreaterThanOrEqual(before + 120_000);
  const worker = await extension.serviceWorker();
  const alarm = await worker.evaluate(() => chrome.alarms.get('outbox'));
  expect(alarm?.scheduledTime).toBeGreaterThanOrEqual(item!.nextAttemptAt);
  await new Promise((r) => setTimeout(r, 3000));
  expect((await ac.sandbox.requests()).filter(isCreate)).toHaveLength(1);
  // Let the two minutes pass: make the item due, as the alarm would, and wake the worker.
  await worker.evaluate(async () => {
    const { outbox } = await chrome.storage.local.get('outbox');
    await chrome.storage.local.set({
      outbox: (outbox as { nextAttemptAt: number }[]).map((i) => ({ ...i, nextAttemptAt: 0 })),
    });
  });
  await poke(panel);
  await waitForState(extension, [email], 'synced');
  expect(await contactCount(ac, email)).toBe(1);
  void pages;
});

test('500, 502, then 200 syncs after three attempts', async ({ extension, ac }) => {
  const { page, email } = await readyToSave(extension, ac, 'flaky');
  await ac.sandbox.fault({ match: CREATE, count: 1, action: { status: 500 } });
  await ac.sandbox.fault({ match: CREATE, count: 1, action: { status: 502 } });
  await saveByMessage(page, [email]);
  await waitForState(extension, [email], 'synced');
  expect((await ac.sandbox.requests()).filter(isCreate).map((r) => r.status)).toEqual([500, 502, 201]);
  expect(await contactCount(ac, email)).toBe(1);
});

test("a permanent 422 fails that save with AC's message and does not block the next", async ({
  extension,
  ac,
  pages,
}) => {
  const { panel } = await configuredPanelOn(extension, ac, `${pages.url}/person.html`);
  const bad = uniqueEmail('refused');
  const good = uniqueEmail('fine');
  await ac.sandbox.fault({
    match: CREATE,
    count: 1,
    action: {
      status: 422,
      body: { errors: [{ title: 'Contact email is not allowed.', code: 'field_invalid' }] },
    },
  });
  await saveFromPanel(panel, bad);
  await expect(panel.getByRole('status').filter({ hasText: 'Failed' })).toContainText(
    'Contact email is not allowed.',
  );
  await saveByMessage(panel, [good]);
  await waitForState(extension, [good], 'synced');
  expect(await contactCount(ac, good)).toBe(1);
  expect((await ac.sandbox.requests()).filter(isCreate)).toHaveLength(2);
});

test('a 401 pauses the queue; a new key resumes it and each save syncs once', async ({ extension, ac }) => {
  await configure(extension, ac);
  const page = await extension.openPage('options');
  const first = uniqueEmail('paused1');
  const second = uniqueEmail('paused2');
  await ac.sandbox.fault({ match: { path: '/api/3/contacts' }, count: 1, action: { status: 401 } });
  await saveByMessage(page, [first]);
  await expect.poll(async () => (await ac.sandbox.requests()).some((r) => r.status === 401)).toBe(true);
  await saveByMessage(page, [second]);
  await ac.sandbox.clearRequests();
  await new Promise((r) => setTimeout(r, 2500));
  expect(await ac.sandbox.requests()).toEqual([]);
  const items = await outbox(extension);
  expect(items.map((i) => i.state)).toEqual(['pending', 'pending']);
  await configure(extension, ac);
  await waitForState(extension, [first, second], 'synced');
  expect(await contactCount(ac, first)).toBe(1);
  expect(await contactCount(ac, second)).toBe(1);
  expect((await ac.sandbox.requests()).filter(isCreate)).toHaveLength(2);
});

test('saving while ActiveCampaign is unreachable says Queued and syncs once it is back', async ({
  extension,
  ac,
  pages,
}) => {
  const { panel } = await configuredPanelOn(extension, ac, `${pages.url}/person.html`);
  const email = uniqueEmail('offline');
  await ac.sandbox.setOffline(true);
  try {
    await saveFromPanel(panel, email);
    await expect(panel.getByRole('status')).toContainText('Queued');
    expect((await outbox(extension)).some((i) => i.capture.contact.email === email)).toBe(true);
  } finally {
    await ac.sandbox.setOffline(false);
  }
  await expectSynced(panel, 30_000);
  expect(await contactCount(ac, email)).toBe(1);
});

test('a worker stopped right after the save still syncs the save exactly once', async ({ extension, ac }) => {
  const { page, email } = await readyToSave(extension, ac, 'killed');
  await ac.sandbox.fault({ count: 1, action: { delayMs: 1500 } });
  await saveByMessage(page, [email]);
  await extension.killServiceWorker();
  await poke(page);
  await waitForState(extension, [email], 'synced');
  expect(await contactCount(ac, email)).toBe(1);
});

test('a worker stopped mid-create replays the create once: one contact', async ({ extension, ac }) => {
  const { page, email } = await readyToSave(extension, ac, 'midrequest');
  await ac.sandbox.fault({ match: CREATE, count: 1, action: { delayMs: 3000 } });
  await saveByMessage(page, [email]);
  await expect.poll(async () => (await ac.sandbox.requests()).some(isCreate), { timeout: 10_000 }).toBe(true);
  await extension.killServiceWorker();
  await new Promise((r) => setTimeout(r, 3500));
  await poke(page);
  await waitForState(extension, [email], 'synced');
  expect(await contactCount(ac, email)).toBe(1);
});

test('pending saves survive closing the browser and sync after a restart', async ({ ac, userDataDir }) => {
  const first = await launchExtension(userDataDir);
  await configure(first, ac);
  const page = await first.openPage('options');
  const email = uniqueEmail('restart');
  await ac.sandbox.setOffline(true);
  try {
    await saveByMessage(page, [email]);
    await expect.poll(async () => (await outbox(first)).length).toBe(1);
    await first.context.close();
  } finally {
    await ac.sandbox.setOffline(false);
  }
  expect(fs.existsSync(userDataDir)).toBe(true);
  const second = await launchExtension(userDataDir);
  try {
    await waitForState(second, [email], 'synced');
    expect(await contactCount(ac, email)).toBe(1);
  } finally {
    await second.context.close();
  }
});

test('double-clicking Save creates one contact', async ({ extension, ac, pages }) => {
  const { panel } = await configuredPanelOn(extension, ac, `${pages.url}/person.html`);
  const email = uniqueEmail('double');
  await expect(panel.getByLabel('First name')).not.toHaveValue('');
  await panel.getByLabel('Email').fill(email);
  await panel.getByRole('button', { name: 'Save', exact: true }).dblclick();
  await expectSynced(panel);
  expect(await contactCount(ac, email)).toBe(1);
  expect((await ac.sandbox.requests()).filter(isCreate)).toHaveLength(1);
});

test('50 saves stay within the configured rate in every second and all sync', async ({ extension, ac }) => {
  test.setTimeout(120_000);
  await configure(extension, ac);
  const page = await extension.openPage('options');
  const emails = Array.from({ length: 50 }, (_, i) => uniqueEmail(`bulk${i}`));
  await ac.sandbox.clearRequests();
  await saveByMessage(page, emails);
  await waitForState(extension, emails, 'synced', 90_000);
  const log = (await ac.sandbox.requests()).filter((r) => r.path.startsWith('/api/3/'));
  const perSecond = Math.max(...log.map((r) => log.filter((o) => o.t >= r.t && o.t < r.t + 1000).length));
  expect(perSecond).toBeLessThanOrEqual(4);
  expect(log.filter((r) => r.status === 429)).toEqual([]);
  for (const email of emails.slice(0, 5)) expect(await contactCount(ac, email)).toBe(1);
});

test('a hanging request is abandoned within 10 s and retried', async ({ extension, ac }) => {
  test.setTimeout(60_000);
  const { page, email } = await readyToSave(extension, ac, 'hang');
  await ac.sandbox.fault({ match: CREATE, count: 1, action: { hang: true } });
  await saveByMessage(page, [email]);
  await waitForState(extension, [email], 'synced', 40_000);
  const syncs = (await ac.sandbox.requests()).filter(isCreate);
  expect(syncs).toHaveLength(2);
  const [item] = (await outbox(extension)).filter((i) => i.capture.contact.email === email);
  expect(item?.attempts).toBe(2);
  expect(syncs[1]!.t - syncs[0]!.t).toBeLessThan(10_000 + 5_000);
  expect(await contactCount(ac, email)).toBe(1);
});

test('a failed tag step after the contact exists resumes from the stored step', async ({ extension, ac }) => {
  const { page, email } = await readyToSave(extension, ac, 'resume');
  const tag = `Resume ${Date.now().toString(36)}`;
  await ac.api.createTag(tag);
  await ac.sandbox.fault({ match: { path: '/api/3/contactTags' }, count: 1, action: { status: 500 } });
  await saveByMessage(page, [email], { tags: [tag] });
  await waitForState(extension, [email], 'synced');
  const log = await ac.sandbox.requests();
  expect(log.filter(isCreate)).toHaveLength(1);
  expect(log.filter((r) => r.path === '/api/3/contactTags').map((r) => r.status)).toEqual([500, 201]);
  const [contact] = await ac.api.contactsByEmail(email);
  expect(await ac.api.tagNames(contact!.id)).toEqual([tag]);
});

test('a redirect to another origin is not followed: the key never leaves, the save waits for a fixed URL', async ({
  extension,
  ac,
}) => {
  const tokens: string[] = [];
  const elsewhere = createServer((req, res) => {
    tokens.push(String(req.headers['api-token'] ?? 'no token'));
    res.writeHead(201, { 'Content-Type': 'application/json' });
    res.end('{"contact":{"id":"1","email":"x@example.com"}}');
  });
  await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
  try {
    const location = `http://localhost:${(elsewhere.address() as AddressInfo).port}/api/3/contacts`;
    await configure(extension, ac);
    const page = await extension.openPage('options');
    const email = uniqueEmail('redirected');
    await ac.sandbox.fault({ match: CREATE, count: 1, action: { redirect: { status: 307, location } } });
    await saveByMessage(page, [email]);
    await expect
      .poll(async () => (await ac.sandbox.requests()).some((r) => isCreate(r) && r.status === 307))
      .toBe(true);
    await new Promise((r) => setTimeout(r, 1500));
    expect(tokens).toEqual([]);
    const [item] = await outbox(extension);
    expect(item?.state).toBe('pending');
    expect(await contactCount(ac, email)).toBe(0);
  } finally {
    elsewhere.close();
  }
});
