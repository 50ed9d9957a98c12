// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { contactAppUrl, createConnection } from '@/lib/activecampaign/connection';
import { writeApiKey } from '@/lib/api-key';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { settingsItem } from '@/lib/storage';

describe('links to the contact', () => {
  it('point at the account web app for ActiveCampaign hosts', () => {
    expect(contactAppUrl('https://acme.api-us1.com', '42')).toBe(
      'https://acme.activehosted.com/app/contacts/42',
    );
    expect(contactAppUrl('http://127.0.0.1:4000', '42')).toBe('http://127.0.0.1:4000/app/contacts/42');
  });
});

describe('the connection', () => {
  it('is refused in words until an API URL and key are saved', async () => {
    fakeBrowser.reset();
    await expect(createConnection(vi.fn()).requireClient()).rejects.toMatchObject({ kind: 'auth' });
  });

  it('sends the stored key only to the saved origin', async () => {
    fakeBrowser.reset();
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, apiUrl: 'https://acct.api-us1.com' });
    await writeApiKey('k'.repeat(40), 'https://acct.api-us1.com');
    (browser as unknown as { permissions: unknown }).permissions = { contains: vi.fn(async () => true) };
    const fetch = vi.fn(async () =>
      Response.json({
        user: { id: '1', username: 'ada', email: 'ada@acme.io', firstName: 'Ada', lastName: '' },
      }),
    );
    const { client } = await createConnection(fetch).requireClient();
    await client.testConnection();
    const request = fetch.mock.calls[0] as unknown as [Request];
    expect(new URL(request[0].url).origin).toBe('https://acct.api-us1.com');
    expect(request[0].headers.get('Api-Token')).toBe('k'.repeat(40));
  });
});
