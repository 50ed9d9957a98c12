// @vitest-environment node
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { call, type Loose, v1 } from './calls';
import { type Sandbox, type SandboxSeed, startSandbox } from './server';

/**
 * The ActiveCampaign behaviour a safe client must survive (docs/activecampaign.md): the sandbox
 * reproduces each of these so the sync engine's tests see them, not a friendlier server.
 */

const seed: SandboxSeed = {
  lists: [{ name: 'Pending' }, { name: 'Active' }, { name: 'Gone' }, { name: 'Bounced' }],
  tags: ['Lead', 'Leader', 'VIP'],
  templateTags: ['Newsletter'],
  fields: [
    { title: 'LinkedIn URL', perstag: 'LINKEDIN_URL' },
    { title: 'Birthday', perstag: 'BIRTHDAY', type: 'date' },
    { title: 'Size', perstag: 'SIZE', type: 'dropdown', options: ['Small', 'Large'] },
    { title: 'Topics', perstag: 'TOPICS', type: 'checkbox', options: ['AI', 'Sales'] },
  ],
  contacts: [
    {
      email: 'ann@example.com',
      lists: { Pending: 0, Active: 1, Gone: 2, Bounced: 3 },
      fields: { LINKEDIN_URL: 'https://www.linkedin.com/in/ann' },
    },
    { email: 'bob@example.com' },
  ],
};

const started: Sandbox[] = [];
async function sandbox(): Promise<Sandbox> {
  const sb = await startSandbox({ seed, ratePerSecond: false });
  started.push(sb);
  return sb;
}
afterAll(async () => {
  await Promise.all(started.map((sb) => sb.close()));
});

const query = (params: Record<string, string>) => new URLSearchParams(params).toString();
const fault = (sb: Sandbox, body: unknown) => call(sb, 'POST', '/__sandbox/faults', body);

describe('list statuses', () => {
  it('holds 0 unconfirmed and 3 bounced besides 1 and 2, and status 1 over them activates', async () => {
    const sb = await sandbox();
    const lists = await call(sb, 'GET', '/api/3/contacts/1/contactLists');
    expect(lists.json.contactLists.map((cl: Loose) => [cl.list, cl.status])).toEqual([
      ['1', '0'],
      ['2', '1'],
      ['3', '2'],
      ['4', '3'],
    ]);
    const confirm = await call(sb, 'POST', '/api/3/contactLists', {
      contactList: { list: 4, contact: 1, status: 1 },
    });
    expect([confirm.status, confirm.json.contactList.status]).toEqual([200, '1']);
    const bad = await call(sb, 'POST', '/api/3/contactLists', {
      contactList: { list: 1, contact: 1, status: 7 },
    });
    expect(bad.status).toBe(422);
  });
});

describe('tags', () => {
  it('search is a contains match, filters[search][eq] exact, both ignoring case', async () => {
    const sb = await sandbox();
    const contains = await call(sb, 'GET', `/api/3/tags?${query({ search: 'lead' })}`);
    expect(contains.json.tags.map((t: Loose) => t.tag)).toEqual(['Lead', 'Leader']);
    const exact = await call(sb, 'GET', `/api/3/tags?${query({ 'filters[search][eq]': 'LEAD' })}`);
    expect(exact.json.tags.map((t: Loose) => t.tag)).toEqual(['Lead']);
  });

  it('pages by 20 unless limit says otherwise, with offset and meta.total', async () => {
    const sb = await sandbox();
    for (let i = 0; i < 22; i++) {
      await call(sb, 'POST', '/api/3/tags', { tag: { tag: `t${i}`, tagType: 'contact' } });
    }
    const first = await call(sb, 'GET', '/api/3/tags');
    expect([first.json.tags.length, first.json.meta.total]).toEqual([20, '26']);
    const rest = await call(sb, 'GET', `/api/3/tags?${query({ limit: '20', offset: '20' })}`);
    expect(rest.json.tags.map((t: Loose) => t.tag)).toEqual(['t16', 't17', 't18', 't19', 't20', 't21']);
  });

  it('lists template tags too, and a name may exist once per tag type', async () => {
    const sb = await sandbox();
    const found = await call(sb, 'GET', `/api/3/tags?${query({ 'filters[search][eq]': 'newsletter' })}`);
    expect(found.json.tags.map((t: Loose) => [t.tag, t.tagType])).toEqual([['Newsletter', 'template']]);
    const contactTag = await call(sb, 'POST', '/api/3/tags', {
      tag: { tag: 'Newsletter', tagType: 'contact' },
    });
    expect(contactTag.status).toBe(201);
  });

  it('answers a duplicate create with AC’s database message: no errors[], no code', async () => {
    const sb = await sandbox();
    const dup = await call(sb, 'POST', '/api/3/tags', { tag: { tag: 'vip', tagType: 'contact' } });
    expect([dup.status, dup.json]).toEqual([
      422,
      { message: 'Could not process request', error: "Duplicate entry 'contact-vip' for key 'typetag'" },
    ]);
  });
});

