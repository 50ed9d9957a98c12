/**
 * Scripted failures for reliability tests: the next N API requests matching method/path get a canned
 * status, a delay, a connection that never answers, or a dropped socket. Entries are consumed in the
 * order they were queued.
 */
import { z } from 'zod';

export const faultSchema = z.strictObject({
  match: z
    .strictObject({
      method: z.string().optional(),
      /** Exact pathname, e.g. `/api/3/contact/sync` or `/admin/api.php`. */
      path: z.string().optional(),
    })
    .optional(),
  count: z.number().int().positive(),
  action: z.union([
    z.strictObject({
      status: z.number().int().min(400).max(599),
      retryAfter: z.number().int().nonnegative().optional(),
      body: z.unknown().optional(),
    }),
    z.strictObject({ delayMs: z.number().int().nonnegative().max(600_000) }),
    z.strictObject({ hang: z.literal(true) }),
    z.strictObject({ drop: z.literal(true) }),
    /** Answers with a redirect to `location` (another origin, to test that the key never follows). */
    z.strictObject({
      redirect: z.strictObject({
        status: z.union([z.literal(301), z.literal(302), z.literal(307), z.literal(308)]),
        location: z.url(),
      }),
    }),
    /**
     * The next email lookup (`GET /api/3/contacts?email=…` or v1 `contact_view_email`) finds nobody
     * although the contact exists, as a replica lagging behind or an index miss would.
     */
    z.strictObject({ lookupMiss: z.literal(true) }),
  ]),
});

export type Fault = z.infer<typeof faultSchema>;
export type FaultAction = Fault['action'];

export class FaultQueue {
  private queue: Fault[] = [];

  add(fault: Fault): void {
    this.queue.push({ ...fault });
  }

  clear(): void {
    this.queue = [];
  }

  /** Consumes one use of the first queued fault matching this request. */
  take(method: string, path: string): FaultAction | undefined {
    const fault = this.queue.find(
      ({ match }) =>
        (match?.method === undefined || match.method.toUpperCase() === method) &&
        (match?.path === undefined || match.path === path),
    );
    if (!fault) return undefined;
    fault.count -= 1;
    if (fault.count === 0) this.queue.splice(this.queue.indexOf(fault), 1);
    return fault.action;
  }
}
