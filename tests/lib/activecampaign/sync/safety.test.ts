// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import type { FieldIndex } from '@/lib/activecampaign/catalog/indexes';
import { type AcClient, createAcClient } from '@/lib/activecampaign/client/v3';
import { isAccountRefusal } from '@/lib/activecampaign/errors';
import { runBatch } from '@/lib/activecampaign/sync/batch';
import { runCaptureSync } from '@/lib/activecampaign/sync/run';
import { runCaptureSyncV1 } from '@/lib/activecampaign/sync/run-v1';
import { emptyProgress } from '@/lib/outbox/progress';
import { type TestAc, uniqueName } from '@/tests/support/ac-api';
import { memoryStore, testDeps } from '@/tests/support/activecampaign-fakes';
import { refuseOneImported, type SandboxClient } from '@/tests/support/sandbox-client';
import { sandboxSuite, testCapture, testEmail } from './sandbox-suite';

/**
 * What a real customer's CRM must survive (docs/activecampaign.md): a lookup that misses, a contact
 * deleted since the last save, list statuses 0 and 3, awkward tag names, a refused list, a lost
 * note answer. Each test runs the real sync against the sandbox with the fault or fact in place.
 */

const suite = sandboxSuite({
  fields: [
    { title: 'LinkedIn URL', perstag: 'LINKEDIN_URL' },
    { title: 'Birthday', perstag: 'BIRTHDAY', type: 'date' },
  ],
});
let ac: TestAc;
let control: SandboxClient;
beforeAll(() => {
  ({ ac, control } = suite);
});
const client = (opts: { timeoutMs?: number } = {}): AcClient =>
  createAcClient({ apiUrl: suite.sb.url, apiKey: suite.sb.apiKey, ...opts });
const email = testEmail;
const capture = testCapture;
const setStatus = (contact: string, list: string, status: number) =>
  ac.request('POST', 'contactLists', { contactList: { contact, list, status } });
const writes = async () =>
  (await control.requests()).filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);

describe('a lookup that misses an existing contact', () => {
  it('overwrites nothing and subscribes nothing: the create is refused and the run re-plans', async () => {
    const lists = await Promise.all(
      ['Pending', 'Gone', 'Bounced', 'Fresh'].map((n) => ac.createList(uniqueName(n))),
    );
    const [pending, gone, bounced, fresh] = lists as [string, string, string, string];
    const c = capture({ contact: { firstName: 'Page', lastName: 'Name', phone: '+15550002' }, lists });
    const id = await ac.syncContact({ email: c.contact.email, firstName: 'Kept', phone: '+15550001' });
    await setStatus(id, pending, 0);
    await setStatus(id, gone, 2);
    await setStatus(id, bounced, 3);
    await control.clearRequests();
    await control.fault({
      match: { method: 'GET', path: '/api/3/contacts' },
      count: 1,
      action: { lookupMiss: true },
    });

    const result = await runCaptureSync(c, emptyProgress(), testDeps(client()));

    expect(result).toMatchObject({ contactId: id, created: false });
    expect(await ac.contactsByEmail(c.contact.email)).toMatchObject([
      { id, firstName: 'Kept', lastName: 'Name', phone: '+15550001' },
    ]);
    expect(await ac.listStatuses(id)).toEqual({ [pending]: '0', [gone]: '2', [bounced]: '3', [fresh]: '1' });
    expect(result.skippedLists.sort()).toEqual([pending, gone, bounced].sort());
    expect(await writes()).toEqual([
      'POST /api/3/contacts',
      `PUT /api/3/contacts/${id}`,
      'POST /api/3/contactLists',
    ]);
  });
});

