import type { LimiterState } from '@/lib/activecampaign/client/rate-limit';
import { readApiKey } from '@/lib/api-key';
import type { Status } from '@/lib/messaging/protocol';
import { busyStatus } from '@/lib/outbox/busy';
import { outboxStore, parseOutbox } from '@/lib/outbox/item';
import { currentPause } from '@/lib/outbox/pause';
import { pendingCount } from '@/lib/outbox/queue';
import { connectionItem, readSettings } from '@/lib/storage';

/**
 * What the page headers show: connection, queue and configuration, and whether saves wait on a busy
 * account (`limiter`: the background's shared limiter, if it has sent anything yet). A read only —
 * pages ask for it whenever the outbox changes, so it must never start work (`wake` does that).
 */
export async function readStatus(limiter: () => LimiterState | undefined = () => undefined): Promise<Status> {
  const settings = await readSettings();
  const [key, paused, user, outbox] = await Promise.all([
    readApiKey(settings.apiUrl),
    currentPause(),
    connectionItem.getValue(),
    outboxStore.getValue(),
  ]);
  const { items } = parseOutbox(outbox);
  return {
    configured: !!settings.apiUrl && !!key,
    apiUrl: settings.apiUrl,
    keyHint: key ? key.slice(-4) : undefined,
    user: user ?? undefined,
    paused: paused ?? undefined,
    pending: pendingCount(items),
    busy: busyStatus({ items, limiter: limiter(), now: Date.now() }) ?? undefined,
  };
}
