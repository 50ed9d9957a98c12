import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AccountField, CustomEndpointConfirm } from '@/components/AccountFields';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging/protocol';
import { readManagedSettings, readSettings } from '@/lib/storage';
import { checkApiUrl, needsConfirmation, requestOriginAccess } from '@/lib/ui/origin-access';

/**
 * First run: connect the account in three steps (URL, key, allow access + test). Everything else
 * (presets, field mapping) waits in the options page, which the last step points to.
 */
export function App(): JSX.Element {
  const [apiUrl, setApiUrl] = useState('');
  const [urlLocked, setUrlLocked] = useState(false);
  const [apiKey, setApiKey] = useState('');
  /** The user confirmed a non-ActiveCampaign API URL as their own endpoint (options has the same box). */
  const [confirmed, setConfirmed] = useState(false);
  const [errors, setErrors] = useState<{ apiUrl?: string; apiKey?: string }>({});
  const [result, setResult] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void Promise.all([readSettings(), readManagedSettings()]).then(([settings, managed]) => {
      setApiUrl(settings.apiUrl);
      setConfirmed(settings.confirmedCustomEndpoint);
      setUrlLocked('apiUrl' in managed);
    });
  }, []);

  const onConnect = async () => {
    setResult(null);
    const url = checkApiUrl(apiUrl, confirmed);
    const nextErrors = {
      apiUrl: url.ok ? undefined : url.message,
      apiKey: apiKey.trim() ? undefined : t('welcome_key_missing'),
    };
    setErrors(nextErrors);
    if (!url.ok || nextErrors.apiKey) return;
    // Straight from the click, before anything else is awaited (see requestOriginAccess).
    if (!(await requestOriginAccess(url.origin))) {
      setResult({ tone: 'error', text: t('welcome_permission', { origin: url.origin }) });
      return;
    }
    setBusy(true);
    const settings = {
      ...(await readSettings()),
      apiUrl: url.origin,
      confirmedCustomEndpoint: url.custom === true,
    };
    const saved = await sendMessage('saveSettings', { settings, apiKey: apiKey.trim() });
    const test = saved.ok ? await sendMessage('testConnection', undefined) : saved;
    setBusy(false);
    if (!test.ok) {
      setResult({ tone: 'error', text: test.error });
      return;
    }
    setApiKey('');
    setResult({
      tone: 'ok',
      text: t('welcome_connected', { name: test.value.name, email: test.value.email }),
    });
  };

  return (
    <main class="options welcome">
      <h1>{t('page_title_welcome')}</h1>
      <p>{t('welcome_intro')}</p>
      <ol class="steps">
        <li>
          <h2>{t('welcome_step_url')}</h2>
          <AccountField
            name="apiUrl"
            value={apiUrl}
            onInput={(value) => {
              setApiUrl(value);
              setConfirmed(false);
            }}
            error={errors.apiUrl}
            locked={urlLocked}
          />
          {(confirmed || needsConfirmation(apiUrl)) && (
            <CustomEndpointConfirm checked={confirmed} onChange={setConfirmed} locked={urlLocked} />
          )}
        </li>
        <li>
          <h2>{t('welcome_step_key')}</h2>
          <AccountField name="apiKey" value={apiKey} onInput={setApiKey} error={errors.apiKey} />
        </li>
        <li>
          <h2>{t('welcome_step_access')}</h2>
          <p class="hint">{t('welcome_step_access_hint')}</p>
          <div class="actions">
            <button type="button" onClick={() => void onConnect()} disabled={busy}>
              {t('welcome_connect')}
            </button>
          </div>
        </li>
      </ol>
      {result && (
        <p class={result.tone} role={result.tone === 'ok' ? 'status' : 'alert'}>
          {result.text}
        </p>
      )}
      <p>
        <button type="button" class="secondary" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('welcome_more_settings')}
        </button>
      </p>
    </main>
  );
}
