import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { ListOption, SalesCatalog } from '@/lib/messaging/protocol';
import type { Preset } from '@/lib/settings';
import { Field } from './Field';
import { ListPicker } from './ListPicker';
import { PresetFollowUps } from './PresetFollowUps';
import { TagInput } from './TagInput';

interface PresetEditorProps {
  presets: Preset[];
  /** Name of the preset the popup applies on opening. */
  defaultPreset?: string;
  onChange(presets: Preset[], defaultPreset: string | undefined): void;
  /** The account's lists and tag names, to choose from by name. */
  lists: ListOption[];
  knownTags: string[];
  /** Pipelines, task types and automations, to choose by name; absent until read. */
  catalog?: SalesCatalog | null;
  locked?: boolean;
}

const noResubscribe = (): void => undefined;

/**
 * Presets built with the panel's own list and tag pickers: one preset open for editing at a
 * time, the others as a line each with move, delete and "default".
 */
export function PresetEditor(props: PresetEditorProps): JSX.Element {
  const { presets, defaultPreset, locked } = props;
  const [open, setOpen] = useState<number | null>(null);
  const editing = open === null ? undefined : presets[open];
  const listNames = (p: Preset) =>
    p.lists.map((id) => props.lists.find((l) => l.id === id)?.name ?? t('presets_unknown_list'));
  const change = (next: Preset[], nextDefault = defaultPreset) =>
    props.onChange(next, next.some((p) => p.name === nextDefault) ? nextDefault : undefined);
  const edit = (patch: Partial<Preset>) => {
    if (open === null || !editing) return;
    const next = presets.map((p, i) => (i === open ? { ...p, ...patch } : p));
    // Renaming the default preset keeps it the default.
    change(next, defaultPreset === editing.name && patch.name !== undefined ? patch.name : defaultPreset);
  };
  const move = (from: number, to: number) => {
    const next = [...presets];
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved!);
    change(next);
    if (open === from) setOpen(to);
    else if (open === to) setOpen(from);
  };
  const remove = (index: number) => {
    change(presets.filter((_, i) => i !== index));
    setOpen(null);
  };
  const add = () => {
    change([
      ...presets,
      { name: t('presets_new_name', { number: presets.length + 1 }), lists: [], tags: [] },
    ]);
    setOpen(presets.length);
  };

  return (
    <fieldset class="presets" disabled={locked}>
      <legend>{t('presets_legend')}</legend>
      <p class="hint">{locked ? t('options_locked_hint') : t('presets_hint')}</p>
      <ul class="presets__list">
        {presets.map((p, i) => (
          <li
            key={`${i}-${p.name}`}
            class={i === open ? 'presets__item presets__item--open' : 'presets__item'}
          >
            <span class="presets__summary">
              <strong>{p.name}</strong>
              {p.name === defaultPreset && <span class="pill">{t('presets_default_pill')}</span>}
              <small class="hint">
                {t('common_lists_and_tags', {
                  lists: listNames(p).join(', ') || t('common_none'),
                  tags: p.tags.join(', ') || t('common_none'),
                })}
              </small>
            </span>
            <span class="actions">
              <button type="button" class="secondary" onClick={() => setOpen(i === open ? null : i)}>
                {i === open ? t('presets_done_with', { name: p.name }) : t('presets_edit', { name: p.name })}
              </button>
              <button
                type="button"
                class="secondary"
                disabled={i === 0}
                onClick={() => move(i, i - 1)}
                aria-label={t('presets_move_up', { name: p.name })}
              >
                ↑
              </button>
              <button
                type="button"
                class="secondary"
                disabled={i === presets.length - 1}
                onClick={() => move(i, i + 1)}
                aria-label={t('presets_move_down', { name: p.name })}
              >
                ↓
              </button>
              <button
                type="button"
                class="danger"
                onClick={() => remove(i)}
                aria-label={t('presets_delete', { name: p.name })}
              >
                {t('presets_delete_button')}
              </button>
            </span>
          </li>
        ))}
      </ul>
      {editing && open !== null && (
        <div class="presets__editor">
          <Field
            id="preset-name"
            label={t('presets_name')}
            value={editing.name}
            onInput={(name) => edit({ name })}
          />
          <label class="check">
            <input
              type="checkbox"
              checked={editing.name === defaultPreset}
              onChange={(e) => change(presets, e.currentTarget.checked ? editing.name : undefined)}
            />
            {t('presets_default')}
          </label>
          <ListPicker
            lists={props.lists}
            selected={editing.lists}
            onChange={(lists) => edit({ lists })}
            resubscribe={[]}
            onResubscribe={noResubscribe}
          />
          <TagInput tags={editing.tags} onChange={(tags) => edit({ tags })} known={props.knownTags} />
          {props.catalog && <PresetFollowUps preset={editing} catalog={props.catalog} onChange={edit} />}
        </div>
      )}
      <div class="actions">
        <button type="button" class="secondary" onClick={add}>
          {t('presets_add')}
        </button>
      </div>
    </fieldset>
  );
}
