import type { JSX } from 'preact';
import { Field } from '@/components/Field';
import { Picker } from '@/components/Picker';
import { formatDay, type MessageKey, t } from '@/lib/i18n';
import type { SalesCatalog } from '@/lib/messaging/protocol';
import { DUE_PICKS, type DuePick, type FollowUpDraft } from '@/lib/ui/follow-up';

interface TaskSectionProps {
  catalog: SalesCatalog;
  draft: FollowUpDraft;
  onChange(patch: Partial<FollowUpDraft>): void;
  /** The day each quick pick means in the user's time zone. */
  dueOf(pick: DuePick): string;
  /** Whether the task will go on a deal this save opens (else on the contact). */
  onDeal: boolean;
  /** Automations the contact is in now (ids). */
  inAutomations: readonly string[];
  errors: { title?: string; due?: string };
  /** Reads the account's pipelines, users, task types and automations again. */
  onRefresh(): void;
}

const DUE_LABELS: Record<DuePick, MessageKey> = {
  tomorrow: 'task_due_tomorrow',
  in3Days: 'task_due_in3Days',
  nextWeek: 'task_due_nextWeek',
};

/** The optional follow-up task (type, title, due date with quick picks, note) and the automation to start. */
export function TaskSection(props: TaskSectionProps): JSX.Element {
  const { catalog, draft, onChange, dueOf, onDeal, inAutomations, errors } = props;
  const alreadyIn = draft.automation !== '' && inAutomations.includes(draft.automation);
  return (
    <>
      <fieldset class="follow-up">
        <legend>{t('task_legend')}</legend>
        <label class="follow-up__switch">
          <input
            type="checkbox"
            checked={draft.task}
            onChange={(e) => onChange({ task: e.currentTarget.checked })}
          />
          {t('task_add')}
        </label>
        {draft.task && (
          <>
            <small class="hint">{onDeal ? t('task_on_deal') : t('task_on_contact')}</small>
            <Picker
              id="task-type"
              label={t('task_type')}
              value={draft.taskType}
              options={catalog.taskTypes}
              onChange={(taskType) => onChange({ taskType })}
            />
            <Field
              id="task-title"
              label={t('task_title')}
              value={draft.taskTitle}
              error={errors.title}
              onInput={(taskTitle) => onChange({ taskTitle })}
            />
            <div class={`field${errors.due ? ' field--error' : ''}`}>
              <label for="task-due">{t('task_due')}</label>
              <div class="quick-picks">
                {DUE_PICKS.map((pick) => {
                  const day = dueOf(pick);
                  return (
                    <button
                      key={pick}
                      type="button"
                      class="secondary"
                      aria-pressed={draft.due === day}
                      onClick={() => onChange({ due: day })}
                    >
                      {t(DUE_LABELS[pick])}
                    </button>
                  );
                })}
              </div>
              <input
                id="task-due"
                type="date"
                value={draft.due}
                aria-invalid={errors.due ? true : undefined}
                aria-describedby="task-due-day"
                onInput={(e) => onChange({ due: e.currentTarget.value })}
              />
              <small
                id="task-due-day"
                class={errors.due ? 'error' : 'hint'}
                role={errors.due ? 'alert' : undefined}
              >
                {errors.due ?? (draft.due ? formatDay(draft.due) : '')}
              </small>
            </div>
            <Field
              id="task-note"
              label={t('task_note')}
              multiline
              value={draft.taskNote}
              onInput={(taskNote) => onChange({ taskNote })}
            />
          </>
        )}
      </fieldset>
      <Picker
        id="automation"
        label={t('automation_label')}
        value={draft.automation}
        options={catalog.automations}
        none={t('automation_none')}
        onChange={(automation) => onChange({ automation })}
      />
      {alreadyIn && (
        <div class="compare">
          <small class="hint">{t('automation_already_in')}</small>
          <label class="compare__choice">
            <input
              type="checkbox"
              checked={draft.automationAgain}
              onChange={(e) => onChange({ automationAgain: e.currentTarget.checked })}
            />
            {t('automation_again')}
          </label>
        </div>
      )}
      <button type="button" class="link" onClick={props.onRefresh}>
        {t('follow_up_refresh')}
      </button>
    </>
  );
}
