import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from '@playwright/test';
import { build } from 'esbuild';
import { type PageReading, pageReadingSchema } from '@/lib/page/contract';
import { normalizeCapture } from '@/lib/people';
import type { NormalizedCandidate } from '@/lib/people/types';
import { launchChromium } from '../support/chromium';
import { savedPageContentType } from '../support/saved-page-type';

/**
 * Runs the extension's extraction on a saved page or a live URL in headless Chromium, then
 * validates it with the side panel's schema and reads and normalises it in Node (lib/people):
 * what the side panel would offer.
 *
 * The extractor is `lib/page/index.ts` bundled by esbuild into an IIFE that exposes
 * `extractPage(document, url)`. That is the module the content script's `main` calls; the
 * built `content-scripts/read-page.js` is not evaluated because it reads `location.href` (the
 * loopback address here, not the saved page's own URL) and WXT's wrapper expects extension
 * APIs. Page scripts are disabled and every request but the loopback page is refused, so a
 * saved page is read as saved and nothing leaves the machine.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const GLOBAL = '__sidecardExtract';

/** The extractor as one script for `page.evaluate`: defines `globalThis.__sidecardExtract`. */
export async function bundleExtractor(): Promise<string> {
  const out = await build({
    stdin: {
      contents: `import { extractPage } from './lib/page/index.ts'; globalThis.${GLOBAL} = extractPage;`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
    alias: { '@': ROOT },
    logLevel: 'silent',
  });
  return (out.outputFiles[0] as { text: string }).text;
}

export interface Extracted {
  capture: PageReading;
  candidates: NormalizedCandidate[];
}

export interface ExtractOptions {
  /** The page's own address (for a saved file); defaults to the loopback address it is served from. */
  url?: string;
  defaultCountry?: string;
}

export interface Session {
  /** Loads `target` (a file path or an http(s) URL) into a fresh page. */
  open(target: string): Promise<{ page: Page; servedUrl: string }>;
  /** Runs the extractor in `page`. */
  extractIn(page: Page, url: string): Promise<PageReading>;
  /** Loads, extracts, validates and normalises. */
  extract(target: string, opts?: ExtractOptions): Promise<Extracted>;
  /** The bundled extractor source, for callers that evaluate it themselves. */
  script: string;
}

function serve(): Promise<{ server: Server; origin: string; files: Map<string, string> }> {
  const files = new Map<string, string>();
  const server = createServer((req, res) => {
    const path = files.get(decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/'));
    if (!path) {
      res.writeHead(404).end();
      return;
    }
    readFile(path).then(
      (body) => res.writeHead(200, { 'content-type': savedPageContentType(body) }).end(body),
      () => res.writeHead(500).end(),
    );
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      done({ server, origin: `http://127.0.0.1:${port}`, files });
    });
  });
}

/** One browser and one loopback server for many pages. */
export async function withBrowser<T>(work: (session: Session) => Promise<T>): Promise<T> {
  const script = await bundleExtractor();
  const { server, origin, files } = await serve();
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.route('**/*', (route) =>
      route.request().url().startsWith(origin) || !/^https?:/.test(route.request().url())
        ? route.continue()
        : route.abort(),
    );
    const session: Session = {
      script,
      async open(target) {
        const page = await context.newPage();
        let servedUrl = target;
        if (!/^https?:\/\//.test(target)) {
          const path = `/${files.size}/${basename(target)}`;
          files.set(path, resolve(target));
          servedUrl = origin + path;
        }
        // A 20 MB test page on a busy 2-core machine can take longer than Playwright's default 30 s.
        await page.goto(servedUrl, { waitUntil: 'domcontentloaded', timeout: 100_000 });
        return { page, servedUrl };
      },
      async extractIn(page, url) {
        if (!(await page.evaluate(`typeof globalThis.${GLOBAL} === 'function'`))) await page.evaluate(script);
        return page.evaluate(
          ([name, pageUrl]) => {
            const extract = (
              globalThis as unknown as Record<string, (d: Document, u: string) => PageReading>
            )[name];
            return (extract as (d: Document, u: string) => PageReading)(document, pageUrl as string);
          },
          [GLOBAL, url] as const,
        );
      },
      async extract(target, opts = {}) {
        const { page, servedUrl } = await session.open(target);
        try {
          const raw = await session.extractIn(page, opts.url ?? servedUrl);
          const capture = pageReadingSchema.parse(raw);
          return { capture, candidates: normalizeCapture(capture, { defaultCountry: opts.defaultCountry }) };
        } finally {
          await page.close();
        }
      },
    };
    return await work(session);
  } finally {
    await browser?.close();
    server.close();
  }
}

/** Extracts one page with its own browser. */
export function extractFile(target: string, opts: ExtractOptions = {}): Promise<Extracted> {
  return withBrowser((session) => session.extract(target, opts));
}

/** The CLI's JSON: what a person would check. */
export function summary(result: Extracted): unknown {
  return {
    source: result.capture.source,
    candidates: result.candidates.map((c) => ({
      name: c.name,
      firstName: c.firstName ?? null,
      lastName: c.lastName ?? null,
      emails: c.emails,
      phones: c.phones.map((p) => (p.ext ? `${p.value} x${p.ext}` : p.value)),
      company: c.company ?? null,
      title: c.title ?? null,
      profileUrl: c.profileUrl ?? null,
      confidence: c.confidence,
    })),
  };
}
