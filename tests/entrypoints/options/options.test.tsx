import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/options/App';
import { AC_HOST_PERMISSIONS } from '@/lib/api-url';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { settingsItem } from '@/lib/storage';
import { fakeBackground, payloadOf, typesSent } from '../../lib/ui/hooks/fake-background';

vi.mock('@/lib/messaging/protocol', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  sendMessage: vi.fn(),
}));

const status = { configured: true, apiUrl: 'https://acme.api-us1.com', keyHint: 'abcd', pending: 0 };
const answers = {
  getStatus: () => ({ ok: true, value: status }),
  getLists: () => ({ ok: true, value: [{ id: '3', name: 'Prospects' }] }),
  getTags: () => ({ ok: true, value: [{ id: '9', name: 'Lead' }] }),
  getFields: () => ({
    ok: true,
    value: [{ id: '12', title: 'LinkedIn profile', perstag: 'LINKEDIN_PROFILE', type: 'text' }],
  }),
  saveSettings: () => ({ ok: true, value: status }),
};

/** The hosts this build's manifest lets the user grant (wxt.config.ts). */
const buildReaches = (...custom: string[]) =>
  vi
    .spyOn(fakeBrowser.runtime, 'getManifest')
    .mockReturnValue({ optional_host_permissions: [...AC_HOST_PERMISSIONS, ...custom] } as never);

beforeEach(async () => {
  fakeBrowser.reset();
  buildReaches();
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, apiUrl: 'https://acme.api-us1.com' });
});

