import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { AccountField, CustomEndpointConfirm } from '@/components/AccountFields';
import { FieldMapSelect } from '@/components/FieldMapSelect';
import { PresetEditor } from '@/components/PresetEditor';
import { SettingsFile } from '@/components/SettingsFile';
import { type MessageKey, t } from '@/lib/i18n';
import { type FieldOption, type Status, sendMessage } from '@/lib/messaging/protocol';
import { type Settings, settingsSchema } from '@/lib/settings';
import { readSettingsFile, SETTINGS_FILE_NAME, settingsFileText } from '@/lib/settings-file';
import { readCheckedSettings, readManagedSettings, settingsItem } from '@/lib/storage';
import { useDirectory } from '@/lib/ui/hooks/use-directory';
import { useSalesCatalog } from '@/lib/ui/hooks/use-follow-up';
import { checkApiUrl, needsConfirmation, requestOriginAccess } from '@/lib/ui/origin-access';
import { SavingOptions } from './SavingOptions';

type FieldMapKey = keyof Settings['fieldMap'];
const FIELD_MAP_LABELS: Record<FieldMapKey, MessageKey> = {
  linkedinUrl: 'options_map_linkedin_url',
  jobTitle: 'options_map_job_title',
  sourceUrl: 'options_map_source_url',
};

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  URL.revokeObjectURL(url);
}

