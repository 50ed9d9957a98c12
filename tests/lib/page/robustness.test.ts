// @vitest-environment node
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { afterAll, describe, expect, it } from 'vitest';
import { type PageReading, pageReadingSchema } from '@/lib/page/contract';
import { LIMITS } from '@/lib/page/limits';
import { normalizeCapture } from '@/lib/people';
import { withBrowser } from '@/tests/cli/extract-page';
import {
  brokenCaps,
  cloudflareAddresses,
  FORM_SHADOWED,
  GRACE,
  longMailtoLinks,
  nestedVcards,
  shadowingForm,
  whitespaceRuns,
} from '@/tests/support/hostile-pages';

/**
 * The extractor in a real page, in headless Chromium: the page's own globals do not reach it,
 * named elements that shadow the Document's properties (DOM clobbering) do not break it, huge
 * pages do not stall it, and its answer stays within the contract (lib/page/contract.ts). The
 * people are then read in Node, as the side panel reads them.
 */

const dir = mkdtempSync(join(tmpdir(), 'sidecard-extract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function page(name: string, html: string): string {
  const path = join(dir, name);
  writeFileSync(path, html);
  return path;
}

/** A team page with a declared person (JSON-LD) and a written one; `extra` goes first in its body. */
const card = (extra = '') => `<!DOCTYPE html><html lang="en-GB"><head><title>Team | Acme</title>
<script type="application/ld+json">{"@type":"Person","name":"Ada Example","jobTitle":"CTO","email":"ada@acme.example"}</script></head>
<body>${extra}<article><h3>Grace Example</h3><p>Head of Sales</p><a href="mailto:grace@acme.example">Write to Grace</a> Tel: +44 20 7946 0958</article></body></html>`;

function expectBothPeople(capture: PageReading): void {
  expect(pageReadingSchema.safeParse(capture).success).toBe(true);
  expect(capture).toMatchObject({ title: 'Team | Acme', lang: 'en-GB' });
  const people = normalizeCapture(capture);
  expect(people.map((c) => c.name)).toEqual(['Ada Example', 'Grace Example']);
  expect(people[1]).toMatchObject({
    emails: ['grace@acme.example'],
    phones: [{ e164: '+442079460958' }],
    title: 'Head of Sales',
  });
}

/** The bundled extractor run in a new isolated world of `tab`, as scripting.executeScript runs the content script. */
async function extractIsolated(tab: Page, script: string, url: string): Promise<PageReading> {
  const cdp = await tab.context().newCDPSession(tab);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'sidecard-test',
  });
  const run = (expression: string) =>
    cdp.send('Runtime.evaluate', { contextId: executionContextId, expression, returnByValue: true });
  await run(script);
  const answer = await run(`globalThis.__sidecardExtract(document, ${JSON.stringify(url)})`);
  if (answer.exceptionDetails) throw new Error(answer.exceptionDetails.exception?.description);
  return answer.result.value as PageReading;
}

/** What a hostile page can do to its own world: every Array.prototype method, the array iterator and JSON throw. */
const SABOTAGE = `(() => {
  const boom = () => { throw new Error('sabotaged'); };
  const names = ['push', 'map', 'filter', 'forEach', 'join', 'indexOf', 'includes', 'some', 'find', 'reduce', 'slice', 'concat', 'sort', Symbol.iterator];
  for (const m of names) Object.defineProperty(Array.prototype, m, { value: boom, configurable: true, writable: true });
  JSON.parse = boom;
  JSON.stringify = boom;
  try { [1].map((x) => x); return false; } catch { return true; }
})()`;

/**
 * Named elements that shadow a property of the Document in the page's main world (where the
 * CLI runs the extractor; an isolated world may see them too), and what each did to the page
 * code when it read the Document's properties.
 */
const CLOBBERING = [
  ['<img name="title">', 'document.title is an image: reading it as text threw'],
  ['<form name="body"></form>', 'document.body is an empty form: no written person was read'],
  ['<img name="querySelectorAll">', 'document.querySelectorAll is an image: no declared person was read'],
  ['<img name="documentElement">', 'document.documentElement is an image: the language was lost'],
  ['<img name="getElementById">', 'document.getElementById is an image: LinkedIn profiles threw'],
] as const;

