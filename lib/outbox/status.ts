import { readApiKey } from '@/lib/api-key';
import type { Status } from '@/lib/messaging/protocol';
import { outboxStore, parseOutbox } from '@/lib/outbox/item';
import { currentPause } from '@/lib/outbox/pause';
import { pendingCount } from '@/lib/outbox/queue';
import { connectionItem, readSettings } from '@/lib/storage';

/**
 * What the page headers show: connection, queue and configuration. A read only — pages ask for
 * it whenever the outbox changes, so it must never start work (the `wake` message does that).
 */
export async function readStatus(): Promise<Status> {
  const settings = await readSettings();
  const [key, paused, user, outbox] = await Promise.all([
    readApiKey(settings.apiUrl),
    currentPause(),
    connectionItem.getValue(),
    outboxStore.getValue(),
  ]);
  return {
    configured: !!settings.apiUrl && !!key,
    apiUrl: settings.apiUrl,
    keyHint: key ? key.slice(-4) : undefined,
    user: user ?? undefined,
    paused: paused ?? undefined,
    pending: pendingCount(parseOutbox(outbox).items),
  };
}
