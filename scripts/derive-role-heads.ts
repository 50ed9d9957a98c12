/**
 * Derives lib/people/role-heads.ts, the job-title vocabulary, from ESCO's occupation CSVs
 * (European Skills, Competences, Qualifications and Occupations; reuse with acknowledgement,
 * Commission Decision 2011/833/EU) and the function words of npm `stopword`. Not run by tests;
 * run it again when a newer ESCO release or another language's CSV is at hand:
 *
 *   npx tsx scripts/derive-role-heads.ts --dir <folder with occupations_<lang>.csv> > lib/people/role-heads.ts
 *
 * A *role head* is the word that names what a person is in an occupation's labels: the last word
 * before any preposition in head-last languages ("sales *manager*", "head of sales" → "head"),
 * the first in head-first ones ("*directeur* commercial", "*kierownik* sprzedaży"). A word is a
 * head when it heads labels of at least MIN_OCCUPATIONS occupations and heads at least
 * MIN_HEAD_SHARE of the occupations it occurs in at all (so "business", "school", "production",
 * common as qualifiers, are not heads). Dutch labels put the head first or last; first is right
 * far more often, and the adjectives that also come first are dropped by their endings.
 * Germanic compounds ("verkoopleider", "productiemedewerker") end in a head: a head that ends
 * at least MIN_OCCUPATIONS other heads is also a compound ending.
 * See docs/extraction-sources.md for the sources, versions and licences.
 */
import fs from 'node:fs';
import path from 'node:path';
import { eng, fra, nld, pol, por, spa } from 'stopword';

const MIN_OCCUPATIONS = 5;
const MIN_HEAD_SHARE = 0.45;
/** Heads of this many occupations in a language are common enough to mark a line as a role, not a name. */
const COMMON = 20;

type Position = 'first' | 'last';
/** ESCO languages read, with where their labels put the head and their stop-words. */
const LANGUAGES: Record<string, { head: Position; stop: string[] }> = {
  en: { head: 'last', stop: eng },
  fr: { head: 'first', stop: fra },
  es: { head: 'first', stop: spa },
  pt: { head: 'first', stop: por },
  pl: { head: 'first', stop: pol },
  nl: { head: 'first', stop: nld },
};
/** Dutch adjectives that open labels ("technisch", "medisch", "financieel", "wetenschappelijk"). */
const DUTCH_ADJECTIVE = /(?:isch|eel|ief|iek|lijk|ig|air|iem|end|eerd|aal|iene|eerste|tweede|algemeen)$/;
/**
 * Reviewed out: frequent first or last words that are not roles (a person, a sex, a domain, an
 * adjective), checked by reading the derived lists of each language; and trades that are common
 * English surnames ("John Smith", "Tom Cook"), rarely written as a title under a name.
 */
const NOT_HEADS = new Set(
  (
    'person persons man woman men women children personnel staff hand set layer fruit sewer homme femme ' +
    'osoba pomoc obsługa goed weg netwerk applicatie logistiek slimme ' +
    'smith cook turner carpenter painter gardener sawyer weaver joiner'
  ).split(' '),
);

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') field += text[++i];
      else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

const words = (label: string): string[] =>
  label
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter(Boolean);

/** Per word: occupations it heads, occupations it occurs in. */
function countHeads(csv: string, head: Position, stop: Set<string>) {
  const rows = parseCsv(csv);
  const header = rows[0] ?? [];
  const preferred = header.indexOf('preferredLabel');
  const alternatives = header.indexOf('altLabels');
  const heads = new Map<string, number>();
  const occurs = new Map<string, number>();
  for (const row of rows.slice(1)) {
    if (row[0] !== 'Occupation') continue;
    const labels = [row[preferred] ?? '', ...(row[alternatives] ?? '').split('\n')].flatMap((l) =>
      l.split('/'),
    );
    const headed = new Set<string>();
    const seen = new Set<string>();
    for (const label of labels) {
      const all = words(label);
      for (const w of all) seen.add(w);
      // The noun phrase before its first preposition or conjunction ("head of sales" → "head").
      const cut = all.findIndex((w) => stop.has(w));
      const phrase = cut > 0 ? all.slice(0, cut) : all.filter((w) => !stop.has(w));
      const word = head === 'first' ? phrase[0] : phrase[phrase.length - 1];
      if (word) headed.add(word);
    }
    for (const w of headed) heads.set(w, (heads.get(w) ?? 0) + 1);
    for (const w of seen) occurs.set(w, (occurs.get(w) ?? 0) + 1);
  }
  return { heads, occurs };
}

