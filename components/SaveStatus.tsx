import type { JSX } from 'preact';
import { safeHttpUrl } from '@/lib/ui/safe-url';

export interface SaveStatusView {
  state: 'saving' | 'pending' | 'syncing' | 'synced' | 'failed';
  /** The error in the user's words, or a note about a retry. */
  message?: string;
  /** Lists left alone because the contact unsubscribed from them. */
  skippedLists?: string[];
  appUrl?: string;
  onRetry?(): void;
}

const LABEL: Record<SaveStatusView['state'], string> = {
  saving: 'Saving…',
  pending: 'Queued',
  syncing: 'Queued — syncing with ActiveCampaign…',
  synced: 'Synced',
  failed: 'Failed',
};

/** Save → Queued → Synced, or the error and what to do about it. */
export function SaveStatus(props: SaveStatusView): JSX.Element {
  const href = props.appUrl ? safeHttpUrl(props.appUrl) : null;
  return (
    <div class={`save-status save-status--${props.state}`} role="status" aria-live="polite">
      <strong>{LABEL[props.state]}</strong>
      {props.message && <span class="save-status__message">{props.message}</span>}
      {props.skippedLists && props.skippedLists.length > 0 && (
        <span class="save-status__message">
          Left unsubscribed: {props.skippedLists.join(', ')} (they unsubscribed; not re-subscribed).
        </span>
      )}
      {props.state === 'synced' && href && (
        <a href={href} target="_blank" rel="noopener noreferrer">
          Open in ActiveCampaign
        </a>
      )}
      {props.state === 'failed' && props.onRetry && (
        <button type="button" onClick={props.onRetry}>
          Retry
        </button>
      )}
    </div>
  );
}
