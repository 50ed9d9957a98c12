import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { readManagedSettings, readSettings, settingsItem } from '@/lib/storage';

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
});
