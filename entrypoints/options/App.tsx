import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Field } from '@/components/Field';
import { ALLOW_LOOPBACK, normalizeApiUrl, originPermission } from '@/lib/api-url';
import { type Status, sendMessage } from '@/lib/messaging/protocol';
import { fieldRefSchema } from '@/lib/save/field-ref';
import { type Settings, settingsSchema } from '@/lib/settings';
import { readSettings } from '@/lib/storage';
import { parsePresets, presetsToText } from './presets';

type FieldMapKey = keyof Settings['fieldMap'];
const FIELD_MAP_LABELS: Record<FieldMapKey, string> = {
  linkedinUrl: 'LinkedIn URL field',
  jobTitle: 'Job title field',
  sourceUrl: 'Source URL field',
};

/**
 * Asks for access to exactly this origin; in a click handler, as the browser requires. The
 * request is the first browser call: Firefox forgets the click after any await (a `contains`
 * check first made it refuse), and a request for an origin already granted answers true silently.
 */
async function ensureOriginPermission(origin: string): Promise<boolean> {
  const origins = [originPermission(origin)];
  try {
    return await browser.permissions.request({ origins });
  } catch {
    return false;
  }
}

/** The field-reference rule's complaint about a typed custom field; blank means "not mapped". */
function fieldRefError(value: string): string | undefined {
  return value.trim() ? fieldRefSchema.safeParse(value).error?.issues[0]?.message : undefined;
}

