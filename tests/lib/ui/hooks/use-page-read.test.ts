import { renderHook, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageReading } from '@/lib/page/contract';
import { menuRequestItem } from '@/lib/storage';
import { useMenuRequests, usePageRead } from '@/lib/ui/hooks/use-page-read';
import { ReadTabError, readTab, targetTabId } from '@/lib/ui/read-tab';

vi.mock('@/lib/ui/read-tab', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  readTab: vi.fn(),
  targetTabId: vi.fn(),
}));

const reading: PageReading = {
  source: 'generic',
  url: 'https://example.com/team',
  title: 'Our team',
  candidates: [{ name: 'Ada Lovelace', emails: ['ada@example.com'], phones: [], confidence: { name: 0.9 } }],
};

beforeEach(() => {
  fakeBrowser.reset();
  vi.mocked(targetTabId).mockResolvedValue(4);
  vi.mocked(readTab).mockResolvedValue(reading);
});

/** The side panel's reading: the tab, plus what the menu and shortcut ask for. */
function render() {
  const events = { onStart: vi.fn(), onPeople: vi.fn() };
  const panel = () => {
    const reading = usePageRead(events);
    useMenuRequests(reading);
    return reading;
  };
  return { events, ...renderHook(panel) };
}

describe('reading the tab', () => {
  it('leaves menu requests to the side panel when only the tab is read (the popup)', async () => {
    await menuRequestItem.setValue({ tabId: 4, selection: 'Grace Hopper', at: Date.now() });
    const { result } = renderHook(() => usePageRead({ onStart: vi.fn(), onPeople: vi.fn() }));
    await waitFor(() => expect(result.current.page?.source).toBe('generic'));
    expect(await menuRequestItem.getValue()).not.toBeNull();
  });

  it('reads the tab when the page opens and hands over its people', async () => {
    const { result, events } = render();
    await waitFor(() => expect(result.current.people.map((p) => p.name)).toEqual(['Ada Lovelace']));
    expect(result.current.page?.title).toBe('Our team');
    expect(result.current.tabId).toBe(4);
    expect(events.onStart).toHaveBeenCalledOnce();
    expect(events.onPeople).toHaveBeenCalledWith(result.current.people);
  });

  it('says why a page cannot be read', async () => {
    vi.mocked(readTab).mockRejectedValue(new ReadTabError('Browser pages cannot be read.'));
    const { result } = render();
    await waitFor(() => expect(result.current.readError).toBe('Browser pages cannot be read.'));
    vi.mocked(readTab).mockRejectedValue(new Error('boom'));
    await result.current.read();
    await waitFor(() => expect(result.current.readError).toBe('Sidecard could not read this page.'));
  });

  it('reads selected text sent from the menu as one person, once', async () => {
    const { result, events } = render();
    await waitFor(() => expect(result.current.page).not.toBeNull());
    await menuRequestItem.setValue({
      tabId: 4,
      selection: 'Grace Hopper\ngrace@example.com',
      at: Date.now(),
    });
    await waitFor(() => expect(result.current.page?.source).toBe('selection'));
    expect(result.current.people[0]?.emails).toEqual(['grace@example.com']);
    expect(events.onPeople).toHaveBeenCalledTimes(2);
    expect(await menuRequestItem.getValue()).toBeNull();
  });

  it('ignores a menu request the user made more than a minute ago', async () => {
    await menuRequestItem.setValue({
      tabId: 4,
      selection: 'Grace Hopper\ngrace@example.com',
      at: Date.now() - 61_000,
    });
    const { result } = render();
    await waitFor(() => expect(result.current.page?.source).toBe('generic'));
    expect(await menuRequestItem.getValue()).not.toBeNull();
  });
});
