import type { JSX } from 'preact';
import { type MessageKey, t } from '@/lib/i18n';
import { safeHttpUrl } from '@/lib/ui/safe-url';

type Withheld = 'open-deal' | 'in-automation' | 'automation-consent';

const WITHHELD: Record<Withheld, MessageKey> = {
  'open-deal': 'withheld_open_deal',
  'in-automation': 'withheld_in_automation',
  'automation-consent': 'withheld_automation_consent',
};

export interface SaveStatusView {
  state: 'saving' | 'pending' | 'syncing' | 'synced' | 'failed';
  /** The error in the user's words, or a note about a retry. */
  message?: string;
  /** Lists left alone because the contact unsubscribed from them. */
  skippedLists?: string[];
  /** Follow-ups left out on purpose (an open deal kept, already in the automation, no consent). */
  withheld?: readonly Withheld[];
  appUrl?: string;
  onRetry?(): void;
}

const LABEL: Record<SaveStatusView['state'], MessageKey> = {
  saving: 'status_saving',
  pending: 'status_queued',
  syncing: 'status_syncing_with_ac',
  synced: 'status_synced',
  failed: 'status_failed',
};

/** Save → Queued → Synced, or the error and what to do about it. */
export function SaveStatus(props: SaveStatusView): JSX.Element {
  const href = props.appUrl ? safeHttpUrl(props.appUrl) : null;
  return (
    <div class={`save-status save-status--${props.state}`} role="status" aria-live="polite">
      <strong>{t(LABEL[props.state])}</strong>
      {props.message && <span class="save-status__message">{props.message}</span>}
      {props.skippedLists && props.skippedLists.length > 0 && (
        <span class="save-status__message">
          {t('status_left_unsubscribed', { lists: props.skippedLists.join(', ') })}
        </span>
      )}
      {props.withheld?.map((reason) => (
        <span key={reason} class="save-status__message">
          {t(WITHHELD[reason])}
        </span>
      ))}
      {props.state === 'synced' && href && (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {t('common_open_in_ac')}
        </a>
      )}
      {props.state === 'failed' && props.onRetry && (
        <button type="button" onClick={props.onRetry}>
          {t('common_retry')}
        </button>
      )}
    </div>
  );
}
