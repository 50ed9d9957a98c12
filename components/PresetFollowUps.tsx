import type { JSX } from 'preact';
import { Field } from '@/components/Field';
import { Picker } from '@/components/Picker';
import { type MessageKey, t } from '@/lib/i18n';
import type { SalesCatalog } from '@/lib/messaging/protocol';
import type { Preset } from '@/lib/settings';

interface PresetFollowUpsProps {
  preset: Preset;
  catalog: SalesCatalog;
  onChange(patch: Partial<Preset>): void;
}

type Due = NonNullable<Preset['task']>['due'];
const DUE: Record<Due, MessageKey> = {
  tomorrow: 'task_due_tomorrow',
  in3Days: 'task_due_in3Days',
  nextWeek: 'task_due_nextWeek',
};

/** What a preset opens after the save: a deal's pipeline and stage, a task, an automation; all by name. */
export function PresetFollowUps({ preset, catalog, onChange }: PresetFollowUpsProps): JSX.Element {
  const pipeline = catalog.pipelines.find((p) => p.id === preset.deal?.pipeline);
  const dues = (Object.keys(DUE) as Due[]).map((id) => ({ id, name: t(DUE[id]) }));
  return (
    <div class="follow-up">
      <Picker
        id="preset-pipeline"
        label={t('presets_deal')}
        value={preset.deal?.pipeline ?? ''}
        options={catalog.pipelines}
        none={t('presets_no_deal')}
        onChange={(id) => {
          const first = catalog.pipelines.find((p) => p.id === id)?.stages[0]?.id;
          onChange({ deal: id && first ? { pipeline: id, stage: first } : undefined });
        }}
      />
      {preset.deal && pipeline && (
        <Picker
          id="preset-stage"
          label={t('deal_stage')}
          value={preset.deal.stage}
          options={pipeline.stages}
          onChange={(stage) => onChange({ deal: { pipeline: pipeline.id, stage } })}
        />
      )}
      <Picker
        id="preset-task-due"
        label={t('presets_task')}
        value={preset.task?.due ?? ''}
        options={dues}
        none={t('presets_no_task')}
        onChange={(due) =>
          onChange({
            task: due
              ? { ...preset.task, due: due as Due, type: preset.task?.type ?? catalog.taskTypes[0]?.id }
              : undefined,
          })
        }
      />
      {preset.task && (
        <>
          <Picker
            id="preset-task-type"
            label={t('task_type')}
            value={preset.task.type ?? ''}
            options={catalog.taskTypes}
            onChange={(type) => onChange({ task: { ...preset.task!, type } })}
          />
          <Field
            id="preset-task-title"
            label={t('task_title')}
            value={preset.task.title ?? ''}
            onInput={(title) => onChange({ task: { ...preset.task!, title: title || undefined } })}
          />
        </>
      )}
      <Picker
        id="preset-automation"
        label={t('automation_label')}
        value={preset.automation ?? ''}
        options={catalog.automations}
        none={t('automation_none')}
        onChange={(automation) => onChange({ automation: automation || undefined })}
      />
    </div>
  );
}
