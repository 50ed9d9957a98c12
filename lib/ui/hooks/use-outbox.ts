import { useCallback, useEffect, useState } from 'preact/hooks';
import type { BatchRow } from '@/components/BatchProgress';
import type { RecentCapture } from '@/components/RecentCaptures';
import type { SaveStatusView } from '@/components/SaveStatus';
import { type Status, sendMessage } from '@/lib/messaging/protocol';
import { busyMessage } from '@/lib/outbox/busy';
import { type OutboxItem, outboxStore, parseOutbox } from '@/lib/outbox/item';

/**
 * The saves waiting in (or done by) the background's outbox, as a page shows them: the
 * connection status with its pending count, the state of what this page saved, recent saves.
 */

/**
 * Asks the background to work through the outbox now (a page opening is a good moment: the
 * network or the settings may have changed). Reading the status never does that.
 */
function wakeOutbox(): Promise<unknown> {
  return sendMessage('wake', undefined).catch(() => undefined);
}

/** The save's state and the background's own words for what went wrong. */
export function statusOfItem(item: OutboxItem): SaveStatusView {
  return {
    state: item.state,
    // The background words the error and says what happens next (a retry, or a fix in settings).
    message: item.state === 'pending' || item.state === 'failed' ? item.lastError?.message : undefined,
    skippedLists: item.result?.skippedLists,
    withheld: item.progress.withheld,
    appUrl: item.result?.appUrl,
  };
}

const nameOf = (item: OutboxItem): string =>
  [item.capture.contact.firstName, item.capture.contact.lastName].filter(Boolean).join(' ');

/** One person of a batch save, named, with their own outcome. */
export function batchRow(item: OutboxItem): BatchRow {
  return { id: item.id, name: nameOf(item), email: item.capture.contact.email, status: statusOfItem(item) };
}

/** The newest saves first, for the "Recent captures" list. */
export function recentCaptures(items: readonly OutboxItem[], max = 50): RecentCapture[] {
  return [...items]
    .sort((a, b) => b.createdAt - a.createdAt)
    .slice(0, max)
    .map((i) => ({
      id: i.id,
      name: nameOf(i),
      email: i.capture.contact.email,
      state: i.state,
      at: i.updatedAt,
      sourceTitle: i.capture.source?.title,
      error: i.lastError?.message,
    }));
}

/** Watches the outbox; `savedIds` are the items this page saved, whose progress it shows. */
export function useOutbox(savedIds: readonly string[]) {
  const [status, setStatus] = useState<Status | null>(null);
  const [items, setItems] = useState<OutboxItem[]>([]);

  const refreshStatus = useCallback(async () => {
    const res = await sendMessage('getStatus', undefined);
    if (res.ok) setStatus(res.value);
  }, []);

  useEffect(() => {
    void wakeOutbox();
    void refreshStatus();
    void outboxStore.getValue().then((raw) => setItems(parseOutbox(raw).items));
    // Every outbox write may change the pending count in the header.
    return outboxStore.watch((raw) => {
      setItems(parseOutbox(raw).items);
      void refreshStatus();
    });
  }, [refreshStatus]);

  const retry = useCallback(async (id: string) => {
    await sendMessage('retryItem', { id });
  }, []);

  /** "Clear history": synced saves go, failed ones only with `includeFailed` (the user confirmed). */
  const clearHistory = useCallback(async (includeFailed: boolean) => {
    await sendMessage('clearHistory', { includeFailed });
  }, []);

  const savedItems = savedIds.flatMap((id) => items.find((i) => i.id === id) ?? []);
  /** "ActiveCampaign is busy — 12 saves waiting, next in 3 s" while the account holds saves back. */
  const busy = status?.busy ? busyMessage(status.busy) : undefined;
  return { status, busy, items, savedItems, retry, clearHistory };
}
