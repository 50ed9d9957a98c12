// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { type AcClient, createAcClient } from '@/lib/activecampaign/client/v3';
import { AcError } from '@/lib/activecampaign/errors';
import { runCaptureSyncV1 } from '@/lib/activecampaign/sync/run-v1';
import { outcomeOfError } from '@/lib/outbox/pause';
import { emptyProgress } from '@/lib/outbox/progress';
import type { Sandbox } from '@/tests/sandbox/server';
import type { TestAc } from '@/tests/support/ac-api';
import { uniqueName } from '@/tests/support/ac-api';
import { testDeps } from '@/tests/support/activecampaign-fakes';
import type { SandboxClient } from '@/tests/support/sandbox-client';
import { testCapture as capture, testEmail as email, sandboxSuite } from './sandbox-suite';

/**
 * Where AC's v1 API answers differently from what a save needs (docs/activecampaign.md#v1): an
 * account under its current names, contact_edit requiring a list, a contact on no list that v1 may
 * not show, a personalisation tag the account lacks. Each save either ends right or fails in words.
 */

const suite = sandboxSuite({ fields: [{ title: 'Job Title', perstag: 'JOB_TITLE' }] });
let sb: Sandbox;
let ac: TestAc;
let control: SandboxClient;
beforeAll(() => {
  ({ sb, ac, control } = suite);
});

/** Records each request (v1 ones with their action and form) as the client sent it. */
function recording() {
  const calls: { action: string; form: URLSearchParams; cache: RequestCache }[] = [];
  const fetchSpy: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const action = new URL(request.url).searchParams.get('api_action') ?? '';
    calls.push({ action, form: new URLSearchParams(await request.clone().text()), cache: request.cache });
    return fetch(request);
  };
  const client: AcClient = createAcClient({ apiUrl: sb.url, apiKey: sb.apiKey, fetch: fetchSpy });
  return { calls, client };
}

async function accountNameOf(contactId: string): Promise<string | undefined> {
  const links = await ac.request<{ accountContacts: { account: string }[] }>(
    'GET',
    `contacts/${contactId}/accountContacts`,
  );
  const link = links.accountContacts[0];
  if (!link) return undefined;
  return (await ac.request<{ account: { name: string } }>('GET', `accounts/${link.account}`)).account.name;
}

