import { describe, expect, it } from 'vitest';
import { normalizeEmail } from '@/lib/people/email';
import { findEmails } from '@/lib/people/recognise';

/**
 * Addresses found in page text: each "@" grown to RFC 5321's lengths (64 characters before it,
 * 254 in all), so hostile text costs what its length costs (its speed: npm run bench:extract).
 */
describe('finding email addresses in text', () => {
  it('finds plain and obfuscated addresses as a reader writes them', () => {
    expect(
      findEmails(
        'Write to jane.doe@acme.io, (bob@mail.acme.co.uk). Or anna [at] acme [dot] de; tom at acme dot io',
      ),
    ).toEqual(['jane.doe@acme.io', 'bob@mail.acme.co.uk', 'anna@acme.de', 'tom@acme.io']);
  });

  it('takes no part of a longer run as an address: 64 characters before the @ at most, 254 in all', () => {
    const local = 'a'.repeat(64);
    expect(findEmails(`${local}@acme.io`)).toEqual([`${local}@acme.io`]);
    expect(findEmails(`b${local}@acme.io`)).toEqual([]);
    expect(findEmails(`jane@${'a'.repeat(250)}.io`)).toEqual([]);
  });

  it('finds nothing in 100 000 "a."s before an @, or in a text of @s', () => {
    expect(findEmails(`${'a.'.repeat(100_000)}a@x`)).toEqual([]);
    expect(findEmails('@'.repeat(100_000))).toEqual([]);
  });

  it('says an invalid address is none without a browser to word why', () => {
    const g = globalThis as Record<string, unknown>;
    const api = { browser: g.browser, chrome: g.chrome };
    try {
      Object.assign(globalThis, { browser: undefined, chrome: undefined });
      expect(normalizeEmail('a..b@acme.io')).toBeNull();
      expect(normalizeEmail('Jane <Jane@ACME.io>')).toBe('Jane@acme.io');
    } finally {
      Object.assign(globalThis, api);
    }
  });
});
