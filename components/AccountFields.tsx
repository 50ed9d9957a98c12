import type { JSX } from 'preact';
import { type MessageKey, t } from '@/lib/i18n';
import { Field } from './Field';

/** Each piece of the account, with where to find it in ActiveCampaign. */
const ACCOUNT_FIELDS = {
  apiUrl: { label: 'account_api_url', type: 'url', hint: 'account_api_url_hint' },
  apiKey: { label: 'account_api_key', type: 'password', hint: 'account_api_key_hint' },
} as const satisfies Record<string, { label: MessageKey; type: string; hint: MessageKey }>;

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
      ? t('account_api_url_example')
      : props.keyHint && t('account_api_key_saved', { ending: props.keyHint });
  return (
    <Field
      id={props.name}
      label={t(label)}
      type={type}
      value={props.value}
      placeholder={placeholder || undefined}
      hint={props.locked ? t('options_locked_hint') : t(hint)}
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
