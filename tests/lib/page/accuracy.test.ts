// @vitest-environment node
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withBrowser } from '@/tests/cli/extract-page';
import {
  emptyTallies,
  FIELDS,
  type Field,
  ratio,
  readManifest,
  score,
  type Tally,
  table,
} from '@/tests/support/extract-scoring';

/**
 * Every fixture page through the CLI path (headless Chromium, one browser for all pages, the
 * bundled extractor, normalisation in Node), scored as extract-scoring.ts documents: the primary
 * candidate against each page's expected person, micro-averaged per field.
 */

const REAL = 'tests/fixtures/pages';
const SYNTHETIC = 'tests/fixtures/pages-synthetic';
const THRESHOLDS: Record<Field, number> = {
  emails: 0.97,
  name: 0.95,
  phones: 0.95,
  company: 0.9,
  title: 0.9,
};

async function scoreAll(): Promise<{
  real: Record<Field, Tally>;
  combined: Record<Field, Tally>;
  misses: string[];
}> {
  const real = emptyTallies();
  const combined = emptyTallies();
  const misses: string[] = [];
  await withBrowser(async (session) => {
    for (const dir of [REAL, SYNTHETIC]) {
      for (const entry of readManifest(dir)) {
        const { candidates } = await session.extract(join(dir, entry.file), { url: entry.url });
        if (dir === REAL) score(entry, candidates[0], real);
        const wrong = score(entry, candidates[0], combined);
        if (wrong.length) misses.push(`${entry.file}: ${wrong.join('; ')}`);
      }
    }
  });
  return { real, combined, misses };
}

describe('extraction accuracy on the fixture pages', () => {
  it('meets the per-field precision and recall thresholds', { timeout: 240_000 }, async () => {
    const { real, combined, misses } = await scoreAll();
    console.log(`${table('Real pages', real)}\n\n${table('Real + synthetic pages', combined)}`);
    if (misses.length) console.log(`Misses:\n${misses.join('\n')}`);
    for (const tallies of [real, combined]) {
      for (const field of FIELDS) {
        const t = tallies[field];
        expect
          .soft(ratio(t.correct, t.predicted), `${field} precision`)
          .toBeGreaterThanOrEqual(THRESHOLDS[field]);
        expect.soft(ratio(t.found, t.expected), `${field} recall`).toBeGreaterThanOrEqual(THRESHOLDS[field]);
      }
    }
  });
});
