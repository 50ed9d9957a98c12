import type { JSX } from 'preact';
import { Field } from '@/components/Field';
import { type MessageKey, t } from '@/lib/i18n';
import type { Settings } from '@/lib/settings';

interface SavingOptionsProps {
  settings: Settings;
  update<K extends keyof Settings>(key: K, value: Settings[K]): void;
  errors: Record<string, string | undefined>;
  /** Whether the administrator set this value by policy. */
  locked(key: keyof Settings): boolean;
}

/** How saves are made: API mode, phone country, account link, provenance note, rate. */
export function SavingOptions({ settings, update, errors, locked }: SavingOptionsProps): JSX.Element {
  const lockedHint = t('options_locked_hint');
  const check = (key: 'companyToAccount' | 'provenanceNote' | 'refreshOnNavigation', label: MessageKey) => (
    <label class="check">
      <input
        type="checkbox"
        checked={settings[key]}
        disabled={locked(key)}
        onChange={(e) => update(key, e.currentTarget.checked)}
      />
      {t(label)}
      {locked(key) && <small class="hint"> {lockedHint}</small>}
    </label>
  );
  return (
    <section>
      <h2>{t('options_saving_heading')}</h2>
      <div class="field">
        <label for="apiMode">{t('options_api_mode')}</label>
        <select
          id="apiMode"
          value={settings.apiMode}
          aria-describedby={settings.apiMode === 'v1' ? 'apiMode-v1' : undefined}
          disabled={locked('apiMode')}
          onChange={(e) => update('apiMode', e.currentTarget.value === 'v1' ? 'v1' : 'v3')}
        >
          <option value="v3">{t('options_api_v3')}</option>
          <option value="v1">{t('options_api_v1')}</option>
        </select>
        {settings.apiMode === 'v1' && (
          <small class="hint" id="apiMode-v1">
            {t('options_api_v1_warning')}
          </small>
        )}
        {locked('apiMode') && <small class="hint">{lockedHint}</small>}
      </div>
      <Field
        id="defaultCountry"
        label={t('options_default_country')}
        value={settings.defaultCountry}
        hint={locked('defaultCountry') ? lockedHint : t('options_default_country_hint')}
        disabled={locked('defaultCountry')}
        onInput={(v) => update('defaultCountry', v.trim().toUpperCase())}
        error={errors.defaultCountry}
      />
      {check('companyToAccount', 'options_company_to_account')}
      {check('provenanceNote', 'options_provenance_note')}
      {check('refreshOnNavigation', 'options_refresh_on_navigation')}
      <Field
        id="ratePerSecond"
        label={t('options_rate')}
        value={String(settings.ratePerSecond)}
        hint={locked('ratePerSecond') ? lockedHint : t('options_rate_hint')}
        disabled={locked('ratePerSecond')}
        onInput={(v) => update('ratePerSecond', Number(v))}
        error={errors.ratePerSecond}
      />
    </section>
  );
}
