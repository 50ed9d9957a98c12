import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';

interface ListOption {
  id: string;
  name: string;
  /** The contact's current status on this list, when known: "1" active, "2" unsubscribed. */
  status?: string;
  /** A status the user must consent to change (unconfirmed, unsubscribed, bounced), by name. */
  locked?: string;
}

interface ListPickerProps {
  lists: ListOption[];
  selected: string[];
  onChange(selected: string[]): void;
  /** Unsubscribed lists the user explicitly confirmed re-subscribing to. */
  resubscribe: string[];
  onResubscribe(listIds: string[]): void;
}

/**
 * Multi-select of the account's lists, searchable. A list where the contact is unconfirmed,
 * unsubscribed or bounced is locked: it can only be chosen through an explicit confirmation.
 */
export function ListPicker(props: ListPickerProps): JSX.Element {
  const [query, setQuery] = useState('');
  const needle = query.trim().toLowerCase();
  const shown = needle ? props.lists.filter((l) => l.name.toLowerCase().includes(needle)) : props.lists;
  const toggle = (id: string, on: boolean, ids: string[], set: (v: string[]) => void) =>
    set(on ? [...ids.filter((x) => x !== id), id] : ids.filter((x) => x !== id));
  return (
    <fieldset class="list-picker">
      <legend>{t('lists_legend')}</legend>
      {props.lists.length > 6 && (
        <input
          type="search"
          class="list-picker__search"
          aria-label={t('lists_search')}
          placeholder={t('lists_search')}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      )}
      {props.lists.length === 0 && <p class="hint">{t('lists_none_in_account')}</p>}
      <ul>
        {shown.map((list) => {
          const locked = list.locked;
          const unsubscribed = locked !== undefined;
          const active = list.status === '1';
          const confirmed = props.resubscribe.includes(list.id);
          return (
            <li key={list.id} class={unsubscribed ? 'locked' : undefined}>
              <label>
                <input
                  type="checkbox"
                  id={`lists-${list.id}`}
                  checked={props.selected.includes(list.id) && (!unsubscribed || confirmed)}
                  disabled={unsubscribed && !confirmed}
                  onChange={(e) => toggle(list.id, e.currentTarget.checked, props.selected, props.onChange)}
                />
                {list.name}
                {active && <span class="pill">{t('list_status_subscribed')}</span>}
                {unsubscribed && <span class="pill pill--warn">{locked}</span>}
              </label>
              {unsubscribed && (
                <label class="resubscribe">
                  <input
                    type="checkbox"
                    checked={confirmed}
                    onChange={(e) => {
                      const on = e.currentTarget.checked;
                      toggle(list.id, on, props.resubscribe, props.onResubscribe);
                      toggle(list.id, on, props.selected, props.onChange);
                    }}
                  />
                  {list.status === '2'
                    ? t('lists_resubscribe')
                    : t('lists_change_status', { status: locked ?? '' })}
                </label>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
