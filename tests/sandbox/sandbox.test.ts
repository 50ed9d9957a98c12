// @vitest-environment node
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sandboxClient } from '../support/sandbox-client';
import { type Answer, call, type Loose, v1 } from './calls';
import { type Sandbox, type SandboxOptions, startSandbox } from './server';

const JANE = 'jane.doe@acme.example';
const started: Sandbox[] = [];

async function demo(opts: SandboxOptions = {}): Promise<Sandbox> {
  const sb = await startSandbox({ seed: 'demo', ratePerSecond: false, ...opts });
  started.push(sb);
  return sb;
}

afterAll(async () => {
  await Promise.all(started.map((sb) => sb.close()));
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('transport', () => {
  it('refuses missing or wrong keys without echoing them', async () => {
    const sb = await demo();
    const missing = await fetch(`${sb.url}/api/3/users/me`);
    expect(missing.status).toBe(401);
    const wrong = await call(sb, 'GET', '/api/3/users/me', undefined, { 'Api-Token': 'wrong-key-123' });
    expect(wrong.status).toBe(401);
    expect(wrong.text).not.toContain('wrong-key-123');
    const ok = await call(sb, 'GET', '/api/3/users/me');
    expect(ok.status).toBe(200);
    expect(ok.json.user.id).toBe('1');
    expect(ok.text).not.toContain(sb.apiKey);

    const badV1 = await fetch(`${sb.url}/admin/api.php?api_action=tags_list&api_key=nope&api_output=json`);
    expect(badV1.status).toBe(200);
    expect(await badV1.json()).toMatchObject({ result_code: 0 });
  });

  it('answers a wrong key with 403 when asked to, as other AC-compatible servers do', async () => {
    const sb = await demo({ wrongKeyStatus: 403 });
    const wrong = await call(sb, 'GET', '/api/3/contacts', undefined, { 'Api-Token': 'wrong-key-123' });
    expect(wrong.status).toBe(403);
    expect(wrong.text).not.toContain('wrong-key-123');
    expect((await call(sb, 'GET', '/api/3/users/me', undefined, { 'Api-Token': 'nope' })).status).toBe(403);
    expect((await call(sb, 'GET', '/api/3/users/me')).status).toBe(200);
  });

  it('never sends CORS headers, preflights included', async () => {
    const sb = await demo();
    const origin = { Origin: 'chrome-extension://abcdefghijklmnop' };
    const answers = [
      await call(sb, 'GET', '/api/3/lists', undefined, origin),
      await call(sb, 'GET', '/api/3/lists', undefined, { ...origin, 'Api-Token': 'bad' }),
      await call(sb, 'GET', '/api/3/nothing', undefined, origin),
      await call(sb, 'GET', '/elsewhere', undefined, origin),
      await call(sb, 'OPTIONS', '/api/3/contact/sync', undefined, {
        ...origin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'api-token,content-type',
      }),
      await call(sb, 'GET', '/admin/api.php?api_action=tags_list&api_output=json', undefined, origin),
    ];
    for (const answer of answers) {
      expect([...answer.headers.keys()].filter((h) => h.startsWith('access-control-'))).toEqual([]);
    }
    expect(answers[4]?.status).toBe(405);
    expect(answers[3]?.status).toBe(404);
  });

  it('answers the 6th request inside one second with 429 and Retry-After', async () => {
    const sb = await demo({ ratePerSecond: undefined });
    const answers: Answer[] = [];
    for (let i = 0; i < 6; i++) answers.push(await call(sb, 'GET', '/api/3/users/me'));
    expect(answers.slice(0, 5).map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    expect(answers.map((a) => a.headers.get('RateLimit-Remaining'))).toEqual(['4', '3', '2', '1', '0', '0']);
    const limited = answers[5] as Answer;
    expect(limited.status).toBe(429);
    expect(limited.headers.get('RateLimit-Limit')).toBe('5');
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThanOrEqual(1);
    expect(Number.isInteger(Number(limited.headers.get('Retry-After')))).toBe(true);
    // v1 shares the account's budget.
    expect((await fetch(`${sb.url}/admin/api.php?api_action=tags_list`)).status).toBe(429);
    await sleep(1050);
    expect((await call(sb, 'GET', '/api/3/users/me')).status).toBe(200);
  });
});

describe('v3 contacts', () => {
  it('returns ids, totals and statuses as strings', async () => {
    const sb = await demo();
    const lists = await call(sb, 'GET', '/api/3/lists');
    expect(lists.json.meta.total).toBe('3');
    expect(lists.json.lists.map((l: Loose) => [l.id, l.name])).toEqual([
      ['1', 'Prospects'],
      ['2', 'Newsletter'],
      ['3', 'Customers'],
    ]);
    const found = await call(
      sb,
      'GET',
      `/api/3/contacts?email=${encodeURIComponent('JANE.DOE@acme.example')}`,
    );
    expect(found.json.meta.total).toBe('1');
    const jane = found.json.contacts[0];
    expect(jane).toMatchObject({ id: '1', firstName: 'Jane', orgname: 'Acme Inc', bounced_hard: '0' });
    expect(jane.links.contactLists).toBe(`${sb.url}/api/3/contacts/1/contactLists`);
    const detail = await call(sb, 'GET', '/api/3/contacts/1');
    expect(detail.json.contactLists.map((cl: Loose) => [cl.list, cl.status])).toEqual([
      ['1', '1'],
      ['2', '2'],
    ]);
    expect(detail.json.contact.id).toBe('1');
    expect((await call(sb, 'GET', '/api/3/contacts/99')).json).toEqual({
      message: 'No Result found for Subscriber with id 99',
    });
  });

  it('upserts on contact/sync, and blanks values sent as "" or null', async () => {
    const sb = await demo();
    const created = await call(sb, 'POST', '/api/3/contact/sync', {
      contact: { email: 'new@example.com', firstName: 'Nia', fieldValues: [{ field: '2', value: 'CTO' }] },
    });
    expect(created.status).toBe(201);
    expect(created.json.contact.id).toBe('2');
    expect(created.json.fieldValues[0]).toMatchObject({ field: '2', value: 'CTO', contact: '2' });

    const synced = await call(sb, 'POST', '/api/3/contact/sync', {
      contact: {
        email: 'JANE.DOE@ACME.EXAMPLE',
        firstName: '',
        phone: null,
        fieldValues: [{ field: 1, value: 'x' }],
      },
    });
    expect(synced.status).toBe(201);
    expect(synced.json.contact).toMatchObject({
      id: '1',
      email: JANE,
      firstName: '',
      phone: '',
      lastName: 'Doe', // omitted keys are untouched
    });
    expect((await call(sb, 'GET', '/api/3/contacts')).json.meta.total).toBe('2');
  });

  it('refuses off-spec contact bodies', async () => {
    const sb = await demo();
    const unknownKey = await call(sb, 'POST', '/api/3/contact/sync', {
      contact: { email: JANE, company: 'Acme' },
    });
    expect(unknownKey.status).toBe(422);
    expect(unknownKey.json.errors[0]).toMatchObject({
      code: 'field_invalid',
      source: { pointer: '/data/attributes/company' },
    });
    const unknownField = await call(sb, 'POST', '/api/3/contact/sync', {
      contact: { email: JANE, fieldValues: [{ field: 42, value: 'x' }] },
    });
    expect(unknownField.status).toBe(422);
    const noEmail = await call(sb, 'POST', '/api/3/contact/sync', { contact: { firstName: 'X' } });
    expect(noEmail.json.errors[0].code).toBe('field_missing');
    expect(
      (await call(sb, 'POST', '/api/3/contact/sync', { contact: { email: 'not-an-email' } })).status,
    ).toBe(422);
    expect((await call(sb, 'POST', '/api/3/contact/sync', { email: JANE })).json).toEqual({});
    const notJson = await fetch(`${sb.url}/api/3/contact/sync`, {
      method: 'POST',
      headers: { 'Api-Token': sb.apiKey, 'Content-Type': 'text/plain' },
      body: JSON.stringify({ contact: { email: JANE } }),
    });
    expect(notJson.status).toBe(415);
    const malformed = await call(sb, 'POST', '/api/3/contact/sync', undefined, {
      'Content-Type': 'application/json',
    });
    expect(malformed.status).toBe(400);
    // Nothing was changed by any refused request.
    expect((await call(sb, 'GET', '/api/3/contacts/1')).json.contact.firstName).toBe('Jane');
  });

  it('rejects duplicate emails on create and update', async () => {
    const sb = await demo();
    const duplicate = {
      errors: [
        {
          title: 'Email address already exists in the system',
          detail: '',
          code: 'duplicate',
          source: { pointer: '/data/attributes/email' },
        },
      ],
    };
    const create = await call(sb, 'POST', '/api/3/contacts', { contact: { email: 'Jane.Doe@acme.example' } });
    expect([create.status, create.json]).toEqual([422, duplicate]);
    const other = await call(sb, 'POST', '/api/3/contacts', { contact: { email: 'bob@example.com' } });
    expect(other.status).toBe(201);
    const update = await call(sb, 'PUT', `/api/3/contacts/${other.json.contact.id}`, {
      contact: { email: JANE },
    });
    expect([update.status, update.json]).toEqual([422, duplicate]);
    const rename = await call(sb, 'PUT', `/api/3/contacts/${other.json.contact.id}`, {
      contact: { lastName: 'B' },
    });
    expect(rename.json.contact).toMatchObject({ email: 'bob@example.com', lastName: 'B' });
  });

  it('re-subscribes an unsubscribed contact on contactLists status 1', async () => {
    const sb = await demo();
    const resubscribe = await call(sb, 'POST', '/api/3/contactLists', {
      contactList: { list: 2, contact: '1', status: 1 },
    });
    expect(resubscribe.status).toBe(200);
    expect(resubscribe.json.contactList).toMatchObject({ list: '2', contact: '1', status: '1' });
    const lists = await call(sb, 'GET', '/api/3/contacts/1/contactLists');
    expect(lists.json.contactLists.find((cl: Loose) => cl.list === '2').status).toBe('1');
    const subscribe = await call(sb, 'POST', '/api/3/contactLists', {
      contactList: { list: 3, contact: 1, status: 1 },
    });
    expect(subscribe.status).toBe(201);
    const unknown = await call(sb, 'POST', '/api/3/contactLists', {
      contactList: { list: 9, contact: 1, status: 1 },
    });
    expect(unknown.status).toBe(422);
  });

  it('requires the sender fields when creating a list', async () => {
    const sb = await demo();
    const partial = await call(sb, 'POST', '/api/3/lists', { list: { name: 'Partners' } });
    expect(partial.status).toBe(422);
    expect(partial.json.errors.map((e: Loose) => [e.code, e.source.pointer])).toEqual([
      ['field_missing', '/data/attributes/stringid'],
      ['field_missing', '/data/attributes/sender_url'],
      ['field_missing', '/data/attributes/sender_reminder'],
    ]);
    const list = {
      name: 'Partners',
      stringid: 'partners',
      sender_url: 'https://x.example',
      sender_reminder: 'Hi',
    };
    const created = await call(sb, 'POST', '/api/3/lists', { list });
    expect([created.status, created.json.list.id]).toEqual([201, '4']);
  });

  it('creates notes and lists them per contact', async () => {
    const sb = await demo();
    const note = await call(sb, 'POST', '/api/3/notes', {
      note: { note: 'Met at event', relid: 1, reltype: 'Subscriber' },
    });
    expect(note.status).toBe(201);
    expect(note.json.note).toMatchObject({ note: 'Met at event', relid: '1', reltype: 'Subscriber' });
    const notes = await call(sb, 'GET', '/api/3/contacts/1/notes');
    expect(notes.json.notes.map((n: Loose) => n.note)).toEqual(['Met at event']);
  });
});

describe('v3 tags, fields and accounts', () => {
  it('treats tag names as case-insensitive and comma-free', async () => {
    const sb = await demo();
    const duplicate = await call(sb, 'POST', '/api/3/tags', { tag: { tag: 'lead', tagType: 'contact' } });
    // AC's real duplicate answer has no errors[] and no code (docs/activecampaign.md#tags).
    expect(duplicate.status).toBe(422);
    expect(duplicate.json).toEqual({
      message: 'Could not process request',
      error: "Duplicate entry 'contact-lead' for key 'typetag'",
    });
    expect((await call(sb, 'POST', '/api/3/tags', { tag: { tag: 'a,b' } })).status).toBe(422);
    const created = await call(sb, 'POST', '/api/3/tags', { tag: { tag: 'Linked Event', description: '' } });
    expect([created.status, created.json.tag.id]).toEqual([201, '4']);
    const contains = await call(sb, 'GET', '/api/3/tags?search=LINKED');
    expect(contains.json.tags.map((t: Loose) => t.tag)).toEqual(['LinkedIn', 'Linked Event']);
    expect(contains.json.meta.total).toBe('2');
    const exact = await call(
      sb,
      'GET',
      `/api/3/tags?${new URLSearchParams({ 'filters[search][eq]': 'linkedin' })}`,
    );
    expect(exact.json.tags.map((t: Loose) => t.id)).toEqual(['1']);
  });

  it('associates tags by id, once, and removes associations', async () => {
    const sb = await demo();
    const added = await call(sb, 'POST', '/api/3/contactTags', { contactTag: { contact: '1', tag: '2' } });
    expect(added.status).toBe(201);
    const again = await call(sb, 'POST', '/api/3/contactTags', { contactTag: { contact: 1, tag: 2 } });
    expect([again.status, again.json.contactTag.id]).toEqual([200, added.json.contactTag.id]);
    const byName = await call(sb, 'POST', '/api/3/contactTags', { contactTag: { contact: 1, tag: 'Lead' } });
    expect([byName.status, byName.json]).toEqual([
      404,
      { errors: [{ status: 404, title: 'Not Found', detail: 'Tag not found' }] },
    ]);
    const missing = await call(sb, 'POST', '/api/3/contactTags', { contactTag: { tag: 2 } });
    expect(missing.json.errors[0]).toEqual({
      status: 422,
      title: 'Missing attribute',
      source: { pointer: '/data/attributes/contact' },
    });
    const tags = await call(sb, 'GET', '/api/3/contacts/1/contactTags');
    expect(tags.json.contactTags.map((ct: Loose) => ct.tag)).toEqual(['1', '2']);
    const id = added.json.contactTag.id;
    expect((await call(sb, 'DELETE', `/api/3/contactTags/${id}`)).status).toBe(200);
    expect((await call(sb, 'DELETE', `/api/3/contactTags/${id}`)).json).toEqual({
      message: `No Result found for SubscriberTag with id ${id}`,
    });
  });

  it('filters fields by perstag', async () => {
    const sb = await demo();
    const fields = await call(
      sb,
      'GET',
      `/api/3/fields?${new URLSearchParams({ 'filters[perstag]': 'JOB_TITLE' })}`,
    );
    expect(fields.json.fields.map((f: Loose) => [f.id, f.title])).toEqual([['2', 'Job Title']]);
  });

  it('allows one account per contact', async () => {
    const sb = await demo();
    const dup = await call(sb, 'POST', '/api/3/accounts', { account: { name: 'acme inc' } });
    expect([dup.status, dup.json.errors[0].code]).toEqual([422, 'duplicate']);
    const globex = await call(sb, 'POST', '/api/3/accounts', { account: { name: 'Globex' } });
    expect(globex.status).toBe(201);
    const second = await call(sb, 'POST', '/api/3/accountContacts', {
      accountContact: { account: globex.json.account.id, contact: 1, jobTitle: 'CTO' },
    });
    expect([second.status, second.json]).toEqual([
      422,
      {
        errors: [
          {
            title:
              'This contact is already associated with an account. We currently do not support contacts on multiple accounts.',
            detail: '',
            code: 'field_invalid',
            source: { pointer: '/data/attributes/account,contact' },
          },
        ],
      },
    ]);
    const bob = await call(sb, 'POST', '/api/3/contact/sync', { contact: { email: 'bob@globex.example' } });
    const linked = await call(sb, 'POST', '/api/3/accountContacts', {
      accountContact: { account: globex.json.account.id, contact: bob.json.contact.id, jobTitle: 'CTO' },
    });
    expect(linked.status).toBe(201);
    const search = await call(sb, 'GET', '/api/3/accounts?search=glob');
    expect(search.json.accounts[0]).toMatchObject({ name: 'Globex', contactCount: '1' });
  });
});

describe('bulk import', () => {
  it('queues, then reports newly created ids and refused contacts', async () => {
    const sb = await demo();
    const queued = await call(sb, 'POST', '/api/3/import/bulk_import', {
      contacts: [
        {
          email: 'amy@example.com',
          first_name: 'Amy',
          tags: ['Lead', 'Webinar'],
          subscribe: [{ listid: 1 }],
        },
        // Jane unsubscribed from Newsletter: bulk import must not re-subscribe her.
        { email: JANE, subscribe: [{ listid: 2 }] },
      ],
    });
    expect(queued.status).toBe(200);
    expect(queued.json).toMatchObject({ success: 1, queued_contacts: 2, message: 'Contact import queued' });
    const info = `/api/3/import/info?batchId=${queued.json.batchId}`;
    expect((await call(sb, 'GET', info)).json).toEqual({ status: false });
    let result: Loose;
    for (let i = 0; i < 20 && result?.status !== 'completed'; i++) {
      await sleep(100);
      result = (await call(sb, 'GET', info)).json;
    }
    expect(result).toEqual({ status: 'completed', success: ['2'], failure: [JANE] });
    const amy = await call(sb, 'GET', '/api/3/contacts/2/contactTags');
    expect(amy.json.contactTags.map((ct: Loose) => ct.tag)).toEqual(['2', '4']);
    const jane = await call(sb, 'GET', '/api/3/contacts/1/contactLists');
    expect(jane.json.contactLists.find((cl: Loose) => cl.list === '2').status).toBe('2');
  });

  it('refuses oversized batches, bad emails and a missing batchId with 400', async () => {
    const sb = await demo();
    const many = Array.from({ length: 251 }, (_, i) => ({ email: `c${i}@example.com` }));
    expect((await call(sb, 'POST', '/api/3/import/bulk_import', { contacts: many })).status).toBe(400);
    const bad = await call(sb, 'POST', '/api/3/import/bulk_import', {
      contacts: [{ email: 'ok@example.com' }, { email: 'nope' }],
    });
    expect(bad.status).toBe(400);
    expect(bad.json).toMatchObject({ success: 0, failureReasons: [{ contact: 1 }] });
    const missing = await call(sb, 'GET', '/api/3/import/info');
    expect([missing.status, missing.json]).toEqual([
      400,
      { success: 0, message: "'batchId' is a required field." },
    ]);
  });

  it('limits single-contact imports to 20 per minute', async () => {
    const sb = await demo({ ratePerSecond: 100 });
    const one = (i: number) =>
      call(sb, 'POST', '/api/3/import/bulk_import', { contacts: [{ email: `s${i}@x.example` }] });
    for (let i = 0; i < 20; i++) expect((await one(i)).status).toBe(200);
    const limited = await one(20);
    expect([limited.status, limited.json.success, limited.json.message]).toEqual([
      400,
      0,
      'Rate limit exceeded.',
    ]);
  });
});

describe('bulk import, as a queue with backlogs', () => {
  /** Each status import/info reported, polling until the import ended (or 5 s passed). */
  const statusesOf = async (sb: Sandbox, batchId: string) => {
    const seen: Loose[] = [];
    for (const end = Date.now() + 5_000; Date.now() < end; await sleep(100)) {
      const info = (await call(sb, 'GET', `/api/3/import/info?batchId=${batchId}`)).json;
      if (seen.at(-1)?.status !== info.status) seen.push(info);
      if (['completed', 'failed', 'interrupted'].includes(info.status)) break;
    }
    return seen;
  };
  const queue = async (sb: Sandbox, contacts: Loose[]) =>
    (await call(sb, 'POST', '/api/3/import/bulk_import', { contacts })).json.batchId as string;

  it('stays waiting, then active, for as long as a test scripts, then completes', async () => {
    const sb = await demo();
    await sandboxClient(sb).scriptImports({ count: 1, durationMs: 2_000 });
    const batchId = await queue(sb, [{ email: 'slow@example.com' }]);
    const seen = await statusesOf(sb, batchId);
    expect(seen.map((s) => s.status)).toEqual([false, 'waiting', 'active', 'completed']);
    expect(seen.at(-1)).toEqual({ status: 'completed', success: ['2'], failure: [] });
  });

  it('ends failed having done nothing, or interrupted halfway', async () => {
    const sb = await demo();
    const control = sandboxClient(sb);
    await control.scriptImports({ count: 1, durationMs: 400, end: 'failed' });
    await control.scriptImports({ count: 1, durationMs: 400, end: 'interrupted' });
    const failed = await queue(sb, [{ email: 'f1@example.com' }, { email: 'f2@example.com' }]);
    const cut = await queue(sb, [{ email: 'i1@example.com' }, { email: 'i2@example.com' }]);
    expect((await statusesOf(sb, failed)).at(-1)).toEqual({
      status: 'failed',
      success: [],
      failure: [],
    });
    expect((await statusesOf(sb, cut)).at(-1)).toEqual({
      status: 'interrupted',
      success: ['2'],
      failure: [],
    });
    const found = await call(sb, 'GET', '/api/3/contacts?email=f1%40example.com');
    expect(found.json.contacts).toEqual([]);
  });

  it('refuses excluded and bounced addresses, and lists only the contacts it created', async () => {
    const sb = await demo();
    const control = sandboxClient(sb);
    await control.exclude('no@example.com');
    await control.exclude('gone@example.com', 'bounced');
    const batchId = await queue(sb, [
      { email: 'no@example.com' },
      { email: 'gone@example.com' },
      { email: JANE, first_name: 'Jane' },
      { email: 'new@example.com' },
    ]);
    expect((await statusesOf(sb, batchId)).at(-1)).toEqual({
      status: 'completed',
      success: ['2'],
      failure: ['no@example.com', 'gone@example.com'],
    });
  });

  it('can be scripted to list updated contacts under success too', async () => {
    const sb = await demo();
    await sandboxClient(sb).scriptImports({ count: 1, durationMs: 400, successListsUpdated: true });
    const batchId = await queue(sb, [{ email: JANE }, { email: 'new@example.com' }]);
    expect((await statusesOf(sb, batchId)).at(-1)).toMatchObject({ success: ['1', '2'] });
  });
});

describe('v1 api.php', () => {
  it('contact_sync reads form bodies only, and status 1 re-subscribes', async () => {
    const sb = await demo();
    const asJson = await fetch(
      `${sb.url}/admin/api.php?api_action=contact_sync&api_key=${sb.apiKey}&api_output=json`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'json@example.com' }),
      },
    );
    expect(asJson.status).toBe(200);
    expect(await asJson.json()).toMatchObject({
      result_code: 0,
      result_message: 'Contact Email Address is not valid.',
    });

    const created = await v1(sb, 'contact_sync', {
      email: 'leo@example.com',
      first_name: 'Leo',
      tags: 'Lead, Brand New',
      'p[1]': '1',
      'field[%JOB_TITLE%,0]': 'CEO',
    });
    expect(created.json).toMatchObject({ result_code: 1, subscriber_id: 2 });
    const view = await v1(sb, 'contact_view_email', undefined, { email: 'LEO@example.com' });
    expect(view.json).toMatchObject({
      id: '2',
      first_name: 'Leo',
      tags: ['Lead', 'Brand New'],
      result_code: 1,
    });
    expect(view.json.lists['1'].status).toBe('1');
    expect(view.json.fields['2'].val).toBe('CEO');

    await v1(sb, 'contact_sync', { email: JANE, 'p[2]': '2', 'status[2]': '1' });
    expect((await v1(sb, 'contact_view_email', undefined, { email: JANE })).json.lists['2'].status).toBe('1');
    expect(
      (await v1(sb, 'contact_view_email', undefined, { email: 'nobody@x.example' })).json.result_code,
    ).toBe(0);
  });

  it('contact_edit with the default overwrite=1 blanks omitted fields and unsubscribes omitted lists', async () => {
    const sb = await demo();
    await v1(sb, 'contact_edit', { id: '1', first_name: 'Janet', 'p[1]': '1' }, { overwrite: '0' });
    const partial = (await v1(sb, 'contact_view_email', undefined, { email: JANE })).json;
    expect(partial).toMatchObject({ first_name: 'Janet', last_name: 'Doe', phone: '+14155550100' });
    expect(partial.lists['1'].status).toBe('1');

    const edited = await v1(sb, 'contact_edit', { id: '1', email: JANE, first_name: 'Jane', 'p[2]': '2' });
    expect(edited.json.result_code).toBe(1);
    const view = (await v1(sb, 'contact_view_email', undefined, { email: JANE })).json;
    expect(view).toMatchObject({ first_name: 'Jane', last_name: '', phone: '', orgname: '' });
    expect(view.lists['1'].status).toBe('2');
  });

  it('lists lists and tags, and answers XML unless api_output=json', async () => {
    const sb = await demo();
    const lists = await v1(sb, 'list_list', undefined, { ids: 'all' });
    expect(lists.json).toMatchObject({
      0: { id: '1', name: 'Prospects' },
      2: { name: 'Customers' },
      result_code: 1,
    });
    const tags = await v1(sb, 'tags_list');
    expect(tags.json).toContainEqual({ id: '1', name: 'LinkedIn', count: '1' });
    const xml = await fetch(`${sb.url}/admin/api.php?api_action=list_list&ids=all&api_key=${sb.apiKey}`);
    expect(xml.headers.get('content-type')).toContain('xml');
    expect(await xml.text()).toContain('<name>Prospects</name>');
  });
});

