import type { JSX } from 'preact';
import { Field } from '@/components/Field';
import { Picker } from '@/components/Picker';
import { t } from '@/lib/i18n';
import type { OpenDeal, SalesCatalog } from '@/lib/messaging/protocol';
import type { FollowUpDraft } from '@/lib/ui/follow-up';

interface DealSectionProps {
  catalog: SalesCatalog;
  draft: FollowUpDraft;
  onChange(patch: Partial<FollowUpDraft>): void;
  /** The title the deal gets when the user types none ("<Company> — <Name>"). */
  defaultTitle: string;
  /** The contact's open deals: a second one is opened only when the user ticks "another". */
  openDeals: readonly OpenDeal[];
  valueError?: string;
}

/** Currencies offered besides the pipeline's own (lower-case ISO, as AC stores them). */
const COMMON_CURRENCIES = ['usd', 'eur', 'gbp', 'chf', 'cad', 'aud'];

/** The optional deal: pipeline and stage by name, value and currency, owner. */
export function DealSection({
  catalog,
  draft,
  onChange,
  defaultTitle,
  openDeals,
  valueError,
}: DealSectionProps): JSX.Element {
  const pipeline = catalog.pipelines.find((p) => p.id === draft.pipeline);
  const currencies = [...new Set([draft.currency, pipeline?.currency ?? 'usd', ...COMMON_CURRENCIES])].map(
    (c) => ({
      id: c,
      name: c.toUpperCase(),
    }),
  );
  const held = openDeals.length > 0;
  const showFields = draft.deal && (!held || draft.another);
  return (
    <fieldset class="follow-up">
      <legend>{t('deal_legend')}</legend>
      <label class="follow-up__switch">
        <input
          type="checkbox"
          checked={draft.deal}
          onChange={(e) => onChange({ deal: e.currentTarget.checked })}
        />
        {t('deal_open')}
      </label>
      {draft.deal && held && (
        <>
          <label class="compare__choice">
            <input
              type="checkbox"
              checked={draft.another}
              onChange={(e) => onChange({ another: e.currentTarget.checked })}
            />
            {t('deal_another')}
          </label>
          {!draft.another && <small class="hint">{t('deal_kept_open')}</small>}
        </>
      )}
      {showFields && catalog.pipelines.length === 0 && <p class="hint">{t('deal_no_pipelines')}</p>}
      {showFields && catalog.pipelines.length > 0 && (
        <>
          <Field
            id="deal-title"
            label={t('deal_title')}
            value={draft.dealTitle}
            placeholder={defaultTitle}
            onInput={(dealTitle) => onChange({ dealTitle })}
          />
          <Picker
            id="deal-pipeline"
            label={t('deal_pipeline')}
            value={draft.pipeline}
            options={catalog.pipelines}
            onChange={(id) => onChange({ pipeline: id })}
          />
          <Picker
            id="deal-stage"
            label={t('deal_stage')}
            value={draft.stage}
            options={pipeline?.stages ?? []}
            onChange={(stage) => onChange({ stage })}
          />
          <div class="follow-up__row">
            <Field
              id="deal-value"
              label={t('deal_value')}
              value={draft.value}
              error={valueError}
              onInput={(value) => onChange({ value })}
            />
            <Picker
              id="deal-currency"
              label={t('deal_currency')}
              value={draft.currency}
              options={currencies}
              onChange={(currency) => onChange({ currency })}
            />
          </div>
          <Picker
            id="deal-owner"
            label={t('deal_owner')}
            value={draft.owner}
            options={catalog.users}
            onChange={(owner) => onChange({ owner })}
          />
        </>
      )}
    </fieldset>
  );
}
