import { browser } from 'wxt/browser';
import type { LimiterState } from '@/lib/activecampaign/client/rate-limit';
import { t } from '@/lib/i18n';
import { busyMessage, busyStatus } from '@/lib/outbox/busy';
import type { OutboxItem } from '@/lib/outbox/item';
import { currentPause, pauseQueue } from '@/lib/outbox/pause';
import { type DrainDeps, drain, pendingCount, recoverInterrupted } from '@/lib/outbox/queue';
import { readSettings } from '@/lib/storage';

/**
 * Runs the outbox in the background worker: drains it, wakes it again when the next retry is
 * due, and keeps the toolbar badge showing how many saves are still waiting — in another colour,
 * with the reason as the button's title, while they wait on a busy account (information, not an error).
 */

export const OUTBOX_ALARM = 'outbox';
/** Chrome will not fire an alarm sooner than this; shorter waits also get an in-memory timer. */
export const MIN_ALARM_DELAY_MS = 30_000;
const BADGE_COLOR = '#1f5fd6';
const BUSY_BADGE_COLOR = '#8a5a00';

/** The browser surfaces the runner drives; tests pass fakes. */
interface RunnerSurfaces {
  setAlarm(name: string, when: number): Promise<void>;
  clearAlarm(name: string): Promise<void>;
  /** Empty text hides the badge; `title` is the toolbar button's tooltip. */
  setBadge(text: string, color: string, title: string): Promise<void>;
}

interface RunnerDeps extends RunnerSurfaces, Pick<DrainDeps, 'runItem' | 'runBatch'> {
  /** The shared limiter's state, to tell a busy account from a queue that is simply draining. */
  limiterState?(): LimiterState | undefined;
  now?(): number;
}

export interface OutboxRunner {
  /** Sends everything due now; concurrent calls join the running drain. */
  drain(): Promise<void>;
  /** Worker start: anything left `syncing` was interrupted, so it goes back to pending first. */
  start(): Promise<void>;
}

export function createOutboxRunner(deps: RunnerDeps): OutboxRunner {
  const now = deps.now ?? Date.now;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function schedule(delayMs: number | null): Promise<void> {
    clearTimeout(timer);
    if (delayMs === null) {
      await deps.clearAlarm(OUTBOX_ALARM);
      return;
    }
    // Short waits also get a timer (alarms cannot fire sooner than 30 s); the alarm is the
    // durable backup if the worker is stopped meanwhile.
    if (delayMs < MIN_ALARM_DELAY_MS) timer = setTimeout(() => void runDrain(), Math.max(delayMs, 0));
    await deps.setAlarm(OUTBOX_ALARM, now() + Math.max(delayMs, MIN_ALARM_DELAY_MS));
  }

  function showPending(items: OutboxItem[]): void {
    const pending = pendingCount(items);
    const busy = busyStatus({ items, limiter: deps.limiterState?.(), now: now() });
    void deps.setBadge(
      pending > 0 ? String(pending) : '',
      busy ? BUSY_BADGE_COLOR : BADGE_COLOR,
      busy ? busyMessage(busy) : t('ext_name'),
    );
  }

  function runDrain(): Promise<void> {
    return drain({
      now,
      checkPaused: async () => (await currentPause())?.message ?? null,
      currentOrigin: async () => (await readSettings()).apiUrl,
      runItem: deps.runItem,
      runBatch: deps.runBatch,
      pause: pauseQueue,
      schedule,
      onChange: showPending,
    });
  }

  return {
    drain: runDrain,
    async start() {
      await recoverInterrupted(now());
      await runDrain();
    },
  };
}

/** The real alarms and toolbar badge. */
export const browserSurfaces: RunnerSurfaces = {
  setAlarm: (name, when) => browser.alarms.create(name, { when }),
  clearAlarm: async (name) => {
    await browser.alarms.clear(name);
  },
  setBadge: async (text, color, title) => {
    // Firefox MV2 has browserAction where MV3 has action.
    const action = browser.action ?? browser.browserAction;
    await action.setBadgeText({ text });
    await action.setBadgeBackgroundColor({ color });
    await action.setTitle({ title });
  },
};
