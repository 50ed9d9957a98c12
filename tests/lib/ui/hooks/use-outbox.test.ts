import { renderHook, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type OutboxItem, outboxStore, quarantineItem } from '@/lib/outbox/item';
import { recentCaptures, statusOfItem, useOutbox } from '@/lib/ui/hooks/use-outbox';
import { fakeBackground, typesSent } from './fake-background';

vi.mock('@/lib/messaging/protocol', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  sendMessage: vi.fn(),
}));

function item(id: string, patch: Partial<OutboxItem> = {}): OutboxItem {
  return {
    id,
    createdAt: 1,
    dedupeKey: id,
    capture: {
      contact: { email: `${id}@example.com`, firstName: 'Ada', lastName: 'Lovelace' },
      overwrite: [],
      lists: [],
      resubscribeLists: [],
      tags: [],
      capturedAt: '2026-11-30T10:00:00.000Z',
    },
    state: 'pending',
    attempts: 0,
    nextAttemptAt: 0,
    progress: { steps: { lists: [], tags: [] }, skippedLists: [] },
    updatedAt: 1,
    ...patch,
  };
}

const status = { configured: true, apiUrl: 'https://acct.api-us1.com', pending: 0 };
beforeEach(() => fakeBrowser.reset());

describe('the outbox as a page shows it', () => {
  it('wakes the outbox once when the page opens; status reads and outbox writes never wake it', async () => {
    const sent = fakeBackground({ getStatus: () => ({ ok: true, value: status }) });
    const { result } = renderHook(() => useOutbox([]));
    await waitFor(() => expect(result.current.status).toEqual(status));
    expect(typesSent(sent).sort()).toEqual(['getStatus', 'wake']);

    await outboxStore.setValue([item('a')]);
    await waitFor(() => expect(typesSent(sent).filter((t) => t === 'getStatus')).toHaveLength(2));
    expect(typesSent(sent).filter((t) => t === 'wake')).toHaveLength(1);
  });

  it("follows the saves this page made, in the background's own words", async () => {
    fakeBackground({ getStatus: () => ({ ok: true, value: status }) });
    const waiting = item('b', {
      lastError: { kind: 'network', message: 'Could not reach ActiveCampaign (offline?) — retrying.' },
    });
    await outboxStore.setValue([item('a'), waiting]);
    const { result } = renderHook(() => useOutbox(['b']));
    await waitFor(() => expect(result.current.savedItems.map((i) => i.id)).toEqual(['b']));
    expect(statusOfItem(waiting).message).toBe('Could not reach ActiveCampaign (offline?) — retrying.');
    expect(
      statusOfItem(item('c', { state: 'syncing', lastError: waiting.lastError })).message,
    ).toBeUndefined();
  });

  it('words "ActiveCampaign is busy" when the background says saves wait on the account', async () => {
    const busy = { ...status, pending: 12, busy: { waiting: 12, nextInSeconds: 3 } };
    fakeBackground({ getStatus: () => ({ ok: true, value: busy }) });
    const { result } = renderHook(() => useOutbox([]));
    await waitFor(() =>
      expect(result.current.busy).toBe('ActiveCampaign is busy — 12 saves waiting, next in 3 s'),
    );
  });

  it('counts for "Clear history" every failed save, the 50 recent ones or not, and every unreadable record', async () => {
    fakeBackground({ getStatus: () => ({ ok: true, value: status }) });
    const failedOld = Array.from({ length: 3 }, (_, i) => item(`old${i}`, { state: 'failed', createdAt: 1 }));
    const newer = Array.from({ length: 50 }, (_, i) =>
      item(`new${i}`, { state: 'synced', createdAt: 2 + i }),
    );
    await outboxStore.setValue([...failedOld, ...newer, { written: 'by an older version' }]);
    await quarantineItem.setValue([{ broken: true }, { broken: true }]);
    const { result } = renderHook(() => useOutbox([]));
    await waitFor(() => expect(result.current.failedCount).toBe(6));
    expect(recentCaptures(result.current.items, '').some((r) => r.state === 'failed')).toBe(false);
  });

  it('lists recent saves newest first, by name', () => {
    const recent = recentCaptures([item('old', { createdAt: 1 }), item('new', { createdAt: 2 })], '');
    expect(recent.map((r) => [r.id, r.name])).toEqual([
      ['new', 'Ada Lovelace'],
      ['old', 'Ada Lovelace'],
    ]);
  });

  it('marks a save queued for another account than the one in settings as waiting for the user', () => {
    const here = 'https://new-account.api-us1.com';
    const recent = recentCaptures(
      [
        item('elsewhere', { createdAt: 1, origin: 'https://old-account.api-us1.com' }),
        item('here', { createdAt: 2, origin: here }),
      ],
      here,
    );
    expect(recent.map((r) => [r.id, r.state])).toEqual([
      ['here', 'pending'],
      ['elsewhere', 'held'],
    ]);
  });
});
