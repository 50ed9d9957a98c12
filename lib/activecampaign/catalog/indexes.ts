import { z } from '@/lib/zod';

/**
 * Caches of AC's tags and custom fields, persisted by the caller (SyncDeps.tagIndex/fieldIndex)
 * so a warm capture costs no lookups. Zod-only so storage can validate them without the client.
 */

/** Tags by lower-case name (AC treats tag names case-insensitively, docs/activecampaign.md#tags). */
export const tagIndexSchema = z.object({
  tags: z.record(z.string(), z.object({ id: z.string(), name: z.string() })),
});
export type TagIndex = z.infer<typeof tagIndexSchema>;

export const fieldIndexSchema = z.object({
  fields: z.array(z.object({ id: z.string(), title: z.string(), perstag: z.string(), type: z.string() })),
});
export type FieldIndex = z.infer<typeof fieldIndexSchema>;
