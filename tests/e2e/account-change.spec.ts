import type { Page } from '@playwright/test';
import { type Sandbox, startSandbox } from '../sandbox/server';
import { demoSeed } from '../sandbox/state';
import { TestAc } from '../support/ac-api';
import { sandboxClient } from '../support/sandbox-client';
import { configure, expect, openPanelOn, test } from './fixtures';
import { outbox, poke, saveByMessage, saveFromPanel, uniqueEmail, waitForState } from './helpers';

/**
 * Saves queued for account A while A is unreachable; the user switches Sidecard to account B.
 * Nothing reaches B until the user decides in the panel: "Send to B from scratch" writes the save
 * to B once, "Discard" removes it. Two sandboxes, two origins, read back through their APIs.
 */

test.beforeEach(async ({ ac }) => {
  test.skip(!ac.canInjectFaults, 'needs the sandbox to take account A offline');
});

/** Account B: other people already there, who must stay exactly as they are. */
const startAccountB = () =>
  startSandbox({
    port: 0,
    seed: {
      ...demoSeed,
      contacts: [
        ...(demoSeed.contacts ?? []),
        { email: 'bob@b-account.example', firstName: 'Bob', lists: { Prospects: 1 }, tags: ['Lead'] },
      ],
    },
  });

/** What B holds that a save could change, read through its control route. */
async function heldBy(b: Sandbox) {
  const { seq: _seq, imports: _imports, ...data } = await sandboxClient(b).state();
  return data;
}

/**
 * What B was asked to change. (The panel itself reads B's lists, tags and fields, and looks up the
 * person on the page it shows: reads the user sees, not saves.)
 */
const writesTo = async (b: Sandbox) =>
  (await sandboxClient(b).requests()).filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);

/** Gives the worker time for every retry it would make on its own, and wakes it twice. */
async function letTheQueueRun(page: Page) {
  for (let i = 0; i < 2; i++) {
    await poke(page);
    await new Promise((r) => setTimeout(r, 2_500));
  }
}

test('saves queued for account A never reach account B until the user decides; "send" writes once, "discard" removes', async ({
  extension,
  ac,
  pages,
}) => {
  const b = await startAccountB();
  const apiB = new TestAc(b);
  try {
    await configure(extension, ac);
    await ac.sandbox.setOffline(true);
    const { panel } = await openPanelOn(extension, `${pages.url}/person.html`);
    const kept = uniqueEmail('queued-for-a');
    await saveFromPanel(panel, kept);
    await expect(panel.getByRole('status').filter({ hasText: 'Queued' })).toBeVisible();

    const untouched = await heldBy(b);
    await configure(extension, b);
    await letTheQueueRun(panel);
    expect(await writesTo(b)).toEqual([]);
    expect(await heldBy(b)).toEqual(untouched);
    expect(await apiB.contactsByEmail(kept)).toEqual([]);

    await panel.reload();
    const held = panel.getByRole('group', { name: '1 save waits for your decision' });
    await expect(held).toContainText(`Queued for ${ac.url}, but Sidecard is now connected to ${b.url}.`);
    await expect(held).toContainText(kept);
    const popup = await extension.openPage('popup');
    await expect(popup.getByRole('group', { name: '1 save waits for your decision' })).toContainText(kept);
    await popup.close();

    await held.getByRole('button', { name: `Send to ${b.url} from scratch` }).click();
    await waitForState(extension, [kept], 'synced');
    await expect(held).toHaveCount(0);
    expect(await apiB.contactsByEmail(kept)).toHaveLength(1);
    await letTheQueueRun(panel);
    expect((await writesTo(b)).filter((r) => r === 'POST /api/3/contacts')).toHaveLength(1);
    const bob = (await heldBy(b)).contacts.find((c) => c.email === 'bob@b-account.example');
    expect(bob).toEqual(untouched.contacts.find((c) => c.email === 'bob@b-account.example'));

    // Back to A (still unreachable) for one more save, then to B again: this time it is discarded.
    await configure(extension, ac);
    const dropped = uniqueEmail('discarded');
    await saveFromPanel(panel, dropped);
    await configure(extension, b);
    await sandboxClient(b).clearRequests();
    const beforeDiscard = await heldBy(b);
    await panel.reload();
    const again = panel.getByRole('group', { name: '1 save waits for your decision' });
    await expect(again).toContainText(dropped);
    await again.getByRole('button', { name: 'Discard' }).click();
    await expect(again).toHaveCount(0);
    await expect
      .poll(async () => (await outbox(extension)).some((i) => i.capture.contact.email === dropped))
      .toBe(false);
    await letTheQueueRun(panel);
    expect(await writesTo(b)).toEqual([]);
    expect(await heldBy(b)).toEqual(beforeDiscard);
  } finally {
    await ac.sandbox.setOffline(false);
    await b.close();
  }
});

test('a save part-way through in account A is never resumed on A’s contact id in B: B’s person with that id is untouched', async ({
  extension,
  ac,
  pages,
}) => {
  await configure(extension, ac);
  const options = await extension.openPage('options');
  // The contact is created in A, then every tag step fails: the save waits with A's contact id.
  await ac.sandbox.fault({
    match: { method: 'POST', path: '/api/3/contactTags' },
    count: 100,
    action: { status: 500 },
  });
  const email = uniqueEmail('part-way-in-a');
  await saveByMessage(options, [email], { tags: ['Lead'] });
  let idInA = '';
  await expect
    .poll(async () => {
      idInA =
        (await outbox(extension)).find((i) => i.capture.contact.email === email)?.progress.contactId ?? '';
      return idInA;
    })
    .not.toBe('');

  // Account B has its own people, one of them under the id A gave this save.
  const people = Array.from({ length: Number(idInA) + 1 }, (_, i) => ({
    email: `person${i + 1}@b-account.example`,
    firstName: `Person${i + 1}`,
  }));
  const b = await startSandbox({ port: 0, seed: { ...demoSeed, contacts: people } });
  try {
    const untouched = await heldBy(b);
    const sameId = untouched.contacts.find((c) => String(c.id) === idInA);
    expect(sameId?.email).toMatch(/@b-account\.example$/);
    await configure(extension, b);
    await letTheQueueRun(options);
    expect(await writesTo(b)).toEqual([]);
    expect(await heldBy(b)).toEqual(untouched);

    const { panel } = await openPanelOn(extension, `${pages.url}/person.html`);
    const held = panel.getByRole('group', { name: '1 save waits for your decision' });
    await held.getByRole('button', { name: `Send to ${b.url} from scratch` }).click();
    await waitForState(extension, [email], 'synced');
    const apiB = new TestAc(b);
    const [created] = await apiB.contactsByEmail(email);
    expect(created?.id).not.toBe(idInA);
    expect(await apiB.tagNames(created!.id)).toEqual(['Lead']);
    expect(await apiB.tagNames(idInA)).toEqual([]);
    expect((await heldBy(b)).contacts.find((c) => String(c.id) === idInA)).toEqual(sameId);
  } finally {
    await ac.sandbox.clearFaults();
    await b.close();
  }
});