describe('a lookup that misses an existing contact, in v1 mode and in a bulk import', () => {
  /** Someone AC holds with values and locked lists, and a list they are not on yet. */
  async function heldWithLockedLists(email: string) {
    const lists = await Promise.all(
      ['Pending', 'Gone', 'Bounced', 'Fresh'].map((n) => ac.createList(uniqueName(n))),
    );
    const [pending, gone, bounced, fresh] = lists as [string, string, string, string];
    const id = await ac.syncContact({ email, firstName: 'Kept', phone: '+15550001' });
    await setStatus(id, pending, 0);
    await setStatus(id, gone, 2);
    await setStatus(id, bounced, 3);
    const expected = { [pending]: '0', [gone]: '2', [bounced]: '3', [fresh]: '1' };
    return { id, lists, pending, fresh, expected };
  }
  const missNextLookup = (path: string) =>
    control.fault({ match: { method: 'GET', path }, count: 1, action: { lookupMiss: true } });

  it('v1: overwrites nothing and subscribes nothing locked; the contact is created with its email alone', async () => {
    const target = email('v1miss');
    const { id, lists, expected } = await heldWithLockedLists(target);
    await missNextLookup('/admin/api.php');
    const c = capture({
      contact: { email: target, firstName: 'Page', lastName: 'Name', phone: '+15550002' },
      lists,
    });

    const result = await runCaptureSyncV1(c, emptyProgress(), testDeps(client(), { apiMode: 'v1' }));

    expect(result).toMatchObject({ contactId: id, created: false });
    expect(await ac.contactsByEmail(target)).toMatchObject([
      { id, firstName: 'Kept', lastName: 'Name', phone: '+15550001' },
    ]);
    expect(await ac.listStatuses(id)).toEqual(expected);
  });

  it('bulk: the missed person keeps their values and locked lists; everyone else is imported', async () => {
    const prefix = uniqueName('bmiss').replace(/\s+/g, '-').toLowerCase();
    const missed = `${prefix}-0@acme.example`;
    const { id, pending, fresh, expected } = await heldWithLockedLists(missed);
    // Unconfirmed (0) is the status the importer would silently make active; it refuses 2 and 3 itself.
    const lists = [pending, fresh];
    const captures = Array.from({ length: 12 }, (_, i) =>
      capture({
        contact: { email: `${prefix}-${i}@acme.example`, firstName: `F${i}`, phone: '+15550002' },
        lists,
      }),
    );
    await missNextLookup('/api/3/contacts');
    const deps = { ...testDeps(client()), saveProgress: async () => undefined, sleep: async () => undefined };

    const outcomes = await runBatch(
      captures.map((c) => ({ capture: c, progress: emptyProgress() })),
      deps,
    );

    expect(outcomes.map((o) => o.ok)).toEqual(Array(12).fill(true));
    expect(outcomes[0]).toMatchObject({ contactId: id, via: 'per-person' });
    expect(await ac.contactsByEmail(missed)).toMatchObject([{ id, firstName: 'Kept', phone: '+15550001' }]);
    expect(await ac.listStatuses(id)).toEqual(expected);
    const other = await ac.contactsByEmail(`${prefix}-5@acme.example`);
    expect(other).toMatchObject([{ id: outcomes[5]?.contactId, firstName: 'F5', phone: '+15550002' }]);
    expect(await ac.listStatuses(outcomes[5]!.contactId!)).toEqual({ [pending]: '1', [fresh]: '1' });
  });
});

describe('list statuses 0 and 3', () => {
  it('an unconfirmed or bounced person is made active only on the list the user consented to', async () => {
    const [pending, bounced] = await Promise.all(
      ['Pending', 'Bounced'].map((n) => ac.createList(uniqueName(n))),
    );
    const c = capture({ lists: [pending!, bounced!], resubscribeLists: [bounced!] });
    const id = await ac.syncContact({ email: c.contact.email });
    await setStatus(id, pending!, 0);
    await setStatus(id, bounced!, 3);
    const result = await runCaptureSync(c, emptyProgress(), testDeps(client()));
    expect(result.skippedLists).toEqual([pending]);
    expect(await ac.listStatuses(id)).toEqual({ [pending!]: '0', [bounced!]: '1' });
  });
});

describe('a contact deleted or merged in AC after a save', () => {
  it('is found again by email and every step redone, without pausing anything', async () => {
    const list = await ac.createList(uniqueName('List'));
    const tag = uniqueName('Tag');
    const c = capture({ contact: { firstName: 'Del' }, lists: [list], tags: [tag] });
    const deps = testDeps(client());
    const first = await runCaptureSync(c, emptyProgress(), deps);
    await ac.request('DELETE', `contacts/${first.contactId}`);

    const progress = deps.saved.at(-1) ?? emptyProgress();
    const again = await runCaptureSync(c, progress, deps);
    expect(again.contactId).not.toBe(first.contactId);
    expect(again.created).toBe(true);
    expect(await ac.contactsByEmail(c.contact.email)).toMatchObject([
      { id: again.contactId, firstName: 'Del' },
    ]);
    expect(await ac.listStatuses(again.contactId)).toEqual({ [list]: '1' });
    expect(await ac.tagNames(again.contactId)).toEqual([tag]);
  });
});

