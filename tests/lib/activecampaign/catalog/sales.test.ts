// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetCatalog } from '@/lib/activecampaign/catalog/cache';
import { salesCatalog } from '@/lib/activecampaign/catalog/sales';
import { createAcClient } from '@/lib/activecampaign/client/v3';
import { lookupContact } from '@/lib/activecampaign/lookup';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { type Sandbox, startSandbox } from '@/tests/sandbox/server';
import { type SandboxClient, sandboxClient } from '@/tests/support/sandbox-client';

let sb: Sandbox;
let control: SandboxClient;
beforeAll(async () => {
  sb = await startSandbox({
    ratePerSecond: false,
    seed: {
      contacts: [{ email: 'ann@acme.example', firstName: 'Ann' }],
      crm: {
        users: [{ firstName: 'Sam', lastName: 'Seller', email: 'sam@acme.example' }],
        pipelines: [
          { title: 'Sales', stages: ['New', 'Proposal'] },
          { title: 'Partners', currency: 'eur', stages: ['Intro'] },
        ],
        taskTypes: ['Call', 'Email'],
        automations: [{ name: 'Welcome' }, { name: 'Retired', active: false }],
        deals: [
          {
            title: 'Ann — renewal',
            contact: 'ann@acme.example',
            pipeline: 'Sales',
            stage: 'Proposal',
            value: 50000,
          },
          { title: 'Ann — won', contact: 'ann@acme.example', pipeline: 'Sales', stage: 'New', status: 1 },
        ],
      },
    },
  });
  control = sandboxClient(sb);
});
afterAll(() => sb.close());
beforeEach(async () => {
  fakeBrowser.reset();
  await control.clearRequests();
});

const client = () => createAcClient({ apiUrl: sb.url, apiKey: sb.apiKey });
const reads = async () => (await control.requests()).length;

describe('the sales catalog', () => {
  it('offers pipelines with their stages in order, users, the connected user, task types and active automations only', async () => {
    const catalog = await salesCatalog(client(), sb.url, false);
    expect(catalog.pipelines).toEqual([
      {
        id: '1',
        name: 'Sales',
        currency: 'usd',
        stages: [
          { id: '1', name: 'New' },
          { id: '2', name: 'Proposal' },
        ],
      },
      { id: '2', name: 'Partners', currency: 'eur', stages: [{ id: '3', name: 'Intro' }] },
    ]);
    expect(catalog.users.map((u) => u.name)).toEqual(['Sandbox Admin', 'Sam Seller']);
    expect(catalog.me).toBe('1');
    expect(catalog.taskTypes.map((t) => t.name)).toEqual(['Call', 'Email']);
    expect(catalog.automations).toEqual([{ id: '1', name: 'Welcome' }]);
  });

  it('is read from the cache while fresh, again when asked, and forgotten with the key', async () => {
    await salesCatalog(client(), sb.url, false);
    const cold = await reads();
    expect(cold).toBe(5);
    await salesCatalog(client(), sb.url, false);
    expect(await reads()).toBe(cold);
    await salesCatalog(client(), sb.url, true);
    expect(await reads()).toBe(2 * cold);
    await forgetCatalog();
    await salesCatalog(client(), sb.url, false);
    expect(await reads()).toBe(3 * cold);
  });

  it('is never reused for another account', async () => {
    await salesCatalog(client(), sb.url, false);
    const other = createAcClient({ apiUrl: sb.url.replace('127.0.0.1', 'localhost'), apiKey: sb.apiKey });
    await salesCatalog(other, sb.url.replace('127.0.0.1', 'localhost'), false);
    expect(await reads()).toBe(10);
  });
});

describe('looking up an existing contact', () => {
  it('shows its open deals with pipeline and stage names, not the won one, without another request from the page', async () => {
    const settings = { ...DEFAULT_SETTINGS, apiUrl: sb.url };
    await salesCatalog(client(), sb.url, false);
    const found = await lookupContact(client(), settings, 'ann@acme.example');
    expect(found?.openDeals).toEqual([
      { id: '1', title: 'Ann — renewal', where: 'Sales / Proposal', value: 50000, currency: 'usd' },
    ]);
    expect(found?.automations).toEqual([]);
  });
});
