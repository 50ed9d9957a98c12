import { resolve, sep } from 'node:path';
import { FIELDS } from '../support/extract-scoring';
import { type Figures, GROUPS, SPLITS, type Split, scoreSplit } from '../support/score-split';

/**
 * npm run score:extract -- --split dev|validation [--json] [--misses]
 * npm run score:extract -- --dir FOLDER [--json] [--misses]
 *
 * Prints the figures of tests/support/score-split.ts for one split, or for a folder of new pages
 * labelled in the same schema (a MANIFEST.json beside them), e.g. real pages found while looking
 * for the cause of a gap, which may not be committed. This is the one program that
 * reads tests/fixtures/validation (its README: only aggregate figures are looked at there, so
 * `--misses`, which names pages, is refused on that split).
 */

function print(fig: Figures): string {
  const n = (x: number) => x.toFixed(3);
  const lines = [
    `Split: ${fig.split} (${fig.pages} pages) — the main person is each page's first candidate`,
    ...(fig.heldBack ? [`(${fig.heldBack} pages left out: the validation split holds the same page)`] : []),
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
  const named = args.includes('--split')
    ? (args[args.indexOf('--split') + 1] as Split | undefined)
    : undefined;
  const folder = args.includes('--dir') ? args[args.indexOf('--dir') + 1] : undefined;
  const split = named && named in SPLITS ? named : folder ? { dir: folder } : undefined;
  if (!split || (named && folder)) {
    console.error(
      'usage: npm run score:extract -- --split dev|validation | --dir FOLDER [--json] [--misses]',
    );
    process.exitCode = 2;
    return;
  }
  // Any folder named validation (the repo's copy or the shared one) is read only in aggregate.
  const validation =
    split === 'validation' || (folder !== undefined && resolve(folder).split(sep).includes('validation'));
  if (validation && args.includes('--misses')) {
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
