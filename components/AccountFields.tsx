import type { JSX } from 'preact';
import { t } from '@/lib/i18n';
import { Field } from './Field';

/** What options says beside a value the administrator set by browser policy. */
export const LOCKED_HINT = 'Set by your administrator.';

/** Each piece of the account, with where to find it in ActiveCampaign. */
const ACCOUNT_FIELDS = {
  apiUrl: {
    label: 'API URL',
    type: 'url',
    hint: 'In ActiveCampaign: Settings (bottom left) → Developer → "URL". Copy it as it is.',
  },
  apiKey: {
    label: 'API key',
    type: 'password',
    hint: 'Same page (Settings → Developer), under "Key". It stays in this browser and is sent only to your API URL.',
  },
} as const;

interface AccountFieldProps {
  name: keyof typeof ACCOUNT_FIELDS;
  value: string;
  onInput(value: string): void;
  error?: string;
  /** The administrator set this value by policy. */
  locked?: boolean;
  /** Last characters of the saved key: the key is write-only, so only this hint of it shows. */
  keyHint?: string;
}

/** The API URL or key as options and the welcome page ask for it. */
export function AccountField(props: AccountFieldProps): JSX.Element {
  const { label, type, hint } = ACCOUNT_FIELDS[props.name];
  const placeholder =
    props.name === 'apiUrl'
      ? 'https://youraccount.api-us1.com'
      : props.keyHint && `Saved key ending in ${props.keyHint} — paste a new one to replace it`;
  return (
    <Field
      id={props.name}
      label={label}
      type={type}
      value={props.value}
      placeholder={placeholder || undefined}
      hint={props.locked ? LOCKED_HINT : hint}
      disabled={props.locked}
      onInput={props.onInput}
      error={props.error}
    />
  );
}

interface CustomEndpointProps {
  checked: boolean;
  onChange(checked: boolean): void;
  /** The administrator set the API URL (and this confirmation) by policy. */
  locked?: boolean;
}

/**
 * The user's explicit yes to sending the key to an API URL that is not ActiveCampaign's
 * (lib/api-url.ts): Test and Save refuse such a URL until it is ticked.
 */
export function CustomEndpointConfirm(props: CustomEndpointProps): JSX.Element {
  return (
    <label class="check">
      <input
        type="checkbox"
        checked={props.checked}
        disabled={props.locked}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      {t('options_custom_endpoint_confirm')}
    </label>
  );
}
