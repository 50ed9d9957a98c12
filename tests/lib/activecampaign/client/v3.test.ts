// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createAcClient } from '@/lib/activecampaign/client/v3';
import { AcError, isDuplicate, isRetryable } from '@/lib/activecampaign/errors';

const API_KEY = 'k3y-5ecret-0123456789abcdef';
const ORIGIN = 'https://acct.api-us1.com';

type Answer = Response | (() => Promise<Response>);

/** A fetch that answers every request with `answer` and records what was asked. */
function fakeFetch(answer: Answer) {
  const requests: Request[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    requests.push(new Request(input, init));
    return typeof answer === 'function' ? answer() : answer.clone();
  }) as typeof globalThis.fetch;
  return { fetch, requests };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

async function failure(answer: Answer, timeoutMs = 10_000): Promise<AcError> {
  const { fetch } = fakeFetch(answer);
  const client = createAcClient({ apiUrl: ORIGIN, apiKey: API_KEY, fetch, timeoutMs });
  const err = await client.findContactByEmail('jane@acme.example').then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AcError);
  return err as AcError;
}

function expectNoSecrets(err: AcError): void {
  const serialised = `${err.message} ${JSON.stringify(err)} ${String(err.stack)}`;
  expect(serialised).not.toContain(API_KEY);
  expect(serialised).not.toContain('Api-Token');
  expect(serialised).not.toMatch(/https?:\/\/\S*\?/);
}

describe('AC client: requests', () => {
  it('sends the key in the Api-Token header to <origin>/api/3 and parses string ids', async () => {
    const { fetch, requests } = fakeFetch(
      json(200, {
        contacts: [{ id: '21', email: 'Jane@Acme.example', firstName: 'Jane', lastName: null }],
        meta: { total: '1' },
      }),
    );
    const client = createAcClient({ apiUrl: ORIGIN, apiKey: API_KEY, fetch });
    const contact = await client.findContactByEmail('jane@acme.example');
    expect(contact).toEqual({
      id: '21',
      email: 'Jane@Acme.example',
      firstName: 'Jane',
      lastName: '',
      phone: '',
      cdate: '',
    });
    const [request] = requests;
    expect(request?.url).toBe(`${ORIGIN}/api/3/contacts?email=jane%40acme.example`);
    expect(request?.headers.get('Api-Token')).toBe(API_KEY);
  });

  it('pages through lists until meta.total', async () => {
    let calls = 0;
    const { fetch, requests } = fakeFetch(async () => {
      calls++;
      const lists = Array.from({ length: calls === 1 ? 100 : 5 }, (_, i) => ({
        id: calls * 1000 + i,
        name: `L${i}`,
      }));
      return json(200, { lists, meta: { total: '105' } });
    });
    const lists = await createAcClient({ apiUrl: ORIGIN, apiKey: API_KEY, fetch }).listLists();
    expect(lists).toHaveLength(105);
    expect(requests.map((r) => new URL(r.url).searchParams.get('offset'))).toEqual(['0', '100']);
  });

  it('tolerates import/info answering status:false right after queueing', async () => {
    const { fetch } = fakeFetch(json(200, { status: false }));
    const info = await createAcClient({ apiUrl: ORIGIN, apiKey: API_KEY, fetch }).importInfo('b1');
    expect(info).toEqual({ status: 'waiting', success: [], failure: [] });
  });

  it('v1 sends a form body, keeps the key out of errors and checks result_code, not HTTP status', async () => {
    const { fetch, requests } = fakeFetch(
      json(200, { result_code: 0, result_message: 'List ID 9 does not exist' }),
    );
    const client = createAcClient({ apiUrl: ORIGIN, apiKey: API_KEY, fetch });
    const err = await client.v1
      .contactSync(new URLSearchParams({ email: 'a@b.example', 'p[9]': '9' }))
      .catch((e) => e);
    expect(err).toBeInstanceOf(AcError);
    expect(err).toMatchObject({ kind: 'validation', message: 'List ID 9 does not exist' });
    expectNoSecrets(err);
    const [request] = requests;
    expect(request?.method).toBe('POST');
    expect(request?.headers.get('Content-Type')).toMatch(/application\/x-www-form-urlencoded/);
    expect(await request?.text()).toBe('email=a%40b.example&p%5B9%5D=9');
  });

  it('v1 contact_edit always sends overwrite=0', async () => {
    const { fetch, requests } = fakeFetch(json(200, { result_code: 1, result_message: 'ok' }));
    const client = createAcClient({ apiUrl: ORIGIN, apiKey: API_KEY, fetch });
    await client.v1.contactEdit(new URLSearchParams({ id: '3', email: 'n@b.example', overwrite: '1' }));
    expect(new URLSearchParams(await requests[0]?.text()).getAll('overwrite')).toEqual(['0']);
  });

  it('v1 contact_view_email answers null for "Nothing is returned" and auth for a refused key', async () => {
    const notFound = fakeFetch(json(200, { result_code: 0, result_message: 'Failed: Nothing is returned' }));
    const client = createAcClient({ apiUrl: ORIGIN, apiKey: API_KEY, fetch: notFound.fetch });
    expect(await client.v1.contactViewEmail('x@y.example')).toBeNull();
    const refused = fakeFetch(
      json(200, { result_code: 0, result_message: 'You are not authorized to access this file' }),
    );
    const err = await createAcClient({ apiUrl: ORIGIN, apiKey: API_KEY, fetch: refused.fetch })
      .v1.contactViewEmail('x@y.example')
      .catch((e) => e);
    expect(err).toMatchObject({ kind: 'auth' });
  });
});

