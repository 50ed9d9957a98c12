// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AcError } from '@/lib/activecampaign/errors';
import { writeApiKey } from '@/lib/api-key';
import { currentPause, outcomeOfError, pauseQueue, resumeAccountPause } from '@/lib/outbox/pause';
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
    await writeApiKey('k'.repeat(40), 'https://acct.api-us1.com');
    grantOrigin(false);
    expect(await currentPause()).toMatchObject({
      reason: 'permission',
      message: expect.stringMatching(/Reconnect/),
    });
    grantOrigin(true);
    expect(await currentPause()).toBeNull();
  });
});

async function connected() {
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, apiUrl: 'https://acct.api-us1.com' });
  await writeApiKey('k'.repeat(40), 'https://acct.api-us1.com');
  grantOrigin(true);
}

describe('what a failed attempt means for the save', () => {
  it('pauses the whole queue on a refused key or a wrong URL, saying saves wait', () => {
    expect(outcomeOfError(new AcError('auth', 'HTTP 401'), 1)).toMatchObject({
      kind: 'pause',
      errorKind: 'auth',
      message: expect.stringMatching(/refused the API key.*saves wait/),
    });
    expect(outcomeOfError(new AcError('not-found', 'HTTP 404'), 1)).toMatchObject({
      kind: 'pause',
      message: expect.stringMatching(/not found at that API URL.*saves wait/),
    });
  });

  it('retries passing trouble no sooner than ActiveCampaign asked', () => {
    const busy = new AcError('rate-limited', 'HTTP 429', { retryAfterMs: 9000 });
    expect(outcomeOfError(busy, 3)).toEqual({
      kind: 'retry',
      errorKind: 'rate-limited',
      message: 'ActiveCampaign is busy (rate limit) — retrying.',
      retryAfterMs: 9000,
    });
  });

  it('gives an unreadable answer one more try, then asks a person', () => {
    const odd = new AcError('bad-response', 'unexpected');
    expect(outcomeOfError(odd, 1)).toMatchObject({ kind: 'retry' });
    expect(outcomeOfError(odd, 2)).toMatchObject({ kind: 'failed', errorKind: 'bad-response' });
  });

  it("fails a save ActiveCampaign refused, with ActiveCampaign's reason", () => {
    expect(outcomeOfError(new AcError('validation', 'Email is invalid'), 1)).toEqual({
      kind: 'failed',
      errorKind: 'validation',
      message: 'ActiveCampaign said: Email is invalid',
    });
  });
});

describe('a paused queue', () => {
  it('shows the message the failed attempt gave, until new settings may fix it', async () => {
    await connected();
    await pauseQueue('not-found', 'Check the API URL; saves wait.');
    expect(await currentPause()).toEqual({ reason: 'wrong-url', message: 'Check the API URL; saves wait.' });
    await resumeAccountPause();
    expect(await currentPause()).toBeNull();
  });
});
