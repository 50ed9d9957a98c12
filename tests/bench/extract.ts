import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'wxt';
import { normalizeCapture } from '@/lib/people';
import { readManifest } from '@/tests/support/extract-scoring';
import { withBrowser } from '../cli/extract-page';

/**
 * npm run bench:extract — per fixture page, the median and p95 time of one extraction measured
 * inside headless Chromium (performance.now() around the call, many iterations), next to a naive
 * baseline measured in the same page (a regex over document.body.innerText plus the mailto: links),
 * the median time the side panel then takes to read and normalise that capture (lib/people,
 * measured in Node), and the size of the built content script (WXT test build of the `capture` entrypoint alone, with
 * the project's config and hooks), minified and gzipped.
 */

const DIRS = ['tests/fixtures/pages', 'tests/fixtures/pages-synthetic'];
/** Iterations per page: at least MIN, more while under BUDGET_MS of measured time. */
const MIN = 30;
const MAX = 400;
const BUDGET_MS = 1_500;

interface Timing {
  median: number;
  p95: number;
  runs: number;
}

interface Limits {
  min: number;
  max: number;
  budget: number;
}

/**
 * Times `run` repeatedly (at least `min` runs, more while under `budget` ms) after one warm-up run
 * (JIT, and the first layout for innerText). Self-contained: the page gets it as source text.
 */
function sample(run: () => unknown, limits: Limits): Timing {
  run();
  const samples: number[] = [];
  let total = 0;
  while (samples.length < limits.min || (samples.length < limits.max && total < limits.budget)) {
    const start = performance.now();
    run();
    const ms = performance.now() - start;
    samples.push(ms);
    total += ms;
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] as number;
  return { median: at(0.5), p95: at(0.95), runs: samples.length };
}

/** Runs in the page: times our extractor or the naive baseline with the page's copy of `sample`. */
function timeInPage(args: Limits & { kind: 'extract' | 'baseline'; url: string }): Timing {
  const g = globalThis as unknown as {
    __sidecardExtract: (d: Document, u: string) => unknown;
    __sample: typeof sample;
  };
  const baseline = (): unknown => {
    // The naive baseline reads the rendered text, as such scrapers do.
    const text = document.body?.innerText ?? '';
    const emails = text.match(/[\w.%+-]+@[\w-]+(?:\.[\w-]+)+/g) ?? [];
    const phones = text.match(/\+?\d[\d ().-]{6,}\d/g) ?? [];
    const links = Array.from(document.querySelectorAll('a[href^="mailto:"]'), (a) => a.getAttribute('href'));
    return [emails, phones, links];
  };
  const run = args.kind === 'extract' ? () => g.__sidecardExtract(document, args.url) : baseline;
  return g.__sample(run, args);
}

async function contentScriptSize(): Promise<{ bytes: number; gzip: number } | string> {
  const outDir = mkdtempSync(join(tmpdir(), 'sidecard-bench-'));
  try {
    const quiet = {
      ...console,
      debug() {},
      info() {},
      log() {},
      success() {},
      start() {},
      box() {},
      warn() {},
    };
    await build({ mode: 'test', filterEntrypoints: ['read-page'], outDir, logger: quiet as never });
    const code = readFileSync(join(outDir, 'chrome-mv3-test/content-scripts/read-page.js'));
    return { bytes: code.length, gzip: gzipSync(code).length };
  } catch (error) {
    return `build failed: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const rows: string[] = [];
  await withBrowser(async (session) => {
    for (const dir of DIRS) {
      for (const entry of readManifest(dir)) {
        const { page, servedUrl } = await session.open(join(dir, entry.file));
        await page.evaluate(session.script);
        // tsx compiles with keepNames: functions handed to the page call its `__name` helper.
        await page.evaluate('globalThis.__name ??= (f) => f');
        await page.evaluate(`globalThis.__sample = ${sample.toString()}`);
        const opts = { url: entry.url ?? servedUrl, min: MIN, max: MAX, budget: BUDGET_MS };
        const ours = await page.evaluate(timeInPage, { ...opts, kind: 'extract' as const });
        const naive = await page.evaluate(timeInPage, { ...opts, kind: 'baseline' as const });
        const capture = await session.extractIn(page, opts.url);
        const reading = sample(() => normalizeCapture(capture), { min: MIN, max: MAX, budget: BUDGET_MS });
        await page.close();
        const kb = (entry.size_bytes / 1024).toFixed(0).padStart(5);
        rows.push(
          `${entry.file.slice(0, 44).padEnd(44)} ${kb} KB  ${ours.median.toFixed(2).padStart(7)} ${ours.p95.toFixed(2).padStart(7)}   ${naive.median.toFixed(2).padStart(7)} ${naive.p95.toFixed(2).padStart(7)}  ${reading.median.toFixed(2).padStart(7)}  ${String(ours.runs).padStart(4)}`,
        );
      }
    }
  });
  console.log(`${'page'.padEnd(44)}  size   median     p95  baseline     p95     read  runs   (ms)`);
  console.log(rows.join('\n'));
  const size = await contentScriptSize();
  console.log(
    typeof size === 'string'
      ? `content script: ${size}`
      : `content script (read-page.js): ${size.bytes} bytes minified, ${size.gzip} bytes gzip (budget 15 KB = 15360 bytes)`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
