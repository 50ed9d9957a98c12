// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { AcError } from '@/lib/activecampaign/errors';
import { describeError } from '@/lib/activecampaign/wording';
import { requestSchemas } from '@/lib/messaging/protocol';
import {
  isTrustedSender,
  MAX_MESSAGE_BYTES,
  Refusal,
  type RouterDeps,
  route,
  type Sender,
} from '@/lib/messaging/router';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;

function depsWithSpies() {
  const handlers = Object.fromEntries(
    Object.keys(requestSchemas).map((type) => [type, vi.fn(async () => type)]),
  ) as unknown as RouterDeps['handlers'];
  return { extensionId: ID, extensionOrigin: ORIGIN, handlers, describeError };
}

const panel: Sender = { id: ID, origin: ORIGIN, url: `${ORIGIN}/sidepanel.html` };
const capture = {
  contact: { email: 'ada@example.com' },
  lists: ['1'],
  tags: ['Lead'],
  capturedAt: new Date().toISOString(),
};

describe('who may talk to the background', () => {
  it.each<[string, Sender]>([
    [
      'a content script on a web page',
      {
        id: ID,
        origin: 'https://evil.com',
        url: 'https://evil.com/',
        tab: { id: 4, url: 'https://evil.com/' },
        frameId: 0,
      },
    ],
    ['a look-alike origin', { id: ID, origin: `chrome-extension://${ID}.evil.com` }],
    ['a file: page', { id: ID, origin: 'file://', url: 'file:///tmp/x.html' }],
    ['a data: page', { id: ID, origin: 'null', url: 'data:text/html,hi' }],
    ['our page in a sub-frame', { ...panel, frameId: 3 }],
    [
      'another extension',
      {
        id: 'otherextensionidotherextensionid',
        origin: 'chrome-extension://otherextensionidotherextensionid',
      },
    ],
    ['a sender without origin or url', { id: ID }],
  ])('refuses %s', async (_label, sender) => {
    expect(isTrustedSender(sender, ID, ORIGIN)).toBe(false);
    const deps = depsWithSpies();
    for (const type of ['saveCapture', 'saveSettings', 'getStatus', 'forgetKey', 'retryItem'] as const) {
      const res = await route(type, { capture }, sender, deps);
      expect(res).toMatchObject({ ok: false, kind: 'forbidden' });
      expect(deps.handlers[type]).not.toHaveBeenCalled();
    }
  });

  it.each<[string, Sender]>([
    ['the side panel (Chrome)', panel],
    ['the popup in the top frame', { id: ID, origin: ORIGIN, frameId: 0 }],
    [
      'an extension page opened as a tab',
      { id: ID, origin: ORIGIN, tab: { id: 9, url: `${ORIGIN}/sidepanel.html?tab=3` } },
    ],
    ['an extension page on Firefox (url only)', { id: ID, url: `${ORIGIN}/options.html` }],
  ])('accepts %s', async (_label, sender) => {
    const deps = depsWithSpies();
    const res = await route('saveCapture', { capture }, sender, deps);
    expect(res).toEqual({ ok: true, value: 'saveCapture' });
  });
});

describe('what the background accepts', () => {
  it.each<[string, unknown, unknown]>([
    ['an unknown message type', 'deleteEverything', {}],
    ['unknown keys in a capture', 'saveCapture', { capture: { ...capture, url: 'https://evil.com' } }],
    ['a wrong type', 'saveCapture', { capture: { ...capture, lists: 'all' } }],
    [
      'a 10 KB name',
      'saveCapture',
      { capture: { ...capture, contact: { email: 'a@b.co', firstName: 'x'.repeat(10_000) } } },
    ],
    ['a tag with a comma', 'saveCapture', { capture: { ...capture, tags: ['a,b'] } }],
    ['a bad email', 'saveCapture', { capture: { ...capture, contact: { email: 'jane@@acme.io' } } }],
    [
      'a javascript: profile URL',
      'saveCapture',
      { capture: { ...capture, contact: { email: 'a@b.co', profileUrl: 'javascript:alert(1)' } } },
    ],
    [
      'settings with an extra key',
      'saveSettings',
      { settings: { apiUrl: 'https://a.api-us1.com', evil: true } },
    ],
    [
      'an oversized payload',
      'saveBatch',
      { captures: [{ ...capture, note: 'x'.repeat(MAX_MESSAGE_BYTES) }] },
    ],
  ])('refuses %s without calling a handler', async (_label, type, data) => {
    const deps = depsWithSpies();
    const res = await route(type, data, panel, deps);
    expect(res).toMatchObject({ ok: false, kind: 'invalid_message' });
    for (const handler of Object.values(deps.handlers)) expect(handler).not.toHaveBeenCalled();
  });

  it('never throws and never reaches a handler with random payloads', async () => {
    const deps = depsWithSpies();
    const types = [...Object.keys(requestSchemas), 'x', '__proto__', 'constructor'];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...types), fc.jsonValue(), async (type, data) => {
        const res = await route(type, data, panel, deps);
        expect(typeof res.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
    // Random JSON cannot form a valid capture or settings object, so nothing was saved.
    expect(deps.handlers.saveCapture).not.toHaveBeenCalled();
    expect(deps.handlers.saveSettings).not.toHaveBeenCalled();
  });

  it('words a handler crash without internals', async () => {
    const deps = depsWithSpies();
    deps.handlers.getStatus = vi.fn(async () => {
      throw new Error('Api-Token: secret-key-123');
    }) as never;
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const res = await route('getStatus', undefined, panel, deps);
    expect(res).toEqual({
      ok: false,
      error: 'Something went wrong in Sidecard. Please try again.',
      kind: 'internal',
    });
    expect(JSON.stringify(vi.mocked(console.error).mock.calls)).not.toContain('secret-key-123');
  });

  it("answers a handler's failure in the user's words, once, for every message", async () => {
    const deps = depsWithSpies();
    deps.handlers.getLists = vi.fn(async () => {
      throw new AcError('auth', 'HTTP 401');
    }) as never;
    deps.handlers.retryItem = vi.fn(async () => {
      throw new Refusal('That capture is no longer in the queue.', 'not-found');
    }) as never;
    expect(await route('getLists', undefined, panel, deps)).toEqual({
      ok: false,
      error: 'ActiveCampaign refused the API key (wrong key, or no permission).',
      kind: 'auth',
    });
    expect(await route('retryItem', { id: crypto.randomUUID() }, panel, deps)).toEqual({
      ok: false,
      error: 'That capture is no longer in the queue.',
      kind: 'not-found',
    });
  });
});
