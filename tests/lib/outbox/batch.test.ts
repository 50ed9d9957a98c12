// @vitest-environment node
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAcClient } from '@/lib/activecampaign/client/v3';
import type { Connection } from '@/lib/activecampaign/connection';
import { outboxStore } from '@/lib/outbox/item';
import { type DrainDeps, drain, enqueue, readItems, recoverInterrupted, retry } from '@/lib/outbox/queue';
import { createItemSync } from '@/lib/outbox/sync-item';
import type { SaveRequest } from '@/lib/save/request';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { type TestAc, uniqueName } from '@/tests/support/ac-api';
import { refuseOneImported, type SandboxClient } from '@/tests/support/sandbox-client';
import { sandboxSuite, testCapture } from '../activecampaign/sync/sandbox-suite';

/**
 * A team page's batch through the real outbox and the real sync, against the sandbox: saves sent
 * together (10 or more) go through AC's bulk importer as one run, each person's own outcome lands
 * on their own item, and a worker stopped mid-batch leaves nothing that a re-run would duplicate.
 */

const suite = sandboxSuite({ fields: [{ title: 'Job Title', perstag: 'JOB_TITLE' }] });
let ac: TestAc;
let control: SandboxClient;
beforeAll(() => {
  ({ ac, control } = suite);
});
beforeEach(() => fakeBrowser.reset());

/** The drain as the background wires it, for a client whose fetch the test may wrap. */
function drainDeps(
  fetch: typeof globalThis.fetch = globalThis.fetch,
  apiMode: Settings['apiMode'] = 'v3',
  more: Partial<Settings> = {},
): DrainDeps {
  const client = createAcClient({ apiUrl: suite.sb.url, apiKey: suite.sb.apiKey, fetch });
  const settings = { ...DEFAULT_SETTINGS, apiUrl: suite.sb.url, apiMode, ...more };
  const connection: Connection = {
    clientFor: async () => client,
    requireClient: async () => ({ client, settings }),
    limiterState: () => undefined,
  };
  return {
    now: Date.now,
    checkPaused: async () => null,
    currentOrigin: async () => suite.sb.url,
    ...createItemSync(connection),
    pause: vi.fn(async () => undefined),
    schedule: async () => undefined,
  };
}

async function team(size: number) {
  const list = await ac.createList(uniqueName('Team'));
  const prefix = uniqueName('team').replace(/\s+/g, '-').toLowerCase();
  const captures = Array.from({ length: size }, (_, i) =>
    testCapture({
      contact: { email: `${prefix}-${i}@acme.example`, firstName: `Person${i}` },
      lists: [list],
    }),
  );
  return { list, captures };
}

const count = async (method: string, path: string) =>
  (await control.requests()).filter((r) => r.method === method && r.path === path).length;

/** Every item synced with the id of the one contact AC holds for its email, with its values. */
async function expectEachSyncedToItsOwnContact(list: string) {
  for (const item of await readItems()) {
    const held = await ac.contactsByEmail(item.capture.contact.email);
    expect(held).toHaveLength(1);
    expect(item).toMatchObject({ state: 'synced', result: { contactId: held[0]?.id } });
    expect(held[0]?.firstName).toBe(item.capture.contact.firstName);
    expect(await ac.listStatuses(held[0]!.id)).toEqual({ [list]: '1' });
  }
}

