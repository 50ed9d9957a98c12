// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import type { TagIndex } from '@/lib/activecampaign/catalog/indexes';
import { type AcClient, createAcClient } from '@/lib/activecampaign/client/v3';
import { AcError } from '@/lib/activecampaign/errors';
import { runBatch } from '@/lib/activecampaign/sync/batch';
import { runCaptureSync } from '@/lib/activecampaign/sync/run';
import { runCaptureSyncV1 } from '@/lib/activecampaign/sync/run-v1';
import { emptyProgress } from '@/lib/outbox/progress';
import type { Settings } from '@/lib/settings';
import type { Sandbox } from '@/tests/sandbox/server';
import type { TestAc } from '@/tests/support/ac-api';
import { uniqueName } from '@/tests/support/ac-api';
import { memoryStore, testDeps } from '@/tests/support/activecampaign-fakes';
import type { SandboxClient } from '@/tests/support/sandbox-client';
import { sandboxSuite, testCapture, testEmail } from './sandbox-suite';

const suite = sandboxSuite({
  fields: [
    { title: 'LinkedIn URL', perstag: 'LINKEDIN_URL' },
    { title: 'Job Title', perstag: 'JOB_TITLE' },
    { title: 'Source URL', perstag: 'SOURCE_URL' },
  ],
});
let sb: Sandbox;
let ac: TestAc;
let control: SandboxClient;
beforeAll(() => {
  ({ sb, ac, control } = suite);
});

const FIELD_MAP: Settings['fieldMap'] = {
  linkedinUrl: 'LINKEDIN_URL',
  jobTitle: '%JOB_TITLE%',
  sourceUrl: '3',
};

const client = (opts: { timeoutMs?: number; fetch?: typeof globalThis.fetch } = {}): AcClient =>
  createAcClient({ apiUrl: sb.url, apiKey: sb.apiKey, ...opts });
const email = testEmail;
const capture = testCapture;

/** API writes in the request log (path only), to compare with what the plan promised. */
async function writes(): Promise<string[]> {
  return (await control.requests()).filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);
}

async function fieldValues(contactId: string): Promise<Record<string, string>> {
  const res = await ac.request<{ fieldValues: { field: string; value: string }[] }>(
    'GET',
    `contacts/${contactId}/fieldValues`,
  );
  return Object.fromEntries(res.fieldValues.map((v) => [String(v.field), v.value]));
}

async function accountOf(contactId: string): Promise<string | undefined> {
  const res = await ac.request<{ accountContacts: { account: string; jobTitle?: string }[] }>(
    'GET',
    `contacts/${contactId}/accountContacts`,
  );
  return res.accountContacts[0] && String(res.accountContacts[0].account);
}

