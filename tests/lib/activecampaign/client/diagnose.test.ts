// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountRefusal } from '@/lib/activecampaign/client/diagnose';
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

describe('accountRefusal', () => {
  it('a 404 on one contact while users/me answers is not an account refusal', async () => {
    const client = createAcClient({ apiUrl: sb.url, apiKey: sb.apiKey });
    expect(await accountRefusal(client, notFound)).toBeUndefined();
    expect(
      await accountRefusal(client, new AcError('validation', 'refused', { code: 'forbidden' })),
    ).toBeUndefined();
  });

  it('a 404 where users/me fails too is: the URL is not ActiveCampaign', async () => {
    const client = createAcClient({ apiUrl: `${sb.url}/not-ac`, apiKey: sb.apiKey });
    expect(await accountRefusal(client, notFound)).toMatchObject({ kind: 'not-found' });
  });

  it('a 401 and a redirect are account refusals by themselves', async () => {
    const client = createAcClient({ apiUrl: sb.url, apiKey: 'wrong' });
    const auth = new AcError('auth', 'refused', { status: 401 });
    expect(await accountRefusal(client, auth)).toBe(auth);
    const redirect = new AcError('not-found', 'redirects', { code: 'redirect' });
    expect(await accountRefusal(client, redirect)).toBe(redirect);
  });
});