export function App(): JSX.Element {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [managed, setManaged] = useState<Partial<Settings>>({});
  const [status, setStatus] = useState<Status | null>(null);
  const [fields, setFields] = useState<FieldOption[]>([]);
  const [apiUrl, setApiUrl] = useState('');
  const [apiKey, setApiKey] = useState('');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [connection, setConnection] = useState<string | null>(null);
  /** Why the saved settings cannot be used as they are (readCheckedSettings), until a save fixes them. */
  const [attention, setAttention] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  /** The buttons wait while the background works on a request. */
  const whileBusy = async <T,>(request: Promise<T>): Promise<T> => {
    setBusy(true);
    try {
      return await request;
    } finally {
      setBusy(false);
    }
  };
  /** A newly typed key, if any: an empty field keeps the saved one. */
  const typedKey = () => apiKey.trim() || undefined;
  const directory = useDirectory({ tags: true });
  const sales = useSalesCatalog();
  const loadFields = () => sendMessage('getFields', undefined).then((res) => res.ok && setFields(res.value));

  useEffect(() => {
    void (async () => {
      const [checked, m, stored] = await Promise.all([
        readCheckedSettings(),
        readManagedSettings(),
        settingsItem.getValue(),
      ]);
      const s = checked.settings;
      setSettings(s);
      setManaged(m);
      setAttention(checked.attention);
      // A URL that needs attention is not used, but shown, so the user can confirm or correct it.
      setApiUrl(s.apiUrl || (m.apiUrl ?? stored?.apiUrl ?? ''));
      const res = await sendMessage('getStatus', undefined);
      if (res.ok) setStatus(res.value);
      if (res.ok && res.value.configured) await loadFields();
    })();
  }, []);

  if (!settings) return <main class="options">{t('options_loading')}</main>;
  const locked = (key: keyof Settings) => key in managed;
  const update = <K extends keyof Settings>(key: K, value: Settings[K]) =>
    setSettings({ ...settings, [key]: value });

  const onSave = async (e: Event) => {
    e.preventDefault();
    setMessage(null);
    const url = checkApiUrl(apiUrl, settings.confirmedCustomEndpoint);
    const nextErrors: Record<string, string | undefined> = {};
    if (!url.ok) nextErrors.apiUrl = url.message;
    // The saved key belongs to the saved URL: a new URL needs its own key (lib/api-key.ts).
    const moved = url.ok && url.origin !== status?.apiUrl;
    if (!apiKey.trim() && moved && status?.keyHint)
      nextErrors.apiKey = t('options_api_key_for_new_url', { origin: url.ok ? url.origin : '' });
    else if (!apiKey.trim() && !status?.keyHint) nextErrors.apiKey = t('options_key_missing');
    const candidate = settingsSchema.safeParse({
      ...settings,
      apiUrl: url.ok ? url.origin : '',
      confirmedCustomEndpoint: url.ok && url.custom === true,
    });
    for (const issue of candidate.error?.issues ?? []) nextErrors[String(issue.path[0])] ??= issue.message;
    // The default preset is remembered by name, so names must tell presets apart.
    const names = settings.presets.map((p) => p.name.trim().toLowerCase());
    const twin = settings.presets.find((_, i) => names.indexOf(names[i]!) !== i);
    if (twin) nextErrors.presets = t('options_presets_same_name', { name: twin.name });
    setErrors(nextErrors);
    if (Object.keys(nextErrors).length > 0 || !url.ok || !candidate.success) {
      setMessage({ tone: 'error', text: t('options_not_saved_fix') });
      return;
    }
    // Straight from the click, before anything else is awaited (see requestOriginAccess).
    if (!(await requestOriginAccess(url.origin))) {
      setMessage({
        tone: 'error',
        text: t('options_not_saved_permission', { origin: url.origin }),
      });
      return;
    }
    const res = await whileBusy(
      sendMessage('saveSettings', { settings: candidate.data, apiKey: typedKey() }),
    );
    if (!res.ok) {
      setMessage({ tone: 'error', text: res.error });
      return;
    }
    setApiKey('');
    setApiUrl(url.origin);
    setSettings(candidate.data);
    setAttention(undefined);
    setStatus(res.value);
    setMessage({ tone: 'ok', text: t('options_saved') });
    void loadFields();
  };

  const onTest = async () => {
    setConnection(null);
    const url = checkApiUrl(apiUrl, settings.confirmedCustomEndpoint);
    if (!url.ok) {
      setErrors({ ...errors, apiUrl: url.message });
      return;
    }
    if (!(await requestOriginAccess(url.origin))) {
      setConnection(t('options_test_permission', { origin: url.origin }));
      return;
    }
    const res = await whileBusy(
      sendMessage('testConnection', {
        apiUrl: url.origin,
        apiKey: typedKey(),
        confirmedCustomEndpoint: url.custom === true,
      }),
    );
    setConnection(
      res.ok ? t('options_connected_as', { name: res.value.name, email: res.value.email }) : res.error,
    );
  };

  const onForget = async () => {
    const res = await sendMessage('forgetKey', undefined);
    if (res.ok) {
      setStatus(res.value);
      setMessage({
        tone: 'ok',
        text: t('options_key_forgotten'),
      });
    }
  };

  const onImport = (text: string) => {
    const file = readSettingsFile(text);
    setFileError(file.ok ? undefined : file.error);
    if (!file.ok) return;
    // The administrator's values stay whatever a file says, and a file never confirms a custom
    // endpoint for the user: sending the key there is their own tick (docs/activecampaign.md#api-hosts).
    const next = { ...file.settings, confirmedCustomEndpoint: false, ...managed };
    setSettings(next);
    setApiUrl(next.apiUrl);
    setMessage({ tone: 'ok', text: t('options_imported') });
  };

  return (
    <main class="options">
      <h1>{t('page_title_options')}</h1>
      <form onSubmit={onSave} noValidate>
        <section>
          <h2>{t('options_account_heading')}</h2>
          <p class="hint">{t('options_account_hint')}</p>
          {attention && (
            <p class="error" role="alert">
              {attention}
            </p>
          )}
          <AccountField
            name="apiUrl"
            value={apiUrl}
            onInput={(value) => {
              setApiUrl(value);
              // A confirmation is for the address it was given for, never the next one typed.
              if (settings.confirmedCustomEndpoint) update('confirmedCustomEndpoint', false);
            }}
            error={errors.apiUrl}
            locked={locked('apiUrl')}
          />
          {(settings.confirmedCustomEndpoint || needsConfirmation(apiUrl)) && (
            <CustomEndpointConfirm
              checked={settings.confirmedCustomEndpoint}
              onChange={(checked) => update('confirmedCustomEndpoint', checked)}
              locked={locked('confirmedCustomEndpoint')}
            />
          )}
          <AccountField
            name="apiKey"
            value={apiKey}
            onInput={setApiKey}
            error={errors.apiKey}
            keyHint={status?.keyHint}
          />
          <div class="actions">
            <button type="button" class="secondary" onClick={() => void onTest()} disabled={busy}>
              {t('options_test_connection')}
            </button>
            {status?.keyHint && (
              <button type="button" class="danger" onClick={() => void onForget()}>
                {t('options_forget_key')}
              </button>
            )}
          </div>
          {connection && (
            <p class="connection-result" role="status">
              {connection}
            </p>
          )}
        </section>
        <SavingOptions settings={settings} update={update} errors={errors} locked={locked} />
        <section>
          <h2>{t('options_custom_fields')}</h2>
          {(Object.keys(FIELD_MAP_LABELS) as FieldMapKey[]).map((key) => (
            <FieldMapSelect
              key={key}
              id={`field-${key}`}
              label={t(FIELD_MAP_LABELS[key])}
              value={settings.fieldMap[key]}
              fields={fields}
              locked={locked('fieldMap')}
              onChange={(id) => update('fieldMap', { ...settings.fieldMap, [key]: id })}
            />
          ))}
        </section>
        <PresetEditor
          presets={settings.presets}
          defaultPreset={settings.defaultPreset}
          onChange={(presets, defaultPreset) => setSettings({ ...settings, presets, defaultPreset })}
          lists={directory.lists}
          knownTags={directory.knownTags.map((t) => t.name)}
          catalog={sales.catalog}
          locked={locked('presets') || locked('defaultPreset')}
        />
        {errors.presets && (
          <p class="error" role="alert">
            {errors.presets}
          </p>
        )}
        <div class="actions">
          <button type="submit" disabled={busy}>
            {t('options_save')}
          </button>
        </div>
        {message && (
          <p class={message.tone === 'ok' ? 'ok' : 'error'} role={message.tone === 'ok' ? 'status' : 'alert'}>
            {message.text}
          </p>
        )}
      </form>
      <SettingsFile
        onExport={() => download(SETTINGS_FILE_NAME, settingsFileText(settings))}
        onImport={onImport}
        error={fileError}
      />
    </main>
  );
}