describe('runCaptureSync against the sandbox', () => {
  it('creates a new contact with fields, list, tags, account and note', async () => {
    const list = await ac.createList(uniqueName('List'));
    const [tagA, tagB] = [uniqueName('Tag A'), uniqueName('Tag B')];
    const company = uniqueName('Company');
    const c = capture({
      contact: {
        firstName: 'Jane',
        lastName: 'Doe',
        phone: '+14155550100',
        title: 'CTO',
        company,
        profileUrl: 'https://www.linkedin.com/in/jane-doe',
      },
      lists: [list],
      tags: [tagA, tagB],
      source: { url: 'https://www.linkedin.com/in/jane-doe', title: 'Jane Doe | LinkedIn' },
    });
    const deps = testDeps(client(), { fieldMap: FIELD_MAP, companyToAccount: true, provenanceNote: true });
    const result = await runCaptureSync(c, emptyProgress(), deps);

    expect(result).toMatchObject({ created: true, skippedLists: [] });
    const [contact] = await ac.contactsByEmail(c.contact.email);
    expect(contact).toMatchObject({
      id: result.contactId,
      firstName: 'Jane',
      lastName: 'Doe',
      phone: '+14155550100',
    });
    expect(await ac.listStatuses(result.contactId)).toEqual({ [list]: '1' });
    expect((await ac.tagNames(result.contactId)).sort()).toEqual([tagA, tagB].sort());
    expect(Object.values(await fieldValues(result.contactId)).sort()).toEqual(
      ['CTO', 'https://www.linkedin.com/in/jane-doe', 'https://www.linkedin.com/in/jane-doe'].sort(),
    );
    expect(await accountOf(result.contactId)).toBeDefined();
    const notes = await ac.request<{ notes: { note: string }[] }>(
      'GET',
      `contacts/${result.contactId}/notes`,
    );
    expect(notes.notes[0]?.note).toContain('Jane Doe | LinkedIn');
    expect(deps.saved.at(-1)?.steps).toMatchObject({
      contact: true,
      account: true,
      note: true,
      lists: [list],
    });
  });

  it('floor: new contact, 1 list, 2 tags in a warm index → 1 lookup, 1 create, 1 contactLists, 2 contactTags', async () => {
    const list = await ac.createList(uniqueName('List'));
    const names = [uniqueName('Warm A'), uniqueName('Warm B')];
    const tagIndex = memoryStore<TagIndex>();
    // The first capture warms the index (searches and creates the tags).
    await runCaptureSync(
      capture({ lists: [list], tags: names }),
      emptyProgress(),
      testDeps(client(), {}, { tagIndex }),
    );
    await control.clearRequests();

    await runCaptureSync(
      capture({ contact: { firstName: 'Ann' }, lists: [list], tags: names }),
      emptyProgress(),
      testDeps(client(), { companyToAccount: false }, { tagIndex }),
    );
    const log = (await control.requests()).map((r) => `${r.method} ${r.path}`);
    expect(log).toEqual([
      'GET /api/3/contacts',
      'POST /api/3/contacts',
      'POST /api/3/contactLists',
      'POST /api/3/contactTags',
      'POST /api/3/contactTags',
    ]);
  });

  it('existing contact with partial data keeps its phone and lists; an unsubscribed list stays unsubscribed', async () => {
    const [listA, listB, listC] = await Promise.all(
      ['A', 'B', 'C'].map((n) => ac.createList(uniqueName(`List ${n}`))),
    );
    const c = capture({ contact: { firstName: 'Sam', lastName: 'Lee' }, lists: [listA!, listC!] });
    const id = await ac.syncContact({ email: c.contact.email, firstName: 'Samuel', phone: '+442079460958' });
    await ac.setListStatus(id, listA!, 1);
    await ac.setListStatus(id, listB!, 1);
    await ac.setListStatus(id, listC!, 2);
    await control.clearRequests();

    const result = await runCaptureSync(c, emptyProgress(), testDeps(client()));

    expect(result).toMatchObject({ contactId: id, created: false, skippedLists: [listC] });
    const [after] = await ac.contactsByEmail(c.contact.email);
    // First name differs and was not chosen for overwrite: kept. Last name was empty: filled.
    expect(after).toMatchObject({ firstName: 'Samuel', lastName: 'Lee', phone: '+442079460958' });
    expect(await ac.listStatuses(id)).toEqual({ [listA!]: '1', [listB!]: '1', [listC!]: '2' });
    // Written by id, never upserted by email.
    expect(await writes()).toEqual([`PUT /api/3/contacts/${id}`]);
  });

  it('saving the same capture twice gives one contact and one of each tag, and the second run writes nothing', async () => {
    const list = await ac.createList(uniqueName('List'));
    const tag = uniqueName('Twice');
    const c = capture({ contact: { firstName: 'Tom' }, lists: [list], tags: [tag, tag.toUpperCase()] });
    const tagIndex = memoryStore<TagIndex>();
    const first = await runCaptureSync(c, emptyProgress(), testDeps(client(), {}, { tagIndex }));
    await control.clearRequests();
    const second = await runCaptureSync(c, emptyProgress(), testDeps(client(), {}, { tagIndex }));

    expect(second).toMatchObject({ contactId: first.contactId, created: false });
    expect(await writes()).toEqual([]);
    expect(await ac.contactsByEmail(c.contact.email)).toHaveLength(1);
    expect(await ac.tagsNamed(tag)).toHaveLength(1);
    expect(await ac.tagNames(first.contactId)).toEqual([tag]);
  });

  it('uses an existing tag whatever its case, creates only the missing one', async () => {
    const existing = uniqueName('Partner');
    await ac.createTag(existing);
    const fresh = uniqueName('Fresh');
    const result = await runCaptureSync(
      capture({ tags: [existing.toLowerCase(), fresh] }),
      emptyProgress(),
      testDeps(client()),
    );
    expect(await ac.tagsNamed(existing)).toHaveLength(1);
    expect(await ac.tagsNamed(fresh)).toHaveLength(1);
    expect((await ac.tagNames(result.contactId)).sort()).toEqual([existing, fresh].sort());
  });

  it('a tag created by someone else between our search and our create is reused, not duplicated', async () => {
    const name = uniqueName('Race');
    let raced = false;
    // Someone else creates the tag just before our POST /tags reaches AC.
    const racingFetch: typeof globalThis.fetch = async (input, init) => {
      const request = new Request(input, init);
      if (!raced && request.method === 'POST' && new URL(request.url).pathname === '/api/3/tags') {
        raced = true;
        await ac.createTag(name);
      }
      return fetch(request);
    };
    const result = await runCaptureSync(
      capture({ tags: [name] }),
      emptyProgress(),
      testDeps(client({ fetch: racingFetch })),
    );
    expect(raced).toBe(true);
    expect(await ac.tagsNamed(name)).toHaveLength(1);
    expect(await ac.tagNames(result.contactId)).toEqual([name]);
  });

  it('links to an existing account (matched ignoring case), creates an absent one, leaves a linked contact alone', async () => {
    const name = uniqueName('Acme');
    const existing = await ac.request<{ account: { id: string } }>('POST', 'accounts', { account: { name } });
    const settings = { companyToAccount: true };

    const first = capture({ contact: { company: name.toUpperCase(), title: 'CEO' } });
    const linked = await runCaptureSync(first, emptyProgress(), testDeps(client(), settings));
    expect(await accountOf(linked.contactId)).toBe(String(existing.account.id));

    const absent = uniqueName('Newco');
    const created = await runCaptureSync(
      capture({ contact: { company: absent } }),
      emptyProgress(),
      testDeps(client(), settings),
    );
    const accounts = await ac.request<{ accounts: { id: string; name: string }[] }>(
      'GET',
      `accounts?search=${encodeURIComponent(absent)}`,
    );
    expect(accounts.accounts).toHaveLength(1);
    expect(await accountOf(created.contactId)).toBe(String(accounts.accounts[0]?.id));

    // One account per contact: a contact that has one is not moved to the page's company.
    await control.clearRequests();
    const other = uniqueName('Other');
    await runCaptureSync(
      capture({ contact: { email: first.contact.email, company: other } }),
      emptyProgress(),
      testDeps(client(), settings),
    );
    expect(await writes()).toEqual([]);
    expect(await accountOf(linked.contactId)).toBe(String(existing.account.id));
  });

  it('email change updates the same contact; a taken email is a clear error and never a second contact', async () => {
    const oldEmail = email('old');
    const id = await ac.syncContact({ email: oldEmail, firstName: 'Eve' });
    const list = await ac.createList(uniqueName('List'));
    await ac.setListStatus(id, list, 1);
    const newEmail = email('new');
    const moved = await runCaptureSync(
      capture({ contact: { email: newEmail, lastName: 'Stone' }, previousEmail: oldEmail }),
      emptyProgress(),
      testDeps(client()),
    );
    expect(moved).toMatchObject({ contactId: id, created: false });
    expect(await ac.contactsByEmail(oldEmail)).toEqual([]);
    expect(await ac.contactsByEmail(newEmail)).toMatchObject([{ id, firstName: 'Eve', lastName: 'Stone' }]);
    expect(await ac.listStatuses(id)).toEqual({ [list]: '1' });

    const taken = email('taken');
    const takenId = await ac.syncContact({ email: taken });
    const err = await runCaptureSync(
      capture({ contact: { email: taken }, previousEmail: newEmail }),
      emptyProgress(),
      testDeps(client()),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AcError);
    expect(err).toMatchObject({
      kind: 'validation',
      code: 'duplicate',
      message: `${taken} already belongs to another contact in ActiveCampaign.`,
    });
    expect(await ac.contactsByEmail(newEmail)).toMatchObject([{ id }]);
    expect(await ac.contactsByEmail(taken)).toMatchObject([{ id: takenId }]);
  });
});

