import { forgetAccount, saveAccountSettings, testAccount } from '@/lib/activecampaign/account';
import { fieldIndexCache, originStore, tagIndexCache } from '@/lib/activecampaign/catalog/cache';
import { fieldOptions } from '@/lib/activecampaign/catalog/fields';
import { listOptions } from '@/lib/activecampaign/catalog/lists';
import { salesCatalog } from '@/lib/activecampaign/catalog/sales';
import { tagOptions } from '@/lib/activecampaign/catalog/tags';
import type { Connection } from '@/lib/activecampaign/connection';
import { findMatches, lookupContact } from '@/lib/activecampaign/lookup';
import { t } from '@/lib/i18n';
import { type Handlers, Refusal } from '@/lib/messaging/router';
import { decideHeld } from '@/lib/outbox/held';
import { resumeAccountPause } from '@/lib/outbox/pause';
import { clearFinished, enqueue, retry } from '@/lib/outbox/queue';
import type { OutboxRunner } from '@/lib/outbox/runner';
import { readStatus } from '@/lib/outbox/status';
import type { SaveRequest } from '@/lib/save/request';
import { readSettings } from '@/lib/storage';

/**
 * One validated message → one lib call. Handlers answer with plain values and throw on failure;
 * the router turns both into Results. Work that changes the outbox wakes the runner after the
 * answer is ready, never before the save is on disk.
 */
export function createHandlers(connection: Connection, runner: OutboxRunner): Handlers {
  const thenWake = async <T>(work: Promise<T>): Promise<T> => {
    const value = await work;
    void runner.drain();
    return value;
  };
  // Everything a handler reads from AC is for a page the user is looking at: interactive.
  const account = () => connection.requireClient('interactive');
  const status = () => readStatus(connection.limiterState);

  return {
    getStatus: status,
    wake: () => thenWake(Promise.resolve(null)),
    saveSettings: (data) => thenWake(saveAccountSettings(connection, data)).then(status),
    // A successful test of the saved account lifts its pause: the queue runs again.
    testConnection: (data) => thenWake(testAccount(connection, data)),
    forgetKey: () => forgetAccount().then(status),
    resumeQueue: () => thenWake(resumeAccountPause().then(() => null)),
    lookupContact: ({ email }) =>
      account().then(({ client, settings }) => lookupContact(client, settings, email)),
    findMatches: (data) => account().then(({ client, settings }) => findMatches(client, settings, data)),
    getLists: (data) =>
      account().then(({ client, settings }) => listOptions(client, settings.apiUrl, data?.refresh ?? false)),
    getTags: (data) =>
      account().then(({ client, settings }) =>
        tagOptions(client, originStore(tagIndexCache, settings.apiUrl), data?.refresh ?? false),
      ),
    getFields: () =>
      account().then(({ client, settings }) =>
        fieldOptions(client, originStore(fieldIndexCache, settings.apiUrl)),
      ),
    getSalesCatalog: (data) =>
      account().then(({ client, settings }) => salesCatalog(client, settings.apiUrl, data?.refresh ?? false)),
    // Written to storage before the answer: "Queued" means on disk, for the account set now.
    saveCapture: ({ capture }) => thenWake(queueFor([capture]).then(([id]) => ({ id: id! }))),
    // One id for the saves sent together, so the outbox can import them in bulk.
    saveBatch: ({ captures }) => thenWake(queueFor(captures, crypto.randomUUID()).then((ids) => ({ ids }))),
    retryItem: ({ id }) => thenWake(retry(id, Date.now()).then(queued)),
    decideHeld: ({ ids, decision, origin }) =>
      thenWake(decideHeld(ids, decision, origin, Date.now())).then((changed) => ({ changed })),
    clearHistory: ({ includeFailed }) => clearFinished(includeFailed).then((removed) => ({ removed })),
  };
}

/** Stamped with the account in settings now ('' when none is set, or settings need attention). */
async function queueFor(captures: SaveRequest[], batchId?: string): Promise<string[]> {
  const origin = (await readSettings()).apiUrl;
  return enqueue(captures, Date.now(), { origin, batchId });
}

function queued(item: { id: string } | undefined): { id: string } {
  if (!item) throw new Refusal(t('error_not_queued'), 'not-found');
  return { id: item.id };
}
