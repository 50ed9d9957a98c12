import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { bundleExtractor, CHROMIUM_ARGS } from '/work/main/tests/cli/extract-page';
const f = process.argv[2]; const n = +(process.argv[3] ?? 200);
const script = await bundleExtractor();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const ctx = await browser.newContext({ javaScriptEnabled: false });
const page = await ctx.newPage();
await page.goto('file://' + resolve(f));
await page.evaluate(script);
const cdp = await ctx.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.evaluate((n) => { for (let i = 0; i < n; i++) (globalThis as any).__sidecardExtract(document, 'https://example.org/'); }, n);
const { profile } = await cdp.send('Profiler.stop');
// self time per function
const self = new Map<string, number>(); const byId = new Map<number, any>();
for (const node of profile.nodes) byId.set(node.id, node);
const dt = profile.timeDeltas; const counts = new Map<number, number>();
profile.samples.forEach((id: number, i: number) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
for (const [id, t] of counts) { const nd = byId.get(id); const k = `${nd.callFrame.functionName || '(anon)'}:${nd.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + t); }
// total time per function (inclusive)
const parent = new Map<number, number>(); for (const nd of profile.nodes) for (const c of nd.children ?? []) parent.set(c, nd.id);
const incl = new Map<string, number>();
for (const [id, t] of counts) { const seen = new Set<string>(); for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) { const nd = byId.get(x); const k = `${nd.callFrame.functionName || '(anon)'}:${nd.callFrame.lineNumber}`; if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + t); } } }
const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${(v / 1000 / n).toFixed(3).padStart(7)} ms  ${k}`).join('\n');
console.log('SELF per run\n' + top(self) + '\n\nINCLUSIVE per run\n' + top(incl));
await browser.close();
