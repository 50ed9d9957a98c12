/**
 * Derives lib/people/role-heads.ts, the job-title vocabulary, from ESCO's occupation CSVs
 * (European Skills, Competences, Qualifications and Occupations; reuse with acknowledgement,
 * Commission Decision 2011/833/EU) and the function words of npm `stopword`. Not run by tests;
 * run it again when a newer ESCO release or another language's CSV is at hand:
 *
 *   npx tsx scripts/derive-role-heads.ts --dir <folder with occupations_<lang>.csv> > lib/people/role-heads.ts
 *
 * A language may come as ESCO's SKOS Turtle instead (`occupations_<lang>.ttl`: skos:prefLabel and
 * skos:altLabel of the concepts that match an ESCO occupation), as German does.
 *
 * A *role head* is the word that names what a person is in an occupation's labels: the last word
 * before any preposition in head-last languages ("sales *manager*", "head of sales" → "head"),
 * the first in head-first ones ("*directeur* commercial", "*kierownik* sprzedaży"). A word is a
 * head when it heads labels of at least MIN_OCCUPATIONS occupations and heads at least
 * MIN_HEAD_SHARE of the occupations it occurs in at all (so "business", "school", "production",
 * common as qualifiers, are not heads). Dutch labels put the head first or last; first is right
 * far more often, and the adjectives that also come first are dropped by their endings.
 * Germanic compounds ("verkoopleider", "productiemedewerker") end in a head: a head that ends
 * at least MIN_OCCUPATIONS other heads is also a compound ending. German labels name almost every
 * occupation by a compound of its own ("Softwareentwickler", "Zahnarzt"), so German endings are
 * read off the heads themselves: a word of the German labels that ends the heads of at least
 * MIN_COMPOUNDS occupations ("entwickler", "arzt", "leiter") is an ending, unless it also ends
 * other words of the labels as often (fields such as "technik"). Feminine forms ("Zahnärztin")
 * name the same occupations as the masculine ones and are left to job-title.ts's "-in" rule.
 * See docs/extraction-sources.md for the sources, versions and licences.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  bul,
  ces,
  dan,
  deu,
  ell,
  eng,
  est,
  fin,
  fra,
  hrv,
  hun,
  ita,
  lav,
  lit,
  nld,
  nob,
  pol,
  por,
  ron,
  slk,
  slv,
  spa,
  swe,
} from 'stopword';

const MIN_OCCUPATIONS = 5;
const MIN_HEAD_SHARE = 0.45;
/** Heads of this many occupations in a language are common enough to mark a line as a role, not a name. */
const COMMON = 20;

type Position = 'first' | 'last';
/** ESCO languages read, with where their labels put the head, their stop-words, and whether they compound. */
const LANGUAGES: Record<string, { head: Position; stop: string[]; compounds?: true }> = {
  en: { head: 'last', stop: eng },
  de: { head: 'last', stop: deu, compounds: true },
  fr: { head: 'first', stop: fra },
  es: { head: 'first', stop: spa },
  pt: { head: 'first', stop: por },
  pl: { head: 'first', stop: pol },
  nl: { head: 'first', stop: nld },
  it: { head: 'first', stop: ita },
  cs: { head: 'first', stop: ces },
  sk: { head: 'first', stop: slk },
  hr: { head: 'first', stop: hrv },
  sl: { head: 'first', stop: slv },
  ro: { head: 'first', stop: ron },
  bg: { head: 'first', stop: bul },
  el: { head: 'first', stop: ell },
  // Nordic labels are mostly one compound ("maskinoperatör", "butikschef"), or head first
  // ("chef for …", "ansvarlig for …").
  sv: { head: 'first', stop: swe },
  da: { head: 'first', stop: dan },
  no: { head: 'first', stop: nob },
  hu: { head: 'last', stop: hun },
  fi: { head: 'last', stop: fin },
  et: { head: 'last', stop: est },
  lv: { head: 'last', stop: lav },
  lt: { head: 'last', stop: lit },
};
/** Dutch adjectives that open labels ("technisch", "medisch", "financieel", "wetenschappelijk"). */
/** German adjectives, inflected, that open labels ("Technischer", "Wissenschaftliche", "Klinischer"). */
const GERMAN_ADJECTIVE = /(?:isch|lich|ig|al|är|ell|iv|ös)(?:e|er|es|en)$/;
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
    // German: help, devices and companies as well as people ("Hilfe", "Stromerzeuger", "Hersteller")
    'hilfe erzeuger hersteller former ' +
    'smith cook turner carpenter painter gardener sawyer weaver joiner ' +
    // and in the other languages read: Kovács, Halász, Kertész; Sarto, Cuoco; Skomager; Kuhar; Kalējs
    'kovács halász kertész sarto cuoco cuoca skomager kuhar kalējs'
  ).split(' '),
);

