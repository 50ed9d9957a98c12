// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type PageReading, pageReadingSchema } from '@/lib/page/contract';
import { normalizeCapture } from '@/lib/people';
import { withBrowser } from '@/tests/cli/extract-page';

/**
 * The extractor in a real page's main world (where, unlike in the extension's isolated world,
 * the page's own globals apply): hostile globals must not break it, huge pages must not stall it,
 * and its answer stays within what the side panel accepts (lib/messaging/protocol.ts). The people are then
 * read in Node, as the side panel reads them.
 */

const dir = mkdtempSync(join(tmpdir(), 'sidecard-extract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function page(name: string, html: string): string {
  const path = join(dir, name);
  writeFileSync(path, html);
  return path;
}

const CARD = `<!DOCTYPE html><html><head><title>Team | Acme</title>
<script type="application/ld+json">{"@type":"Person","name":"Ada Example","jobTitle":"CTO","email":"ada@acme.example"}</script></head>
<body><article><h3>Grace Example</h3><p>Head of Sales</p><a href="mailto:grace@acme.example">Write to Grace</a> Tel: +44 20 7946 0958</article></body></html>`;

/**
 * What a hostile page can do to the main world: every Array.prototype method and the array
 * iterator throw, and so do JSON.parse/stringify. The extraction runs under that and parks its
 * result; the globals are then restored so that Playwright (which uses them too) can read it.
 */
const UNDER_SABOTAGE = (url: string) => `(() => {
  const boom = () => { throw new Error('sabotaged'); };
  const saved = [];
  const names = ['push', 'map', 'filter', 'forEach', 'join', 'indexOf', 'includes', 'some', 'find', 'reduce', 'slice', 'concat', 'sort', Symbol.iterator];
  for (const m of names) saved.push([m, Array.prototype[m]]);
  const json = [JSON.parse, JSON.stringify];
  for (const m of names) Object.defineProperty(Array.prototype, m, { value: boom, configurable: true, writable: true });
  JSON.parse = boom;
  JSON.stringify = boom;
  let result;
  try {
    result = { capture: globalThis.__sidecardExtract(document, ${JSON.stringify(url)}) };
  } catch (error) {
    result = { error: String(error) };
  }
  for (let i = 0; i < saved.length; i++) {
    Object.defineProperty(Array.prototype, saved[i][0], { value: saved[i][1], configurable: true, writable: true });
  }
  JSON.parse = json[0];
  JSON.stringify = json[1];
  return result;
})()`;

describe('extraction in a hostile or huge page', () => {
  it('survives a page that redefines Array.prototype methods and JSON', { timeout: 60_000 }, async () => {
    await withBrowser(async (session) => {
      const { page } = await session.open(page_('hostile.html'));
      await page.evaluate(session.script);
      const result = (await page.evaluate(UNDER_SABOTAGE('https://acme.example/team'))) as {
        capture?: PageReading;
        error?: string;
      };
      expect(result.error).toBeUndefined();
      const capture = result.capture as PageReading;
      expect(pageReadingSchema.safeParse(capture).success).toBe(true);
      const people = normalizeCapture(capture);
      // JSON-LD cannot be read without JSON.parse; the written card still is.
      expect(people.map((c) => c.name)).toEqual(['Grace Example']);
      expect(people[0]).toMatchObject({
        emails: ['grace@acme.example'],
        phones: [{ e164: '+442079460958' }],
        title: 'Head of Sales',
      });
    });
  });

  it('finishes fast with capped candidates on a 20 MB page with 100 000 mailto links', {
    timeout: 120_000,
  }, async () => {
    const row = (i: number) =>
      `<li><b>Person Number${i}</b> <a href="mailto:p${i}@big.example">Mail</a></li>`;
    const rows: string[] = [];
    for (let i = 0; i < 100_000; i++) rows.push(row(i));
    const filler = `<p>${'lorem ipsum dolor sit amet '.repeat(40)}</p>`.repeat(12_000);
    const path = page_('huge.html', `<html><body><ul>${rows.join('')}</ul>${filler}</body></html>`);
    await withBrowser(async (session) => {
      const { page } = await session.open(path);
      await page.evaluate(session.script);
      const ms = await page.evaluate(() => {
        const extract = (globalThis as unknown as { __sidecardExtract: (d: Document, u: string) => unknown })
          .__sidecardExtract;
        const start = performance.now();
        extract(document, 'https://big.example/');
        return performance.now() - start;
      });
      const capture = await session.extractIn(page, 'https://big.example/');
      expect(pageReadingSchema.safeParse(capture).success).toBe(true);
      const people = normalizeCapture(capture);
      expect(people.length).toBeLessThanOrEqual(50);
      expect(people.length).toBeGreaterThan(0);
      expect(ms).toBeLessThan(2_000);
    });
  });
});

function page_(name: string, html = CARD): string {
  return page(name, html);
}