describe('fault injection and control routes', () => {
  const sync = { contact: { email: 'retry@example.com' } };

  it('scripts 429 with Retry-After, then 5xx, in queue order', async () => {
    const sb = await demo();
    const match = { method: 'POST', path: '/api/3/contact/sync' };
    await call(sb, 'POST', '/__sandbox/faults', { match, count: 1, action: { status: 429, retryAfter: 2 } });
    await call(sb, 'POST', '/__sandbox/faults', { match, count: 1, action: { status: 502 } });
    expect((await call(sb, 'GET', '/api/3/users/me')).status).toBe(200);
    const limited = await call(sb, 'POST', '/api/3/contact/sync', sync);
    expect([limited.status, limited.headers.get('Retry-After')]).toEqual([429, '2']);
    const gateway = await call(sb, 'POST', '/api/3/contact/sync', sync);
    expect([gateway.status, gateway.json]).toEqual([502, undefined]);
    expect((await call(sb, 'POST', '/api/3/contact/sync', sync)).status).toBe(201);
    const log = await call(sb, 'GET', '/__sandbox/requests');
    expect(log.json.map((e: Loose) => `${e.method} ${e.path} ${e.status}`)).toEqual([
      'GET /api/3/users/me 200',
      'POST /api/3/contact/sync 429',
      'POST /api/3/contact/sync 502',
      'POST /api/3/contact/sync 201',
    ]);
    expect((await call(sb, 'POST', '/__sandbox/faults', { count: 1 })).status).toBe(422);
    expect((await call(sb, 'DELETE', '/__sandbox/faults', undefined, { 'Api-Token': 'bad' })).status).toBe(
      401,
    );
  });

  it('delays, hangs and drops connections', async () => {
    const sb = await demo();
    await call(sb, 'POST', '/__sandbox/faults', { count: 1, action: { delayMs: 300 } });
    const started = Date.now();
    expect((await call(sb, 'POST', '/api/3/contact/sync', sync)).status).toBe(201);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);

    await call(sb, 'POST', '/__sandbox/faults', { count: 1, action: { hang: true } });
    const hung = fetch(`${sb.url}/api/3/users/me`, {
      headers: { 'Api-Token': sb.apiKey },
      signal: AbortSignal.timeout(300),
    });
    await expect(hung).rejects.toThrow(/timeout|aborted/i);

    await call(sb, 'POST', '/__sandbox/faults', { count: 1, action: { drop: true } });
    await expect(call(sb, 'GET', '/api/3/users/me')).rejects.toThrow(TypeError);
    expect((await call(sb, 'GET', '/api/3/users/me')).status).toBe(200);

    const log = (await call(sb, 'GET', '/__sandbox/requests')).json.map((e: Loose) => e.status);
    expect(log).toEqual([201, 0, 0, 200]);
  });

  it('goes offline and back, and never records the key', async () => {
    const sb = await demo();
    await call(sb, 'POST', '/__sandbox/offline', { offline: true });
    await expect(call(sb, 'GET', '/api/3/users/me')).rejects.toThrow(TypeError);
    await call(sb, 'POST', '/__sandbox/offline', { offline: false });
    await fetch(`${sb.url}/admin/api.php?api_action=tags_list&api_key=${sb.apiKey}&api_output=json`);
    const log = await call(sb, 'GET', '/__sandbox/requests');
    expect(log.json.map((e: Loose) => e.path)).toEqual(['/api/3/users/me', '/admin/api.php']);
    expect(log.text).not.toContain(sb.apiKey);

    await call(sb, 'POST', '/api/3/contact/sync', sync);
    await call(sb, 'POST', '/__sandbox/reset');
    expect((await call(sb, 'GET', '/__sandbox/state')).json.contacts).toHaveLength(1);
  });
});