describe('the options page', () => {
  it('asks for no id and no personalisation tag anywhere', async () => {
    fakeBackground(answers);
    render(<App />);
    await screen.findAllByRole('option', { name: 'LinkedIn profile' }, { timeout: 5000 });
    const asks = [...document.querySelectorAll('label, legend, small, option, [placeholder]')]
      .map((e) => `${e.textContent} ${e.getAttribute('placeholder') ?? ''}`)
      .join('\n');
    expect(asks).not.toMatch(/\bids?\b|perstag|personali[sz]ation/i);
  });

  it('saves a custom field chosen by title as that field', async () => {
    const sent = fakeBackground(answers);
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    render(<App />);
    const select = await screen.findByLabelText('Save the LinkedIn URL in');
    await screen.findAllByRole('option', { name: 'LinkedIn profile' }, { timeout: 5000 });
    fireEvent.change(select, { target: { value: '12' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Saved.');
    expect(request).toHaveBeenCalledWith({ origins: ['https://acme.api-us1.com/*'] });
    expect(payloadOf<{ settings: { fieldMap: object } }>(sent, 'saveSettings').settings.fieldMap).toEqual({
      linkedinUrl: '12',
    });
  });

  it('shows what the administrator set as locked, with their value', async () => {
    fakeBackground(answers);
    await fakeBrowser.storage.managed.set({ apiUrl: 'https://team.api-us1.com', ratePerSecond: 1 });
    render(<App />);
    const url = (await screen.findByLabelText('API URL')) as HTMLInputElement;
    await waitFor(() => expect(url.value).toBe('https://team.api-us1.com'));
    expect(url.disabled).toBe(true);
    expect((screen.getByLabelText('Requests per second') as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByLabelText('Default phone country') as HTMLInputElement).disabled).toBe(false);
    expect(screen.getAllByText('Set by your administrator.')).toHaveLength(2);
  });
});

describe('saving presets', () => {
  it('refuses two presets with the same name, since the default is remembered by name', async () => {
    const sent = fakeBackground(answers);
    const twins = [
      { name: 'Expo', lists: [], tags: [] },
      { name: 'expo', lists: [], tags: [] },
    ];
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, apiUrl: 'https://acme.api-us1.com', presets: twins });
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Save settings' }));
    expect((await screen.findByText(/Two presets are called “expo”/)).getAttribute('role')).toBe('alert');
    expect(sent.map((m) => m.type)).not.toContain('saveSettings');
  });
});

describe('the ActiveCampaign account', () => {
  const typeUrl = async (url: string) =>
    fireEvent.input(await screen.findByLabelText('API URL'), { target: { value: url } });
  const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
  const CONFIRM = 'This is not an ActiveCampaign address; send my API key to it anyway';

  it('sends the key to an address that is not ActiveCampaign’s only once the user ticks that it is theirs', async () => {
    const sent = fakeBackground(answers);
    buildReaches('https://crm.example.org/*');
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    render(<App />);
    await typeUrl('https://crm.example.org');
    fireEvent.input(screen.getByLabelText('API key'), { target: { value: 'k'.repeat(40) } });
    save();
    expect(await screen.findByText(/crm\.example\.org is not an ActiveCampaign address/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(request).not.toHaveBeenCalled();
    expect(typesSent(sent)).not.toContain('saveSettings');
    expect(typesSent(sent)).not.toContain('testConnection');

    fireEvent.click(screen.getByLabelText(CONFIRM));
    save();
    await screen.findByText('Saved.');
    expect(request).toHaveBeenCalledWith({ origins: ['https://crm.example.org/*'] });
    expect(payloadOf<{ settings: object }>(sent, 'saveSettings').settings).toMatchObject({
      apiUrl: 'https://crm.example.org',
      confirmedCustomEndpoint: true,
    });
  });

  it('never takes a custom endpoint’s confirmation from an imported settings file', async () => {
    const sent = fakeBackground(answers);
    buildReaches('https://crm.example.org/*');
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    render(<App />);
    const file = { ...DEFAULT_SETTINGS, apiUrl: 'https://crm.example.org', confirmedCustomEndpoint: true };
    const input = (await screen.findByLabelText('Import settings')) as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([JSON.stringify(file)], 'team.json')] } });
    const confirm = (await screen.findByLabelText(CONFIRM)) as HTMLInputElement;
    expect(confirm.checked).toBe(false);
    fireEvent.input(screen.getByLabelText('API key'), { target: { value: 'k'.repeat(40) } });
    save();
    expect(await screen.findByText(/crm\.example\.org is not an ActiveCampaign address/)).toBeTruthy();
    expect(typesSent(sent)).not.toContain('saveSettings');
  });

  it('says why an address outside this build cannot be reached, naming the build setting', async () => {
    const sent = fakeBackground(answers);
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
    render(<App />);
    await typeUrl('https://crm.example.org');
    fireEvent.click(await screen.findByLabelText(CONFIRM));
    save();
    expect(
      await screen.findByText(/crm\.example\.org is not among them.*SIDECARD_CUSTOM_API_ORIGINS/),
    ).toBeTruthy();
    expect(request).not.toHaveBeenCalled();
    expect(typesSent(sent)).not.toContain('saveSettings');
  });

  it('asks for the key again when the API URL changes', async () => {
    const sent = fakeBackground(answers);
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    render(<App />);
    await typeUrl('https://other.api-us1.com');
    save();
    expect(
      await screen.findByText(
        'The saved key belongs to the previous API URL. Paste the API key for https://other.api-us1.com.',
      ),
    ).toBeTruthy();
    expect(typesSent(sent)).not.toContain('saveSettings');

    fireEvent.input(screen.getByLabelText('API key'), { target: { value: 'n'.repeat(40) } });
    save();
    await screen.findByText('Saved.');
    expect(payloadOf<{ apiKey: string }>(sent, 'saveSettings').apiKey).toBe('n'.repeat(40));
  });

  it('shows settings that need attention, with the address that was saved', async () => {
    fakeBackground(answers);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, apiUrl: 'https://crm.example.org' });
    render(<App />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/need attention.*crm\.example\.org/);
    await waitFor(() =>
      expect((screen.getByLabelText('API URL') as HTMLInputElement).value).toBe('https://crm.example.org'),
    );
    expect(screen.getByLabelText(CONFIRM)).toBeTruthy();
  });

  it('says next to the v1 choice that v1 puts the key in request addresses', async () => {
    fakeBackground(answers);
    render(<App />);
    const mode = (await screen.findByLabelText('API mode')) as HTMLSelectElement;
    fireEvent.change(mode, { target: { value: 'v1' } });
    const note = document.getElementById(mode.getAttribute('aria-describedby') ?? '');
    expect(note?.textContent).toMatch(/v1 puts your API key in every request's address/);
  });
});
