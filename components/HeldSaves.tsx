import type { JSX } from 'preact';
import { plural, t } from '@/lib/i18n';

/** Saves queued for one other account (or an unknown one), waiting for the user's decision. */
export interface HeldGroup {
  /** The API URL they were queued for; absent when it was never recorded. */
  origin?: string;
  people: { id: string; name: string; email: string }[];
}

/**
 * Saves that were queued for another ActiveCampaign account than the one connected now. Nothing is
 * sent until the user decides, per group: send them to this account from scratch, or discard them.
 */
export function HeldSaves(props: {
  groups: HeldGroup[];
  /** The API URL in settings now, where "send" would send them. */
  current: string;
  onDecide(ids: string[], decision: 'send-here' | 'discard'): void;
  /** Why the last decision was refused (the account changed meanwhile), in the user's words. */
  error?: string;
}): JSX.Element | null {
  if (props.groups.length === 0) return null;
  const { current } = props;
  return (
    <div class="held">
      {props.groups.map((group) => {
        const ids = group.people.map((p) => p.id);
        return (
          <fieldset key={group.origin ?? ''} class="held__group">
            <legend>{plural('held_heading', ids.length)}</legend>
            <p>
              {group.origin
                ? t('held_for_origin', { origin: group.origin, current })
                : t('held_for_unknown', { current })}
            </p>
            <ul>
              {group.people.map((p) => (
                <li key={p.id}>
                  <strong>{p.name || p.email}</strong> {p.name && <small>{p.email}</small>}
                </li>
              ))}
            </ul>
            <div class="actions">
              <button type="button" onClick={() => props.onDecide(ids, 'send-here')}>
                {t('held_send_here', { current })}
              </button>
              <button type="button" class="danger" onClick={() => props.onDecide(ids, 'discard')}>
                {t('held_discard')}
              </button>
            </div>
          </fieldset>
        );
      })}
      {props.error && (
        <p class="error" role="alert">
          {props.error}
        </p>
      )}
    </div>
  );
}