describe('tags on a real account', () => {
  it('tags named constructor and __proto__ are real tags, not Object properties', async () => {
    const c = capture({ tags: ['constructor', '__proto__', 'toString'] });
    const result = await runCaptureSync(c, emptyProgress(), testDeps(client()));
    expect((await ac.tagNames(result.contactId)).sort()).toEqual(['__proto__', 'constructor', 'toString']);
  });

  it('finds the exact tag past the first page of look-alikes, and never uses a template tag', async () => {
    const base = uniqueName('Lead');
    for (let i = 0; i < 25; i++) await ac.createTag(`${base} ${i}`);
    const exactId = await ac.createTag(base);
    const template = uniqueName('Welcome');
    await ac.request('POST', 'tags', { tag: { tag: template, tagType: 'template', description: '' } });
    const c = capture({ tags: [base, template] });
    const result = await runCaptureSync(c, emptyProgress(), testDeps(client()));
    const tags = await ac.request<{ contactTags: { tag: string }[] }>(
      'GET',
      `contacts/${result.contactId}/contactTags`,
    );
    expect(tags.contactTags.map((t) => t.tag)).toContain(exactId);
    expect((await ac.tagNames(result.contactId)).sort()).toEqual([base, template].sort());
    expect((await ac.tagsNamed(template)).length).toBe(2); // the template one and a new contact tag
  });
});

describe('one odd answer does not stop the queue', () => {
  it('a 403 on a list fails that save with the list named, and is not an account refusal', async () => {
    const name = uniqueName('Secret');
    const list = await ac.createList(name);
    await control.fault({
      match: { method: 'POST', path: '/api/3/contactLists' },
      count: 1,
      action: { status: 403 },
    });
    const err = await runCaptureSync(capture({ lists: [list] }), emptyProgress(), testDeps(client())).catch(
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ kind: 'validation', code: 'forbidden' });
    expect((err as Error).message).toContain(`“${name}”`);
    expect(isAccountRefusal(err)).toBe(false);
  });

  it('a 401 is an account refusal', async () => {
    const bad = createAcClient({ apiUrl: suite.sb.url, apiKey: 'wrong' });
    const err = await bad.testConnection().catch((e: unknown) => e);
    expect(isAccountRefusal(err)).toBe(true);
  });
});

describe('notes after a lost answer', () => {
  it('a note AC applied before the request timed out is not posted twice', async () => {
    const c = capture({ note: uniqueName('Met at the fair') });
    await control.fault({
      match: { method: 'POST', path: '/api/3/notes' },
      count: 1,
      action: { delayMs: 600 },
    });
    const deps = testDeps(client({ timeoutMs: 300 }));
    const err = await runCaptureSync(c, emptyProgress(), deps).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'timeout' });
    await new Promise((r) => setTimeout(r, 500)); // AC finishes the request we gave up on
    const result = await runCaptureSync(c, deps.saved.at(-1) ?? emptyProgress(), testDeps(client()));
    const notes = await ac.request<{ notes: { note: string }[] }>(
      'GET',
      `contacts/${result.contactId}/notes`,
    );
    expect(notes.notes.map((n) => n.note)).toEqual([c.note]);
  });
});

describe('accounts', () => {
  it('are found by exact name across every page of look-alikes, never duplicated', async () => {
    const name = uniqueName('Globex');
    for (let i = 0; i < 22; i++) await ac.request('POST', 'accounts', { account: { name: `${name} ${i}` } });
    await ac.request('POST', 'accounts', { account: { name } });
    const c = capture({ contact: { company: name } });
    const result = await runCaptureSync(c, emptyProgress(), testDeps(client(), { companyToAccount: true }));
    const found = await ac.request<{ accounts: { name: string }[]; meta: { total: string } }>(
      'GET',
      `accounts?${new URLSearchParams({ search: name, limit: '100' })}`,
    );
    expect(found.accounts.filter((a) => a.name === name)).toHaveLength(1);
    const links = await ac.request<{ accountContacts: { account: string }[] }>(
      'GET',
      `contacts/${result.contactId}/accountContacts`,
    );
    expect(links.accountContacts).toHaveLength(1);
    const linked = await ac.request<{ account: { name: string } }>(
      'GET',
      `accounts/${links.accountContacts[0]!.account}`,
    );
    expect(linked.account.name).toBe(name);
  });
});

describe('custom fields by type', () => {
  it('a field mapped to a date field is refused with its name and type, before anything is written', async () => {
    const c = capture({ contact: { profileUrl: 'https://www.linkedin.com/in/x' } });
    const deps = testDeps(
      client(),
      { fieldMap: { linkedinUrl: 'BIRTHDAY' } },
      { fieldIndex: memoryStore<FieldIndex>() },
    );
    const err = await runCaptureSync(c, emptyProgress(), deps).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'validation' });
    expect((err as Error).message).toContain('“Birthday”');
    expect((err as Error).message).toContain('date field');
    expect(await writes()).toEqual([]);
  });
});

