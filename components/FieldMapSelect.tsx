import type { JSX } from 'preact';
import type { FieldOption } from '@/lib/messaging/protocol';
import { isMappableType, refersTo } from '@/lib/save/field-ref';
import { LOCKED_HINT } from './AccountFields';

interface FieldMapSelectProps {
  id: string;
  label: string;
  /** The mapped field as stored (its id; older settings may hold a personalisation tag). */
  value?: string;
  /** The account's custom fields; only those a text can be written into are offered. */
  fields: FieldOption[];
  onChange(fieldId: string | undefined): void;
  locked?: boolean;
}

/** One custom-field mapping, chosen by the field's title. */
export function FieldMapSelect(props: FieldMapSelectProps): JSX.Element {
  const offered = props.fields.filter((f) => isMappableType(f.type));
  const { value } = props;
  const current = value ? props.fields.find((f) => refersTo(value, f)) : undefined;
  const hint = props.locked
    ? LOCKED_HINT
    : props.fields.length === 0
      ? 'Connect your account to choose from its custom fields.'
      : 'Only text, text area and hidden fields can hold this.';
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={current?.id ?? value ?? ''}
        disabled={props.locked}
        aria-describedby={`${props.id}-hint`}
        onChange={(e) => props.onChange(e.currentTarget.value || undefined)}
      >
        <option value="">Not saved</option>
        {offered.map((f) => (
          <option key={f.id} value={f.id}>
            {f.title}
          </option>
        ))}
        {current && !isMappableType(current.type) && (
          <option value={current.id}>{`${current.title} (${current.type}: cannot hold text)`}</option>
        )}
        {value && !current && (
          <option value={value}>
            {props.fields.length
              ? 'A field this account does not have'
              : 'A field (connect your account to see which)'}
          </option>
        )}
      </select>
      <small id={`${props.id}-hint`} class="hint">
        {hint}
      </small>
    </div>
  );
}
