/**
 * Every string the user reads goes through here: the browser picks the locale (`_locales/<lang>/
 * messages.json`, English as `default_locale`) and we fill in `{name}` slots ourselves, so a
 * translator sees what each slot holds (docs/i18n.md). The browser's own `$1` substitution is not
 * used: a `$` in a contact's name or a list's title must come out as typed.
 */

type Messages = typeof import('@/public/_locales/en/messages.json');
/** A key of the message files; components that take a text by key use this type. */
export type MessageKey = keyof Messages;
/** Keys with plural forms (`…_one` / `…_other`), chosen by `plural()`. */
type PluralKey = { [K in MessageKey]: K extends `${infer Base}_other` ? Base : never }[MessageKey];
type Slots = Record<string, string | number>;

/**
 * The browser's i18n API, read from the global rather than through `wxt/browser`: it is
 * synchronous in both browsers (no polyfill needed), and lib/people, which words its messages
 * through zod and here, also runs where there is no extension API at all: in the Worker that
 * reads a page (lib/ui/interpret.worker.ts; webextension-polyfill throws on import there) and
 * under Node (npm run extract). There every message is its key and the language English.
 */
interface I18nApi {
  getMessage(key: string): string;
  getUILanguage(): string;
}
type ExtensionApi = { runtime?: { id?: string }; i18n?: I18nApi } | undefined;
function i18nApi(): I18nApi | undefined {
  const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
  // A page's `<div id="browser">` can shadow `browser` (wxt/browser checks the same way).
  return (g.browser?.runtime?.id ? g.browser : g.chrome)?.i18n;
}

/** The user's UI language, as the browser reports it (e.g. `de`, `en-US`). */
export function uiLanguage(): string {
  return i18nApi()?.getUILanguage() || 'en';
}

/** The message for `key` in the user's language, with its `{name}` slots filled. */
export function t(key: MessageKey, slots: Slots = {}): string {
  const text = i18nApi()?.getMessage(key) || key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = slots[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

/** The singular or plural form of `key` for `count` (the slot `{count}` holds the number). */
export function plural(key: PluralKey, count: number, slots: Slots = {}): string {
  const form = new Intl.PluralRules(uiLanguage()).select(count) === 'one' ? 'one' : 'other';
  return t(`${key}_${form}` as MessageKey, { count, ...slots });
}

/** A number written the user's way (1,234.5 in English, 1.234,5 in German). */
function formatNumber(value: number): string {
  return new Intl.NumberFormat(uiLanguage()).format(value);
}

/** A date and time written the user's way. */
export function formatDateTime(epochMs: number): string {
  return new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(epochMs);
}

/** An amount held in cents, written the user's way with its currency ("€1,250.00", "1.250,00 €"). */
export function formatMoney(cents: number, currency: string): string {
  try {
    const style = { style: 'currency', currency: currency.toUpperCase() } as const;
    return new Intl.NumberFormat(uiLanguage(), style).format(cents / 100);
  } catch {
    return `${formatNumber(cents / 100)} ${currency.toUpperCase()}`;
  }
}

/** A calendar day (`YYYY-MM-DD`) the user's way, with its weekday. */
export function formatDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const day = new Date(y ?? 0, (m ?? 1) - 1, d ?? 1);
  return new Intl.DateTimeFormat(uiLanguage(), { weekday: 'long', day: 'numeric', month: 'long' }).format(
    day,
  );
}

/**
 * An extension page in the user's language: its `lang` (screen readers pick their voice by it) and
 * its title. Chrome does not replace `__MSG_…__` in an extension's HTML, so each page's main.tsx
 * calls this before rendering.
 */
export function localisePage(title: MessageKey): void {
  document.documentElement.lang = uiLanguage();
  document.title = t(title);
}
