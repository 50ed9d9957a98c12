import type { JSX } from 'preact';
import { SaveStatus, type SaveStatusView } from '@/components/SaveStatus';
import { plural, t } from '@/lib/i18n';

export interface BatchRow {
  id: string;
  /** First and last name; empty when the page gave none. */
  name: string;
  email: string;
  status: SaveStatusView;
}

/**
 * The people of one batch save, each named with their own outcome: how many are synced, and who
 * failed with AC's reason and a Retry, so nobody in a team page's batch goes unnoticed.
 */
export function BatchProgress(props: { rows: BatchRow[]; onRetry(id: string): void }): JSX.Element {
  const { rows } = props;
  const synced = rows.filter((r) => r.status.state === 'synced').length;
  const failed = rows.filter((r) => r.status.state === 'failed').length;
  return (
    <section class="batch-progress" aria-label={t('panel_batch_label')}>
      <progress max={rows.length} value={synced + failed} />
      <span aria-live="polite">{t('panel_batch_done', { done: synced + failed, total: rows.length })}</span>
      <p class="batch-progress__summary">
        {plural('panel_batch_synced', synced)}
        {failed > 0 && <strong class="error"> {plural('panel_batch_failed', failed)}</strong>}
      </p>
      <ul>
        {rows.map((row) => (
          <li key={row.id}>
            <span class="batch-progress__who">
              {row.name ? t('panel_batch_person', { name: row.name, email: row.email }) : row.email}
            </span>
            <SaveStatus {...row.status} onRetry={() => props.onRetry(row.id)} />
          </li>
        ))}
      </ul>
    </section>
  );
}
