import { z } from '@/lib/zod';

/**
 * How far one capture's sync got, persisted by the outbox after every step that changed AC so
 * a replay (worker killed, retry after 429/5xx) resumes instead of repeating side effects.
 * Zod-only on purpose: pages parse the outbox without pulling in the client.
 */
export const syncProgressSchema = z.object({
  contactId: z.string().optional(),
  /** Whether this capture created the contact; remembered because a resumed run cannot tell. */
  created: z.boolean().optional(),
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
