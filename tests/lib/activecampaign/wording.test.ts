// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { AcError } from '@/lib/activecampaign/errors';
import { describeError, describePause } from '@/lib/activecampaign/wording';

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

describe('why the queue waits', () => {
  it('is only a refused key or a wrong URL, never a problem of one save', () => {
    expect(describePause(new AcError('auth', 'x'))?.message).toMatch(/saves wait until then/);
    expect(describePause(new AcError('validation', 'x'))).toBeNull();
    expect(describePause(new Error('x'))).toBeNull();
  });
});