describe('v1 mode', () => {
  /** Records v1 actions and form bodies: the sandbox log holds paths only (the query has the key). */
  function recordingFetch() {
    const calls: { action: string; form: URLSearchParams }[] = [];
    const fetchV1: typeof globalThis.fetch = async (input, init) => {
      const request = new Request(input, init);
      const action = new URL(request.url).searchParams.get('api_action') ?? '';
      calls.push({ action, form: new URLSearchParams(await request.clone().text()) });
      return fetch(request);
    };
    return { calls, fetch: fetchV1 };
  }

  it('a new contact is created with its email alone, read back, then given the rest; existing values and unsubscribed lists respected', async () => {
    const [listA, listB] = await Promise.all([
      ac.createList(uniqueName('V1 A')),
      ac.createList(uniqueName('V1 B')),
    ]);
    const tag = uniqueName('V1 tag');
    const { calls, fetch: fetchV1 } = recordingFetch();
    const c = capture({
      contact: { firstName: 'Vic', title: 'CFO', company: uniqueName('V1 Co') },
      lists: [listA!, listB!],
      tags: [tag],
    });
    const deps = testDeps(client({ fetch: fetchV1 }), { apiMode: 'v1', fieldMap: FIELD_MAP });
    const result = await runCaptureSyncV1(c, emptyProgress(), deps);

    // v1 calls only: the mapped fields are checked against the account's catalogue (v3 GET /fields).
    expect(calls.map((x) => x.action).filter(Boolean)).toEqual([
      'contact_view_email',
      'contact_sync',
      'contact_view_email',
      'contact_sync',
    ]);
    expect(Object.fromEntries(calls[1]?.form ?? [])).toEqual({ email: c.contact.email });
    expect(result.created).toBe(true);
    expect(await ac.listStatuses(result.contactId)).toEqual({ [listA!]: '1', [listB!]: '1' });
    expect(await ac.tagNames(result.contactId)).toEqual([tag]);
    expect(Object.values(await fieldValues(result.contactId))).toContain('CFO');

    // Existing contact: unsubscribed from B, a different first name in AC.
    await ac.setListStatus(result.contactId, listB!, 2);
    calls.length = 0;
    const again = await runCaptureSyncV1(
      capture({
        contact: { email: c.contact.email, firstName: 'Victor', lastName: 'Hale' },
        lists: [listA!, listB!],
      }),
      emptyProgress(),
      deps,
    );
    expect(again).toMatchObject({ contactId: result.contactId, created: false, skippedLists: [listB] });
    const sync = calls.find((x) => x.action === 'contact_sync');
    expect(Object.fromEntries(sync?.form ?? [])).toEqual({ email: c.contact.email, last_name: 'Hale' });
    expect(await ac.listStatuses(result.contactId)).toEqual({ [listA!]: '1', [listB!]: '2' });
  });

  it('email change uses contact_edit with overwrite=0 only, keeping lists and values', async () => {
    const list = await ac.createList(uniqueName('V1 keep'));
    const oldEmail = email('v1old');
    const id = await ac.syncContact({ email: oldEmail, firstName: 'Olga', phone: '+15550001' });
    await ac.setListStatus(id, list, 1);
    const { calls, fetch: fetchV1 } = recordingFetch();
    const newEmail = email('v1new');
    const result = await runCaptureSyncV1(
      capture({ contact: { email: newEmail }, previousEmail: oldEmail }),
      emptyProgress(),
      testDeps(client({ fetch: fetchV1 }), { apiMode: 'v1' }),
    );
    expect(result.contactId).toBe(id);
    const edits = calls.filter((x) => x.action === 'contact_edit');
    expect(edits).toHaveLength(1);
    expect(edits.every((e) => e.form.getAll('overwrite').join() === '0')).toBe(true);
    expect(calls.some((x) => x.form.get('overwrite') === '1')).toBe(false);
    expect(await ac.contactsByEmail(newEmail)).toMatchObject([{ id, firstName: 'Olga', phone: '+15550001' }]);
    expect(await ac.listStatuses(id)).toEqual({ [list]: '1' });
  });
});

