import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { CHROMIUM_ARGS } from '/work/main/tests/cli/extract-page';
const ROOT = '/work/main';
const files = process.argv.slice(2);
const out = await build({
  stdin: { contents: `
import { readLines } from './lib/extract/lines.ts';
import { readCards } from './lib/extract/cards.ts';
import { readStructured } from './lib/extract/structured.ts';
import { extractPage } from './lib/extract/index.ts';
globalThis.__p = { readLines, readCards, readStructured, extractPage };`, resolveDir: ROOT, loader: 'ts' },
  bundle: true, format: 'iife', target: 'chrome120', write: false, alias: { '@': ROOT }, logLevel: 'silent',
});
const script = out.outputFiles[0].text;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const ctx = await browser.newContext({ javaScriptEnabled: false });
for (const f of files) {
  const page = await ctx.newPage();
  await page.goto('file://' + resolve(f));
  await page.evaluate(script); await page.evaluate('globalThis.__name ??= (f) => f');
  const r = await page.evaluate(() => {
    const p = (globalThis as any).__p;
    const t = (fn: () => unknown) => { const s: number[] = []; for (let i = 0; i < 60; i++) { const a = performance.now(); fn(); s.push(performance.now() - a); } s.sort((a, b) => a - b); return s[30].toFixed(2); };
    const root = document.body;
    const lines = p.readLines(root, 2e5, 5e3);
    let tc = 0;
    return {
      lines: lines.length,
      all: t(() => p.extractPage(document, 'https://example.org/')),
      structured: t(() => p.readStructured(document, 50)),
      readLines: t(() => p.readLines(root, 2e5, 5e3)),
      readCards: t(() => p.readCards(lines, 50)),
      textContent: t(() => { tc = root.textContent.length; }),
      walk: t(() => { const w = document.createTreeWalker(root); let n = 0; while (w.nextNode()) n++; return n; }),
    };
  });
  console.log(f.split('/').pop(), JSON.stringify(r));
  await page.close();
}
await browser.close();
