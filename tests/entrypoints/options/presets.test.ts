import { describe, expect, it } from 'vitest';
import { parsePresets, presetsToText } from '@/entrypoints/options/presets';
import type { Preset } from '@/lib/settings';

describe('presets as the options page writes them', () => {
  it('reads one preset per line and writes them back the same way', () => {
    const text = 'Expo: lists 1 2; tags Lead; Event 2026\nNewsletter: lists 3; tags ';
    const presets = parsePresets(text);
    expect(presets).toEqual([
      { name: 'Expo', lists: ['1', '2'], tags: ['Lead', 'Event 2026'] },
      { name: 'Newsletter', lists: ['3'], tags: [] },
    ]);
    expect(parsePresets(presetsToText(presets as Preset[]))).toEqual(presets);
  });

  it('says how to write a line it cannot read, and which preset breaks a rule', () => {
    expect(parsePresets('Expo 1 2')).toBe(
      'Write presets as "Name: lists 1 2; tags Lead; Event" (one per line).',
    );
    expect(parsePresets('Expo: lists 1; tags a,b')).toBe(
      'Preset "Expo": Tags cannot contain commas (ActiveCampaign refuses them). Add one tag at a time.',
    );
  });
});
