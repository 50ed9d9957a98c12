/**
 * `npm run bench:ui`: side panel first render and time until the captured person fills the form,
 * in headless Chromium with the test build, against the sandbox. Run `npm run build:test` first.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSandbox } from '../sandbox/server';
import { launchExtension, servePages } from '../support/browser';

const RUNS = 20;

function stats(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, min ${sorted[0]!.toFixed(1)} ms`;
}

async function main(): Promise<void> {
  const sandbox = await startSandbox({ port: 0, seed: 'demo' });
  const pages = await servePages();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'sidecard-bench-ui-'));
  const extension = await launchExtension(profile, true);
  try {
    const options = await extension.openPage('options');
    await options.getByLabel('API URL').fill(sandbox.url);
    await options.getByLabel('API key').fill(sandbox.apiKey);
    await options.getByRole('button', { name: 'Save settings' }).click();
    await options.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    const web = await extension.context.newPage();
    await web.goto(`${pages.url}/person.html`);
    const tab = await extension.tabIdOf(web.url());
    const firstRender: number[] = [];
    const filled: number[] = [];
    const panel = await extension.openPage('sidepanel', tab);
    for (let i = 0; i < RUNS + 2; i++) {
      await panel.reload();
      await panel.waitForFunction(
        () => (document.getElementById('contact-firstName') as HTMLInputElement | null)?.value,
      );
      const [render, fill] = await panel.evaluate(() => [
        performance.getEntriesByName('sidecard:first-render')[0]?.startTime ?? Number.NaN,
        performance.now(),
      ]);
      if (i >= 2) {
        firstRender.push(render!);
        filled.push(fill!);
      }
    }
    console.log(`Side panel first render (navigation → panel rendered), ${RUNS} runs: ${stats(firstRender)}`);
    console.log(`Side panel ready with the captured person (navigation → form filled): ${stats(filled)}`);
  } finally {
    await extension.context.close();
    await sandbox.close();
    await pages.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

void main();