describe('contacts', () => {
  it('ignores filters it does not know: filters[fields] returns unrelated contacts', async () => {
    const sb = await sandbox();
    const key = 'filters[fields][%LINKEDIN_URL%]';
    const answer = await call(sb, 'GET', `/api/3/contacts?${query({ [key]: 'https://nobody.example' })}`);
    expect(answer.json.contacts.map((c: Loose) => c.email)).toEqual(['ann@example.com', 'bob@example.com']);
  });

  it('finds field values by field id and exact value with GET /fieldValues', async () => {
    const sb = await sandbox();
    const hit = await call(
      sb,
      'GET',
      `/api/3/fieldValues?${query({ 'filters[fieldid]': '1', 'filters[val]': 'https://www.linkedin.com/in/ann' })}`,
    );
    expect(hit.json.fieldValues.map((v: Loose) => [v.contact, v.field])).toEqual([['1', '1']]);
    const miss = await call(
      sb,
      'GET',
      `/api/3/fieldValues?${query({ 'filters[fieldid]': '1', 'filters[val]': 'https://www.linkedin.com/in' })}`,
    );
    expect(miss.json.fieldValues).toEqual([]);
  });

  it('deletes a contact: its id then answers 404 and is never reused', async () => {
    const sb = await sandbox();
    expect((await call(sb, 'DELETE', '/api/3/contacts/1')).status).toBe(200);
    const gone = await call(sb, 'GET', '/api/3/contacts/1');
    expect([gone.status, gone.json]).toEqual([404, { message: 'No Result found for Subscriber with id 1' }]);
    expect((await call(sb, 'GET', '/api/3/contacts/1/contactLists')).status).toBe(404);
    const again = await call(sb, 'POST', '/api/3/contacts', { contact: { email: 'ann@example.com' } });
    expect(again.json.contact.id).toBe('3');
  });

  it('refuses values that do not fit a date, dropdown or checkbox field with 422', async () => {
    const sb = await sandbox();
    const write = (field: string, value: string) =>
      call(sb, 'POST', '/api/3/contact/sync', {
        contact: { email: 'bob@example.com', fieldValues: [{ field, value }] },
      });
    expect((await write('2', 'https://www.linkedin.com/in/bob')).status).toBe(422);
    expect((await write('2', '2026-02-30x')).status).toBe(422);
    expect((await write('3', 'Head of Sales')).status).toBe(422);
    expect((await write('4', 'AI')).status).toBe(422);
    expect((await write('2', '1990-04-01')).status).toBe(201);
    expect((await write('3', 'Large')).status).toBe(201);
    expect((await write('4', '||AI||Sales||')).status).toBe(201);
    expect((await write('1', 'anything at all')).status).toBe(201);
  });
});

