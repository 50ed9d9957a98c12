import type { JSX } from 'preact';
import { Field } from './Field';

/** What options says beside a value the administrator set by browser policy. */
export const LOCKED_HINT = 'Set by your administrator.';

interface ApiUrlFieldProps {
  value: string;
  onInput(value: string): void;
  error?: string;
  /** The administrator set the API URL by policy. */
  locked?: boolean;
}

/** The account's API URL, with where to find it in ActiveCampaign (options and welcome). */
export function ApiUrlField(props: ApiUrlFieldProps): JSX.Element {
  return (
    <Field
      id="apiUrl"
      label="API URL"
      type="url"
      value={props.value}
      placeholder="https://youraccount.api-us1.com"
      hint={
        props.locked
          ? LOCKED_HINT
          : 'In ActiveCampaign: Settings (bottom left) → Developer → "URL". Copy it as it is.'
      }
      disabled={props.locked}
      onInput={props.onInput}
      error={props.error}
    />
  );
}

interface ApiKeyFieldProps {
  value: string;
  onInput(value: string): void;
  error?: string;
  /** Last characters of the saved key, when one is saved. */
  keyHint?: string;
}

/** The API key, with where to find it; it is write-only, so only a hint of a saved one shows. */
export function ApiKeyField(props: ApiKeyFieldProps): JSX.Element {
  return (
    <Field
      id="apiKey"
      label="API key"
      type="password"
      value={props.value}
      placeholder={
        props.keyHint ? `Saved key ending in ${props.keyHint} — paste a new one to replace it` : ''
      }
      hint='Same page (Settings → Developer), under "Key". It stays in this browser and is sent only to your API URL.'
      onInput={props.onInput}
      error={props.error}
    />
  );
}
