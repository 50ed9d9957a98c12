import { renderHook, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { settingsItem } from '@/lib/storage';
import { useDirectory } from '@/lib/ui/hooks/use-directory';
import { fakeBackground, typesSent } from './fake-background';

vi.mock('@/lib/messaging/protocol', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  sendMessage: vi.fn(),
}));

const expo = { name: 'Expo', lists: ['3'], tags: ['Lead'] };
const answers = {
  getLists: () => ({ ok: true, value: [{ id: '3', name: 'Prospects' }] }),
  getTags: () => ({ ok: true, value: [{ id: '9', name: 'Lead' }] }),
};

beforeEach(async () => {
  fakeBrowser.reset();
  await settingsItem.setValue({
    ...DEFAULT_SETTINGS,
    defaultCountry: 'DE',
    presets: [expo],
    defaultPreset: 'Expo',
  });
});

describe('the lists, tags and presets a save can use', () => {
  it('loads lists, tags, the presets with their default, and the phone country', async () => {
    fakeBackground(answers);
    const { result } = renderHook(() => useDirectory({ tags: true }));
    await waitFor(() => expect(result.current.knownTags.map((t) => t.name)).toEqual(['Lead']));
    await waitFor(() => expect(result.current.defaultPreset).toEqual(expo));
    expect(result.current.lists.map((l) => l.name)).toEqual(['Prospects']);
    expect(result.current.country).toBe('DE');
  });

  it('does not fetch the account tags for a page that offers none (the popup)', async () => {
    const sent = fakeBackground(answers);
    const { result } = renderHook(() => useDirectory({ tags: false }));
    await waitFor(() => expect(result.current.lists).toHaveLength(1));
    expect(typesSent(sent)).toEqual(['getLists']);
  });
});