/** A saved LinkedIn profile (logged in, Experience section, Contact info open) with `extra` first in its body. */
const profile = (extra = '') =>
  readFileSync('tests/fixtures/pages-synthetic/51-linkedin-logged-in-contact-info.html', 'utf8').replace(
    '<body>',
    `<body>${extra}`,
  );

/** What the user would see of a reading: the page's details and the people offered. */
const offered = (capture: PageReading) => ({
  source: capture.source,
  title: capture.title,
  lang: capture.lang,
  siteName: capture.siteName,
  people: normalizeCapture(capture),
});

describe('extraction in a hostile or huge page', () => {
  it('is out of reach of a page that redefines Array.prototype methods and JSON in its own world', {
    timeout: 60_000,
  }, async () => {
    await withBrowser(async (session) => {
      const { page: tab } = await session.open(page('hostile.html', card()));
      expect(await tab.evaluate(SABOTAGE)).toBe(true);
      expectBothPeople(await extractIsolated(tab, session.script, 'https://acme.example/team'));
    });
  });

  it("reads pages whose named elements shadow the Document's properties as it reads them clean", {
    timeout: 180_000,
  }, async () => {
    await withBrowser(async (session) => {
      const pages = [
        [card, 'https://acme.example/team'],
        [profile, 'https://www.linkedin.com/in/jane-doe/'],
      ] as const;
      for (const [html, url] of pages) {
        const { page: cleanTab } = await session.open(page('clean.html', html()));
        const clean = await session.extractIn(cleanTab, url);
        await cleanTab.close();
        if (html === card) expectBothPeople(clean);
        for (const [markup, effect] of CLOBBERING) {
          const { page: tab } = await session.open(page('clobbered.html', html(markup)));
          const [, tag, name] = /^<(\w+) name="(\w+)"/.exec(markup) as RegExpExecArray;
          const shadowedBy = await tab.evaluate(
            (property) => ((document as unknown as Record<string, Element>)[property] as Element).localName,
            name as string,
          );
          expect(shadowedBy, effect).toBe(tag);
          const clobbered = await session.extractIn(tab, url);
          await tab.close();
          expect(pageReadingSchema.safeParse(clobbered).success).toBe(true);
          expect(offered(clobbered), `${url}: ${effect}`).toEqual(offered(clean));
        }
      }
    });
  });

  it('reads a 20 MB page with 100 000 mailto links into a capped, valid list of people (its speed: npm run bench:extract)', {
    timeout: 120_000,
  }, async () => {
    const row = (i: number) =>
      `<li><b>Person Number${i}</b> <a href="mailto:p${i}@big.example">Mail</a></li>`;
    const rows: string[] = [];
    for (let i = 0; i < 100_000; i++) rows.push(row(i));
    const filler = `<p>${'lorem ipsum dolor sit amet '.repeat(40)}</p>`.repeat(12_000);
    const path = page('huge.html', `<html><body><ul>${rows.join('')}</ul>${filler}</body></html>`);
    await withBrowser(async (session) => {
      const { page } = await session.open(path);
      const capture = await session.extractIn(page, 'https://big.example/');
      expect(pageReadingSchema.safeParse(capture).success).toBe(true);
      const people = normalizeCapture(capture);
      expect(people.length).toBeLessThanOrEqual(LIMITS.candidates);
      expect(people.length).toBeGreaterThan(0);
    });
  });
});

/** Grace, the ordinary person each hostile page also holds, as the side panel would offer her. */
function expectGrace(capture: PageReading): void {
  const grace = normalizeCapture(capture).find((person) => person.name === GRACE.name);
  expect(grace?.emails).toContain(GRACE.email);
}

