import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
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
    if (!props.tags.some((tag) => sameTag(tag, spelled))) props.onChange([...props.tags, spelled]);
    setText('');
    setError(null);
  };
  const isNew = (tag: string) => !props.known.some((k) => sameTag(k, tag));
  return (
    <div class={`field tag-input${error ? ' field--error' : ''}`}>
      <label for={id}>{t('tags_label')}</label>
      <ul class="chips" aria-label={t('tags_chosen')}>
        {props.tags.map((tag) => (
          <li key={tag} class="chip">
            {tag}
            {isNew(tag) && <span class="pill">{t('tags_new')}</span>}
            {props.existing?.some((e) => sameTag(e, tag)) && <span class="pill">{t('tags_on_contact')}</span>}
            <button
              type="button"
              aria-label={t('tags_remove', { tag })}
              onClick={() => props.onChange(props.tags.filter((x) => x !== tag))}
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
        placeholder={t('tags_placeholder')}
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