describe('faults', () => {
  it('a lookup miss hides an existing contact from the next email search only', async () => {
    const sb = await sandbox();
    await fault(sb, {
      match: { method: 'GET', path: '/api/3/contacts' },
      count: 1,
      action: { lookupMiss: true },
    });
    const email = query({ email: 'ann@example.com' });
    expect((await call(sb, 'GET', `/api/3/contacts?${email}`)).json.contacts).toEqual([]);
    expect((await call(sb, 'GET', `/api/3/contacts?${email}`)).json.contacts).toHaveLength(1);

    await fault(sb, { match: { path: '/admin/api.php' }, count: 1, action: { lookupMiss: true } });
    const view = () => v1(sb, 'contact_view_email', undefined, { email: 'ann@example.com' });
    expect((await view()).json.result_code).toBe(0);
    expect((await view()).json.result_code).toBe(1);
  });

  it('redirects to another origin on request, where a client that follows would send its key', async () => {
    const seen: IncomingHttpHeaders[] = [];
    const other = createServer((req, res) => {
      seen.push(req.headers);
      res.end('{}');
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const target = `http://localhost:${(other.address() as AddressInfo).port}/steal`;
    try {
      const sb = await sandbox();
      for (const status of [301, 302, 307]) {
        await fault(sb, { count: 1, action: { redirect: { status, location: target } } });
        const res = await fetch(`${sb.url}/api/3/users/me`, {
          headers: { 'Api-Token': sb.apiKey },
          redirect: 'manual',
        });
        expect([res.status, res.headers.get('location')]).toEqual([status, target]);
      }
      // What the fault exists to catch: fetch's default re-sends a custom header to the new origin.
      await fault(sb, { count: 1, action: { redirect: { status: 307, location: target } } });
      await fetch(`${sb.url}/api/3/users/me`, { headers: { 'Api-Token': sb.apiKey } });
      expect(seen.map((h) => h['api-token'])).toEqual([sb.apiKey]);
    } finally {
      other.close();
    }
  });
});

describe('v1', () => {
  it('reads overwrite from the URL: overwrite=0 in the body alone still blanks', async () => {
    const sb = await sandbox();
    await v1(sb, 'contact_sync', {
      email: 'bob@example.com',
      first_name: 'Bob',
      last_name: 'Stone',
      'p[2]': '2',
    });
    await v1(sb, 'contact_edit', { id: '2', first_name: 'Bobby', overwrite: '0', 'p[2]': '2' });
    const view = await v1(sb, 'contact_view_email', undefined, { email: 'bob@example.com' });
    expect(view.json).toMatchObject({ first_name: 'Bobby', last_name: '' });
  });

  it('refuses contact_edit without a list (p[] is required), and changes nothing', async () => {
    const sb = await sandbox();
    await v1(sb, 'contact_sync', { email: 'bob@example.com', first_name: 'Bob' });
    const edit = await v1(sb, 'contact_edit', { id: '2', email: 'robert@example.com' }, { overwrite: '0' });
    expect(edit.json).toMatchObject({ result_code: 0 });
    const view = await v1(sb, 'contact_view_email', undefined, { email: 'bob@example.com' });
    expect(view.json).toMatchObject({ result_code: 1, first_name: 'Bob' });
  });

  it('ignores a personalisation tag the account lacks, and writes the rest', async () => {
    const sb = await sandbox();
    const sync = await v1(sb, 'contact_sync', {
      email: 'bob@example.com',
      first_name: 'Bob',
      'field[%NO_SUCH_FIELD%,0]': 'lost',
      'field[%LINKEDIN_URL%,0]': 'https://www.linkedin.com/in/bob',
    });
    expect(sync.json).toMatchObject({ result_code: 1 });
    const view = await v1(sb, 'contact_view_email', undefined, { email: 'bob@example.com' });
    expect(view.json).toMatchObject({
      first_name: 'Bob',
      fields: { 1: { val: 'https://www.linkedin.com/in/bob' } },
    });
    expect(JSON.stringify(view.json)).not.toContain('lost');
  });

  it('shows the account as customer_acct_id/customer_acct_name, and moves a contact on customer_acct_name', async () => {
    const sb = await sandbox();
    await v1(sb, 'contact_sync', { email: 'bob@example.com', customer_acct_name: 'Acme' });
    const view = await v1(sb, 'contact_view_email', undefined, { email: 'bob@example.com' });
    expect(view.json).toMatchObject({ customer_acct_name: 'Acme', orgname: '' });
    expect(view.json.customer_acct_id).not.toBe('0');
    await v1(sb, 'contact_sync', { email: 'bob@example.com', customer_acct_name: 'Other' });
    const moved = await v1(sb, 'contact_view_email', undefined, { email: 'bob@example.com' });
    expect(moved.json).toMatchObject({ customer_acct_name: 'Other' });
    const none = await v1(sb, 'contact_view_email', undefined, { email: 'ann@example.com' });
    expect(none.json).toMatchObject({ customer_acct_id: '0', customer_acct_name: '' });
  });
});