describe('same person by a field value', () => {
  it('offers only contacts whose field holds exactly that value, even where AC ignores the filter', async () => {
    const url = `https://www.linkedin.com/in/${uniqueName('ann').replace(/\s+/g, '-')}`;
    const id = await ac.syncContact({ email: email('ann'), fieldValues: [{ field: '1', value: url }] });
    await ac.syncContact({ email: email('other'), fieldValues: [{ field: '1', value: `${url}-2` }] });
    // A server that ignores the value filter answers every value of the field.
    const ignoring: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      const url = new URL(request.url);
      url.searchParams.delete('filters[val]');
      return fetch(new Request(url, request));
    };
    const lax = createAcClient({ apiUrl: suite.sb.url, apiKey: suite.sb.apiKey, fetch: ignoring });
    const matches = await lax.findContactsByField('%LINKEDIN_URL%', url);
    expect(matches.map((m) => m.id)).toEqual([id]);
    expect(await client().findContactsByField('LINKEDIN_URL', 'https://nobody.example')).toEqual([]);
  });
});

describe('a batch of 10 or more through the bulk importer', () => {
  const batch = (prefix: string, lists: string[]) =>
    Array.from({ length: 12 }, (_, i) =>
      capture({ contact: { email: `${prefix}-${i}@acme.example`, firstName: `F${i}` }, lists }),
    );

  it('leaves unconfirmed and bounced lists alone, and retries per person whom the import refused', async () => {
    const list = await ac.createList(uniqueName('Batch'));
    const prefix = uniqueName('batch').replace(/\s+/g, '-').toLowerCase();
    const captures = batch(prefix, [list]);
    const pendingId = await ac.syncContact({ email: captures[0]!.contact.email, firstName: 'Kept' });
    const bouncedId = await ac.syncContact({ email: captures[1]!.contact.email });
    await setStatus(pendingId, list, 0);
    await setStatus(bouncedId, list, 3);
    // The first import holds the new people only (captures 2…11): its first contact is captures[2].
    await control.fault(refuseOneImported(0));
    const deps = { ...testDeps(client()), saveProgress: async () => undefined, sleep: async () => undefined };

    const outcomes = await runBatch(
      captures.map((c) => ({ capture: c, progress: emptyProgress() })),
      deps,
    );

    expect(outcomes.map((o) => o.ok)).toEqual(Array(12).fill(true));
    expect(outcomes[2]).toMatchObject({ via: 'per-person' });
    expect(outcomes.filter((o) => o.via === 'bulk')).toHaveLength(9);
    expect(outcomes[0]?.skippedLists).toEqual([list]);
    expect(await ac.listStatuses(pendingId)).toEqual({ [list]: '0' });
    expect(await ac.listStatuses(bouncedId)).toEqual({ [list]: '3' });
    expect(await ac.contactsByEmail(captures[0]!.contact.email)).toMatchObject([{ firstName: 'Kept' }]);
    expect(await ac.listStatuses(outcomes[2]!.contactId!)).toEqual({ [list]: '1' });
    const imports = (await control.requests()).filter((r) => r.path === '/api/3/import/bulk_import');
    // Refused with one bad contact, resent without it, then the new people's own values.
    expect(imports.map((r) => r.status)).toEqual([400, 200, 200]);
  });
});

describe('a batch through the bulk importer, values', () => {
  it('keeps what AC holds unless the user chose the page’s value, and never blanks anything', async () => {
    const prefix = uniqueName('bvals').replace(/\s+/g, '-').toLowerCase();
    const held = (i: number) => `${prefix}-${i}@acme.example`;
    const chose = await ac.syncContact({
      email: held(0),
      firstName: 'Old',
      lastName: 'Held',
      phone: '+15550001',
    });
    const kept = await ac.syncContact({
      email: held(1),
      firstName: 'Old',
      lastName: 'Held',
      phone: '+15550001',
    });
    const captures = Array.from({ length: 12 }, (_, i) =>
      capture({
        contact: { email: held(i), firstName: `New${i}`, phone: '+15550002' },
        overwrite: i === 0 ? ['firstName'] : [],
      }),
    );
    const deps = { ...testDeps(client()), saveProgress: async () => undefined, sleep: async () => undefined };

    const outcomes = await runBatch(
      captures.map((c) => ({ capture: c, progress: emptyProgress() })),
      deps,
    );

    expect(outcomes.every((o) => o.ok)).toBe(true);
    // Those AC holds are saved per person, by the single save's own rules; the new ones in bulk.
    expect(outcomes.map((o) => o.via)).toEqual([...Array(2).fill('per-person'), ...Array(10).fill('bulk')]);
    expect(await ac.contactsByEmail(held(0))).toMatchObject([
      { id: chose, firstName: 'New0', lastName: 'Held', phone: '+15550001' },
    ]);
    expect(await ac.contactsByEmail(held(1))).toMatchObject([
      { id: kept, firstName: 'Old', lastName: 'Held', phone: '+15550001' },
    ]);
  });
});