export function App(): JSX.Element {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [apiUrl, setApiUrl] = useState('');
  const [apiKey, setApiKey] = useState('');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [connection, setConnection] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [presetText, setPresetText] = useState('');

  useEffect(() => {
    void (async () => {
      const s = await readSettings();
      setSettings(s);
      setApiUrl(s.apiUrl);
      setPresetText(presetsToText(s.presets));
      const res = await sendMessage('getStatus', undefined);
      if (res.ok) setStatus(res.value);
    })();
  }, []);

  if (!settings) return <main class="options">Loading…</main>;
  const update = <K extends keyof Settings>(key: K, value: Settings[K]) =>
    setSettings({ ...settings, [key]: value });

  const onSave = async (e: Event) => {
    e.preventDefault();
    setMessage(null);
    const url = normalizeApiUrl(apiUrl, { allowLoopbackHttp: ALLOW_LOOPBACK });
    const nextErrors: Record<string, string | undefined> = {};
    if (!url.ok) nextErrors.apiUrl = url.message;
    if (!apiKey.trim() && !status?.keyHint)
      nextErrors.apiKey = 'Paste the API key from Settings → Developer.';
    const presets = parsePresets(presetText);
    if (typeof presets === 'string') nextErrors.presets = presets;
    const candidate = settingsSchema.safeParse({
      ...settings,
      apiUrl: url.ok ? url.origin : '',
      presets: typeof presets === 'string' ? [] : presets,
      defaultPreset: typeof presets === 'string' ? undefined : presets[0]?.name,
    });
    if (!candidate.success) {
      for (const issue of candidate.error.issues) {
        // A custom field's problem belongs next to that field (`fieldMap.jobTitle`).
        const depth = issue.path[0] === 'fieldMap' ? 2 : 1;
        nextErrors[issue.path.slice(0, depth).join('.')] ??= issue.message;
      }
    }
    setErrors(nextErrors);
    if (Object.keys(nextErrors).length > 0 || !url.ok || !candidate.success) {
      setMessage({ tone: 'error', text: 'Nothing was saved: fix the highlighted fields.' });
      return;
    }
    // The permission prompt must come straight from the click.
    if (!(await ensureOriginPermission(url.origin))) {
      setMessage({
        tone: 'error',
        text: `Nothing was saved: Sidecard needs permission to talk to ${url.origin} (your ActiveCampaign API, and nothing else).`,
      });
      return;
    }
    setBusy(true);
    const res = await sendMessage('saveSettings', {
      settings: candidate.data,
      apiKey: apiKey.trim() || undefined,
    });
    setBusy(false);
    if (!res.ok) {
      setMessage({ tone: 'error', text: res.error });
      return;
    }
    setApiKey('');
    setApiUrl(url.origin);
    setSettings(candidate.data);
    setStatus(res.value);
    setMessage({ tone: 'ok', text: 'Saved.' });
  };

  const onTest = async () => {
    setConnection(null);
    const url = normalizeApiUrl(apiUrl, { allowLoopbackHttp: ALLOW_LOOPBACK });
    if (!url.ok) {
      setErrors({ ...errors, apiUrl: url.message });
      return;
    }
    if (!(await ensureOriginPermission(url.origin))) {
      setConnection(`Sidecard needs permission to talk to ${url.origin} first.`);
      return;
    }
    setBusy(true);
    const res = await sendMessage('testConnection', {
      apiUrl: url.origin,
      apiKey: apiKey.trim() || undefined,
    });
    setBusy(false);
    setConnection(res.ok ? `Connected as ${res.value.name} (${res.value.email})` : res.error);
  };

  const onForget = async () => {
    const res = await sendMessage('forgetKey', undefined);
    if (res.ok) {
      setStatus(res.value);
      setMessage({
        tone: 'ok',
        text: 'The API key was removed from this browser. Saves wait until you add a key.',
      });
    }
  };

  return (
    <main class="options">
      <h1>Sidecard settings</h1>
      <form onSubmit={onSave} noValidate>
        <section>
          <h2>ActiveCampaign account</h2>
          <p class="hint">
            In ActiveCampaign open Settings → Developer and copy the API URL and the API key. Sidecard asks
            your browser for permission to reach exactly that address, and sends the key only there.
          </p>
          <Field
            id="apiUrl"
            label="API URL"
            type="url"
            value={apiUrl}
            placeholder="https://youraccount.api-us1.com"
            onInput={setApiUrl}
            error={errors.apiUrl}
          />
          <Field
            id="apiKey"
            label="API key"
            type="password"
            value={apiKey}
            placeholder={
              status?.keyHint ? `Saved key ending in ${status.keyHint} — paste a new one to replace it` : ''
            }
            onInput={setApiKey}
            error={errors.apiKey}
          />
          <div class="actions">
            <button type="button" class="secondary" onClick={() => void onTest()} disabled={busy}>
              Test connection
            </button>
            {status?.keyHint && (
              <button type="button" class="danger" onClick={() => void onForget()}>
                Forget key
              </button>
            )}
          </div>
          {connection && (
            <p class="connection-result" role="status">
              {connection}
            </p>
          )}
        </section>
        <section>
          <h2>Saving</h2>
          <div class="field">
            <label for="apiMode">API mode</label>
            <select
              id="apiMode"
              value={settings.apiMode}
              onChange={(e) => update('apiMode', e.currentTarget.value === 'v1' ? 'v1' : 'v3')}
            >
              <option value="v3">API v3 (recommended)</option>
              <option value="v1">Legacy API v1</option>
            </select>
          </div>
          <Field
            id="defaultCountry"
            label="Default phone country"
            value={settings.defaultCountry}
            hint="Two letters, e.g. US, GB, DE: used for numbers written without +country code."
            onInput={(v) => update('defaultCountry', v.trim().toUpperCase())}
            error={errors.defaultCountry}
          />
          {(Object.keys(FIELD_MAP_LABELS) as FieldMapKey[]).map((key) => (
            <Field
              key={key}
              id={`field-${key}`}
              label={FIELD_MAP_LABELS[key]}
              value={settings.fieldMap[key] ?? ''}
              placeholder="Custom field id or %PERSTAG%"
              onInput={(v) => {
                update('fieldMap', { ...settings.fieldMap, [key]: v.trim() || undefined });
                setErrors({ ...errors, [`fieldMap.${key}`]: fieldRefError(v) });
              }}
              error={errors[`fieldMap.${key}`]}
            />
          ))}
          <label class="check">
            <input
              type="checkbox"
              checked={settings.companyToAccount}
              onChange={(e) => update('companyToAccount', e.currentTarget.checked)}
            />
            Link the company as an ActiveCampaign account
          </label>
          <label class="check">
            <input
              type="checkbox"
              checked={settings.provenanceNote}
              onChange={(e) => update('provenanceNote', e.currentTarget.checked)}
            />
            Add a note with the source page and capture time
          </label>
          <Field
            id="ratePerSecond"
            label="Requests per second"
            value={String(settings.ratePerSecond)}
            hint="ActiveCampaign allows 5 per second per account, shared with your other integrations."
            onInput={(v) => update('ratePerSecond', Number(v))}
            error={errors.ratePerSecond}
          />
          <Field
            id="presets"
            label="Presets"
            multiline
            value={presetText}
            hint='One per line: "Name: lists 1 2; tags Lead; Event 2026". The first is the default.'
            onInput={setPresetText}
            error={errors.presets}
          />
        </section>
        <div class="actions">
          <button type="submit" disabled={busy}>
            Save settings
          </button>
        </div>
        {message && (
          <p class={message.tone === 'ok' ? 'ok' : 'error'} role={message.tone === 'ok' ? 'status' : 'alert'}>
            {message.text}
          </p>
        )}
      </form>
    </main>
  );
}
