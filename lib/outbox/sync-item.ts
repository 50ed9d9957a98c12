import { fieldIndexCache, originStore, tagIndexCache } from '@/lib/activecampaign/catalog/cache';
import { listNames } from '@/lib/activecampaign/catalog/lists';
import { accountRefusal } from '@/lib/activecampaign/client/diagnose';
import type { AcClient } from '@/lib/activecampaign/client/v3';
import { type Connection, contactAppUrl } from '@/lib/activecampaign/connection';
import { AcError } from '@/lib/activecampaign/errors';
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
    let client: AcClient | undefined;
    try {
      const account = await connection.requireClient();
      client = account.client;
      const { settings } = account;
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
      return outcomeOfError(client ? await onlyAccountWide(client, error) : error, item.attempts);
    }
  };
}

/**
 * One odd answer must not stop the queue: a 404 pauses every save only when the account itself
 * refuses (`users/me` fails too); otherwise it was about one resource, and only this save fails
 * with what AC said (docs/activecampaign.md#errors).
 */
async function onlyAccountWide(client: AcClient, error: unknown): Promise<unknown> {
  if (!(error instanceof AcError) || error.kind !== 'not-found') return error;
  return (
    (await accountRefusal(client, error)) ??
    new AcError('validation', error.message, { status: error.status, code: 'not-found' })
  );
}
