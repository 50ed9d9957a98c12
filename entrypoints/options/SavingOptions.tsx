import type { JSX } from 'preact';
import { LOCKED_HINT } from '@/components/AccountFields';
import { Field } from '@/components/Field';
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
  const check = (key: 'companyToAccount' | 'provenanceNote' | 'refreshOnNavigation', label: string) => (
    <label class="check">
      <input
        type="checkbox"
        checked={settings[key]}
        disabled={locked(key)}
        onChange={(e) => update(key, e.currentTarget.checked)}
      />
      {label}
      {locked(key) && <small class="hint"> {LOCKED_HINT}</small>}
    </label>
  );
  return (
    <section>
      <h2>Saving</h2>
      <div class="field">
        <label for="apiMode">API mode</label>
        <select
          id="apiMode"
          value={settings.apiMode}
          aria-describedby={settings.apiMode === 'v1' ? 'apiMode-v1' : undefined}
          disabled={locked('apiMode')}
          onChange={(e) => update('apiMode', e.currentTarget.value === 'v1' ? 'v1' : 'v3')}
        >
          <option value="v3">API v3 (recommended)</option>
          <option value="v1">Legacy API v1</option>
        </select>
        {settings.apiMode === 'v1' && (
          <small class="hint" id="apiMode-v1">
            API v1 puts your API key in every request's address (ActiveCampaign's v1 design); prefer v3.
          </small>
        )}
        {locked('apiMode') && <small class="hint">{LOCKED_HINT}</small>}
      </div>
      <Field
        id="defaultCountry"
        label="Default phone country"
        value={settings.defaultCountry}
        hint={
          locked('defaultCountry')
            ? LOCKED_HINT
            : 'Two letters, e.g. US, GB, DE: used for numbers written without +country code.'
        }
        disabled={locked('defaultCountry')}
        onInput={(v) => update('defaultCountry', v.trim().toUpperCase())}
        error={errors.defaultCountry}
      />
      {check('companyToAccount', 'Link the company as an ActiveCampaign account')}
      {check('provenanceNote', 'Add a note with the source page and capture time')}
      {check(
        'refreshOnNavigation',
        'Read the page again when the tab navigates (looks each page up in ActiveCampaign without a click)',
      )}
      <Field
        id="ratePerSecond"
        label="Requests per second"
        value={String(settings.ratePerSecond)}
        hint={
          locked('ratePerSecond')
            ? LOCKED_HINT
            : 'ActiveCampaign allows 5 per second per account, shared with your other integrations.'
        }
        disabled={locked('ratePerSecond')}
        onInput={(v) => update('ratePerSecond', Number(v))}
        error={errors.ratePerSecond}
      />
    </section>
  );
}
