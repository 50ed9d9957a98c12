import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NormalizedCandidate } from '@/lib/people/types';
import { withBrowser } from '../cli/extract-page';
import {
  emptyTallies,
  FIELDS,
  type Field,
  kindGroup,
  type ManifestEntry,
  mainFirst,
  peopleFound,
  personCandidates,
  ratio,
  readManifest,
  score,
  type Tally,
} from './extract-scoring';
import { isNearCopy, wordShingles } from './near-copy';

/**
 * One split of the real-page corpus scored as tests/fixtures/pages/README.md says to compare
 * (extract-scoring.ts): per-field precision, recall and F1 of the main person (each page's first
 * person candidate; the organisation's own contact is none), main person first,
 * everyone-on-the-page recall, and a per-kind table. Used by `npm run score:extract` and by the
 * unit suite's accuracy floor on the dev split.
 */

export const SPLITS = { dev: 'tests/fixtures/pages', validation: 'tests/fixtures/validation' } as const;
export type Split = keyof typeof SPLITS;
export const GROUPS = ['linkedin', 'e-mail', 'other'] as const;

interface KindRow {
  pages: number;
  /** Pages whose main person has this field, and how many of them the first candidate got right. */
  fields: Record<Field, { expected: number; right: number }>;
  mainFirst: { pages: number; right: number };
}

export interface Figures {
  /** Pages of a `--dir` folder left out because the validation split holds the same page (near-copy.ts). */
  heldBack: number;
  /** The split's name, or the folder scored with `--dir`. */
  split: string;
  pages: number;
  fields: Record<Field, { precision: number; recall: number; f1: number } & Tally>;
  mainFirst: { pages: number; right: number; share: number };
  everyone: { listed: number; found: number; recall: number };
  byKind: Record<(typeof GROUPS)[number], KindRow>;
}

function emptyKindRow(): KindRow {
  const fields = {} as KindRow['fields'];
  for (const f of FIELDS) fields[f] = { expected: 0, right: 0 };
  return { pages: 0, fields, mainFirst: { pages: 0, right: 0 } };
}

/** A page's bytes must be the ones the manifest was labelled on. */
function checkBytes(dir: string, entry: ManifestEntry): void {
  const sum = createHash('sha256')
    .update(readFileSync(join(dir, entry.file)))
    .digest('hex');
  if (sum !== (entry as { sha256: string }).sha256) throw new Error(`${entry.file} differs from its sha256`);
}

const sha256Of = (entry: ManifestEntry): string => (entry as { sha256: string }).sha256;

let validationPages: { sha256: string; text: Set<string> }[] | undefined;

/** Whether the validation split holds this page, by its bytes or its text. */
function heldBack(dir: string, entry: ManifestEntry): boolean {
  validationPages ??= readManifest(SPLITS.validation).map((v) => ({
    sha256: sha256Of(v),
    text: wordShingles(readFileSync(join(SPLITS.validation, v.file), 'utf8')),
  }));
  const text = wordShingles(readFileSync(join(dir, entry.file), 'utf8'));
  return validationPages.some((v) => v.sha256 === sha256Of(entry) || isNearCopy(text, v.text));
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** Scores a split by name, or any folder of pages labelled in the same schema (`--dir`). */
export async function scoreSplit(split: Split | { dir: string }, misses: string[] | null): Promise<Figures> {
  const dir = typeof split === 'string' ? SPLITS[split] : split.dir;
  // A folder of our own may hold a page the validation split holds too (both come from public
  // repositories), byte for byte or as another copy of its text: it is left out, so no page of the
  // held-back split is ever looked at through it.
  const all = readManifest(dir);
  const entries = typeof split === 'string' ? all : all.filter((entry) => !heldBack(dir, entry));
  const tallies = emptyTallies();
  const byKind = { linkedin: emptyKindRow(), 'e-mail': emptyKindRow(), other: emptyKindRow() };
  const main = { pages: 0, right: 0 };
  const everyone = { listed: 0, found: 0 };
  await withBrowser(async (session) => {
    for (const entry of entries) {
      checkBytes(dir, entry);
      let candidates: NormalizedCandidate[] = [];
      try {
        ({ candidates } = await session.extract(join(dir, entry.file), { url: entry.url ?? undefined }));
      } catch (error) {
        // A page the extractor cannot read scores as a page where nobody was found.
        misses?.push(`${entry.file}: extraction failed: ${error instanceof Error ? error.message : error}`);
      }
      const row = byKind[kindGroup(entry)];
      row.pages++;
      // The main person is the first candidate that may be a person, not the organisation's contact.
      const people = personCandidates(candidates);
      const before = emptyTallies();
      const wrong = score(entry, people[0], before);
      score(entry, people[0], tallies);
      for (const f of FIELDS) {
        const t = before[f];
        row.fields[f].expected += t.expected ? 1 : 0;
        row.fields[f].right += t.expected && t.found === t.expected && t.correct === t.predicted ? 1 : 0;
      }
      const first = mainFirst(entry, people);
      if (first !== null) {
        main.pages++;
        row.mainFirst.pages++;
        if (first) {
          main.right++;
          row.mainFirst.right++;
        }
      }
      const found = peopleFound(entry, candidates);
      everyone.listed += found.listed;
      everyone.found += found.found;
      if (misses && (wrong.length || first === false || found.found < found.listed)) {
        const extra = [
          ...(first === false ? [`main person not first (first: ${people[0]?.name ?? 'nobody'})`] : []),
          ...(found.found < found.listed ? [`everyone: ${found.found}/${found.listed}`] : []),
        ];
        misses.push(`${entry.file}: ${[...wrong, ...extra].join('; ')}`);
      }
    }
  });
  const fields = {} as Figures['fields'];
  for (const f of FIELDS) {
    const t = tallies[f];
    const precision = ratio(t.correct, t.predicted);
    const recall = ratio(t.found, t.expected);
    fields[f] = { ...t, precision, recall, f1: f1(precision, recall) };
  }
  return {
    split: typeof split === 'string' ? split : dir,
    pages: entries.length,
    heldBack: all.length - entries.length,
    fields,
    mainFirst: { ...main, share: ratio(main.right, main.pages) },
    everyone: { ...everyone, recall: ratio(everyone.found, everyone.listed) },
    byKind,
  };
}
