/**
 * Derives lib/people/function-words.ts: the function words (articles, prepositions, pronouns,
 * conjunctions) that start menu items and headings and never stand in a person's name ("Zur
 * Praxis", "Our Team", "Pour nous", "Sobre nosotros"), from the stop-word lists of the npm
 * package stopword (https://github.com/fergiemcdowall/stopword, MIT), minus the particles that
 * do stand in names (name-words.ts: van, de, la, …) and the words that are known first names
 * (given-name.ts: "Will", "May", "Else").
 *
 *   npm pack stopword@3.1.5 && tar xzf stopword-3.1.5.tgz
 *   npx tsx scripts/derive-function-words.ts ./package > lib/people/function-words.ts
 *
 * Not run by tests. See docs/extraction-sources.md.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { startsWithGivenName } from '../lib/people/given-name';
import { PARTICLES } from '../lib/people/name-words';
import { quotedWords } from './quoted-words';

/**
 * The languages of the pages Sidecard reads: English, German, French, Spanish, Dutch, Danish,
 * Swedish, Norwegian, Italian, Portuguese, Polish, Czech, Slovak.
 */
const LANGUAGES = ['eng', 'deu', 'fra', 'spa', 'nld', 'dan', 'swe', 'nob', 'ita', 'por', 'pol', 'ces', 'slk'];

const dir = resolve(process.argv[2] ?? '');
const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
const stopword = createRequire(join(dir, 'package.json'))(dir) as Record<string, string[]>;
const words = new Set<string>();
for (const language of LANGUAGES) {
  const list = stopword[language];
  if (!list) throw new Error(`stopword ${pkg.version} has no list for ${language}`);
  for (const raw of list) {
    const word = raw.toLowerCase();
    if (word.length > 1 && /^\p{L}+$/u.test(word) && !PARTICLES.has(word) && !startsWithGivenName(word))
      words.add(word);
  }
}
// Reviewed: pronouns of menu items and headings that stopword's short lists lack ("Connect Us",
// "Contact us", "Sobre nosotros").
for (const word of ['us', 'nosotros', 'nosotras', 'vosotros']) words.add(word);
process.stdout.write(`/**
 * Function words of ${LANGUAGES.join(', ')}: stopword ${pkg.version}'s lists (MIT) without name
 * particles and known first names. Derived by scripts/derive-function-words.ts; do not edit by hand.
 */
`);
// Twenty-four words a line keeps the module short.
process.stdout.write(quotedWords('FUNCTION_WORDS', words, 24));