describe('persistence', () => {
  it('reloads the saved state and never writes the key', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ac-sandbox-')), 'state.json');
    const first = await startSandbox({ seed: 'demo', persistFile: file, ratePerSecond: false });
    await call(first, 'POST', '/api/3/contact/sync', {
      contact: { email: 'kept@example.com', firstName: 'Kept' },
    });
    await call(first, 'POST', '/api/3/contactTags', { contactTag: { contact: 2, tag: 3 } });
    await first.close();
    expect(readFileSync(file, 'utf8')).not.toContain(first.apiKey);

    const second = await startSandbox({ persistFile: file, ratePerSecond: false });
    started.push(second);
    const found = await call(second, 'GET', '/api/3/contacts?email=kept@example.com');
    expect(found.json.contacts[0]).toMatchObject({ id: '2', firstName: 'Kept' });
    expect((await call(second, 'GET', '/api/3/contacts/2/contactTags')).json.contactTags[0].tag).toBe('3');
    const next = await call(second, 'POST', '/api/3/contact/sync', {
      contact: { email: 'later@example.com' },
    });
    expect(next.json.contact.id).toBe('3');
  });
});

describe('cli', () => {
  it('prints the URL and key first, serves, and exits on SIGTERM', async () => {
    const child = spawn(
      'node_modules/.bin/tsx',
      ['tests/sandbox/cli.ts', '--seed', 'demo', '--key', 'cli-test-key'],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    let out = '';
    for await (const chunk of child.stdout) {
      out += String(chunk);
      if (out.split('\n').length > 2) break;
    }
    const [urlLine, keyLine] = out.split('\n');
    expect(urlLine).toMatch(/^AC_SANDBOX_URL=http:\/\/127\.0\.0\.1:\d+$/);
    expect(keyLine).toBe('AC_SANDBOX_KEY=cli-test-key');
    const url = urlLine?.split('=')[1];
    const me = await fetch(`${url}/api/3/users/me`, { headers: { 'Api-Token': 'cli-test-key' } });
    expect(me.status).toBe(200);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
