/**
 * How the next bulk imports behave, scripted by tests (`POST /__sandbox/imports`): AC's importer is a
 * queue with backlogs, so an import may stay `waiting`/`active` for minutes, end `failed` or
 * `interrupted`, and (a reading of "success" we must not rely on) list contacts it only updated.
 * Each script is used by the next `count` imports, in the order queued; unscripted imports take
 * 300–800 ms and complete.
 */
import { z } from 'zod';

export const importScriptSchema = z.strictObject({
  count: z.number().int().positive(),
  /** From queueing until processed: `status:false` first, then `waiting`, `active` for the second half. */
  durationMs: z.number().int().nonnegative().max(3_600_000).optional(),
  /** `interrupted` processes the first half of the contacts; `failed` none. Default `completed`. */
  end: z.enum(['completed', 'failed', 'interrupted']).optional(),
  /** `success` also lists the ids of contacts that already existed (updated, not created). */
  successListsUpdated: z.literal(true).optional(),
});

export type ImportScript = Omit<z.infer<typeof importScriptSchema>, 'count'>;

export class ImportScripts {
  private queue: z.infer<typeof importScriptSchema>[] = [];

  add(script: z.infer<typeof importScriptSchema>): void {
    this.queue.push({ ...script });
  }

  clear(): void {
    this.queue = [];
  }

  /** The script for the import being queued now (consumes one use), or the default. */
  next(): ImportScript {
    const script = this.queue[0];
    if (!script) return {};
    script.count -= 1;
    if (script.count === 0) this.queue.shift();
    const { count: _count, ...rest } = script;
    return rest;
  }
}
