// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { AC_HOST_PERMISSIONS, coveredByPatterns, normalizeApiUrl, originPermission } from '@/lib/api-url';

const ORIGIN = 'https://acct.api-us1.com';

describe('normalizeApiUrl', () => {
  it.each([
    ['https://acct.api-us1.com', ORIGIN],
    ['https://acct.api-us1.com/', ORIGIN],
    ['https://acct.api-us1.com/api/3', ORIGIN],
    ['https://acct.api-us1.com/api/3/', ORIGIN],
    ['  https://ACCT.api-us1.com/  ', ORIGIN],
    ['https://acct.api-us1.com:443/', ORIGIN],
    // The regions public sources name (docs/activecampaign.md#api-hosts).
    ['https://acct.api-us2.com', 'https://acct.api-us2.com'],
    ['https://acct.api-eu1.com', 'https://acct.api-eu1.com'],
    ['https://acct.activehosted.com/api/3', 'https://acct.activehosted.com'],
  ])('accepts %j → %s', (input, origin) => {
    expect(normalizeApiUrl(input, { allowLoopbackHttp: false })).toEqual({ ok: true, origin });
  });

  it.each([
    ['', /Enter the API URL/],
    ['acct.api-us1.com', /not a web address/],
    ['http://acct.api-us1.com', /https/],
    ['http://127.0.0.1:8787', /https/],
    ['ftp://acct.api-us1.com', /https/],
    ['javascript:alert(1)', /https/],
    ['data:text/html,hi', /https/],
    ['https://acct.api-us1.com@evil.com', /user name/],
    ['https://user:pw@acct.api-us1.com', /user name/],
    ['https://acct.api-us1.com/app/contacts', /path/],
    ['https://acct.api-us1.com/api/3/contacts', /path/],
    ['https://acct.api-us1.com/?x=1', /“\?” or “#”/],
    ['https://acct.api-us1.com/?', /“\?” or “#”/],
    ['https://acct.api-us1.com/#frag', /“\?” or “#”/],
    ['https://acct.api-us1.com.evil.com', /ActiveCampaign address followed by another domain/],
    ['https://acct.api-us1.com.evil.com/api/3', /ActiveCampaign address followed by another domain/],
    ['https://acct.activehosted.com.attacker.net', /ActiveCampaign address followed by another domain/],
  ])('refuses %j', (input, message) => {
    const result = normalizeApiUrl(input, { allowLoopbackHttp: false });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('allows plain http only to loopback, and only when asked', () => {
    const loopback = { allowLoopbackHttp: true };
    expect(normalizeApiUrl('http://127.0.0.1:8787/', loopback)).toEqual({
      ok: true,
      origin: 'http://127.0.0.1:8787',
    });
    expect(normalizeApiUrl('http://localhost:3000/api/3', loopback)).toEqual({
      ok: true,
      origin: 'http://localhost:3000',
    });
    expect(normalizeApiUrl('http://acct.api-us1.com', loopback).ok).toBe(false);
    expect(normalizeApiUrl('http://127.0.0.1.evil.com:80', loopback).ok).toBe(false);
  });

  it('sends the key to a host that is not ActiveCampaign’s only after the user confirms it', () => {
    const plain = { allowLoopbackHttp: false };
    const refused = normalizeApiUrl('https://crm.example.org', plain);
    expect(refused).toMatchObject({ ok: false, needsCustomConfirmation: true });
    if (!refused.ok) expect(refused.message).toMatch(/not an ActiveCampaign address/);
    expect(
      normalizeApiUrl('https://crm.example.org/api/3', { ...plain, confirmedCustomEndpoint: true }),
    ).toEqual({
      ok: true,
      origin: 'https://crm.example.org',
      custom: true,
    });
    expect(normalizeApiUrl('https://api-us1.com', plain).ok).toBe(false);
    expect(normalizeApiUrl('https://a.b.api-us1.com', plain).ok).toBe(false);
  });

  it.each([
    'https://acct.api-evil.com',
    'https://acct.api-attacker.com',
    'https://acct.api-us9.com',
    'https://acct.api-eu2.com',
  ])('treats %s, a domain anyone may register, as a custom endpoint the user must confirm', (input) => {
    const plain = { allowLoopbackHttp: false };
    expect(normalizeApiUrl(input, plain)).toMatchObject({ ok: false, needsCustomConfirmation: true });
    expect(normalizeApiUrl(input, { ...plain, confirmedCustomEndpoint: true })).toMatchObject({
      ok: true,
      custom: true,
    });
  });

  it('never accepts loopback outside the test build, confirmed or not', () => {
    const release = { allowLoopbackHttp: false, confirmedCustomEndpoint: true };
    expect(normalizeApiUrl('https://127.0.0.1:8787', release).ok).toBe(false);
    expect(normalizeApiUrl('https://localhost', release).ok).toBe(false);
  });
});

describe('the host permission asked for an API origin', () => {
  it('is that host without a port, which Firefox and Chrome both grant', () => {
    expect(originPermission('https://acct.api-us1.com')).toBe('https://acct.api-us1.com/*');
    expect(originPermission('http://127.0.0.1:8787')).toBe('http://127.0.0.1/*');
  });
});

describe('which API origins a build can be granted', () => {
  it('covers an account in each listed ActiveCampaign region, and its app host', () => {
    for (const origin of [
      'https://acct.api-us1.com',
      'https://acct.api-us2.com',
      'https://acct.api-eu1.com',
      'https://acct.activehosted.com',
    ]) {
      expect(coveredByPatterns(origin, AC_HOST_PERMISSIONS), origin).toBe(true);
    }
  });

  it('covers nothing else unless the build names it', () => {
    for (const origin of [
      'https://crm.example.org',
      'https://api-us1.com.evil.com',
      'http://acct.api-us1.com',
    ]) {
      expect(coveredByPatterns(origin, AC_HOST_PERMISSIONS), origin).toBe(false);
    }
    expect(
      coveredByPatterns('https://crm.example.org', [...AC_HOST_PERMISSIONS, 'https://crm.example.org/*']),
    ).toBe(true);
    expect(coveredByPatterns('http://127.0.0.1:8787', ['http://127.0.0.1/*'])).toBe(true);
  });
});
