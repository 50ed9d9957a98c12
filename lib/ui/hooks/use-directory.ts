import { useEffect, useState } from 'preact/hooks';
import type { ListOption, TagOption } from '@/lib/messaging/protocol';
import { sendMessage } from '@/lib/messaging/protocol';
import { DEFAULT_SETTINGS, type Preset } from '@/lib/settings';
import { readSettings } from '@/lib/storage';

/**
 * What a save can be filed under: the account's lists and tags, the user's presets, and the
 * country phone numbers are read in. Tags are fetched only by pages that offer them.
 */
export function useDirectory(want: { tags: boolean }) {
  const [lists, setLists] = useState<ListOption[]>([]);
  const [knownTags, setKnownTags] = useState<TagOption[]>([]);
  const [presets, setPresets] = useState<Preset[]>([]);
  const [defaultPreset, setDefaultPreset] = useState<Preset | undefined>();
  const [country, setCountry] = useState(DEFAULT_SETTINGS.defaultCountry);

  const wantTags = want.tags;

  useEffect(() => {
    void readSettings().then((settings) => {
      setCountry(settings.defaultCountry);
      setPresets(settings.presets);
      setDefaultPreset(settings.presets.find((p) => p.name === settings.defaultPreset));
    });
    void sendMessage('getLists', {}).then((res) => res.ok && setLists(res.value));
    if (wantTags) void sendMessage('getTags', {}).then((res) => res.ok && setKnownTags(res.value));
  }, [wantTags]);

  return { lists, knownTags, presets, defaultPreset, country };
}