/** A head-first language's first word followed this often by another head is an adjective, not a head. */
const ADJECTIVE_SHARE = 0.5;

/** German endings: heads of at least this many occupations end in them. */
const MIN_COMPOUNDS = 10;
/**
 * The 100 most frequent German surnames (many are trades: Müller, Schneider, Fischer, Koch,
 * Richter, Zimmermann) and a few more trades: no German head or ending may equal or end one, or a
 * name would read as a title.
 */
const GERMAN_SURNAMES = (
  'müller schmidt schneider fischer weber meyer wagner becker schulz hoffmann koch richter bauer ' +
  'klein wolf schröder neumann schwarz zimmermann braun krüger hofmann hartmann lange schmitt werner ' +
  'krause meier lehmann schmid schulze maier köhler herrmann könig walter mayer huber kaiser fuchs ' +
  'peters lang scholz möller weiß jung hahn schubert vogel friedrich keller günther frank berger ' +
  'winkler roth beck lorenz baumann franke albrecht schuster simon ludwig böhm winter kraus martin ' +
  'schumacher krämer vogt stein jäger otto sommer groß seidel heinrich brandt haas schreiber graf ' +
  'schulte dietrich ziegler kuhn kühn pohl engel horn busch bergmann thomas voigt sauer arnold wolff ' +
  'pfeiffer ' +
  // and trades a little rarer as surnames that would end up as endings
  'schlosser diener'
).split(' ');
const endsSurname = (w: string) => GERMAN_SURNAMES.some((s) => s.endsWith(w));

/** Occupation rows (preferredLabel, altLabels) of ESCO's SKOS Turtle. */
function parseTurtle(text: string): string[][] {
  const rows: string[][] = [['conceptType', 'preferredLabel', 'altLabels']];
  for (const block of text.split(/\n\s*\n/)) {
    if (!block.includes('<http://data.europa.eu/esco/occupation/')) continue;
    const labels = (tag: string) =>
      [...block.matchAll(new RegExp(`skos:${tag} "((?:[^"\\\\]|\\\\.)*)"`, 'g'))].map((m) => m[1] as string);
    rows.push(['Occupation', labels('prefLabel')[0] ?? '', labels('altLabel').join('\n')]);
  }
  return rows;
}

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

/**
 * German labels: the head is the first noun before any preposition, nouns being the capitalised
 * words ("medizinischer *Fachangestellter*", "*Lehrer* Sekundarstufe", "*Leiter* Vertrieb"),
 * not the first parts of a shared compound ("Gesundheits- und *Krankenpfleger*").
 */
function firstNoun(label: string, stop: Set<string>): string | undefined {
  const all = label.split(/\s+/).map((raw) => raw.replace(/^[^\p{L}]+|[^\p{L}-]+$/gu, ''));
  for (const [i, w] of all.entries()) {
    if (stop.has(w.toLowerCase())) return undefined;
    // A label's first word is capitalised whatever it is: "Technischer Zeichner".
    const next = all[i + 1];
    if (next && /^\p{Lu}/u.test(next) && !stop.has(next.toLowerCase()) && GERMAN_ADJECTIVE.test(w)) continue;
    if (/^\p{Lu}/u.test(w) && !w.endsWith('-')) return w.toLowerCase();
  }
  return undefined;
}

/** Per word: occupations it heads, occupations it occurs in; per occupation, its heads. */
function countHeads(rows: string[][], head: Position, stop: Set<string>, compounds = false) {
  const header = rows[0] ?? [];
  const preferred = header.indexOf('preferredLabel');
  const alternatives = header.indexOf('altLabels');
  const heads = new Map<string, number>();
  const occurs = new Map<string, number>();
  const headsOf: string[][] = [];
  /** Per first word of a head-first label, the word after it (a qualifier's head: "technický *ředitel*"). */
  const followers = new Map<string, string[]>();
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
      const word = compounds
        ? firstNoun(label, stop)
        : head === 'first'
          ? phrase[0]
          : phrase[phrase.length - 1];
      if (word) headed.add(word);
      if (head === 'first' && !compounds && phrase[0])
        followers.set(phrase[0], [...(followers.get(phrase[0]) ?? []), phrase[1] ?? '']);
    }
    // "Zahnarzt/Zahnärztin": the feminine form heads the same occupation as the masculine one.
    if (compounds) for (const w of headed) if (w.endsWith('in') && headed.size > 1) headed.delete(w);
    for (const w of headed) heads.set(w, (heads.get(w) ?? 0) + 1);
    for (const w of seen) occurs.set(w, (occurs.get(w) ?? 0) + 1);
    headsOf.push([...headed]);
  }
  // In head-first labels an adjective comes first too ("technický ředitel", "glavni direktor",
  // "daglig leder"): a first word mostly followed by a word that heads labels itself qualifies it,
  // unless some label is that word alone ("účetní", "drukarz": a noun).
  for (const [w, next] of followers) {
    const qualifying = next.filter((n) => n && (heads.get(n) ?? 0) >= MIN_OCCUPATIONS).length;
    if (qualifying / next.length >= ADJECTIVE_SHARE && !next.includes('')) heads.delete(w);
  }
  return { heads, occurs, headsOf };
}