describe('bulk import', () => {
  it('imports 600 contacts in chunks of ≤ 250, keeping existing values and unsubscriptions', async () => {
    const list = await ac.createList(uniqueName('Bulk'));
    const prefix = uniqueName('bulk').replace(/\s+/g, '-').toLowerCase();
    const tags = [uniqueName('Bulk A'), uniqueName('Bulk B')];
    const existingEmail = `${prefix}-0@acme.example`;
    const existingId = await ac.syncContact({ email: existingEmail, firstName: 'Kept' });
    const unsubEmail = `${prefix}-1@acme.example`;
    const unsubId = await ac.syncContact({ email: unsubEmail });
    await ac.setListStatus(unsubId, list, 2);

    const captures = Array.from({ length: 600 }, (_, i) =>
      capture({
        contact: { email: `${prefix}-${i}@acme.example`, firstName: `First${i}`, lastName: 'Bulk' },
        lists: [list],
        tags,
      }),
    );
    const outcomes = await runBatch(
      captures.map((c) => ({ capture: c, progress: emptyProgress() })),
      { ...testDeps(client(), { fieldMap: FIELD_MAP }), saveProgress: async () => undefined },
    );

    expect(outcomes).toHaveLength(600);
    expect(outcomes.filter((o) => !o.ok)).toEqual([]);
    expect(outcomes.filter((o) => o.contactId).length).toBe(600);
    expect(outcomes[1]?.skippedLists).toEqual([list]);
    // The 598 new people's emails alone, then their values; the 2 AC holds are saved per person.
    const imports = (await control.requests()).filter((r) => r.path === '/api/3/import/bulk_import');
    expect(imports).toHaveLength(6);

    const total = await ac.request<{ meta: { total: string } }>(
      'GET',
      `contacts?email_like=${prefix}-&limit=1`,
    );
    expect(Number(total.meta.total)).toBe(600);
    expect(await ac.contactsByEmail(existingEmail)).toMatchObject([
      { id: existingId, firstName: 'Kept', lastName: 'Bulk' },
    ]);
    expect(await ac.listStatuses(unsubId)).toEqual({ [list]: '2' });
    const sample = outcomes[123]?.contactId ?? '';
    expect(await ac.contactsByEmail(`${prefix}-123@acme.example`)).toMatchObject([
      { id: sample, firstName: 'First123', lastName: 'Bulk' },
    ]);
    expect((await ac.tagNames(sample)).sort()).toEqual([...tags].sort());
    expect(await ac.listStatuses(sample)).toEqual({ [list]: '1' });
  }, 60_000);
});