describe('a batch saved together', () => {
  it('of 12 goes through the bulk importer as one run, and each person’s result lands on their own item', async () => {
    const { list, captures } = await team(12);
    await enqueue(captures, Date.now(), { origin: suite.sb.url, batchId: crypto.randomUUID() });
    await drain(drainDeps());

    expect(await count('POST', '/api/3/import/bulk_import')).toBe(2); // emails alone, then the values
    expect(await count('POST', '/api/3/contacts')).toBe(0);
    await expectEachSyncedToItsOwnContact(list);
  });

  it('of 9 is saved person by person', async () => {
    const { list, captures } = await team(9);
    await enqueue(captures, Date.now(), { origin: suite.sb.url, batchId: crypto.randomUUID() });
    await drain(drainDeps());

    expect(await count('POST', '/api/3/import/bulk_import')).toBe(0);
    expect(await count('POST', '/api/3/contacts')).toBe(9);
    await expectEachSyncedToItsOwnContact(list);
  });

  it('of 10 in v1 mode is saved one by one, the bulk importer being a v3 call', async () => {
    const { list, captures } = await team(10);
    await enqueue(captures, Date.now(), { origin: suite.sb.url, batchId: crypto.randomUUID() });
    await drain(drainDeps(globalThis.fetch, 'v1'));

    expect(await count('POST', '/api/3/import/bulk_import')).toBe(0);
    expect(await count('POST', '/admin/api.php')).toBe(20); // email alone, then the values
    await expectEachSyncedToItsOwnContact(list);
  });

  it('fails only the person AC refused, with their own reason, on their own item', async () => {
    const { captures } = await team(12);
    await control.fault(refuseOneImported(3));
    await control.fault({
      match: { method: 'POST', path: '/api/3/contacts' },
      count: 1,
      action: {
        status: 422,
        body: {
          errors: [
            {
              title: 'Email address is not allowed',
              code: 'field_invalid',
              source: { pointer: '/data/attributes/email' },
            },
          ],
        },
      },
    });
    await enqueue(captures, Date.now(), { origin: suite.sb.url, batchId: crypto.randomUUID() });
    await drain(drainDeps());

    const items = await readItems();
    const refused = items.find((i) => i.capture.contact.email === captures[3]?.contact.email);
    expect(refused).toMatchObject({
      state: 'failed',
      lastError: { message: expect.stringContaining('not allowed') },
    });
    expect(items.filter((i) => i.state === 'synced')).toHaveLength(11);
    expect(await ac.contactsByEmail(captures[3]!.contact.email)).toEqual([]);
  });

  it('stopped mid-batch, after the import created the contacts, is finished on restart without a duplicate', async () => {
    const { list, captures } = await team(12);
    // The second import (the new people's values) never answers; the worker is then stopped.
    let imports = 0;
    let cut: (err: Error) => void = () => undefined;
    const stopping: typeof globalThis.fetch = (input, init) => {
      const request = new Request(input, init);
      if (request.method === 'POST' && new URL(request.url).pathname === '/api/3/import/bulk_import') {
        imports++;
        if (imports === 2) return new Promise((_, reject) => (cut = reject));
      }
      return fetch(request);
    };
    await enqueue(captures, Date.now(), { origin: suite.sb.url, batchId: crypto.randomUUID() });
    const first = drain(drainDeps(stopping));
    await vi.waitFor(() => expect(imports).toBe(2), { timeout: 10_000 });
    // What a stopped worker leaves on disk: every item `syncing`, each with the contact it created.
    const onDisk = await outboxStore.getValue();
    expect((await readItems()).every((i) => i.state === 'syncing' && i.progress.created)).toBe(true);
    cut(new TypeError('worker stopped'));
    await first;
    await outboxStore.setValue(onDisk);

    await recoverInterrupted(Date.now());
    await drain(drainDeps());

    await expectEachSyncedToItsOwnContact(list);
  });
});

// ---- A batch is as safe and as complete as single saves (issue #20, items 1–5) ----

/** Job title into a mapped field, the company as an account with the title on the link, a note. */
const COMPLETE: Partial<Settings> = { fieldMap: { jobTitle: '%JOB_TITLE%' }, provenanceNote: true };
const completeDeps = (fetch: typeof globalThis.fetch = globalThis.fetch) => drainDeps(fetch, 'v3', COMPLETE);

/** Twelve people of one team page with everything a page gives: name, title, company, phone. */
async function fullTeam(prefix: string, list: string, tag: string, capturedAt = new Date().toISOString()) {
  return Array.from({ length: 12 }, (_, i) =>
    testCapture({
      contact: {
        email: `${prefix}-${i}@larkspur.example`,
        firstName: `Person${i}`,
        lastName: 'Larkspur',
        title: `Role ${i}`,
        company: 'Larkspur Labs',
        phone: `+1415555${String(i).padStart(4, '0')}`,
      },
      source: { url: 'https://larkspur.example/people', title: 'People — Larkspur Labs' },
      lists: [list],
      tags: [tag],
      capturedAt,
    }),
  );
}

