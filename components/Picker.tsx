import type { JSX } from 'preact';

interface PickerProps {
  id: string;
  label: string;
  value: string;
  /** Shown by name; the id is what is chosen. */
  options: readonly { id: string; name: string }[];
  onChange(id: string): void;
  /** A first option meaning "none", with this text. */
  none?: string;
}

/** A labelled select of named things (pipelines, stages, users, task types, automations). */
export function Picker({ id, label, value, options, onChange, none }: PickerProps): JSX.Element {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {none !== undefined && <option value="">{none}</option>}
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </div>
  );
}