describe('failures and resuming', () => {
  it('429 with Retry-After surfaces as rate-limited with retryAfterMs', async () => {
    await control.fault({
      match: { method: 'GET', path: '/api/3/contacts' },
      count: 1,
      action: { status: 429, retryAfter: 7 },
    });
    const err = await runCaptureSync(capture({}), emptyProgress(), testDeps(client())).catch(
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ kind: 'rate-limited', retryAfterMs: 7_000 });
  });

  it('500 then 200: the second run succeeds, with one contact', async () => {
    await control.fault({
      match: { method: 'POST', path: '/api/3/contacts' },
      count: 1,
      action: { status: 500 },
    });
    const c = capture({ contact: { firstName: 'Retry' } });
    const deps = testDeps(client());
    const err = await runCaptureSync(c, emptyProgress(), deps).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'server', status: 500 });
    expect(deps.saved).toEqual([]);
    const result = await runCaptureSync(c, emptyProgress(), deps);
    expect(await ac.contactsByEmail(c.contact.email)).toMatchObject([
      { id: result.contactId, firstName: 'Retry' },
    ]);
  });

  it('a hung request is aborted by the timeout', async () => {
    await control.fault({ match: { path: '/api/3/contacts' }, count: 1, action: { hang: true } });
    const timeoutMs = 300;
    const started = Date.now();
    const err = await runCaptureSync(capture({}), emptyProgress(), testDeps(client({ timeoutMs }))).catch(
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ kind: 'timeout' });
    expect(Date.now() - started).toBeLessThan(timeoutMs + 250);
  });

  it('restart mid-plan: a failed tag step resumes without repeating the sync or the list', async () => {
    const list = await ac.createList(uniqueName('Resume'));
    const tags = [uniqueName('Resume A'), uniqueName('Resume B')];
    const c = capture({ contact: { firstName: 'Rex' }, lists: [list], tags });
    await control.fault({
      match: { method: 'POST', path: '/api/3/contactTags' },
      count: 1,
      action: { status: 500 },
    });
    const deps = testDeps(client());

    const err = await runCaptureSync(c, emptyProgress(), deps).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'server' });
    const saved = deps.saved.at(-1);
    expect(saved?.contactId).toBeDefined();
    expect(saved?.steps).toMatchObject({ contact: true, lists: [list], tags: [] });

    await control.clearRequests();
    if (!saved) throw new Error('no progress saved');
    const result = await runCaptureSync(c, saved, deps);
    const log = await writes();
    expect(log).not.toContain('POST /api/3/contact/sync');
    expect(log).not.toContain('POST /api/3/contactLists');
    expect(log.filter((w) => w === 'POST /api/3/contactTags')).toHaveLength(2);
    expect(result).toMatchObject({ contactId: saved.contactId, created: true });
    expect((await ac.tagNames(result.contactId)).sort()).toEqual([...tags].sort());
    expect(await ac.contactsByEmail(c.contact.email)).toHaveLength(1);
  });

  it('a saved contact id that now holds someone else is never written to: the capture gets its own contact', async () => {
    const list = await ac.createList(uniqueName('Other'));
    const someoneElse = await ac.syncContact({ email: email('someone-else'), firstName: 'Bob' });
    const c = capture({ contact: { firstName: 'Ada' }, lists: [list], tags: [uniqueName('Other tag')] });
    const stale = {
      ...emptyProgress(),
      contactId: someoneElse,
      steps: { contact: true as const, lists: [], tags: [] },
    };

    const result = await runCaptureSync(c, stale, testDeps(client()));

    expect(result.contactId).not.toBe(someoneElse);
    expect(await ac.tagNames(someoneElse)).toEqual([]);
    expect(await ac.listStatuses(someoneElse)).toEqual({});
    expect(await ac.contactsByEmail(c.contact.email)).toMatchObject([
      { id: result.contactId, firstName: 'Ada' },
    ]);
    expect(await ac.listStatuses(result.contactId)).toEqual({ [list]: '1' });
  });
});
