import type { JSX, TargetedInputEvent, TargetedKeyboardEvent } from 'preact';

interface FieldProps {
  id: string;
  label: string;
  value: string;
  onInput(value: string): void;
  /** Escape puts the value back to what it was before this edit. */
  onCancel?(): void;
  error?: string;
  type?: 'text' | 'email' | 'tel' | 'url' | 'password';
  placeholder?: string;
  autoFocus?: boolean;
  hint?: string;
  multiline?: boolean;
  /** Shown but not editable (a value set by the administrator). */
  disabled?: boolean;
  children?: JSX.Element | JSX.Element[] | null | false;
}

/** A labelled input with its validation message beside it (announced to screen readers). */
export function Field(props: FieldProps): JSX.Element {
  const {
    id,
    label,
    value,
    onInput,
    onCancel,
    error,
    type = 'text',
    placeholder,
    autoFocus,
    hint,
    multiline,
    disabled,
  } = props;
  const describedBy =
    [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    placeholder,
    autoFocus,
    disabled,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    onInput: (e: TargetedInputEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      onInput(e.currentTarget.value),
    onKeyDown: (e: TargetedKeyboardEvent<HTMLElement>) => {
      if (e.key === 'Escape' && onCancel) {
        e.preventDefault();
        e.stopPropagation();
        onCancel();
      }
    },
  };
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      <label for={id}>{label}</label>
      {multiline ? (
        <textarea rows={2} {...common} />
      ) : (
        // Preact 11 types each input `type` separately; all of ours take the same text attributes.
        <input {...common} type={type as 'text'} autoComplete="off" />
      )}
      {hint && (
        <small id={`${id}-hint`} class="hint">
          {hint}
        </small>
      )}
      {error && (
        <small id={`${id}-error`} class="error" role="alert">
          {error}
        </small>
      )}
      {props.children}
    </div>
  );
}
