import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NormalizedCandidate } from '@/lib/people/types';
import {
  emptyTallies,
  FIELDS,
  type Field,
  kindGroup,
  type ManifestEntry,
  mainFirst,
  peopleFound,
  ratio,
  readManifest,
  score,
  type Tally,
} from '../support/extract-scoring';
import { withBrowser } from './extract-page';

/**
 * npm run score:extract -- --split dev|validation [--json] [--misses]
 *
 * Scores extraction on one split of the real-page corpus, as tests/fixtures/pages/README.md says to
 * compare: per-field precision, recall and F1 of the main person (the first candidate), main person
 * first, everyone-on-the-page recall, and a per-kind table (LinkedIn, e-mail, other pages).
 * This is the one program that reads tests/fixtures/validation (its README: only aggregate figures
 * are looked at there, so `--misses`, which names pages, is refused on that split).
 */

const SPLITS = { dev: 'tests/fixtures/pages', validation: 'tests/fixtures/validation' } as const;
type Split = keyof typeof SPLITS;
const GROUPS = ['linkedin', 'e-mail', 'other'] as const;

interface KindRow {
  pages: number;
  /** Pages whose main person has this field, and how many of them the first candidate got right. */
  fields: Record<Field, { expected: number; right: number }>;
  mainFirst: { pages: number; right: number };
}

interface Figures {
  split: Split;
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

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

async function scoreSplit(split: Split, misses: string[] | null): Promise<Figures> {
  const dir = SPLITS[split];
  const entries = readManifest(dir);
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
      const before = emptyTallies();
      const wrong = score(entry, candidates[0], before);
      score(entry, candidates[0], tallies);
      for (const f of FIELDS) {
        const t = before[f];
        row.fields[f].expected += t.expected ? 1 : 0;
        row.fields[f].right += t.expected && t.found === t.expected && t.correct === t.predicted ? 1 : 0;
      }
      const first = mainFirst(entry, candidates);
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
          ...(first === false ? [`main person not first (first: ${candidates[0]?.name ?? 'nobody'})`] : []),
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
    split,
    pages: entries.length,
    fields,
    mainFirst: { ...main, share: ratio(main.right, main.pages) },
    everyone: { ...everyone, recall: ratio(everyone.found, everyone.listed) },
    byKind,
  };
}

function print(fig: Figures): string {
  const n = (x: number) => x.toFixed(3);
  const lines = [
    `Split: ${fig.split} (${fig.pages} pages) — the main person is each page's first candidate`,
    'field    precision  recall     F1',
    ...FIELDS.map((f) => {
      const t = fig.fields[f];
      return `${f.padEnd(8)} ${n(t.precision).padStart(9)} ${n(t.recall).padStart(7)} ${n(t.f1).padStart(6)}   ${t.correct}/${t.predicted} predicted right, ${t.found}/${t.expected} expected found`;
    }),
    `main person first: ${fig.mainFirst.right}/${fig.mainFirst.pages} (${(100 * fig.mainFirst.share).toFixed(1)} %)`,
    `everyone on the page: recall ${n(fig.everyone.recall)} (${fig.everyone.found}/${fig.everyone.listed} people)`,
    '',
    'Per kind: pages whose main person has the field → pages where the first candidate has it exactly right',
    `kind      pages  ${FIELDS.map((f) => f.padStart(8)).join(' ')}  main-first`,
    ...GROUPS.map((g) => {
      const row = fig.byKind[g];
      const cells = FIELDS.map((f) => `${row.fields[f].right}/${row.fields[f].expected}`.padStart(8));
      return `${g.padEnd(9)} ${String(row.pages).padStart(5)}  ${cells.join(' ')}  ${`${row.mainFirst.right}/${row.mainFirst.pages}`.padStart(10)}`;
    }),
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const split = args[args.indexOf('--split') + 1] as Split | undefined;
  if (!args.includes('--split') || !split || !(split in SPLITS)) {
    console.error('usage: npm run score:extract -- --split dev|validation [--json] [--misses]');
    process.exitCode = 2;
    return;
  }
  if (split === 'validation' && args.includes('--misses')) {
    console.error('--misses names pages: only the dev split may be read page by page.');
    process.exitCode = 2;
    return;
  }
  const misses = args.includes('--misses') ? [] : null;
  const figures = await scoreSplit(split, misses);
  console.log(args.includes('--json') ? JSON.stringify(figures, null, 2) : print(figures));
  if (misses?.length) console.log(`\nMisses:\n${misses.join('\n')}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
