import { useCallback, useEffect, useState } from 'preact/hooks';
import type { BatchRow } from '@/components/BatchProgress';
import type { HeldGroup } from '@/components/HeldSaves';
import type { RecentCapture } from '@/components/RecentCaptures';
import type { SaveStatusView } from '@/components/SaveStatus';
import { type Status, sendMessage } from '@/lib/messaging/protocol';
import { busyMessage } from '@/lib/outbox/busy';
import { isHeld, type OutboxItem, outboxStore, parseOutbox, quarantineItem } from '@/lib/outbox/item';

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

/** The newest saves first, for the "Recent captures" list; `current` is the API origin in settings. */
export function recentCaptures(items: readonly OutboxItem[], current: string, max = 50): RecentCapture[] {
  return [...items]
    .sort((a, b) => b.createdAt - a.createdAt)
    .slice(0, max)
    .map((i) => ({
      id: i.id,
      name: nameOf(i),
      email: i.capture.contact.email,
      state: isHeld(i, current) ? 'held' : i.state,
      at: i.updatedAt,
      sourceTitle: i.capture.source?.title,
      error: i.lastError?.message,
    }));
}

/** Saves held for another account than `current` (or an unknown one), one group per account. */
function heldGroups(items: readonly OutboxItem[], current: string): HeldGroup[] {
  const groups = new Map<string | undefined, HeldGroup>();
  for (const item of [...items].sort((a, b) => a.createdAt - b.createdAt)) {
    if (!isHeld(item, current)) continue;
    const group = groups.get(item.origin) ?? { origin: item.origin, people: [] };
    group.people.push({ id: item.id, name: nameOf(item), email: item.capture.contact.email });
    groups.set(item.origin, group);
  }
  return [...groups.values()];
}

/** Watches the outbox; `savedIds` are the items this page saved, whose progress it shows. */
export function useOutbox(savedIds: readonly string[]) {
  const [status, setStatus] = useState<Status | null>(null);
  const [items, setItems] = useState<OutboxItem[]>([]);
  const [heldError, setHeldError] = useState<string | undefined>();
  /** Records that no longer read as a save: in quarantine, or in the outbox until the background moves them. */
  const [quarantined, setQuarantined] = useState(0);
  const [unparsed, setUnparsed] = useState(0);

  const refreshStatus = useCallback(async () => {
    const res = await sendMessage('getStatus', undefined);
    if (res.ok) setStatus(res.value);
  }, []);

  useEffect(() => {
    void wakeOutbox();
    void refreshStatus();
    const show = (raw: unknown[] | null) => {
      const { items, bad } = parseOutbox(raw);
      setItems(items);
      setUnparsed(bad.length);
    };
    void outboxStore.getValue().then(show);
    void quarantineItem.getValue().then((q) => setQuarantined(q.length));
    const stopQuarantine = quarantineItem.watch((q) => setQuarantined(q?.length ?? 0));
    // Every outbox write may change the pending count in the header.
    const stopOutbox = outboxStore.watch((raw) => {
      show(raw);
      void refreshStatus();
    });
    return () => {
      stopOutbox();
      stopQuarantine();
    };
  }, [refreshStatus]);

  const retry = useCallback(async (id: string) => {
    await sendMessage('retryItem', { id });
  }, []);

  /** "Try again now" on a paused queue: the background lifts the pause and runs the queue. */
  const tryAgain = useCallback(async () => {
    await sendMessage('resumeQueue', undefined);
    await refreshStatus();
  }, [refreshStatus]);

  /** "Clear history": synced saves go, failed ones only with `includeFailed` (the user confirmed). */
  const clearHistory = useCallback(async (includeFailed: boolean) => {
    await sendMessage('clearHistory', { includeFailed });
  }, []);

  /** Sends held saves to the account the page shows (the background checks it is still the one) or discards them. */
  const decideHeld = useCallback(
    async (ids: string[], decision: 'send-here' | 'discard') => {
      if (!status?.apiUrl) return;
      const res = await sendMessage('decideHeld', { ids, decision, origin: status.apiUrl });
      setHeldError(res.ok ? undefined : res.error);
    },
    [status?.apiUrl],
  );
  const held = heldGroups(items, status?.apiUrl ?? '');

  const savedItems = savedIds.flatMap((id) => items.find((i) => i.id === id) ?? []);
  /** What "Clear history" removes after its confirmation: every failed save and unreadable record. */
  const failedCount = items.filter((i) => i.state === 'failed').length + quarantined + unparsed;
  /** "ActiveCampaign is busy — 12 saves waiting, next in 3 s" while the account holds saves back. */
  const busy = status?.busy ? busyMessage(status.busy) : undefined;
  return {
    status,
    busy,
    items,
    savedItems,
    failedCount,
    retry,
    clearHistory,
    tryAgain,
    held,
    heldError,
    decideHeld,
  };
}