/** Everything AC holds for the one contact with this email, read back through the API. */
async function held(email: string) {
  const contacts = await ac.contactsByEmail(email);
  expect(contacts).toHaveLength(1);
  const { id, firstName, lastName, phone } = contacts[0]!;
  const get = <T>(sub: string) => ac.request<T>('GET', `contacts/${id}/${sub}`);
  const values = await get<{ fieldValues: { field: string; value: string }[] }>('fieldValues');
  const links = await get<{ accountContacts: { account: string; jobTitle: string }[] }>('accountContacts');
  const accounts = await Promise.all(
    links.accountContacts.map(async (l) => ({
      name: (await ac.request<{ account: { name: string } }>('GET', `accounts/${l.account}`)).account.name,
      jobTitle: l.jobTitle,
    })),
  );
  const notes = await get<{ notes: { note: string }[] }>('notes');
  return {
    id,
    contact: { firstName, lastName, phone },
    fields: values.fieldValues.map((v) => v.value),
    lists: await ac.listStatuses(id),
    tags: (await ac.tagNames(id)).sort(),
    accounts,
    notes: notes.notes.map((n) => n.note.replace(email, '<email>')),
  };
}

const makeDue = async () =>
  outboxStore.setValue(
    ((await outboxStore.getValue()) as { nextAttemptAt: number }[]).map((i) => ({ ...i, nextAttemptAt: 0 })),
  );

/** A new person of the full team, as a single save leaves them. */
async function expectSavedInFull(capture: ReturnType<typeof testCapture>, list: string, tag: string) {
  const { contact } = capture;
  expect(await held(contact.email)).toMatchObject({
    contact: { firstName: contact.firstName, lastName: contact.lastName, phone: contact.phone },
    fields: [contact.title],
    lists: { [list]: '1' },
    tags: [tag],
    accounts: [{ name: contact.company, jobTitle: contact.title }],
    notes: [expect.stringContaining('Captured with Sidecard')],
  });
}

async function newTeam(label: string) {
  const list = await ac.createList(uniqueName(label));
  const tag = uniqueName(label);
  const prefix = uniqueName(label).replace(/\s+/g, '-').toLowerCase();
  return { list, tag, prefix, captures: await fullTeam(prefix, list, tag) };
}

describe('a batch whose import outcome is not seen at first (item 1)', () => {
  it('import/info failing: the next run reads the same import again, and new people keep their title and company', async () => {
    const { list, tag, captures } = await newTeam('Info down');
    await control.fault({
      match: { method: 'GET', path: '/api/3/import/info' },
      count: 1,
      action: { status: 503 },
    });
    await enqueue(captures, Date.now(), { origin: suite.sb.url, batchId: crypto.randomUUID() });
    await drain(completeDeps());
    const waiting = await readItems();
    expect(waiting.every((i) => i.state === 'pending' && i.progress.bulkImport?.batchId)).toBe(true);

    await makeDue();
    await drain(completeDeps());

    expect((await readItems()).map((i) => i.state)).toEqual(Array(12).fill('synced'));
    for (const c of captures) await expectSavedInFull(c, list, tag);
    const imports = (await control.requests()).filter((r) => r.path === '/api/3/import/bulk_import');
    expect(imports).toHaveLength(2); // the emails once, the values once: the first import was read again
  });

  it('a worker stopped while polling: the restart reads that import, and nobody loses a value', async () => {
    const { list, tag, captures } = await newTeam('Stopped poll');
    let cut: (err: Error) => void = () => undefined;
    let polled = false;
    const stopping: typeof globalThis.fetch = (input, init) => {
      const request = new Request(input, init);
      if (new URL(request.url).pathname === '/api/3/import/info') {
        polled = true;
        return new Promise((_, reject) => (cut = reject));
      }
      return fetch(request);
    };
    await enqueue(captures, Date.now(), { origin: suite.sb.url, batchId: crypto.randomUUID() });
    const first = drain(completeDeps(stopping));
    await vi.waitFor(() => expect(polled).toBe(true), { timeout: 10_000 });
    // What a stopped worker leaves on disk: every item `syncing`, each with the import it was sent in.
    const onDisk = await outboxStore.getValue();
    expect((await readItems()).every((i) => i.state === 'syncing' && i.progress.bulkImport?.batchId)).toBe(
      true,
    );
    cut(new TypeError('worker stopped'));
    await first;
    await outboxStore.setValue(onDisk);

    await recoverInterrupted(Date.now());
    await drain(completeDeps());

    for (const c of captures) await expectSavedInFull(c, list, tag);
    expect(await count('POST', '/api/3/contacts')).toBe(0);
  });

  it('an import that outlives the poll is waited for, not taken for existing people', async () => {
    const { list, tag, captures } = await newTeam('Slow import');
    // Three are in AC already (nothing but their email): saved per person at once, so only nine wait.
    for (const c of captures.slice(0, 3)) await ac.syncContact({ email: c.contact.email });
    await control.scriptImports({ count: 1, durationMs: 5_000 });
    await enqueue(captures, Date.now(), { origin: suite.sb.url, batchId: crypto.randomUUID() });
    await drain(completeDeps());
    const items = await readItems();
    expect(items.map((i) => i.state)).toEqual([...Array(3).fill('synced'), ...Array(9).fill('pending')]);
    expect(items.slice(3).every((i) => i.lastError?.kind === 'timeout')).toBe(true);

    await makeDue();
    await drain(completeDeps());

    // Fewer than ten were left, yet they went on as a batch: the same import was read, nobody created twice.
    expect(await count('POST', '/api/3/import/bulk_import')).toBe(2);
    expect(await count('POST', '/api/3/contacts')).toBe(0);
    for (const c of captures) await expectSavedInFull(c, list, tag);
  });
});