/**
 * Compound endings of a language whose occupations each have a compound of their own: words of
 * its labels (five letters or more) that end the heads of at least MIN_COMPOUNDS occupations and
 * end label words mostly as heads.
 */
function compoundEndings(headsOf: string[][], occurs: Map<string, number>): string[] {
  const words = [...occurs.keys()].filter((w) => w.length >= 5 && /^\p{L}+$/u.test(w));
  const ends = (w: string, e: string) => w === e || (w.length >= e.length + 3 && w.endsWith(e));
  const out: string[] = [];
  for (const e of words) {
    const headed = headsOf.filter((hs) => hs.some((h) => ends(h, e))).length;
    if (headed < MIN_COMPOUNDS) continue;
    let occurring = 0;
    for (const [w, n] of occurs) if (ends(w, e)) occurring += n;
    if (headed / occurring >= MIN_HEAD_SHARE) out.push(e);
  }
  return out;
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
  const compoundEnds = new Set<string>();
  for (const [lang, { head, stop, compounds }] of Object.entries(LANGUAGES)) {
    const csv = path.join(dir, `occupations_${lang}.csv`);
    const ttl = path.join(dir, `occupations_${lang}.ttl`);
    const rows = fs.existsSync(csv)
      ? parseCsv(fs.readFileSync(csv, 'utf8'))
      : fs.existsSync(ttl)
        ? parseTurtle(fs.readFileSync(ttl, 'utf8'))
        : undefined;
    if (!rows) continue;
    read.push(lang);
    const { heads, occurs, headsOf } = countHeads(rows, head, new Set(stop), compounds);
    if (compounds)
      for (const e of compoundEndings(headsOf, occurs))
        if (!NOT_HEADS.has(e) && !endsSurname(e) && !englishNonHeads.has(e)) compoundEnds.add(e);
    if (lang === 'en')
      for (const [w, n] of occurs)
        if (n >= MIN_OCCUPATIONS && (heads.get(w) ?? 0) / n < MIN_HEAD_SHARE) englishNonHeads.add(w);
    let kept = 0;
    for (const [w, n] of heads) {
      const share = n / (occurs.get(w) ?? n);
      if (n < MIN_OCCUPATIONS || share < MIN_HEAD_SHARE || NOT_HEADS.has(w) || w.length < 3) continue;
      if (compounds && endsSurname(w)) continue;
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
  const found = all.filter(
    (h) =>
      h.length >= 5 && all.filter((w) => w.length > h.length + 2 && w.endsWith(h)).length >= MIN_OCCUPATIONS,
  );
  // German endings a shorter one covers ("projektleiter" by "leiter") need no place of their own.
  const german = [...compoundEnds].filter(
    (e) => ![...compoundEnds].some((f) => e.length > f.length + 2 && e.endsWith(f)),
  );
  const endings = [...new Set([...found, ...german])];
  // Compounds that end in a known ending are found by it: the list need not hold them.
  const covered = (w: string) => endings.some((e) => w.length > e.length + 2 && w.endsWith(e));
  // Plurals ("engineers", "desarrolladores") head labels too, but a title names one person.
  const known = new Set(all);
  const plural = (w: string) => known.has(w.replace(/e?s$/, '')) && w !== w.replace(/e?s$/, '');
  const list = (set: Iterable<string>) => [...set].filter((w) => !covered(w) && !plural(w)).sort();
  const out = [
    '/**',
    ` * Job-title vocabulary derived from ESCO occupations (${read.join(', ')}) and npm \`stopword\` by`,
    ' * scripts/derive-role-heads.ts: data only, generated, do not edit by hand. ESCO v1.0 to v1.2.1',
    ' * (German v1.2.0), reused under Commission Decision 2011/833/EU: "This product uses the ESCO',
    ' * classification of the European Commission." Copies read, with their commits, and the other',
    ' * licences: docs/extraction-sources.md. Each constant is one space-separated string.',
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
