import { storage } from 'wxt/utils/storage';
import { syncProgressSchema } from '@/lib/outbox/progress';
import { saveRequestSchema } from '@/lib/save/request';
import { z } from '@/lib/zod';

/**
 * One outbox entry and the storage item holding the whole outbox. Pages watch the store to show
 * each save's state, so this module stays free of the ActiveCampaign client.
 */

const outboxStateSchema = z.enum(['pending', 'syncing', 'synced', 'failed']);

const outboxItemSchema = z.object({
  id: z.string(),
  createdAt: z.number(),
  /** Same email + same request while still pending = the same save (double clicks). */
  dedupeKey: z.string(),
  capture: saveRequestSchema,
  /** Saves sent together (a team page's batch) share one id, so the drain can import them in bulk. */
  batchId: z.string().uuid().optional(),
  /**
   * The API origin (the account) the save was queued for. Absent on saves queued before origins
   * were recorded, or while no account was set: those are held like any other account's.
   */
  origin: z.string().optional(),
  state: outboxStateSchema,
  attempts: z.number().int().min(0),
  nextAttemptAt: z.number(),
  progress: syncProgressSchema,
  lastError: z.object({ kind: z.string(), message: z.string() }).optional(),
  result: z
    .object({ contactId: z.string(), skippedLists: z.array(z.string()), appUrl: z.string() })
    .optional(),
  updatedAt: z.number(),
});
export type OutboxItem = z.infer<typeof outboxItemSchema>;

/** The whole outbox: a list of items, validated on every read (`parseOutbox`). */
export const outboxStore = storage.defineItem<unknown[]>('local:outbox', { fallback: [], version: 1 });

/** Items that no longer parse are kept aside rather than dropped or allowed to crash the worker. */
export const quarantineItem = storage.defineItem<unknown[]>('local:outboxQuarantine', {
  fallback: [],
  version: 1,
});

/** The stored outbox split into items that parse and entries that do not. */
export function parseOutbox(raw: unknown): { items: OutboxItem[]; bad: unknown[] } {
  const items: OutboxItem[] = [];
  const bad: unknown[] = [];
  for (const entry of Array.isArray(raw) ? raw : []) {
    const parsed = outboxItemSchema.safeParse(entry);
    if (parsed.success) items.push(parsed.data);
    else bad.push(entry);
  }
  return { items, bad };
}

/**
 * A save waiting for another account than the one in settings (or for an unknown one): it is never
 * sent until the user decides to send it to this account from scratch, or to discard it. Without
 * an account in settings nothing is sent anyway, so nothing counts as held.
 */
export function isHeld(item: OutboxItem, currentOrigin: string): boolean {
  return item.state === 'pending' && currentOrigin !== '' && item.origin !== currentOrigin;
}