describe('existing people in a batch (item 2)', () => {
  it('end exactly as saving each alone would leave them: mapped fields, account with job title, note, locked lists', async () => {
    const list = await ac.createList(uniqueName('Same as alone'));
    const tag = uniqueName('Same as alone');
    const capturedAt = new Date().toISOString();
    const oldCo = await ac.request<{ account: { id: string } }>('POST', 'accounts', {
      account: { name: uniqueName('Old Co') },
    });
    // The same team twice, from the same AC state: one saved as a batch, the other one by one.
    const twins = await Promise.all(
      ['batch', 'alone'].map(async (how) => {
        const prefix = uniqueName(how).replace(/\s+/g, '-').toLowerCase();
        const captures = await fullTeam(prefix, list, tag, capturedAt);
        const [unconfirmed, employed, bare] = captures.map((c) => c.contact.email);
        const a = await ac.syncContact({ email: unconfirmed, firstName: 'Kept' });
        await ac.request('POST', 'contactLists', { contactList: { contact: a, list, status: 0 } });
        const b = await ac.syncContact({ email: employed, lastName: 'Held' });
        await ac.request('POST', 'accountContacts', {
          accountContact: { account: oldCo.account.id, contact: b, jobTitle: 'Founder' },
        });
        await ac.syncContact({ email: bare });
        return captures;
      }),
    );
    const [batch, alone] = twins as [SaveRequest[], SaveRequest[]];
    await enqueue(batch, Date.now(), { origin: suite.sb.url, batchId: crypto.randomUUID() });
    await drain(completeDeps());
    for (const capture of alone) await enqueue([capture], Date.now(), { origin: suite.sb.url });
    await drain(completeDeps());

    expect((await readItems()).every((i) => i.state === 'synced')).toBe(true);
    for (const [i, capture] of batch.entries()) {
      const { id: _batchId, ...inBatch } = await held(capture.contact.email);
      const { id: _aloneId, ...single } = await held(alone[i]!.contact.email);
      expect({ person: i, ...inBatch }).toEqual({ person: i, ...single });
    }
    expect((await held(batch[0]!.contact.email)).lists).toEqual({ [list]: '0' });
    expect((await held(batch[1]!.contact.email)).accounts).toMatchObject([{ jobTitle: 'Founder' }]);
  });
});

