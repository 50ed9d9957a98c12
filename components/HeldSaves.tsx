import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { plural, t } from '@/lib/i18n';

/** Saves queued for one other account (or an unknown one), waiting for the user's decision. */
export interface HeldGroup {
  /** The API URL they were queued for; absent when it was never recorded. */
  origin?: string;
  people: { id: string; name: string; email: string }[];
}

type Decide = (ids: string[], decision: 'send-here' | 'discard') => void;

/**
 * Saves that were queued for another ActiveCampaign account than the one connected now. Nothing is
 * sent until the user decides: send the ticked ones to this account from scratch, or discard them.
 */
export function HeldSaves(props: {
  groups: HeldGroup[];
  /** The API URL in settings now, where "send" would send them. */
  current: string;
  onDecide: Decide;
  /** Why the last decision was refused (the account changed meanwhile), in the user's words. */
  error?: string;
}): JSX.Element | null {
  if (props.groups.length === 0) return null;
  return (
    <div class="held">
      {props.groups.map((group) => (
        <HeldGroupChoice
          key={group.origin ?? ''}
          group={group}
          current={props.current}
          onDecide={props.onDecide}
        />
      ))}
      {props.error && (
        <p class="error" role="alert">
          {props.error}
        </p>
      )}
    </div>
  );
}

/** One account's held saves: each person ticked by default, both choices for those ticked. */
function HeldGroupChoice({
  group,
  current,
  onDecide,
}: {
  group: HeldGroup;
  current: string;
  onDecide: Decide;
}) {
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const ticked = group.people.map((p) => p.id).filter((id) => !unticked.has(id));
  const tick = (id: string, on: boolean) =>
    setUnticked((before) => {
      const next = new Set(before);
      if (on) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <fieldset class="held__group">
      <legend>{plural('held_heading', group.people.length)}</legend>
      <p>
        {group.origin
          ? t('held_for_origin', { origin: group.origin, current })
          : t('held_for_unknown', { current })}
      </p>
      <ul>
        {group.people.map((p) => (
          <li key={p.id}>
            <label>
              <input
                type="checkbox"
                checked={!unticked.has(p.id)}
                onChange={(e) => tick(p.id, e.currentTarget.checked)}
              />{' '}
              <strong>{p.name || p.email}</strong> {p.name && <small>{p.email}</small>}
            </label>
          </li>
        ))}
      </ul>
      <div class="actions">
        <button type="button" disabled={ticked.length === 0} onClick={() => onDecide(ticked, 'send-here')}>
          {t('held_send_here', { current })}
        </button>
        <button
          type="button"
          class="danger"
          disabled={ticked.length === 0}
          onClick={() => onDecide(ticked, 'discard')}
        >
          {t('held_discard')}
        </button>
      </div>
    </fieldset>
  );
}
