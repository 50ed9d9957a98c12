import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { sameTag, tagNameProblem } from '@/lib/save/tag-name';

interface TagInputProps {
  tags: string[];
  onChange(tags: string[]): void;
  /** The account's tag names, for autocomplete. */
  known: string[];
  /** Tags already on the contact in ActiveCampaign. */
  existing?: string[];
}

const id = 'tags';

/** Tag chips plus an input with autocomplete; Enter adds, new names are created on save. */
export function TagInput(props: TagInputProps): JSX.Element {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = () => {
    const name = text.trim();
    if (!name) return;
    const problem = tagNameProblem(name);
    if (problem) {
      setError(problem);
      return;
    }
    // AC treats tag names case-insensitively: prefer the account's spelling.
    const spelled = props.known.find((k) => sameTag(k, name)) ?? name;
    if (!props.tags.some((t) => sameTag(t, spelled))) props.onChange([...props.tags, spelled]);
    setText('');
    setError(null);
  };
  const isNew = (t: string) => !props.known.some((k) => sameTag(k, t));
  return (
    <div class={`field tag-input${error ? ' field--error' : ''}`}>
      <label for={id}>Tags</label>
      <ul class="chips" aria-label="Chosen for this contact">
        {props.tags.map((t) => (
          <li key={t} class="chip">
            {t}
            {isNew(t) && <span class="pill">new</span>}
            {props.existing?.some((e) => sameTag(e, t)) && <span class="pill">on contact</span>}
            <button
              type="button"
              aria-label={`Remove tag ${t}`}
              onClick={() => props.onChange(props.tags.filter((x) => x !== t))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        id={id}
        list={`${id}-known`}
        value={text}
        placeholder="Add a tag and press Enter"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onInput={(e) => {
          const value = e.currentTarget.value;
          setText(value);
          setError(value.includes(',') ? tagNameProblem(value) : null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && text.trim()) {
            e.preventDefault();
            e.stopPropagation();
            add();
          }
        }}
        onBlur={add}
      />
      <datalist id={`${id}-known`}>
        {props.known.map((k) => (
          <option key={k} value={k} />
        ))}
      </datalist>
      {error && (
        <small id={`${id}-error`} class="error" role="alert">
          {error}
        </small>
      )}
    </div>
  );
}
