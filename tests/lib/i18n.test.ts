// @vitest-environment node
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { plural, t } from '@/lib/i18n';

/**
 * Every UI string lives in public/_locales (docs/i18n.md). A German user must never meet an English
 * string or a raw key: these tests fail when a locale misses a key, has one too many, or drops a
 * `{slot}` the code fills in, and when a key is defined but no code uses it.
 */

const root = path.resolve(__dirname, '../..');
const LOCALES = ['en', 'de'];
type Catalog = Record<string, { message: string; description?: string }>;
const catalog = (lang: string): Catalog =>
  JSON.parse(fs.readFileSync(path.join(root, 'public/_locales', lang, 'messages.json'), 'utf8'));
const slots = (message: string): string[] =>
  [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

afterEach(() => {
  globalThis.__sidecardTestLanguage = undefined;
});

describe('the locales', () => {
  const en = catalog('en');

  it.each(LOCALES)('%s has exactly the English keys, sorted, each with text and a description', (lang) => {
    const messages = catalog(lang);
    expect(Object.keys(messages)).toEqual(Object.keys(en));
    expect(Object.keys(messages)).toEqual([...Object.keys(messages)].sort());
    for (const [key, entry] of Object.entries(messages)) {
      expect(entry.message.trim(), `${lang}:${key}`).not.toBe('');
      expect(en[key]?.description, `en:${key} needs a description for translators`).toBeTruthy();
    }
  });

  it.each(LOCALES)('%s fills in the same slots as English', (lang) => {
    for (const [key, entry] of Object.entries(catalog(lang))) {
      expect(slots(entry.message), `${lang}:${key}`).toEqual(slots(en[key]?.message ?? ''));
    }
  });

  it('has both plural forms wherever it has one', () => {
    for (const key of Object.keys(en)) {
      if (key.endsWith('_one')) expect(en, key).toHaveProperty(key.replace(/_one$/, '_other'));
      if (key.endsWith('_other')) expect(en, key).toHaveProperty(key.replace(/_other$/, '_one'));
    }
  });

  it('has no key that no code uses', () => {
    const source = ['entrypoints', 'components', 'lib']
      .flatMap((dir) =>
        fs
          .readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
          .map((f) => path.join(dir, f)),
      )
      .filter((f) => /\.(ts|tsx)$/.test(f))
      .map((f) => fs.readFileSync(path.join(root, f), 'utf8'))
      .concat(fs.readFileSync(path.join(root, 'wxt.config.ts'), 'utf8'))
      .join('\n');
    const unused = Object.keys(en).filter((key) => {
      const base = key.replace(/_(one|other)$/, '');
      return ![`'${key}'`, `'${base}'`, `__MSG_${key}__`].some((use) => source.includes(use));
    });
    expect(unused).toEqual([]);
  });
});

describe('t()', () => {
  it('reads the user language', () => {
    expect(t('menu_capture_page')).toBe('Capture this page');
    globalThis.__sidecardTestLanguage = 'de';
    expect(t('menu_capture_page')).toBe('Diese Seite erfassen');
  });

  it('fills slots as typed, $ signs included, and numbers the user’s way', () => {
    expect(plural('panel_save_batch', 1234)).toBe('Save 1,234');
    globalThis.__sidecardTestLanguage = 'de';
    expect(plural('panel_save_batch', 1234)).toBe('1.234 speichern');
  });
});