function main(): void {
  const at = process.argv.indexOf('--dir');
  const dir = at > 0 ? process.argv[at + 1] : undefined;
  if (!dir) throw new Error('usage: derive-role-heads.ts --dir <folder with occupations_<lang>.csv>');
  const common = new Set<string>();
  const rare = new Set<string>();
  /** Words of the English labels that are no English head: common there, rarely heading a label. */
  const englishNonHeads = new Set<string>();
  const read: string[] = [];
  for (const [lang, { head, stop }] of Object.entries(LANGUAGES)) {
    const file = path.join(dir, `occupations_${lang}.csv`);
    if (!fs.existsSync(file)) continue;
    read.push(lang);
    const { heads, occurs } = countHeads(fs.readFileSync(file, 'utf8'), head, new Set(stop));
    if (lang === 'en')
      for (const [w, n] of occurs)
        if (n >= MIN_OCCUPATIONS && (heads.get(w) ?? 0) / n < MIN_HEAD_SHARE) englishNonHeads.add(w);
    let kept = 0;
    for (const [w, n] of heads) {
      const share = n / (occurs.get(w) ?? n);
      if (n < MIN_OCCUPATIONS || share < MIN_HEAD_SHARE || NOT_HEADS.has(w) || w.length < 3) continue;
      if (lang === 'nl' && DUTCH_ADJECTIVE.test(w)) continue;
      // English words in another language's labels ("ict", "supply", "customs") that are no English head.
      if (lang !== 'en' && englishNonHeads.has(w)) continue;
      (n >= COMMON ? common : rare).add(w);
      kept++;
    }
    console.error(`${lang}: ${kept} heads`);
  }
  for (const w of common) rare.delete(w);
  // Compound endings: heads that end at least MIN_OCCUPATIONS longer heads ("leider", "medewerker").
  const all = [...common, ...rare];
  const endings = all.filter(
    (h) =>
      h.length >= 5 && all.filter((w) => w.length > h.length + 2 && w.endsWith(h)).length >= MIN_OCCUPATIONS,
  );
  // Compounds that end in a known ending are found by it: the list need not hold them.
  const covered = (w: string) => endings.some((e) => w.length > e.length + 2 && w.endsWith(e));
  // Plurals ("engineers", "desarrolladores") head labels too, but a title names one person.
  const known = new Set(all);
  const plural = (w: string) => known.has(w.replace(/e?s$/, '')) && w !== w.replace(/e?s$/, '');
  const list = (set: Iterable<string>) => [...set].filter((w) => !covered(w) && !plural(w)).sort();
  const out = [
    '/**',
    ` * Job-title vocabulary derived from ESCO occupations (${read.join(', ')}) and npm \`stopword\` by`,
    ' * scripts/derive-role-heads.ts: data only, generated, do not edit by hand. Sources, versions',
    ' * and licences: docs/extraction-sources.md. Each constant is one space-separated string.',
    ' */',
    '',
    `/** Heads of at least ${COMMON} occupations in one language: a word that makes a line a role rather than a name. */`,
    `export const COMMON_ROLE_HEADS =\n  '${list(common).join(' ')}';`,
    '',
    `/** Further heads of at least ${MIN_OCCUPATIONS} occupations. */`,
    `export const ROLE_HEADS =\n  '${list(rare).join(' ')}';`,
    '',
    '/** Heads that end compounds ("verkoopleider", "productiemedewerker"): matched at the end of a word. */',
    `export const ROLE_ENDINGS = '${endings.sort().join(' ')}';`,
    '',
  ];
  process.stdout.write(out.join('\n'));
}

main();
