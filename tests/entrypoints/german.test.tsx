import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App as Options } from '@/entrypoints/options/App';
import { App as Popup } from '@/entrypoints/popup/App';
import { App as Panel } from '@/entrypoints/sidepanel/App';
import { AcError } from '@/lib/activecampaign/errors';
import { lockedLabel } from '@/lib/activecampaign/sync/lists';
import { describeError } from '@/lib/activecampaign/wording';
import { AC_HOST_PERMISSIONS } from '@/lib/api-url';
import type { ExistingContact } from '@/lib/messaging/protocol';
import type { PageReading } from '@/lib/page/contract';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { settingsItem } from '@/lib/storage';
import de from '@/public/_locales/de/messages.json';
import en from '@/public/_locales/en/messages.json';
import { fakeBackground } from '../lib/ui/hooks/fake-background';

/**
 * A German user meets the panel, the popup and options in German: the main states render German
 * text, and no English catalog text leaks into them (docs/i18n.md).
 */

// happy-dom has no Worker: the people are read on the test's thread.
vi.mock('@/lib/ui/interpret', () => import('@/tests/support/interpret-in-thread'));
vi.mock('@/lib/messaging/protocol', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  sendMessage: vi.fn(),
}));

/** A profile page that names Ada in its markup, so nothing needs checking. */
const ada = { name: 'Ada Lovelace', emails: ['ada@example.com'], phones: [], confidence: { name: 0.9 } };
const reading: PageReading = {
  source: 'generic',
  url: 'https://example.com/ada',
  title: 'Ada',
  candidates: [ada],
};
const status = { configured: true, apiUrl: 'https://acme.api-us1.com', keyHint: 'abcd', pending: 2 };

/** What the background answers, worded as it would be in the test's language. */
function background() {
  const existing: ExistingContact = {
    id: '7',
    email: 'ada@example.com',
    firstName: 'Ada',
    lastName: 'Lovelace',
    phone: '',
    lists: [{ id: '3', name: 'Prospects', status: '0', locked: lockedLabel('0') }],
    tags: ['Lead'],
    fields: {},
  };
  return fakeBackground({
    wake: () => ({ ok: true, value: undefined }),
    getStatus: () => ({ ok: true, value: status }),
    getLists: () => ({ ok: true, value: [{ id: '3', name: 'Prospects' }] }),
    getTags: () => ({ ok: true, value: [{ id: '9', name: 'Lead' }] }),
    getFields: () => ({ ok: true, value: [] }),
    lookupContact: () => ({ ok: true, value: existing }),
    findMatches: () => ({ ok: true, value: [] }),
    saveCapture: () => ({ ok: false, error: describeError(new AcError('auth', 'HTTP 401')).message }),
  });
}

type Catalog = Record<string, { message: string }>;
/**
 * Pieces of English catalog text (between `{slots}`) that German words differently, long enough
 * not to be a name or a symbol.
 */
const englishOnly = Object.entries(en as Catalog).flatMap(([key, { message }]) =>
  message === (de as Catalog)[key]?.message
    ? []
    : message
        .split(/\{\w+\}/)
        .map((piece) => piece.trim())
        .filter((piece) => piece.length >= 5 && /[a-z]{3}/i.test(piece)),
);

/** Everything a user reads or hears on the page: its text and the names given to controls. */
function whatTheUserReads(): string {
  const named = [...document.querySelectorAll('[aria-label], [title], [placeholder]')].flatMap((e) =>
    ['aria-label', 'title', 'placeholder'].map((a) => e.getAttribute(a) ?? ''),
  );
  return [document.body.textContent ?? '', ...named].join('\n');
}

const expectNoEnglish = () =>
  expect(englishOnly.filter((piece) => whatTheUserReads().includes(piece))).toEqual([]);

beforeEach(async () => {
  globalThis.__sidecardTestLanguage = 'de';
  fakeBrowser.reset();
  // The page is opened for tab 4, whose reading the injected script returns.
  history.replaceState(null, '', '?tab=4');
  // The hosts this build lets the user grant (wxt.config.ts): ActiveCampaign's.
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    optional_host_permissions: [...AC_HOST_PERMISSIONS],
  } as never);
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([{ result: reading }] as never);
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, apiUrl: 'https://acme.api-us1.com' });
});

afterEach(() => {
  globalThis.__sidecardTestLanguage = undefined;
});

describe('in German', () => {
  it('the side panel shows the person, a locked list by its German status, and a refused save', async () => {
    background();
    render(<Panel />);
    await waitFor(() => expect((screen.getByLabelText('Vorname') as HTMLInputElement).value).toBe('Ada'));
    await screen.findByText('Bereits in ActiveCampaign');
    expect(screen.getByText('unbestätigt (wartet auf die Bestätigung der Anmeldung)')).toBeTruthy();
    expect(screen.getByLabelText(/^Status ändern \(unbestätigt/)).toBeTruthy();
    expect(screen.getByText('2 warten')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'ActiveCampaign hat den API-Schlüssel abgelehnt (falscher Schlüssel oder keine Berechtigung).',
    );
    expectNoEnglish();
  });

  it('the popup offers to save the person with the German save button', async () => {
    background();
    vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue({ id: 1 } as never);
    render(<Popup />);
    await screen.findByText('ada@example.com');
    expect(screen.getByRole('button', { name: 'Speichern' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Seitenleiste öffnen' })).toBeTruthy();
    expect(
      screen.getByText('Keine Vorlage: Der Kontakt wird ohne Listen und Tags gespeichert.'),
    ).toBeTruthy();
    await screen.findByText('Bereits in ActiveCampaign – nur leere Felder werden ausgefüllt');
    expectNoEnglish();
  });

  it('options say what is locked and why nothing was saved, zod’s own messages included', async () => {
    background();
    await fakeBrowser.storage.managed.set({ defaultCountry: 'DE' });
    render(<Options />);
    const rate = await screen.findByLabelText('Anfragen pro Sekunde');
    expect(screen.getByText('Von Ihrem Administrator festgelegt.')).toBeTruthy();
    fireEvent.input(rate, { target: { value: '9' } });
    fireEvent.click(screen.getByRole('button', { name: 'Einstellungen speichern' }));
    expect((await screen.findByText(/^Nichts wurde gespeichert/)).textContent).toBe(
      'Nichts wurde gespeichert: Korrigieren Sie die markierten Felder.',
    );
    const rateError = document.getElementById('ratePerSecond-error')?.textContent ?? '';
    expect(rateError).toMatch(/^Zu groß/);
    expectNoEnglish();
  });
});
