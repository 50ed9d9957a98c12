/**
 * `npm run demo`: build the test extension, start the ActiveCampaign sandbox with demo data,
 * launch Chromium with Sidecard installed and configured, and open a demo page.
 * `npm run demo -- --headless` instead runs the capture journey and writes screenshots of the
 * popup, the side panel (capture and existing-contact comparison) and the options page.
 * `--firefox` does the same in Firefox ESR (the sidebar's page; screenshot firefox-sidebar.png).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { startSandbox } from '../sandbox/server';
import { type Extension, launchExtension, servePages } from '../support/browser';
import { findChromium, HOW_TO_GET_CHROMIUM } from '../support/chromium';
import { findFirefox, HOW_TO_GET_FIREFOX, launchFirefoxExtension } from '../support/firefox';
import { addTag, check, click, saveConnection, waitForSynced, waitForValue } from '../support/journey-steps';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const headless =
  process.argv.includes('--headless') || (!process.env.DISPLAY && process.platform === 'linux');
/** The README shows these; the demo refreshes them. */
const shotsDir = path.join(root, 'tests/demo/screenshots');

async function configure(extension: Extension, url: string, apiKey: string): Promise<void> {
  const options = await extension.openPage('options');
  await options.getByLabel('API URL').fill(url);
  await options.getByLabel('API key').fill(apiKey);
  await options.getByRole('button', { name: 'Save settings' }).click();
  await options.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
  await options.close();
}

/**
 * The whole page at its current width. The viewport is first made as tall as the content: a
 * full-page screenshot of a page with a vertical scrollbar lays it out beside the scrollbar's
 * gutter and then cuts the picture there, so every input looked clipped at the right edge.
 */
async function shot(page: Page, name: string): Promise<void> {
  const file = path.join(shotsDir, `${name}.png`);
  const width = page.viewportSize()?.width ?? 420;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width, height });
  await page.screenshot({ path: file });
  console.log(`  wrote ${path.relative(root, file)}`);
}

async function captureJourney(extension: Extension, pagesUrl: string): Promise<void> {
  fs.mkdirSync(shotsDir, { recursive: true });

  // A new person: capture in the side panel, choose a list and a tag, save, wait for "Synced".
  const web = await extension.context.newPage();
  await web.goto(`${pagesUrl}/person.html`);
  const tab = await extension.tabIdOf(web.url());
  const panel = await extension.openPage('sidepanel', tab);
  await panel.waitForFunction(
    () => (document.getElementById('contact-firstName') as HTMLInputElement | null)?.value,
  );
  await panel.getByRole('checkbox', { name: 'Prospects' }).check();
  await panel.getByLabel('Tags').fill('Lead');
  await panel.getByLabel('Tags').press('Enter');
  await panel.getByRole('button', { name: 'Save', exact: true }).click();
  await panel.getByRole('status').filter({ hasText: 'Synced' }).waitFor({ timeout: 30_000 });
  await shot(panel, 'sidepanel-capture');

  // Someone ActiveCampaign already knows, with a different phone on the page.
  const jane = await extension.context.newPage();
  await jane.goto(`${pagesUrl}/jane-doe.html`);
  const janeTab = await extension.tabIdOf(jane.url());
  const compare = await extension.openPage('sidepanel', janeTab);
  await compare.getByText('Already in ActiveCampaign').first().waitFor({ timeout: 15_000 });
  await shot(compare, 'sidepanel-existing');

  const popup = await extension.openPage('popup', tab);
  await popup.setViewportSize({ width: 380, height: 520 });
  await popup.getByRole('button', { name: 'Save' }).waitFor();
  await popup.getByText('Ada Lovelace').waitFor();
  await shot(popup, 'popup');

  const options = await extension.openPage('options');
  await options.setViewportSize({ width: 720, height: 900 });
  await options.getByRole('button', { name: 'Test connection' }).click();
  await options.getByText('Connected as').waitFor();
  await shot(options, 'options');
}

/** The capture journey in Firefox: the sidebar's page opened as a tab on the demo person. */
async function firefoxDemo(): Promise<void> {
  if (!findFirefox()) {
    console.error(HOW_TO_GET_FIREFOX);
    process.exit(1);
  }
  console.log('Building the Firefox extension (test build: may reach the sandbox on 127.0.0.1)…');
  const build = spawnSync('npx', ['wxt', 'build', '-b', 'firefox', '--mode', 'test'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const sandbox = await startSandbox({ port: 0, seed: 'demo' });
  const pages = await servePages();
  const extension = await launchFirefoxExtension({ headless });
  try {
    const options = await extension.openPage('options');
    await saveConnection(options, sandbox.url, sandbox.apiKey);
    const web = await extension.openWeb(`${pages.url}/person.html`);
    const panel = await extension.openPage('sidepanel', await extension.tabIdOf(web.url()));
    await panel.setViewport({ width: 420, height: 900 });
    await waitForValue(panel, 'First name', (v) => v !== '');
    if (!headless) {
      console.log('Sidecard is installed in Firefox and connected to the sandbox. Close Firefox to stop.');
      await new Promise<void>((resolve) => extension.browser.once('disconnected', () => resolve()));
      return;
    }
    await check(panel, 'Prospects');
    await addTag(panel, 'Lead');
    await click(panel, 'Save');
    await waitForSynced(panel, 30_000);
    fs.mkdirSync(shotsDir, { recursive: true });
    const file = path.join(shotsDir, 'firefox-sidebar.png') as `${string}.png`;
    await panel.screenshot({ path: file, fullPage: true });
    console.log(`  wrote ${path.relative(root, file)}`);
  } finally {
    await extension.close().catch(() => undefined);
    await sandbox.close();
    await pages.close();
  }
}

async function main(): Promise<void> {
  if (process.argv.includes('--firefox')) return firefoxDemo();
  if (!(await findChromium())) {
    console.error(HOW_TO_GET_CHROMIUM);
    process.exit(1);
  }
  console.log('Building the extension (test build: may reach the sandbox on 127.0.0.1)…');
  const build = spawnSync('npx', ['wxt', 'build', '--mode', 'test'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);

  const sandbox = await startSandbox({ port: 0, seed: 'demo' });
  const pages = await servePages();
  console.log(`AC_SANDBOX_URL=${sandbox.url}`);
  console.log(`Demo pages: ${pages.url}/person.html, ${pages.url}/jane-doe.html`);

  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'sidecard-demo-'));
  const extension = await launchExtension(profile, headless);
  const cleanup = async () => {
    await extension.context.close().catch(() => undefined);
    await sandbox.close();
    await pages.close();
    fs.rmSync(profile, { recursive: true, force: true });
  };
  try {
    await configure(extension, sandbox.url, sandbox.apiKey);
    if (headless) {
      console.log('Running the capture journey headless…');
      await captureJourney(extension, pages.url);
      console.log('Done.');
      return; // `finally` cleans up, once: the sandbox refuses a second close.
    }
    const page = await extension.context.newPage();
    await page.goto(`${pages.url}/person.html`);
    console.log('Sidecard is installed and connected to the sandbox. Click its toolbar button on the page.');
    console.log('Close the browser (or press Ctrl+C) to stop.');
    await new Promise<void>((resolve) => {
      extension.context.on('close', () => resolve());
      process.once('SIGINT', () => resolve());
    });
  } finally {
    await cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
