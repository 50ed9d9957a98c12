import { browser } from 'wxt/browser';
import { readApiKey } from '@/lib/api-key';
import { originPermission } from '@/lib/api-url';
import type { QueuePause } from '@/lib/messaging/protocol';
import { queuePauseItem, readSettings } from '@/lib/storage';

/**
 * Why the queue may not run right now. Saves are always accepted; they simply wait here
 * until the user fixes what is missing, and then each syncs once.
 */
export async function currentPause(): Promise<QueuePause | null> {
  const settings = await readSettings();
  const key = await readApiKey();
  if (!settings.apiUrl || !key) {
    return {
      reason: 'not-configured',
      message: 'Add your ActiveCampaign API URL and key in Sidecard settings. Saves wait until then.',
    };
  }
  if (!(await hasOriginPermission(settings.apiUrl))) {
    return {
      reason: 'permission',
      message: `Sidecard lost permission to reach ${settings.apiUrl}. Reconnect in settings; saves wait until then.`,
    };
  }
  return queuePauseItem.getValue();
}

export async function hasOriginPermission(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originPermission(origin)] });
  } catch {
    return false;
  }
}

const PAUSE_MESSAGES: Record<string, QueuePause> = {
  auth: {
    reason: 'auth',
    message:
      'ActiveCampaign refused the API key. Enter a valid key in Sidecard settings; saves wait until then.',
  },
  'not-found': {
    reason: 'wrong-url',
    message:
      'ActiveCampaign was not found at that API URL. Check it in Sidecard settings; saves wait until then.',
  },
};

export async function pauseQueue(kind: string): Promise<void> {
  await queuePauseItem.setValue(PAUSE_MESSAGES[kind] ?? PAUSE_MESSAGES.auth!);
}

export async function resumeQueue(): Promise<void> {
  await queuePauseItem.setValue(null);
}
