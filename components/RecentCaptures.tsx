import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { formatDateTime, type MessageKey, plural, t } from '@/lib/i18n';

export interface RecentCapture {
  id: string;
  name: string;
  email: string;
  /** `held`: queued for another account, waiting for the user's decision (components/HeldSaves.tsx). */
  state: 'pending' | 'syncing' | 'synced' | 'failed' | 'held';
  at: number;
  sourceTitle?: string;
  error?: string;
}

const STATE_LABEL: Record<RecentCapture['state'], MessageKey> = {
  pending: 'status_queued',
  syncing: 'status_syncing',
  synced: 'status_synced',
  failed: 'status_failed',
  held: 'status_held',
};

/**
 * "Clear history" removes finished captures. Failed ones were never saved in ActiveCampaign, so
 * removing them too takes a second, explicit confirmation.
 */
function ClearHistory(props: { failed: number; onClear(includeFailed: boolean): void }): JSX.Element {
  const [confirming, setConfirming] = useState(false);
  const clear = (includeFailed: boolean) => {
    setConfirming(false);
    props.onClear(includeFailed);
  };
  if (!confirming)
    return (
      <button
        type="button"
        class="secondary"
        onClick={() => (props.failed > 0 ? setConfirming(true) : clear(false))}
      >
        {t('recent_clear')}
      </button>
    );
  return (
    <fieldset class="confirm">
      <legend>{t('recent_clear')}</legend>
      <p>{plural('recent_clear_failed_question', props.failed)}</p>
      <div class="actions">
        <button type="button" class="danger" onClick={() => clear(true)}>
          {t('recent_clear_failed_too')}
        </button>
        <button type="button" class="secondary" onClick={() => clear(false)}>
          {t('recent_clear_only_synced')}
        </button>
      </div>
    </fieldset>
  );
}

/**
 * The last captures with their status; failed ones can be retried; finished ones cleared. `failed`
 * counts every failed save and unreadable record on this device, shown or not: "Clear history"
 * offers to remove them all, even when none is among the recent ones.
 */
export function RecentCaptures(props: {
  items: RecentCapture[];
  failed: number;
  onRetry(id: string): void;
  onClear(includeFailed: boolean): void;
}): JSX.Element | null {
  const { failed } = props;
  if (props.items.length === 0 && failed === 0) return null;
  return (
    <details class="recent">
      <summary>{plural('recent_heading', props.items.length)}</summary>
      <ul>
        {props.items.map((item) => (
          <li key={item.id} class={`recent__item recent__item--${item.state}`}>
            <span>
              <strong>{item.name || item.email}</strong> {item.name && <small>{item.email}</small>}
            </span>
            <small>
              {t(STATE_LABEL[item.state])} · {formatDateTime(item.at)}
              {item.sourceTitle ? ` · ${item.sourceTitle}` : ''}
            </small>
            {item.error && <small class="error">{item.error}</small>}
            {item.state === 'failed' && (
              <button type="button" onClick={() => props.onRetry(item.id)}>
                {t('common_retry')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <ClearHistory failed={failed} onClear={props.onClear} />
    </details>
  );
}