describe('the importer’s refusals (item 3)', () => {
  it('someone on the exclusion list is not saved another way, subscribed to nothing, and told why', async () => {
    const { list, tag, captures } = await newTeam('Excluded');
    const excluded = captures[4]!.contact.email;
    await control.exclude(excluded);
    await enqueue(captures, Date.now(), { origin: suite.sb.url, batchId: crypto.randomUUID() });
    await drain(completeDeps());

    const items = await readItems();
    const refused = items.find((i) => i.capture.contact.email === excluded);
    expect(refused).toMatchObject({
      state: 'failed',
      lastError: { message: expect.stringContaining('exclusion list') },
    });
    expect(await ac.contactsByEmail(excluded)).toEqual([]);
    expect(await count('POST', '/api/3/contacts')).toBe(0);
    expect(await count('POST', '/api/3/contactLists')).toBe(0);
    for (const c of captures.filter((c) => c.contact.email !== excluded))
      await expectSavedInFull(c, list, tag);
  });

  it('retried by hand, the refused person is saved per person but subscribed to no list without consent', async () => {
    const { tag, captures } = await newTeam('Excluded retry');
    const excluded = captures[7]!.contact.email;
    await control.exclude(excluded, 'bounced');
    await enqueue(captures, Date.now(), { origin: suite.sb.url, batchId: crypto.randomUUID() });
    await drain(completeDeps());
    const refused = (await readItems()).find((i) => i.capture.contact.email === excluded)!;
    expect(refused.state).toBe('failed');

    await retry(refused.id, Date.now());
    await drain(completeDeps());

    expect((await readItems()).find((i) => i.id === refused.id)?.state).toBe('synced');
    const saved = await held(excluded);
    expect(saved.lists).toEqual({});
    expect(saved).toMatchObject({ tags: [tag], fields: [captures[7]!.contact.title] });
    expect(await count('POST', '/api/3/contactLists')).toBe(0);
  });
});

describe('the same email twice in one batch (item 4)', () => {
  it('the second capture is saved after the first, as a second single save would be: its own tag, blanks filled', async () => {
    const { list, tag, captures } = await newTeam('Twice');
    const again = testCapture({
      contact: { email: captures[2]!.contact.email, firstName: 'Other', phone: '+14155559999' },
      tags: ['Second capture'],
      lists: [list],
    });
    const first = { ...captures[2]!, contact: { ...captures[2]!.contact, phone: undefined } };
    const batch = [...captures.slice(0, 2), first, ...captures.slice(3), again];
    await enqueue(batch, Date.now(), { origin: suite.sb.url, batchId: crypto.randomUUID() });
    await drain(completeDeps());

    const items = await readItems();
    expect(items.map((i) => i.state)).toEqual(Array(13).fill('synced'));
    const [one, two] = items.filter((i) => i.capture.contact.email === first.contact.email);
    expect(two?.result?.contactId).toBe(one?.result?.contactId);
    expect(await held(first.contact.email)).toMatchObject({
      contact: { firstName: first.contact.firstName, phone: '+14155559999' },
      tags: ['Second capture', tag].sort(),
    });
  });
});

describe('"created" means created (item 5)', () => {
  it('an id the importer lists although the contact was there before is saved per person, keeping AC’s values', async () => {
    const { list, captures } = await newTeam('Not created');
    const there = captures[0]!.contact.email;
    const id = await ac.syncContact({ email: there, firstName: 'Kept', phone: '+15550001' });
    await ac.request('POST', 'contactLists', { contactList: { contact: id, list, status: 0 } });
    // Older than the import by more than AC's one-second dates.
    await new Promise((r) => setTimeout(r, 1_100));
    // The lookup misses them, and the importer lists every contact it touched under "success".
    await control.fault({
      match: { method: 'GET', path: '/api/3/contacts' },
      count: 1,
      action: { lookupMiss: true },
    });
    await control.scriptImports({ count: 1, durationMs: 400, successListsUpdated: true });
    await enqueue(captures, Date.now(), { origin: suite.sb.url, batchId: crypto.randomUUID() });
    await drain(completeDeps());

    expect((await readItems()).every((i) => i.state === 'synced')).toBe(true);
    expect(await held(there)).toMatchObject({
      id,
      contact: { firstName: 'Kept', lastName: 'Larkspur', phone: '+15550001' },
      lists: { [list]: '0' },
    });
  });
});
