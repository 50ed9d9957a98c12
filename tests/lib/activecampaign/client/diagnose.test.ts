// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountWideError } from '@/lib/activecampaign/client/diagnose';
import { createAcClient } from '@/lib/activecampaign/client/v3';
import { AcError } from '@/lib/activecampaign/errors';
import { type Sandbox, startSandbox } from '@/tests/sandbox/server';

/** Only an account that refuses pauses the queue; one odd answer about one resource does not. */

let sb: Sandbox;
beforeAll(async () => {
  sb = await startSandbox({ seed: 'demo', ratePerSecond: false });
});
afterAll(() => sb.close());

const notFound = new AcError('not-found', 'ActiveCampaign: No Result found for Subscriber with id 9', {
  status: 404,
});

describe('accountWideError', () => {
  it('a 404 on one contact while users/me answers is not an account refusal', async () => {
    const client = createAcClient({ apiUrl: sb.url, apiKey: sb.apiKey });
    expect(await accountWideError(client, notFound)).toBeUndefined();
    expect(
      await accountWideError(client, new AcError('validation', 'refused', { code: 'forbidden' })),
    ).toBeUndefined();
  });

  it('a 404 where users/me fails too is: the URL is not ActiveCampaign', async () => {
    const client = createAcClient({ apiUrl: `${sb.url}/not-ac`, apiKey: sb.apiKey });
    expect(await accountWideError(client, notFound)).toMatchObject({ kind: 'not-found' });
  });

  it('a 403 where users/me refuses the key too is: the key was refused, whatever status said so', async () => {
    const forbidden = new AcError('validation', 'refused', { status: 403, code: 'forbidden' });
    const wrongKey = createAcClient({ apiUrl: sb.url, apiKey: 'revoked' });
    expect(await accountWideError(wrongKey, forbidden)).toMatchObject({ kind: 'auth' });
  });

  it('a 403 or 404 where users/me cannot be reached is undecided: its transient error, to retry', async () => {
    const unreachable = createAcClient({ apiUrl: 'http://127.0.0.1:9', apiKey: sb.apiKey });
    const forbidden = new AcError('validation', 'refused', { status: 403, code: 'forbidden' });
    expect(await accountWideError(unreachable, forbidden)).toMatchObject({ kind: 'network' });
    expect(await accountWideError(unreachable, notFound)).toMatchObject({ kind: 'network' });
  });

  it('a 401 and a redirect are account refusals by themselves', async () => {
    const client = createAcClient({ apiUrl: sb.url, apiKey: 'wrong' });
    const auth = new AcError('auth', 'refused', { status: 401 });
    expect(await accountWideError(client, auth)).toBe(auth);
    const redirect = new AcError('not-found', 'redirects', { code: 'redirect' });
    expect(await accountWideError(client, redirect)).toBe(redirect);
  });
});