describe('pages built to be slow or unreadable (issue #19; their speed: npm run bench:extract)', () => {
  it('reads them within the caps of lib/page/limits.ts, and still reads the ordinary person on them', {
    timeout: 300_000,
  }, async () => {
    await withBrowser(async (session) => {
      const read = async ({ name, html }: { name: string; html: string }) => {
        const { page: tab } = await session.open(page('hostile-page.html', html));
        const capture = await session.extractIn(tab, 'https://acme.example/team');
        await tab.close();
        expect(pageReadingSchema.safeParse(capture).success, name).toBe(true);
        expect(brokenCaps(capture), name).toEqual([]);
        expect(normalizeCapture(capture).length, name).toBeLessThanOrEqual(LIMITS.candidates);
        expectGrace(capture);
        return capture;
      };

      // 5,000 links to a 2,000-character "a.a.….a@x": no target is kept, none is an address.
      const mailto = await read(longMailtoLinks());
      expect(mailto.lines?.flatMap((line) => line.emails)).toEqual([GRACE.email]);

      // Cloudflare-protected addresses count against the link budget with the 3,000 links before them.
      const cloudflare = await read(cloudflareAddresses());
      const targets = cloudflare.lines?.flatMap((line) => line.emails) ?? [];
      expect(targets).toContain('p0@cf.example');
      expect(targets).not.toContain('p4999@cf.example');

      // Nested cards whose fields are the cards inside them: every value within its cap. The 50
      // cards are declared people, read first; the written person (Grace) comes after them.
      const nested = await read(nestedVcards());
      expect(nested.candidates.map((c) => c.name)).toEqual(
        Array.from({ length: 50 }, (_, i) => `Person ${i + 1}`),
      );
      expect(nested.candidates.every((c) => (c.company?.length ?? 0) <= 500)).toBe(true);

      await read(whitespaceRuns());
    });
  });

  it("reads a form whose named inputs shadow the form's own properties and methods as it reads a plain form", {
    timeout: 60_000,
  }, async () => {
    await withBrowser(async (session) => {
      const read = async (html: string) => {
        const { page: tab } = await session.open(page('form.html', html));
        const capture = await session.extractIn(tab, 'https://acme.example/team');
        await tab.close();
        return capture;
      };
      const shadowing = shadowingForm();
      const { page: probe } = await session.open(page('form.html', shadowing.html));
      const shadowed = await probe.evaluate(
        (names) =>
          names.filter(
            (name) =>
              (document.forms[0] as unknown as Record<string, unknown>)[name] instanceof HTMLInputElement,
          ),
        FORM_SHADOWED,
      );
      await probe.close();
      expect(shadowed).toEqual(FORM_SHADOWED);
      const plain = offered(await read(shadowingForm(FORM_SHADOWED.map((_, i) => `field${i}`)).html));
      expect(plain.people.map((p) => p.name)).toContain('Ada Example');
      // Each name alone (`hasAttribute` alone made the page unreadable), then all of them.
      for (const names of [...FORM_SHADOWED.map((name) => [name]), FORM_SHADOWED]) {
        const clobbered = await read(shadowingForm(names).html);
        expect(pageReadingSchema.safeParse(clobbered).success).toBe(true);
        expect(offered(clobbered), names.join(', ')).toEqual(plain);
      }
    });
  });
});

describe('npm run extract', () => {
  it('prints the people of a page that writes an invalid address, main person first, instead of crashing', {
    timeout: 120_000,
  }, async () => {
    const path = page(
      'invalid-address.html',
      '<html><body><p>Jane Doe, CTO</p><p>Write to a..b@acme.example or jane@acme.example</p></body></html>',
    );
    const { stdout } = await promisify(execFile)(
      'npx',
      ['tsx', 'tests/cli/extract.ts', path, '--url', 'https://acme.example/'],
      { maxBuffer: 1 << 24 },
    );
    const printed = JSON.parse(stdout) as {
      source: string;
      candidates: { name: string; emails: string[] }[];
    };
    expect(printed.source).toBe('generic');
    expect(printed.candidates[0]).toMatchObject({ name: 'Jane Doe', emails: ['jane@acme.example'] });
  });
});
