/**
 * Derives lib/people/swedish-role-endings.ts, the Swedish job-title vocabulary, from Språkbanken's
 * list of Swedish occupation names (Språkbanken Text, University of Gothenburg, "Yrkesbeteckningar"
 * / vocation list, CC BY 4.0), as kept with its gender column in the public GitHub repository
 * peterdalle/svensktext (`yrken/vocations.csv`). ESCO's Swedish CSV was not at hand; this list is
 * a sibling source of another shape (one name a line, no occupations), so it gets its own script.
 * Not run by tests:
 *
 *   git show <commit>:yrken/vocations.csv > vocations.csv
 *   npx tsx scripts/derive-swedish-role-endings.ts vocations.csv > lib/people/swedish-role-endings.ts
 *
 * Swedish compounds end in their head ("projekt*ledare*", "över*läkare*"), so the vocabulary is
 * the names that end at least MIN_COMPOUNDS longer names in the list: those are the heads that
 * make compounds, and a word ending in one is a role. Names of several words are cut before their
 * first function word (npm `stopword`, Swedish) and read by their last word. Endings covered by a
 * shorter ending are left out; so are the reviewed words in NOT_ENDINGS. Endings in the agent
 * suffix "-ör" ("montör", "redaktör") are also given in the Danish and Norwegian spelling "-ør".
 * See docs/extraction-sources.md for the source, version and licence.
 */
import fs from 'node:fs';
import { swe } from 'stopword';

const MIN_COMPOUNDS = 8;
/** Shorter endings would match ordinary words ("vakt" is kept, "man" is not). */
const MIN_LENGTH = 4;
/**
 * Reviewed out, by reading the derived list: ranks of nobility and old household service
 * ("drottning", "dräng", "piga", "gesäll"); names of devices as well as of people ("skrivare" is
 * also a printer, "mätare" a meter); words that end other words ("faktor", "polis" in
 * "Indianapolis"); inflected forms ("arbetaren"); and trades that are common Nordic surnames
 * ("Bonde", "Smed", "Herde"; "Forman" is also an old spelling of "förman").
 */
const NOT_ENDINGS = new Set(
  (
    'arbetaren drottning dräng fröken grefve grefvinna höfding shöfding jungfru konung kung piga rådinna ' +
    'riddare skald kusk gesäll marskalk fogde skrivare mätare tryckare bärare faktor fiskal polis ' +
    'bonde smed herde forman'
  ).split(' '),
);

function main(): void {
  const file = process.argv[2];
  if (!file) throw new Error('usage: derive-swedish-role-endings.ts <vocations.csv>');
  const stop = new Set(swe);
  const names = new Set<string>();
  const [, ...rows] = fs.readFileSync(file, 'utf8').split('\n');
  for (const row of rows) {
    const label = (row.split(',')[0] ?? '').trim().toLowerCase();
    // Mis-decoded rows ("abbÃ©") have a correctly decoded twin.
    if (!label || label.includes('Ã')) continue;
    const words = label.split(/\s+/);
    const cut = words.findIndex((w) => stop.has(w));
    const phrase = cut > 0 ? words.slice(0, cut) : words;
    const head = phrase[phrase.length - 1];
    if (head && /^[\p{L}-]+$/u.test(head)) names.add(head);
  }
  const all = [...names];
  const endings = all.filter(
    (h) =>
      h.length >= MIN_LENGTH &&
      !NOT_ENDINGS.has(h) &&
      all.filter((w) => w.length > h.length + 2 && w.endsWith(h)).length >= MIN_COMPOUNDS,
  );
  // "projektledare" is found by "ledare": the list need not hold it.
  const swedish = endings.filter((e) => !endings.some((f) => e.length > f.length + 2 && e.endsWith(f)));
  // Danish and Norwegian write the agent suffix Swedish writes "-ör" as "-ør" ("montör", "montør").
  const nordic = swedish.filter((e) => e.endsWith('ör')).map((e) => e.replace(/ör$/, 'ør'));
  const kept = [...swedish, ...nordic].sort((a, b) => a.localeCompare(b, 'sv'));
  console.error(`${names.size} names, ${kept.length} endings`);
  const out = [
    '/**',
    ' * Swedish role heads derived by scripts/derive-swedish-role-endings.ts from the Swedish occupation',
    ' * names of Språkbanken Text, University of Gothenburg (vocationTerms150120, CC BY 4.0), as kept',
    ' * in peterdalle/svensktext at 48c437d3df9e2ae938a305365f903303f247061b (yrken/vocations.csv).',
    ` * Data only, generated, do not edit by hand. Each is a name that ends at least ${MIN_COMPOUNDS} longer`,
    ' * names ("ledare", "ingenjör"), with "-ör" also as Danish and Norwegian "-ør" ("montør"): a',
    ' * word equal to one or ending in one is a role. See',
    ' * docs/extraction-sources.md.',
    ' */',
    `export const SWEDISH_ROLE_ENDINGS =\n  '${kept.join(' ')}';`,
    '',
  ];
  process.stdout.write(out.join('\n'));
}

main();
