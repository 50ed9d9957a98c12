import { fieldIndexCache, originStore, tagIndexCache } from '@/lib/activecampaign/catalog/cache';
import { listNames } from '@/lib/activecampaign/catalog/lists';
import { type Connection, contactAppUrl } from '@/lib/activecampaign/connection';
import { runCaptureSync, type SyncDeps } from '@/lib/activecampaign/sync/run';
import { runCaptureSyncV1 } from '@/lib/activecampaign/sync/run-v1';
import type { OutboxItem } from '@/lib/outbox/item';
import { outcomeOfError } from '@/lib/outbox/pause';
import type { ItemOutcome } from '@/lib/outbox/queue';

/**
 * One outbox item against the configured account (v3, or v1 when settings say so), with the
 * catalogue caches for this account; whatever fails becomes an outcome by the outbox's policy.
 */
export function createItemSync(connection: Connection) {
  return async (item: OutboxItem, saveProgress: SyncDeps['saveProgress']): Promise<ItemOutcome> => {
    try {
      const { client, settings } = await connection.requireClient();
      const deps: SyncDeps = {
        client,
        settings,
        saveProgress,
        tagIndex: originStore(tagIndexCache, settings.apiUrl),
        fieldIndex: originStore(fieldIndexCache, settings.apiUrl),
      };
      const run = settings.apiMode === 'v1' ? runCaptureSyncV1 : runCaptureSync;
      const result = await run(item.capture, item.progress, deps);
      return {
        kind: 'synced',
        contactId: result.contactId,
        skippedLists: await listNames(settings.apiUrl, result.skippedLists),
        appUrl: contactAppUrl(settings.apiUrl, result.contactId),
      };
    } catch (error) {
      return outcomeOfError(error, item.attempts);
    }
  };
}
