import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createConnection } from '@/lib/activecampaign/connection';
import { writeApiKey } from '@/lib/api-key';
import { currentPause } from '@/lib/outbox/pause';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { readCheckedSettings, readManagedSettings, readSettings, settingsItem } from '@/lib/storage';

/** An administrator's browser policy, as Chrome exposes it in `storage.managed`. */
const policy = (values: Record<string, unknown>) => fakeBrowser.storage.managed.set(values);

beforeEach(async () => {
  fakeBrowser.reset();
  await settingsItem.setValue({
    ...DEFAULT_SETTINGS,
    apiUrl: 'https://mine.api-us1.com',
    ratePerSecond: 2,
    defaultCountry: 'GB',
  });
});

describe('settings an administrator rolls out', () => {
  it('are the user’s own settings when there is no policy', async () => {
    expect(await readManagedSettings()).toEqual({});
    expect(await readSettings()).toMatchObject({ apiUrl: 'https://mine.api-us1.com', ratePerSecond: 2 });
  });

  it('take the administrator’s value over the user’s, and keep the rest', async () => {
    const presets = [{ name: 'Expo', lists: ['3'], tags: ['Lead'] }];
    await policy({
      apiUrl: 'https://team.api-us1.com',
      presets,
      defaultPreset: 'Expo',
      fieldMap: { jobTitle: '7' },
    });
    expect(await readSettings()).toMatchObject({
      apiUrl: 'https://team.api-us1.com',
      presets,
      defaultPreset: 'Expo',
      fieldMap: { jobTitle: '7' },
      ratePerSecond: 2,
      defaultCountry: 'GB',
    });
    expect(Object.keys(await readManagedSettings()).sort()).toEqual([
      'apiUrl',
      'defaultPreset',
      'fieldMap',
      'presets',
    ]);
  });

  it('drop a policy value the settings rules refuse, and only that one', async () => {
    await policy({ ratePerSecond: 50, defaultCountry: 'DE', apiKey: 'never-by-policy', unknown: true });
    expect(await readManagedSettings()).toEqual({ defaultCountry: 'DE' });
    expect(await readSettings()).toMatchObject({ ratePerSecond: 2, defaultCountry: 'DE' });
  });

  it('ignore policy keys named like what every object inherits, and keep the good ones', async () => {
    // A policy is JSON, so `__proto__` arrives as an ordinary key.
    const inherited = JSON.parse('{"__proto__": {"apiUrl": "https://evil.example"}}') as object;
    await policy({ ...inherited, constructor: 'x', toString: 1, hasOwnProperty: {}, defaultCountry: 'DE' });
    expect(await readManagedSettings()).toEqual({ defaultCountry: 'DE' });
    const read = await readCheckedSettings();
    expect(read.attention).toBeUndefined();
    expect(read.settings).toMatchObject({ apiUrl: 'https://mine.api-us1.com', defaultCountry: 'DE' });
  });
});

describe('settings read back', () => {
  /** Stored as they are, past every check a save makes (an older version, a corrupted profile). */
  const stored = (values: Record<string, unknown>) =>
    settingsItem.setValue({ ...DEFAULT_SETTINGS, ...values } as typeof DEFAULT_SETTINGS);

  it('need attention when the API URL is not ActiveCampaign’s and the user never confirmed it', async () => {
    await stored({ apiUrl: 'https://crm.example.org' });
    const read = await readCheckedSettings();
    expect(read.settings.apiUrl).toBe('');
    expect(read.attention).toMatch(
      /need attention.*https:\/\/crm\.example\.org is not an ActiveCampaign address/,
    );

    await stored({ apiUrl: 'https://crm.example.org', confirmedCustomEndpoint: true });
    expect(await readCheckedSettings()).toEqual({
      settings: expect.objectContaining({ apiUrl: 'https://crm.example.org' }),
    });
  });

  it('need attention when a value is malformed, and keep no API URL', async () => {
    await stored({ apiUrl: 'https://mine.api-us1.com', ratePerSecond: 50 });
    const read = await readCheckedSettings();
    expect(read.settings.apiUrl).toBe('');
    expect(read.attention).toMatch(/could not be read \(ratePerSecond\)/);
  });

  it('need attention when an http URL reaches a release build', async () => {
    vi.resetModules();
    vi.doMock('@/lib/api-url', async (original) => ({
      ...(await original<object>()),
      ALLOW_LOOPBACK: false,
    }));
    const release = await import('@/lib/storage');
    await release.settingsItem.setValue({ ...DEFAULT_SETTINGS, apiUrl: 'http://127.0.0.1:8787' });
    const read = await release.readCheckedSettings();
    expect(read.settings.apiUrl).toBe('');
    expect(read.attention).toMatch(/http:\/\/127\.0\.0\.1:8787 is not one Sidecard may use/);
    vi.doUnmock('@/lib/api-url');
  });

  it('that need attention send nothing: every call to ActiveCampaign is refused with the reason', async () => {
    await stored({ apiUrl: 'https://crm.example.org' });
    await writeApiKey('k'.repeat(40), 'https://crm.example.org');
    (browser as unknown as { permissions: unknown }).permissions = { contains: vi.fn(async () => true) };
    const fetch = vi.fn();
    await expect(createConnection(fetch).requireClient()).rejects.toThrow(/need attention/);
    expect(await currentPause()).toMatchObject({ message: expect.stringMatching(/need attention/) });
    expect(fetch).not.toHaveBeenCalled();
  });
});
