// @vitest-environment node
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAcClient } from '@/lib/activecampaign/client/v3';
import { AcError, isAccountRefusal } from '@/lib/activecampaign/errors';
import { runCaptureSyncV1 } from '@/lib/activecampaign/sync/run-v1';
import { emptyProgress } from '@/lib/outbox/progress';
import { saveRequestSchema } from '@/lib/save/request';
import { type Sandbox, startSandbox } from '@/tests/sandbox/server';
import { testDeps } from '@/tests/support/activecampaign-fakes';
import { sandboxClient } from '@/tests/support/sandbox-client';

/** The API key goes to the AC origin only, and never into an error, a log or saved progress. */

let sb: Sandbox;
let elsewhere: { url: string; seen: IncomingHttpHeaders[]; close(): void };

beforeAll(async () => {
  sb = await startSandbox({ seed: 'demo', ratePerSecond: false });
  const seen: IncomingHttpHeaders[] = [];
  const server = createServer((req, res) => {
    seen.push(req.headers);
    res.end('{"user":{"id":"1"}}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  elsewhere = { url: `http://localhost:${port}`, seen, close: () => server.close() };
});
afterAll(async () => {
  elsewhere.close();
  await sb.close();
});

describe('redirects', () => {
  it.each([301, 302, 307] as const)(
    'a %i to another origin is not followed: a wrong-URL error, the key stays home',
    async (status) => {
      await sandboxClient(sb).fault({
        count: 1,
        action: { redirect: { status, location: `${elsewhere.url}/api/3/users/me` } },
      });
      const client = createAcClient({ apiUrl: sb.url, apiKey: sb.apiKey });
      const err = await client.testConnection().catch((e: unknown) => e);
      expect(err).toMatchObject({ kind: 'not-found', code: 'redirect' });
      expect((err as Error).message).toMatch(/redirects/);
      expect(isAccountRefusal(err)).toBe(true);
      expect(elsewhere.seen).toEqual([]);
    },
  );
});

describe('v1 keeps the key out of everything but the URL it must be in', () => {
  const capture = saveRequestSchema.parse({
    capturedAt: new Date().toISOString(),
    contact: { email: 'v1.key@acme.example', firstName: 'Vee' },
  });

  it('sends overwrite=0 in the URL of every write', async () => {
    const urls: URL[] = [];
    const fetch: typeof globalThis.fetch = async (input, init) => {
      const request = new Request(input, init);
      urls.push(new URL(request.url));
      return globalThis.fetch(request);
    };
    const deps = testDeps(createAcClient({ apiUrl: sb.url, apiKey: sb.apiKey, fetch }), { apiMode: 'v1' });
    await runCaptureSyncV1(capture, emptyProgress(), deps);
    const writes = urls.filter((u) => u.searchParams.get('api_action') === 'contact_sync');
    // The new contact with its email alone, then its values: both with overwrite=0 in the URL.
    expect(writes.map((u) => u.searchParams.get('overwrite'))).toEqual(['0', '0']);
  });

  it('an error echoing the URL, a log line and the saved progress never hold the key', async () => {
    const key = sb.apiKey;
    const logged = vi.spyOn(console, 'error');
    const warned = vi.spyOn(console, 'warn');
    const echo: typeof globalThis.fetch = async (input) =>
      new Response(
        JSON.stringify({ result_code: 0, result_message: `Invalid request ${String(input)} key=${key}` }),
        {
          status: 200,
        },
      );
    const refused = createAcClient({ apiUrl: sb.url, apiKey: key, fetch: echo });
    const err = await refused.v1
      .contactSync(new URLSearchParams({ email: 'x@acme.example' }))
      .catch((e) => e);
    expect(err).toBeInstanceOf(AcError);
    const offline: typeof globalThis.fetch = async (input) => {
      throw new TypeError(`fetch failed: ${String(input)}`);
    };
    const down = createAcClient({ apiUrl: sb.url, apiKey: key, fetch: offline });
    const err2 = await down.v1.contactViewEmail('x@acme.example').catch((e) => e);
    const deps = testDeps(createAcClient({ apiUrl: sb.url, apiKey: key }), { apiMode: 'v1' });
    await runCaptureSyncV1(capture, emptyProgress(), deps);

    const everything = [err, err2]
      .map((e) => `${e.message} ${JSON.stringify(e)} ${String(e.stack)}`)
      .join(' ');
    expect(everything).not.toContain(key);
    expect(JSON.stringify(deps.saved)).not.toContain(key);
    for (const spy of [logged, warned]) expect(JSON.stringify(spy.mock.calls)).not.toContain(key);
    logged.mockRestore();
    warned.mockRestore();
  });
});
