import { fieldIndexCache, originStore, tagIndexCache } from '@/lib/activecampaign/catalog/cache';
import { listNames } from '@/lib/activecampaign/catalog/lists';
import { accountWideError } from '@/lib/activecampaign/client/diagnose';
import type { AcClient } from '@/lib/activecampaign/client/v3';
import { type Connection, contactAppUrl } from '@/lib/activecampaign/connection';
import { AcError, isForbidden } from '@/lib/activecampaign/errors';
import { runBatch } from '@/lib/activecampaign/sync/batch';
import { runCaptureSync, type SyncDeps } from '@/lib/activecampaign/sync/run';
import { runCaptureSyncV1 } from '@/lib/activecampaign/sync/run-v1';
import type { OutboxItem } from '@/lib/outbox/item';
import { outcomeOfError } from '@/lib/outbox/pause';
import { progressFor, type SyncProgress } from '@/lib/outbox/progress';
import type { DrainDeps, ItemOutcome } from '@/lib/outbox/queue';
import type { Settings } from '@/lib/settings';

/**
 * Outbox items against the configured account (v3, or v1 when settings say so), with the
 * catalogue caches for this account; whatever fails becomes an outcome by the outbox's policy.
 * `runItem` syncs one save; `runBatch` a batch saved together, through AC's bulk importer.
 */
export function createItemSync(connection: Connection): Required<Pick<DrainDeps, 'runItem' | 'runBatch'>> {
  const depsFor = (client: AcClient, settings: Settings) => ({
    client,
    settings,
    tagIndex: originStore(tagIndexCache, settings.apiUrl),
    fieldIndex: originStore(fieldIndexCache, settings.apiUrl),
  });
  const synced = async (settings: Settings, contactId: string, skipped: readonly string[]) =>
    ({
      kind: 'synced',
      contactId,
      skippedLists: await listNames(settings.apiUrl, skipped),
      appUrl: contactAppUrl(settings.apiUrl, contactId),
    }) as const;
  /**
   * Runs `work` with the account's client; an error it throws becomes every item's outcome. Items
   * queued for another account than the one the client is for are held, untouched (the settings may
   * have changed since the drain picked them).
   */
  async function withAccount<T>(
    items: readonly OutboxItem[],
    work: (client: AcClient, settings: Settings) => Promise<T>,
    fail: (outcome: ItemOutcome) => T,
  ): Promise<T> {
    let client: AcClient | undefined;
    try {
      const account = await connection.requireClient();
      if (items.some((i) => i.origin !== account.settings.apiUrl)) return fail({ kind: 'held' });
      client = account.client;
      return await work(client, account.settings);
    } catch (error) {
      const attempts = Math.max(...items.map((i) => i.attempts));
      return fail(outcomeOfError(client ? await onlyAccountWide(client, error) : error, attempts));
    }
  }

  const runItem: DrainDeps['runItem'] = (item, saveProgress) =>
    withAccount(
      [item],
      async (client, settings): Promise<ItemOutcome> => {
        const origin = settings.apiUrl;
        const deps: SyncDeps = {
          ...depsFor(client, settings),
          saveProgress: (p) => saveProgress({ ...p, origin }),
        };
        const run = settings.apiMode === 'v1' ? runCaptureSyncV1 : runCaptureSync;
        const result = await run(item.capture, progressFor(item.progress, origin), deps);
        return synced(settings, result.contactId, result.skippedLists);
      },
      (outcome) => outcome,
    );

  const runBatchItems = async (
    items: OutboxItem[],
    saveProgress: (id: string, p: SyncProgress) => Promise<void>,
  ) =>
    withAccount(
      items,
      async (client, settings): Promise<ItemOutcome[]> => {
        // The bulk importer is a v3 endpoint: in v1 mode a batch is saved one by one.
        if (settings.apiMode === 'v1') {
          const outcomes: ItemOutcome[] = [];
          for (const item of items) {
            // An account that refuses one save refuses the rest: they wait with the paused queue.
            const pause = outcomes.find((o) => o.kind === 'pause');
            outcomes.push(pause ?? (await runItem(item, (p) => saveProgress(item.id, p))));
          }
          return outcomes;
        }
        const origin = settings.apiUrl;
        const entries = items.map((i) => ({ capture: i.capture, progress: progressFor(i.progress, origin) }));
        const outcomes = await runBatch(entries, {
          ...depsFor(client, settings),
          saveProgress: (index, p) => saveProgress(items[index]?.id ?? '', { ...p, origin }),
        });
        return Promise.all(
          outcomes.map(async (o, i) => {
            if (o.ok && o.contactId) return synced(settings, o.contactId, o.skippedLists ?? []);
            const error =
              o.error ?? new AcError('bad-response', 'ActiveCampaign did not say which contact it saved.');
            return outcomeOfError(await onlyAccountWide(client, error), items[i]?.attempts ?? 1);
          }),
        );
      },
      (outcome) => items.map(() => outcome),
    );
  return { runItem, runBatch: runBatchItems };
}

/**
 * One odd answer must not stop the queue, and a refused key must not fail saves one by one: a 403
 * or 404 pauses every save only when the account itself refuses (`users/me` is refused too), waits
 * when `users/me` cannot be reached, and otherwise was about one resource, so only this save fails
 * with what AC said (docs/activecampaign.md#errors).
 */
async function onlyAccountWide(client: AcClient, error: unknown): Promise<unknown> {
  if (!(error instanceof AcError) || !(error.kind === 'not-found' || isForbidden(error))) return error;
  const wide = await accountWideError(client, error);
  if (wide) return wide;
  if (isForbidden(error)) return error;
  return new AcError('validation', error.message, { status: error.status, code: 'not-found' });
}
