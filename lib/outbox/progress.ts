import { z } from '@/lib/zod';

/**
 * How far one capture's sync got, persisted by the outbox after every step that changed AC so
 * a replay (worker killed, retry after 429/5xx) resumes instead of repeating side effects.
 * Zod-only on purpose: pages parse the outbox without pulling in the client.
 */
export const syncProgressSchema = z.object({
  /** The API origin the ids and steps below belong to; progress of another origin is never resumed. */
  origin: z.string().optional(),
  contactId: z.string().optional(),
  /** Whether this capture created the contact; remembered because a resumed run cannot tell. */
  created: z.boolean().optional(),
  /**
   * The bulk import meant to create this person (docs/activecampaign.md#bulk-import): when it was
   * sent and, once AC answered, its batch id. A run that stops before the import's outcome is seen
   * reads that outcome again instead of taking the contact the import created for someone else's.
   */
  bulkImport: z.object({ startedAt: z.number(), batchId: z.string().optional() }).optional(),
  /**
   * AC's importer refused the address (on the exclusion list, or bounced). A save the user retries
   * after that subscribes no list without their consent, as if the address had bounced on each.
   */
  importRefused: z.literal(true).optional(),
  steps: z.object({
    emailChange: z.literal(true).optional(),
    contact: z.literal(true).optional(),
    fields: z.literal(true).optional(),
    /** List ids done (subscribed, or already active). */
    lists: z.array(z.string()),
    /** Tag names done, lower-case. */
    tags: z.array(z.string()),
    account: z.literal(true).optional(),
    note: z.literal(true).optional(),
    /** A note was posted but its answer may have been lost: look for it before posting again. */
    noteSent: z.literal(true).optional(),
    /** The deal this save opened (or found it had opened); "" when it opened none on purpose. */
    deal: z.string().optional(),
    task: z.literal(true).optional(),
    automation: z.literal(true).optional(),
  }),
  /**
   * Deals, tasks and enrolments are not idempotent. Before each is sent, how many of its own records
   * (same title, same due date, same automation) AC held is saved here; a replay that finds more knows
   * the first attempt arrived and sends nothing.
   */
  sent: z
    .object({ deal: z.number().int(), task: z.number().int(), automation: z.number().int() })
    .partial()
    .optional(),
  /** Follow-ups left out on purpose, so the page can say why. */
  withheld: z.array(z.enum(['open-deal', 'in-automation', 'automation-consent'])).optional(),
  /** Lists with a status (unconfirmed, unsubscribed, bounced) the user did not consent to change. */
  skippedLists: z.array(
    z.object({ list: z.string(), reason: z.enum(['unsubscribed', 'unconfirmed', 'bounced']) }),
  ),
});
export type SyncProgress = z.infer<typeof syncProgressSchema>;

export function emptyProgress(): SyncProgress {
  return { steps: { lists: [], tags: [] }, skippedLists: [] };
}

/**
 * The progress a run against `origin` may resume: its own, or a fresh start when it was saved for
 * another account (or before origins were recorded) — a contact id or a finished step there says
 * nothing about this account.
 */
export function progressFor(progress: SyncProgress, origin: string): SyncProgress {
  return progress.origin === origin ? progress : { ...emptyProgress(), origin };
}
