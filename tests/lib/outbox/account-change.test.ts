// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/entrypoints/background/handlers';
import { createConnection } from '@/lib/activecampaign/connection';
import { outboxStore } from '@/lib/outbox/item';
import { readItems } from '@/lib/outbox/queue';
import { createOutboxRunner } from '@/lib/outbox/runner';
import { createItemSync } from '@/lib/outbox/sync-item';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { type Sandbox, startSandbox } from '@/tests/sandbox/server';
import { demoSeed } from '@/tests/sandbox/state';
import { TestAc } from '@/tests/support/ac-api';
import { type SandboxClient, sandboxClient } from '@/tests/support/sandbox-client';
import { testCapture, testEmail } from '../activecampaign/sync/sandbox-suite';

/**
 * Saves queued for account A while the user switches Sidecard to account B, through the real
 * background (messages, outbox, runner, sync) against two sandboxes on two origins. B holds other
 * people under the same contact ids A hands out, so a save resumed on A's contact id would land on
 * one of them.
 */

let a: Sandbox;
let b: Sandbox;
let controlB: SandboxClient;
let acB: TestAc;
beforeAll(async () => {
  const others = ['bob', 'carol', 'dan', 'erin'].map((name) => ({
    email: `${name}@b-account.example`,
    firstName: name,
  }));
  [a, b] = await Promise.all([
    startSandbox({ seed: 'demo', ratePerSecond: false }),
    startSandbox({
      seed: { ...demoSeed, contacts: [...(demoSeed.contacts ?? []), ...others] },
      ratePerSecond: false,
    }),
  ]);
  controlB = sandboxClient(b);
  acB = new TestAc(b);
});
afterAll(() => Promise.all([a.close(), b.close()]));

let clock = Date.now();
beforeEach(async () => {
  fakeBrowser.reset();
  // fake-browser has no permissions API; the user granted both origins.
  (browser as unknown as { permissions: unknown }).permissions = { contains: vi.fn(async () => true) };
  await sandboxClient(a).reset();
  await controlB.reset();
});

/** The background as it runs in the browser, with a clock the test moves past any retry time. */
function background() {
  const connection = createConnection();
  const runner = createOutboxRunner({
    ...createItemSync(connection),
    now: () => clock,
    setAlarm: async () => undefined,
    clearAlarm: async () => undefined,
    setBadge: async () => undefined,
  });
  const handlers = createHandlers(connection, runner);
  /** Lets every retry come due, then runs the outbox as an alarm would. */
  const later = async () => {
    clock += 2 * 60 * 60_000;
    await runner.drain();
  };
  return { handlers, runner, later };
}

const account = (sb: Sandbox) => ({ settings: { ...DEFAULT_SETTINGS, apiUrl: sb.url }, apiKey: sb.apiKey });
/** Everything B holds that a save could change. */
const heldByB = async () => {
  const { seq: _seq, imports: _imports, ...data } = await controlB.state();
  return data;
};
/** Requests the outbox sent to B (checking the key with users/me is what options does). */
const sentToB = async () =>
  (await controlB.requests()).filter((r) => r.path !== '/api/3/users/me').map((r) => `${r.method} ${r.path}`);

