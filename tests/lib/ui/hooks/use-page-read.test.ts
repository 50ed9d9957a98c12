import { renderHook, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageReading } from '@/lib/page/contract';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { menuRequestItem, settingsItem } from '@/lib/storage';
import { useMenuRequests, usePageRead, useRefreshOnNavigation } from '@/lib/ui/hooks/use-page-read';
import * as interpret from '@/lib/ui/interpret';
import { ReadTabError, readTab, targetTabId } from '@/lib/ui/read-tab';

// happy-dom has no Worker: the people are read on the test's thread.
vi.mock('@/lib/ui/interpret', () => import('@/tests/support/interpret-in-thread'));
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

  it('says so when the people of a selection could not be read in time', async () => {
    const { result } = render();
    await waitFor(() => expect(result.current.page).not.toBeNull());
    vi.spyOn(interpret, 'interpretReading').mockRejectedValueOnce(new ReadTabError('Too much to read.'));
    await result.current.showSelection('Grace Hopper');
    await waitFor(() => expect(result.current.readError).toBe('Too much to read.'));
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

describe('navigation of the tab', () => {
  function renderWithRefresh() {
    return renderHook(() => {
      const reading = usePageRead({ onStart: vi.fn(), onPeople: vi.fn() });
      useRefreshOnNavigation(reading);
      return reading;
    });
  }
  const navigate = () => fakeBrowser.tabs.onUpdated.trigger(4, { status: 'complete' }, { id: 4 } as never);
  beforeEach(() => vi.mocked(readTab).mockClear());

  it('does not read the page again (nor ask ActiveCampaign) unless the user turned it on', async () => {
    const { result } = renderWithRefresh();
    await waitFor(() => expect(result.current.page).not.toBeNull());
    await navigate();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(readTab).toHaveBeenCalledOnce();
  });

  it('reads the page again after each navigation when the setting is on', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, refreshOnNavigation: true });
    const { result } = renderWithRefresh();
    await waitFor(() => expect(result.current.page).not.toBeNull());
    await navigate();
    await waitFor(() => expect(readTab).toHaveBeenCalledTimes(2));
  });
});
