import { fakeBrowser } from 'wxt/testing/fake-browser';
import de from '@/public/_locales/de/messages.json';
import en from '@/public/_locales/en/messages.json';

/**
 * The fake browser has no i18n; tests read the real message files, in English unless a test sets
 * `globalThis.__sidecardTestLanguage = 'de'` (what `--lang=de` does in a real browser).
 */

type Catalog = Record<string, { message: string }>;
const catalogs: Record<string, Catalog> = { en, de };
const english: Catalog = en;

declare global {
  var __sidecardTestLanguage: string | undefined;
}

function language(): string {
  return globalThis.__sidecardTestLanguage ?? 'en';
}

Object.assign(fakeBrowser.i18n, {
  getUILanguage: language,
  getMessage: (key: string) => (catalogs[language()] ?? english)[key]?.message ?? english[key]?.message ?? '',
});
