import type { OutboxItem } from '@/lib/outbox/item';

/**
 * How long finished saves stay on this device (docs/privacy.md states the same). Synced items
 * are only a receipt, so they go after 30 days or beyond the newest 200; failed items hold a
 * save the user has not given up on, so they stay until the user retries or clears them.
 */
const SYNCED_DAYS = 30;
const SYNCED_MAX = 200;
const DAY_MS = 24 * 60 * 60_000;
/**
 * The most the outbox may hold, as stored JSON: half of the 10 MB Chrome gives `storage.local`
 * (settings and the catalogue caches share the rest; Sidecard asks no unlimited storage). A save
 * that would go beyond is refused in words before "queued", never lost to a write the quota refuses.
 */
const OUTBOX_MAX_BYTES = 5 * 1024 * 1024;

/** The items to keep: everything unfinished or failed, the newest synced ones, and (with `now`) only the recent. */
export function retainItems(items: OutboxItem[], now?: number): OutboxItem[] {
  const synced = items
    .filter((i) => i.state === 'synced' && (now === undefined || now - i.updatedAt <= SYNCED_DAYS * DAY_MS))
    .sort((a, b) => b.updatedAt - a.updatedAt)
    .slice(0, SYNCED_MAX);
  const keep = new Set(synced.map((i) => i.id));
  return items.filter((i) => i.state !== 'synced' || keep.has(i.id));
}

/** "Clear history": synced items go; failed ones too when the user confirmed; waiting saves always stay. */
export function withoutFinished(items: OutboxItem[], includeFailed: boolean): OutboxItem[] {
  return items.filter(
    (i) => i.state === 'pending' || i.state === 'syncing' || (i.state === 'failed' && !includeFailed),
  );
}

/** Whether these items would take more room than the outbox may. */
export function overCapacity(items: OutboxItem[]): boolean {
  return new TextEncoder().encode(JSON.stringify(items)).length > OUTBOX_MAX_BYTES;
}
