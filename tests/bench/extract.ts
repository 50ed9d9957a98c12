import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'wxt';
import { normalizeCapture } from '@/lib/people';
import { readManifest } from '@/tests/support/extract-scoring';
import { brokenCaps, hostilePages } from '@/tests/support/hostile-pages';
import { withBrowser } from '../cli/extract-page';

/**
 * npm run bench:extract — per page, the median and p95 time of one extraction measured inside
 * headless Chromium (performance.now() around the call, many iterations) and of interpreting
 * that reading (lib/people's normalizeCapture, as the side panel's Worker runs it; measured in
 * Node), next to a naive baseline measured in the same page (a regex over
 * document.body.innerText plus the mailto: links). Pages: the dev corpus and the synthetic
 * pages, then the hostile pages of tests/support/hostile-pages.ts, for which it also prints
 * whether the caps of lib/page/limits.ts held. Last, the size of the built content script (WXT
 * test build of the `read-page` entrypoint alone, with the project's config and hooks),
 * minified and gzipped. The validation split is never read here.
 */

/** The dev corpus and the synthetic pages; never tests/fixtures/validation. */
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

interface BenchPage {
  label: string;
  path: string;
  url: string;
  bytes: number;
  /** Fewer runs for pages of many megabytes. */
  min: number;
  hostile?: boolean;
}

function benchPages(tmp: string): BenchPage[] {
  const pages: BenchPage[] = [];
  for (const dir of DIRS)
    for (const entry of readManifest(dir))
      pages.push({
        label: entry.file,
        path: join(dir, entry.file),
        url: entry.url ?? '',
        bytes: entry.size_bytes,
        min: MIN,
      });
  for (const [i, { name, html }] of hostilePages().entries()) {
    const path = join(tmp, `hostile-${i}.html`);
    writeFileSync(path, html);
    pages.push({
      label: `hostile: ${name}`,
      path,
      url: 'https://acme.example/team',
      bytes: html.length,
      min: 5,
      hostile: true,
    });
  }
  return pages;
}

const ms = (t: Timing) => `${t.median.toFixed(2).padStart(8)} ${t.p95.toFixed(2).padStart(8)}`;

async function main(): Promise<void> {
  const rows: string[] = [];
  const caps: string[] = [];
  const tmp = mkdtempSync(join(tmpdir(), 'sidecard-bench-pages-'));
  try {
    await withBrowser(async (session) => {
      for (const bench of benchPages(tmp)) {
        process.stderr.write(`${bench.label}\n`);
        const { page, servedUrl } = await session.open(bench.path);
        await page.evaluate(session.script);
        // tsx compiles with keepNames: functions handed to the page call its `__name` helper.
        await page.evaluate('globalThis.__name ??= (f) => f');
        await page.evaluate(`globalThis.__sample = ${sample.toString()}`);
        const opts = { url: bench.url || servedUrl, min: bench.min, max: MAX, budget: BUDGET_MS };
        const ours = await page.evaluate(timeInPage, { ...opts, kind: 'extract' as const });
        const naive = await page.evaluate(timeInPage, { ...opts, kind: 'baseline' as const });
        const capture = await session.extractIn(page, opts.url);
        await page.close();
        const reading = sample(() => normalizeCapture(capture), {
          min: bench.min,
          max: MAX,
          budget: BUDGET_MS,
        });
        const kb = (bench.bytes / 1024).toFixed(0).padStart(6);
        rows.push(
          `${bench.label.slice(0, 44).padEnd(44)} ${kb} KB ${ms(ours)} ${ms(reading)} ${(ours.median + reading.median).toFixed(2).padStart(8)}   ${ms(naive)} ${String(ours.runs).padStart(4)}`,
        );
        if (bench.hostile) {
          const broken = brokenCaps(capture);
          const people = normalizeCapture(capture).length;
          caps.push(
            `${bench.label}: ${broken.length ? `CAPS BROKEN: ${broken.join('; ')}` : 'caps held'} (${capture.lines?.length ?? 0} lines, ${capture.lines?.reduce((n, l) => n + l.emails.length, 0) ?? 0} mailto/Cloudflare targets, ${capture.candidates.length} declared, ${people} people offered)`,
          );
        }
      }
    });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  console.log(
    `${'page'.padEnd(44)}     size  extract      p95 interpret      p95    total   baseline      p95 runs   (ms)`,
  );
  console.log(rows.join('\n'));
  console.log(`\n${caps.join('\n')}`);
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
