import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { readSettingsFile, settingsFileText } from '@/lib/settings-file';

const team: Settings = {
  ...DEFAULT_SETTINGS,
  apiUrl: 'https://acme.api-us1.com',
  defaultCountry: 'DE',
  fieldMap: { linkedinUrl: '12' },
  presets: [{ name: 'Expo', lists: ['3'], tags: ['Lead', 'Expo 2026'] }],
  defaultPreset: 'Expo',
};

describe('settings shared as a file', () => {
  it('a colleague imports exactly the settings that were exported', () => {
    expect(readSettingsFile(settingsFileText(team))).toEqual({ ok: true, settings: team });
  });

  it('never carries an API key, and refuses a file that does', () => {
    expect(settingsFileText(team).toLowerCase()).not.toContain('key');
    const withKey = JSON.stringify({ ...team, apiKey: 'secret-123' });
    const read = readSettingsFile(withKey);
    expect(read.ok).toBe(false);
    expect(read).toMatchObject({ error: expect.stringContaining('Nothing was imported') });
  });

  it('says in words why a file is not Sidecard settings, and where', () => {
    expect(readSettingsFile('not json {')).toEqual({
      ok: false,
      error: 'This file is not Sidecard settings: it is not JSON.',
    });
    const badRate = readSettingsFile(JSON.stringify({ ...team, ratePerSecond: 50 }));
    expect(badRate).toMatchObject({ ok: false, error: expect.stringContaining('“ratePerSecond”') });
    const badTag = readSettingsFile(
      JSON.stringify({ ...team, presets: [{ name: 'Expo', lists: [], tags: ['a,b'] }] }),
    );
    expect(badTag).toMatchObject({ ok: false, error: expect.stringContaining('“presets.0.tags.0”') });
  });

  it('reads the largest settings the rules allow, and refuses a bigger file unread, in words', () => {
    const tags = (p: number) => Array.from({ length: 50 }, (_, i) => `${p}-${i}-${'t'.repeat(90)}`);
    const largest: Settings = {
      ...team,
      presets: Array.from({ length: 30 }, (_, p) => ({
        name: `Preset ${p} ${'p'.repeat(40)}`,
        lists: Array.from({ length: 50 }, (_, i) => String(100_000_000 + i)),
        tags: tags(p),
      })),
      defaultPreset: undefined,
    };
    expect(readSettingsFile(settingsFileText(largest))).toEqual({ ok: true, settings: largest });

    const padded = `${settingsFileText(team)}${' '.repeat(600 * 1024)}`;
    expect(readSettingsFile(padded)).toEqual({
      ok: false,
      error: 'This file is too big to be Sidecard settings (more than 512 KB). Nothing was imported.',
    });
  });
});
