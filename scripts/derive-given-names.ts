/**
 * Derives lib/people/given-names.ts: the first names of the person-name data of faker
 * (https://github.com/faker-js/faker, MIT), one set over the locales of the pages Sidecard reads,
 * lower-case and folded to ASCII letters the way lib/people/given-name.ts looks them up.
 *
 *   npm pack @faker-js/faker@10.6.0 && tar xzf faker-js-faker-10.6.0.tgz
 *   npx tsx scripts/derive-given-names.ts ./package > lib/people/given-names.ts
 *
 * Not run by tests. See docs/extraction-sources.md.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fold } from '../lib/people/given-name';
import { quotedWords } from './quoted-words';

/** Locales of the languages Sidecard's users and their contacts write in (Latin, Cyrillic and Greek scripts). */
const LOCALES = [
  'en',
  'de',
  'de_CH',
  'fr',
  'es',
  'es_MX',
  'it',
  'nl',
  'sv',
  'da',
  'nb_NO',
  'fi',
  'pl',
  'pt_BR',
  'pt_PT',
  'cs_CZ',
  'sk',
  'hu',
  'ro',
  'hr',
  'lv',
  'tr',
  'el',
  'ru',
  'uk',
];

const dir = resolve(process.argv[2] ?? '');
const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
const faker = (await import(pathToFileURL(join(dir, 'dist/index.js')).href)) as Record<
  string,
  { person?: { first_name?: string[] | Record<string, string[]> } }
>;
const names = new Set<string>();
for (const locale of LOCALES) {
  const first = faker[locale]?.person?.first_name;
  if (!first) throw new Error(`faker ${pkg.version} has no first names for ${locale}`);
  for (const name of Array.isArray(first) ? first : Object.values(first).flat()) {
    // One word each: "Anne-Marie" and "Mary Ann" are looked up by their first word.
    const word = fold(name).split(/[\s-]/)[0] ?? '';
    if (word.length > 1 && /^\p{L}+$/u.test(word)) names.add(word);
  }
}
process.stdout.write(`/**
 * First names, folded (given-name.ts), from faker ${pkg.version}'s person data (MIT), locales
 * ${LOCALES.join(', ')}. Derived by scripts/derive-given-names.ts; do not edit by hand.
 */
`);
// Forty names a line keeps the module under the house rule's 300 lines.
process.stdout.write(quotedWords('GIVEN_NAMES', names, 40));
