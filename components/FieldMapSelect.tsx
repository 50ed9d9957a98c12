import type { JSX } from 'preact';
import { t } from '@/lib/i18n';
import type { FieldOption } from '@/lib/messaging/protocol';
import { isMappableType, refersTo } from '@/lib/save/field-ref';

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
    ? t('options_locked_hint')
    : props.fields.length === 0
      ? t('fieldmap_connect_first')
      : t('fieldmap_types_hint');
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
        <option value="">{t('fieldmap_not_saved')}</option>
        {offered.map((f) => (
          <option key={f.id} value={f.id}>
            {f.title}
          </option>
        ))}
        {current && !isMappableType(current.type) && (
          <option value={current.id}>
            {t('fieldmap_cannot_hold_text', { field: current.title, type: current.type })}
          </option>
        )}
        {value && !current && (
          <option value={value}>
            {props.fields.length ? t('fieldmap_unknown_field') : t('fieldmap_field_not_connected')}
          </option>
        )}
      </select>
      <small id={`${props.id}-hint`} class="hint">
        {hint}
      </small>
    </div>
  );
}
