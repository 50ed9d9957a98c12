import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NormalizedCandidate } from '@/lib/people/types';

/**
 * Scoring extraction against the fixture manifests, as tests/fixtures/pages/README.md says to
 * compare. Only each page's PRIMARY candidate (the first one returned) is scored against the
 * page's `expected` person:
 *
 * - name, company, title (one value each): a non-empty prediction is a true positive when it
 *   equals the expected value or one of its `alternatives`, otherwise a false positive (this
 *   includes any name on a page whose expected name is null). Recall counts the pages with an
 *   expected value whose prediction is right.
 * - emails, phones (sets): every predicted value is a true positive when it matches an expected
 *   value or an alternative, else a false positive; recall is matched expected values over all
 *   expected values.
 *
 * Both are micro-averaged over all pages: precision = TP / predicted, recall = hits / expected.
 */

export interface ExpectedPerson {
  name: string | null;
  emails: string[];
  phones: string[];
  company: string | null;
  title: string | null;
}

/** One person of a page's `all_people` list. */
export interface ListedPerson extends ExpectedPerson {
  role_on_page?: string;
}

export interface ManifestEntry {
  file: string;
  kind: string;
  expected: ExpectedPerson;
  alternatives?: Partial<Record<keyof ExpectedPerson, string[]>>;
  /** Every person on a page with more than one, in page order. */
  all_people?: ListedPerson[];
  language?: string;
  /** The address the page was saved from (null where unknown): the extractor gets it as the page's URL. */
  url?: string | null;
  size_bytes: number;
  sha256: string;
  notes: string;
}

export const FIELDS = ['name', 'emails', 'phones', 'company', 'title'] as const;
export type Field = (typeof FIELDS)[number];

export interface Tally {
  predicted: number;
  correct: number;
  expected: number;
  found: number;
}

export function readManifest(dir: string): ManifestEntry[] {
  return JSON.parse(readFileSync(join(dir, 'MANIFEST.json'), 'utf8')) as ManifestEntry[];
}

const PRONOUNS = /\s*\((?:she|he|they)\/[a-z/]+\)\s*$/i;

function sameText(a: string, b: string): boolean {
  const clean = (s: string) => s.replace(PRONOUNS, '').replace(/\s+/g, ' ').trim().toLowerCase();
  return clean(a) === clean(b);
}

/** Manifest alternatives may carry a note in parentheses ("… (headline)"): both forms count. */
function withoutNote(s: string): string {
  return s.replace(/\s*\([^()]*\)\s*$/, '');
}

/**
 * A phone's digits once a "(0)" trunk marker is dropped ("+44 (0) 78…" → "4478…"). Two phones
 * match when one's digits end with the other's without its trunk zeros, seven digits at least:
 * "+49 30 28444-744" ≈ "030 28444-744", "+45 22 21 00 96" ≈ "22 21 00 96".
 */
function phoneKey(s: string): string {
  return s.replace(/\(0\)/g, '').replace(/\D/g, '');
}

function samePhone(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const national = short.replace(/^0+/, '');
  return national.length >= 7 && long.endsWith(national);
}

function emailOf(s: string): string {
  return (/[^\s()<>]+@[^\s()<>]+/.exec(s)?.[0] ?? s).toLowerCase();
}

function matchesText(value: string, expected: string | null, alternatives: string[] = []): boolean {
  // A hand-written manifest may hold a null among the alternatives: it matches nothing.
  const written = alternatives.filter((a) => typeof a === 'string');
  const options = [...(expected ? [expected] : []), ...written, ...written.map(withoutNote)];
  return options.some((o) => sameText(value, o));
}

export function emptyTallies(): Record<Field, Tally> {
  const out = {} as Record<Field, Tally>;
  for (const f of FIELDS) out[f] = { predicted: 0, correct: 0, expected: 0, found: 0 };
  return out;
}

