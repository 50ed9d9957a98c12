import type { JSX } from 'preact';

export interface RecentCapture {
  id: string;
  name: string;
  email: string;
  state: 'pending' | 'syncing' | 'synced' | 'failed';
  at: number;
  sourceTitle?: string;
  error?: string;
}

const STATE_LABEL: Record<RecentCapture['state'], string> = {
  pending: 'Queued',
  syncing: 'Syncing',
  synced: 'Synced',
  failed: 'Failed',
};

/** The last captures with their status; failed ones can be retried. */
export function RecentCaptures(props: {
  items: RecentCapture[];
  onRetry(id: string): void;
}): JSX.Element | null {
  if (props.items.length === 0) return null;
  return (
    <details class="recent">
      <summary>Recent captures ({props.items.length})</summary>
      <ul>
        {props.items.map((item) => (
          <li key={item.id} class={`recent__item recent__item--${item.state}`}>
            <span>
              <strong>{item.name || item.email}</strong> {item.name && <small>{item.email}</small>}
            </span>
            <small>
              {STATE_LABEL[item.state]} · {new Date(item.at).toLocaleString()}
              {item.sourceTitle ? ` · ${item.sourceTitle}` : ''}
            </small>
            {item.error && <small class="error">{item.error}</small>}
            {item.state === 'failed' && (
              <button type="button" onClick={() => props.onRetry(item.id)}>
                Retry
              </button>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