describe('AC client: error mapping', () => {
  it.each([
    [401, 'auth', false],
    // A 403 is one resource refused (e.g. a list), not the account: that save fails, nothing pauses.
    [403, 'validation', false],
    [404, 'not-found', false],
    [500, 'server', true],
    [502, 'server', true],
  ] as const)('HTTP %i → %s', async (status, kind, retryable) => {
    const err = await failure(json(status, { message: `No Result found for User with id 0 ${API_KEY}` }));
    expect(err.kind).toBe(kind);
    expect(err.status).toBe(status);
    expect(isRetryable(err)).toBe(retryable);
    expectNoSecrets(err);
  });

  it('AC’s duplicate-tag answer (a database message, no code) is read as a duplicate', async () => {
    const err = await failure(
      json(422, {
        message: 'Could not process request',
        error: "Duplicate entry 'contact-TEST' for key 'typetag'",
      }),
    );
    expect(isDuplicate(err)).toBe(true);
    expect(err.message).toBe('That name already exists in ActiveCampaign.');
  });

  it('422 carries code, pointer and title', async () => {
    const err = await failure(
      json(422, {
        errors: [
          {
            title: 'Email address already exists in the system',
            code: 'duplicate',
            source: { pointer: '/data/attributes/email' },
          },
        ],
      }),
    );
    expect(err).toMatchObject({
      kind: 'validation',
      status: 422,
      code: 'duplicate',
      pointer: '/data/attributes/email',
      message: 'Email address already exists in the system',
    });
    expect(isRetryable(err)).toBe(false);
  });

  it('reads JSON sent as text/plain and 400 bodies', async () => {
    const body = JSON.stringify({ errors: [{ title: 'The name was not provided.', code: 'field_missing' }] });
    const err = await failure(new Response(body, { status: 400, headers: { 'Content-Type': 'text/plain' } }));
    expect(err).toMatchObject({
      kind: 'validation',
      code: 'field_missing',
      message: 'The name was not provided.',
    });
  });

  it('429 with Retry-After seconds', async () => {
    const err = await failure(json(429, {}, { 'Retry-After': '30' }));
    expect(err).toMatchObject({ kind: 'rate-limited', retryAfterMs: 30_000 });
    expect(isRetryable(err)).toBe(true);
  });

  it('429 with Retry-After as an HTTP date', async () => {
    const at = new Date(Date.now() + 120_000).toUTCString();
    const err = await failure(json(429, {}, { 'Retry-After': at }));
    expect(err.kind).toBe('rate-limited');
    expect(err.retryAfterMs).toBeGreaterThan(115_000);
    expect(err.retryAfterMs).toBeLessThanOrEqual(120_000);
  });

  it('503 is a server error that keeps Retry-After; HTML bodies are fine', async () => {
    const err = await failure(
      new Response('<html>Service Unavailable</html>', { status: 503, headers: { 'Retry-After': '5' } }),
    );
    expect(err).toMatchObject({ kind: 'server', status: 503, retryAfterMs: 5_000 });
  });

  it('the bulk importer’s 400 "Rate limit exceeded" is a rate limit', async () => {
    const err = await failure(
      json(400, { success: 0, message: 'Rate limit exceeded.', failureReasons: ['Up to 100'] }),
    );
    expect(err).toMatchObject({ kind: 'rate-limited', retryAfterMs: 60_000 });
  });

  it('network failure', async () => {
    const err = await failure(async () => {
      throw new TypeError(`fetch failed for ${ORIGIN}/api/3/contacts?api_key=${API_KEY}`);
    });
    expect(err.kind).toBe('network');
    expect(isRetryable(err)).toBe(true);
    expectNoSecrets(err);
  });

  it('a fetch that never answers times out after timeoutMs', async () => {
    const started = Date.now();
    const err = await failure(() => new Promise<Response>(() => {}), 50);
    expect(err.kind).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(2_000);
    expectNoSecrets(err);
  });

  it('a 2xx body that fails the schema is bad-response', async () => {
    const err = await failure(json(200, { contacts: [{ email: 'no-id@acme.example' }] }));
    expect(err).toMatchObject({ kind: 'bad-response', status: 200 });
    expect(isRetryable(err)).toBe(false);
  });

  it('v1 errors never carry the URL with the key', async () => {
    const { fetch } = fakeFetch(async () => {
      throw new TypeError(`connect ECONNREFUSED ${ORIGIN}/admin/api.php?api_key=${API_KEY}`);
    });
    const err = await createAcClient({ apiUrl: ORIGIN, apiKey: API_KEY, fetch })
      .v1.contactViewEmail('a@b.example')
      .catch((e) => e);
    expect(err).toMatchObject({ kind: 'network', endpoint: 'v1 contact_view_email' });
    expectNoSecrets(err);
  });
});