describe('a save queued for one account, after the user switches to another', () => {
  it('reaches neither account until the user decides; "send here" then writes it once to the new one', async () => {
    const { handlers, runner, later } = background();
    await handlers.saveSettings(account(a));
    await sandboxClient(a).setOffline(true);
    const email = testEmail('queued-for-a');
    await handlers.saveCapture({
      capture: testCapture({ contact: { email, firstName: 'Ada' }, lists: ['1'] }),
    });
    await runner.drain();
    expect(await readItems()).toMatchObject([{ state: 'pending' }]);

    const untouched = await heldByB();
    await handlers.saveSettings(account(b));
    await later();
    await later();

    expect(await sentToB()).toEqual([]);
    expect(await heldByB()).toEqual(untouched);
    const [held] = await readItems();
    expect(held).toMatchObject({ state: 'pending', origin: a.url });

    await handlers.decideHeld({ ids: [held!.id], decision: 'send-here', origin: b.url });
    await runner.drain();
    expect(await readItems()).toMatchObject([{ state: 'synced', origin: b.url }]);
    expect(await acB.contactsByEmail(email)).toMatchObject([{ firstName: 'Ada' }]);
    expect((await sentToB()).filter((r) => r === 'POST /api/3/contacts')).toHaveLength(1);
    await later();
    expect((await sentToB()).filter((r) => r === 'POST /api/3/contacts')).toHaveLength(1);
  });

  it('never resumes a save part-way through in A on the contact id A gave it: B’s person with that id is untouched', async () => {
    const { handlers, runner, later } = background();
    await handlers.saveSettings(account(a));
    // The contact is created in A, then the tag step keeps failing: the save waits with A's contact id.
    await sandboxClient(a).fault({
      match: { path: '/api/3/contactTags' },
      count: 5,
      action: { status: 500 },
    });
    const email = testEmail('part-way-in-a');
    await handlers.saveCapture({
      capture: testCapture({ contact: { email, firstName: 'Ada' }, lists: ['1'], tags: ['Lead'] }),
    });
    await runner.drain();
    const [partWay] = await readItems();
    expect(partWay?.progress).toMatchObject({ steps: { contact: true } });
    const untouched = await heldByB();
    const sameId = untouched.contacts.find((c) => String(c.id) === partWay?.progress.contactId);
    expect(sameId?.email).toMatch(/@b-account\.example$/);

    await handlers.saveSettings(account(b));
    await later();
    expect(await sentToB()).toEqual([]);
    expect(await heldByB()).toEqual(untouched);
    expect(await readItems()).toMatchObject([
      { state: 'pending', origin: a.url, progress: { origin: a.url } },
    ]);

    await handlers.decideHeld({ ids: [partWay!.id], decision: 'send-here', origin: b.url });
    await runner.drain();
    const [done] = await readItems();
    const [created] = await acB.contactsByEmail(email);
    expect(done).toMatchObject({ state: 'synced', result: { contactId: created?.id } });
    expect(created?.id).not.toBe(partWay?.progress.contactId);
    expect(await acB.tagNames(created!.id)).toEqual(['Lead']);
    const after = (await heldByB()).contacts.find((c) => c.id === sameId?.id);
    expect(after).toEqual(sameId);
    expect(await acB.tagNames(String(sameId?.id))).toEqual([]);
    expect(await acB.listStatuses(String(sameId?.id))).toEqual({});
  });

  it('"discard" removes the held save, and nothing reaches either account', async () => {
    const { handlers, runner, later } = background();
    await handlers.saveSettings(account(a));
    await sandboxClient(a).setOffline(true);
    await handlers.saveCapture({ capture: testCapture({ contact: { email: testEmail('discarded') } }) });
    await runner.drain();
    const untouched = await heldByB();
    await handlers.saveSettings(account(b));
    const [held] = await readItems();

    expect(await handlers.decideHeld({ ids: [held!.id], decision: 'discard', origin: b.url })).toEqual({
      changed: 1,
    });
    await later();
    expect(await readItems()).toEqual([]);
    expect(await sentToB()).toEqual([]);
    expect(await heldByB()).toEqual(untouched);
  });

  it('refuses a decision made for an account that is no longer the one in settings', async () => {
    const { handlers, runner } = background();
    await handlers.saveSettings(account(a));
    await sandboxClient(a).setOffline(true);
    await handlers.saveCapture({ capture: testCapture({ contact: { email: testEmail('moved-on') } }) });
    await runner.drain();
    await handlers.saveSettings(account(b));
    const [held] = await readItems();
    await expect(
      handlers.decideHeld({ ids: [held!.id], decision: 'send-here', origin: a.url }),
    ).rejects.toThrow('The account in Sidecard settings changed meanwhile');
    expect(await readItems()).toMatchObject([{ state: 'pending', origin: a.url }]);
  });
});

describe('a save stored before saves recorded their account', () => {
  it('is held for the user, never sent to whichever account is set now', async () => {
    const { handlers, later } = background();
    await handlers.saveSettings(account(b));
    const now = Date.now();
    const email = testEmail('stored-before');
    // As the version before origins wrote it: no origin on the item or its progress.
    await outboxStore.setValue([
      {
        id: crypto.randomUUID(),
        createdAt: now,
        dedupeKey: `${email}|{}`,
        capture: testCapture({ contact: { email }, lists: ['1'] }),
        state: 'pending',
        attempts: 1,
        nextAttemptAt: now,
        progress: { contactId: '2', steps: { contact: true, lists: [], tags: [] }, skippedLists: [] },
        updatedAt: now,
      },
    ]);
    const untouched = await heldByB();
    await later();

    expect(await sentToB()).toEqual([]);
    expect(await heldByB()).toEqual(untouched);
    const [held] = await readItems();
    expect(held?.state).toBe('pending');
    expect(held?.origin).toBeUndefined();
  });
});

describe('progress recorded against another account', () => {
  it('is never resumed: a save queued here whose steps were done elsewhere is written here in full (v1 mode)', async () => {
    const { handlers, runner } = background();
    await handlers.saveSettings({ ...account(b), settings: { ...account(b).settings, apiMode: 'v1' } });
    const now = Date.now();
    const email = testEmail('steps-done-elsewhere');
    // Its progress says the contact step is done — in account A, with A's contact id.
    await outboxStore.setValue([
      {
        id: crypto.randomUUID(),
        createdAt: now,
        dedupeKey: `${email}|{}`,
        capture: testCapture({ contact: { email, firstName: 'Ada' }, lists: ['1'] }),
        origin: b.url,
        state: 'pending',
        attempts: 0,
        nextAttemptAt: now,
        progress: {
          origin: a.url,
          contactId: '2',
          created: true,
          steps: { contact: true, fields: true, lists: ['1'], tags: [] },
          skippedLists: [],
        },
        updatedAt: now,
      },
    ]);
    await runner.drain();

    const [created] = await acB.contactsByEmail(email);
    expect(created).toMatchObject({ firstName: 'Ada' });
    expect(await readItems()).toMatchObject([
      { state: 'synced', result: { contactId: created?.id }, progress: { origin: b.url } },
    ]);
    expect(await acB.listStatuses(created!.id)).toEqual({ 1: '1' });
  });
});
