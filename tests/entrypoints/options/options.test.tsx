import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/options/App';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { settingsItem } from '@/lib/storage';
import { fakeBackground, payloadOf } from '../../lib/ui/hooks/fake-background';

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

beforeEach(async () => {
  fakeBrowser.reset();
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
