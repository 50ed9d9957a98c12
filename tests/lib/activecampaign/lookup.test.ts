// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type AcClient, createAcClient } from '@/lib/activecampaign/client/v3';
import { findMatches, lookupContact } from '@/lib/activecampaign/lookup';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { type Sandbox, startSandbox } from '@/tests/sandbox/server';
import { TestAc, uniqueName } from '@/tests/support/ac-api';

let sb: Sandbox;
let ac: TestAc;
let client: AcClient;
let settings: Settings;
let linkedinFieldId: string;

beforeAll(async () => {
  sb = await startSandbox({ ratePerSecond: false });
  ac = new TestAc(sb);
  client = createAcClient({ apiUrl: sb.url, apiKey: sb.apiKey });
  const linkedin = await ac.createField(uniqueName('LinkedIn'));
  linkedinFieldId = linkedin.id;
  settings = { ...DEFAULT_SETTINGS, apiUrl: sb.url, fieldMap: { linkedinUrl: linkedin.perstag } };
});
afterAll(() => sb.close());
beforeEach(() => fakeBrowser.reset());

const email = () => `${uniqueName('p').replace(/\W+/g, '.').toLowerCase()}@acme.example`;

/** A contact saved the way a capture saves it: first and last name as splitName gives them. */
async function saved(firstName: string, lastName: string, company?: string): Promise<string> {
  const id = await ac.syncContact({ email: email(), firstName, lastName });
  if (company) {
    const account = await ac.request<{ account: { id: string } }>('POST', 'accounts', {
      account: { name: company },
    });
    await ac.request('POST', 'accountContacts', {
      accountContact: { account: account.account.id, contact: id },
    });
  }
  return id;
}

describe('finding the person when the page shows no email', () => {
  it('finds "Ludwig van Beethoven", saved with the last name "van Beethoven"', async () => {
    const id = await saved('Ludwig', 'van Beethoven');
    const matches = await findMatches(client, settings, { name: 'Ludwig van Beethoven' });
    expect(matches.map((m) => m.id)).toEqual([id]);
  });

  it('finds "Jane Doe, PhD", saved as Jane + Doe', async () => {
    const last = uniqueName('Doe').replace(/\W+/g, '');
    const id = await saved('Jane', last);
    const matches = await findMatches(client, settings, { name: `Jane ${last}, PhD` });
    expect(matches.map((m) => m.id)).toEqual([id]);
  });

  it('does not offer someone who only shares part of the name', async () => {
    const last = uniqueName('Lovelace').replace(/\W+/g, '');
    await saved('Ada', `King ${last}`);
    expect(await findMatches(client, settings, { name: `Ada ${last}` })).toEqual([]);
  });

  it('lists the namesake at the page’s company first', async () => {
    const last = uniqueName('Smith').replace(/\W+/g, '');
    const elsewhere = await saved('John', last, uniqueName('Globex'));
    const company = uniqueName('Initech');
    const here = await saved('John', last, company);
    const matches = await findMatches(client, settings, { name: `John ${last}`, company });
    expect(matches.map((m) => m.id)).toEqual([here, elsewhere]);
    expect(matches[0]?.account).toBe(company);
  });

  it('prefers the contact whose LinkedIn field holds the profile URL', async () => {
    const profileUrl = `https://www.linkedin.com/in/${uniqueName('grace').replace(/\W+/g, '-').toLowerCase()}`;
    const id = await ac.syncContact({
      email: email(),
      firstName: 'Grace',
      lastName: 'Hopper',
      fieldValues: [{ field: linkedinFieldId, value: profileUrl }],
    });
    await saved('Grace', 'Hopper');
    const matches = await findMatches(client, settings, { name: 'Grace Hopper', profileUrl });
    expect(matches.map((m) => m.id)).toEqual([id]);
  });
});

describe('what ActiveCampaign holds for an email', () => {
  it('shows names for lists and tags, and the link into the web app', async () => {
    const address = email();
    const id = await ac.syncContact({ email: address, firstName: 'Ada', lastName: 'Lovelace' });
    const list = await ac.createList(uniqueName('Newsletter'));
    await ac.setListStatus(id, list, 2);
    const tag = uniqueName('Lead');
    await ac.request('POST', 'contactTags', { contactTag: { contact: id, tag: await ac.createTag(tag) } });
    const found = await lookupContact(client, settings, ` ${address.toUpperCase()} `);
    expect(found).toMatchObject({
      id,
      firstName: 'Ada',
      lastName: 'Lovelace',
      lists: [{ id: list, status: '2', name: expect.stringContaining('Newsletter') }],
      tags: [tag],
      appUrl: `${sb.url}/app/contacts/${id}`,
    });
    expect(await lookupContact(client, settings, 'nobody@acme.example')).toBeNull();
  });
});
