// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AcError } from '@/lib/activecampaign/errors';
import { writeApiKey } from '@/lib/api-key';
import { contactAppUrl, describeError } from '@/lib/background/services';
import { currentPause } from '@/lib/outbox/pause';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { settingsItem } from '@/lib/storage';

beforeEach(() => fakeBrowser.reset());

function grantOrigin(granted: boolean) {
  // fake-browser has no permissions API; the browser's answer is all the queue needs.
  (browser as unknown as { permissions: unknown }).permissions = { contains: vi.fn(async () => granted) };
}

describe('when the queue may run', () => {
  it('waits for an API URL and key before sending anything', async () => {
    grantOrigin(true);
    expect(await currentPause()).toMatchObject({ reason: 'not-configured' });
  });

  it('pauses with a "Reconnect" message when permission for the ActiveCampaign origin was revoked', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, apiUrl: 'https://acct.api-us1.com' });
    await writeApiKey('k'.repeat(40));
    grantOrigin(false);
    expect(await currentPause()).toMatchObject({
      reason: 'permission',
      message: expect.stringMatching(/Reconnect/),
    });
    grantOrigin(true);
    expect(await currentPause()).toBeNull();
  });
});

describe("errors in the user's words", () => {
  it.each([
    ['auth', /refused the API key/],
    ['not-found', /not found at that API URL/],
    ['rate-limited', /retrying/],
    ['server', /retrying/],
    ['network', /offline/],
    ['timeout', /in time/],
  ] as const)('%s', (kind, words) => {
    expect(describeError(new AcError(kind, `Api-Token: ${'s'.repeat(20)}`)).message).toMatch(words);
  });

  it("passes on ActiveCampaign's validation message, and nothing of an unknown error", () => {
    expect(describeError(new AcError('validation', 'Email is invalid')).message).toBe(
      'ActiveCampaign said: Email is invalid',
    );
    expect(describeError(new Error('secret')).message).not.toContain('secret');
  });
});

describe('links to the contact', () => {
  it('point at the account web app for ActiveCampaign hosts', () => {
    expect(contactAppUrl('https://acme.api-us1.com', '42')).toBe(
      'https://acme.activehosted.com/app/contacts/42',
    );
    expect(contactAppUrl('http://127.0.0.1:4000', '42')).toBe('http://127.0.0.1:4000/app/contacts/42');
  });
});