/** Adds one page's primary candidate to the tallies; returns the fields it got wrong. */
export function score(
  entry: ManifestEntry,
  primary: NormalizedCandidate | undefined,
  tallies: Record<Field, Tally>,
): string[] {
  const wrong: string[] = [];
  const alt = entry.alternatives ?? {};
  for (const field of ['name', 'company', 'title'] as const) {
    const value = primary?.[field] || '';
    const expected = entry.expected[field];
    const t = tallies[field];
    const right = !!value && matchesText(value, expected, alt[field]);
    if (value) t.predicted++;
    if (right) t.correct++;
    if (expected) t.expected++;
    if (expected && right) t.found++;
    if ((value && !right) || (expected && !right))
      wrong.push(`${field}: got ${JSON.stringify(value || null)}, want ${JSON.stringify(expected)}`);
  }
  const sets = {
    emails: { got: primary?.emails ?? [], key: emailOf, same: (a: string, b: string) => a === b },
    // The number as the side panel writes it: its extension too (lib/ui/draft.ts).
    phones: {
      got: primary?.phones.map((p) => (p.ext ? `${p.value} x${p.ext}` : p.value)) ?? [],
      key: phoneKey,
      same: samePhone,
    },
  };
  for (const field of ['emails', 'phones'] as const) {
    const { got, key, same } = sets[field];
    const want = entry.expected[field].map(key);
    const allowed = [...want, ...(alt[field] ?? []).map(key)];
    const gotKeys = got.map(key);
    const isAllowed = (k: string) => allowed.some((a) => same(a, k));
    const isGot = (k: string) => gotKeys.some((g) => same(g, k));
    const t = tallies[field];
    t.predicted += gotKeys.length;
    t.correct += gotKeys.filter(isAllowed).length;
    t.expected += want.length;
    t.found += want.filter(isGot).length;
    if (!gotKeys.every(isAllowed) || !want.every(isGot)) {
      wrong.push(`${field}: got ${JSON.stringify(got)}, want ${JSON.stringify(entry.expected[field])}`);
    }
  }
  return wrong;
}

export function ratio(n: number, d: number): number {
  return d === 0 ? 1 : n / d;
}

export function table(title: string, tallies: Record<Field, Tally>): string {
  const rows = FIELDS.map((f) => {
    const t = tallies[f];
    const p = ratio(t.correct, t.predicted).toFixed(3);
    const r = ratio(t.found, t.expected).toFixed(3);
    return `${f.padEnd(8)} ${p.padStart(9)} ${r.padStart(7)}   ${t.correct}/${t.predicted} predicted, ${t.found}/${t.expected} expected`;
  });
  return [title, 'field    precision  recall', ...rows].join('\n');
}

/** True when `c` is `person`: the same name (or an alternative of it), or a shared email. */
export function isPerson(
  c: NormalizedCandidate,
  person: ExpectedPerson,
  alternatives: Partial<Record<keyof ExpectedPerson, string[]>> = {},
): boolean {
  if (c.name && matchesText(c.name, person.name, alternatives.name)) return true;
  const emails = new Set(person.emails.map(emailOf));
  return c.emails.some((e) => emails.has(emailOf(e)));
}

/**
 * The candidates that may be a page's person: the organisation's own contact is offered as the
 * organisation's (types.ts), as the manifests keep it apart as `org_contact`.
 */
export function personCandidates(candidates: NormalizedCandidate[]): NormalizedCandidate[] {
  return candidates.filter((c) => !c.organisation);
}

/** Whether the page's main person is the first of `candidates` (its person candidates); null on a page without a person. */
export function mainFirst(entry: ManifestEntry, candidates: NormalizedCandidate[]): boolean | null {
  const { expected } = entry;
  if (!expected.name && !expected.emails.length) return null;
  const first = candidates[0];
  return !!first && isPerson(first, expected, entry.alternatives);
}

/** How many of the page's listed people some candidate is (the main person alone where no list is given). */
export function peopleFound(
  entry: ManifestEntry,
  candidates: NormalizedCandidate[],
): { listed: number; found: number } {
  const listed = entry.all_people ?? (entry.expected.name ? [entry.expected] : []);
  const found = listed.filter((person, i) =>
    candidates.some((c) => isPerson(c, person, i === 0 && !entry.all_people ? entry.alternatives : {})),
  ).length;
  return { listed: listed.length, found };
}

/** The three kinds of page the product is judged on. */
export function kindGroup(entry: ManifestEntry): 'linkedin' | 'e-mail' | 'other' {
  if (entry.kind.startsWith('linkedin')) return 'linkedin';
  if (/^(?:email|webmail)/.test(entry.kind)) return 'e-mail';
  // The first entries use coarser kinds ("other" for a Gmail page): their file name says it.
  if (entry.kind === 'other' && /^\d\d-(?:gmail|email)-/.test(entry.file)) return 'e-mail';
  return 'other';
}