describe('v1 mode', () => {
  it('keeps a contact in the account they belong to: the captured company never moves them', async () => {
    const held = uniqueName('Held Co');
    const target = email('v1acct');
    const id = await ac.syncContact({ email: target, firstName: 'Ada' });
    const account = await ac.request<{ account: { id: string } }>('POST', 'accounts', {
      account: { name: held },
    });
    await ac.request('POST', 'accountContacts', {
      accountContact: { account: account.account.id, contact: id },
    });
    const { calls, client } = recording();

    const result = await runCaptureSyncV1(
      capture({ contact: { email: target, firstName: 'Ada', company: uniqueName('Page Co') } }),
      emptyProgress(),
      testDeps(client, { apiMode: 'v1', companyToAccount: true }),
    );

    expect(result.contactId).toBe(id);
    expect(calls.some((c) => c.form.has('customer_acct_name'))).toBe(false);
    expect(await accountNameOf(id)).toBe(held);
  });

  it('gives a contact without an account the captured company', async () => {
    const company = uniqueName('First Co');
    const { client } = recording();
    const result = await runCaptureSyncV1(
      capture({ contact: { firstName: 'Bo', company } }),
      emptyProgress(),
      testDeps(client, { apiMode: 'v1', companyToAccount: true }),
    );
    expect(await accountNameOf(result.contactId)).toBe(company);
  });

  it('asks no cache: every request, v1 reads with the key in their URL included, is no-store', async () => {
    const { calls, client } = recording();
    await runCaptureSyncV1(
      capture({ contact: { firstName: 'Cy', title: 'CTO' } }),
      emptyProgress(),
      testDeps(client, { apiMode: 'v1', fieldMap: { jobTitle: '%JOB_TITLE%' } }),
    );
    expect(calls.map((c) => c.action)).toContain('contact_view_email');
    expect(calls.map((c) => c.cache)).toEqual(calls.map(() => 'no-store'));
  });

  it('fails the save in words, instead of retrying forever, when v1 does not show the contact it just created', async () => {
    const target = email('v1hidden');
    // A contact on no list may be invisible to contact_view_email: the lookup and the read-back miss.
    await control.fault({
      match: { method: 'GET', path: '/admin/api.php' },
      count: 2,
      action: { lookupMiss: true },
    });
    const { client } = recording();
    const err = await runCaptureSyncV1(
      capture({ contact: { email: target, firstName: 'Di' } }),
      emptyProgress(),
      testDeps(client, { apiMode: 'v1' }),
    ).catch((e: unknown) => e);

    expect(err).toBeInstanceOf(AcError);
    const outcome = outcomeOfError(err, 1);
    expect(outcome).toMatchObject({ kind: 'failed', message: expect.stringMatching(/v3 API/) });
    // Nothing but the email was written.
    expect(await ac.contactsByEmail(target)).toMatchObject([{ firstName: '' }]);
  });

  it('changes an email with contact_edit naming a list the contact is on, at its status, so the edit is accepted and changes nothing else', async () => {
    const [active, gone] = await Promise.all([
      ac.createList(uniqueName('On')),
      ac.createList(uniqueName('Off')),
    ]);
    const oldEmail = email('v1from');
    const id = await ac.syncContact({ email: oldEmail, firstName: 'Eve', phone: '+15550003' });
    await ac.setListStatus(id, active, 1);
    await ac.setListStatus(id, gone, 2);
    const newEmail = email('v1to');
    const { calls, client } = recording();

    const result = await runCaptureSyncV1(
      capture({ contact: { email: newEmail }, previousEmail: oldEmail }),
      emptyProgress(),
      testDeps(client, { apiMode: 'v1' }),
    );

    expect(result.contactId).toBe(id);
    const edit = calls.find((c) => c.action === 'contact_edit');
    expect(edit?.form.get('overwrite')).toBe('0');
    expect(await ac.contactsByEmail(newEmail)).toMatchObject([{ id, firstName: 'Eve', phone: '+15550003' }]);
    expect(await ac.listStatuses(id)).toEqual({ [active]: '1', [gone]: '2' });
  });

  it('fails an email change in words when the contact is on no list v1 could name, and changes nothing', async () => {
    const oldEmail = email('v1nolist');
    const id = await ac.syncContact({ email: oldEmail, firstName: 'Fay' });
    const newEmail = email('v1nolist-new');
    const { calls, client } = recording();

    const err = await runCaptureSyncV1(
      capture({ contact: { email: newEmail }, previousEmail: oldEmail }),
      emptyProgress(),
      testDeps(client, { apiMode: 'v1' }),
    ).catch((e: unknown) => e);

    expect(outcomeOfError(err, 1)).toMatchObject({
      kind: 'failed',
      message: expect.stringContaining(`${oldEmail} is on none`),
    });
    expect(calls.some((c) => c.action === 'contact_edit' || c.action === 'contact_sync')).toBe(false);
    expect(await ac.contactsByEmail(oldEmail)).toMatchObject([{ id, firstName: 'Fay' }]);
    expect(await ac.contactsByEmail(newEmail)).toEqual([]);
  });

  it('fails in words when a mapped personalisation tag does not exist, instead of losing the value unseen', async () => {
    const target = email('v1field');
    const { calls, client } = recording();
    const err = await runCaptureSyncV1(
      capture({ contact: { email: target, firstName: 'Gus', title: 'COO' } }),
      emptyProgress(),
      testDeps(client, { apiMode: 'v1', fieldMap: { jobTitle: '%NO_SUCH_FIELD%' } }),
    ).catch((e: unknown) => e);

    expect(outcomeOfError(err, 1)).toMatchObject({
      kind: 'failed',
      message: expect.stringMatching(/NO_SUCH_FIELD.*does not exist/),
    });
    expect(calls.some((c) => c.form.has('first_name'))).toBe(false);
  });
});
