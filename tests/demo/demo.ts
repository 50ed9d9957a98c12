/**
 * `npm run demo`: build the test extension, start the ActiveCampaign sandbox with demo data,
 * launch Chromium with Sidecard installed and configured, and open a demo page.
 * `npm run demo -- --headless` (and `npm run demo` without a display) instead runs the capture
 * journey and writes the screenshots (tests/demo/shots.ts): the side panel and options in light and
 * dark, English and German (a second browser run with `--lang=de`); the existing-contact
 * comparison and the popup in English; the store's 1280×800 pictures.
 * `--firefox` does the same in Firefox ESR (the sidebar's page; screenshot firefox-sidebar.png).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Sandbox, startSandbox } from '../sandbox/server';
import { type Extension, launchExtension, servePages } from '../support/browser';
import { findChromium, HOW_TO_GET_CHROMIUM } from '../support/chromium';
import { findFirefox, HOW_TO_GET_FIREFOX, launchFirefoxExtension } from '../support/firefox';
import { addTag, check, click, saveConnection, waitForSynced, waitForValue } from '../support/journey-steps';
import { SHOTS_DIR, shot, storeShots } from './shots';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const headless =
  process.argv.includes('--headless') || (!process.env.DISPLAY && process.platform === 'linux');

/*
 * The Chromium steps find controls by id and structure, not by their words: the German run must
 * work whatever the strings say, before and after they are translated (docs/i18n.md).
 */

async function configure(extension: Extension, url: string, apiKey: string): Promise<void> {
  const options = await extension.openPage('options');
  await options.locator('#apiUrl').fill(url);
  await options.locator('#apiKey').fill(apiKey);
  await options.locator('form > .actions button[type=submit]').click();
  await options.locator('p.ok[role=status]').waitFor();
  await options.close();
}

/**
 * The views every language and colour scheme gets: a new person captured in the side panel with
 * a list and a tag, saved and synced; options with the connection tested.
 */
async function keyViews(extension: Extension, pagesUrl: string, suffix: string) {
  const web = await extension.context.newPage();
  await web.goto(`${pagesUrl}/person.html`);
  const tab = await extension.tabIdOf(web.url());
  const panel = await extension.openPage('sidepanel', tab);
  await panel.waitForFunction(
    () => (document.getElementById('contact-firstName') as HTMLInputElement | null)?.value,
  );
  await panel.getByRole('checkbox', { name: 'Prospects' }).check();
  await panel.locator('#tags').fill('Lead');
  await panel.locator('#tags').press('Enter');
  await panel.locator('.actions button[type=submit]').click();
  await panel.locator('.save-status--synced').waitFor({ timeout: 30_000 });
  await shot(panel, `sidepanel-capture${suffix}`, { dark: true });

  const options = await extension.openPage('options');
  await options.setViewportSize({ width: 720, height: 900 });
  await options.locator('form .actions button.secondary').first().click();
  await options.locator('.connection-result').waitFor();
  await shot(options, `options${suffix}`, { dark: true });
  return { web, tab, panel, options };
}

/** English, light: the key views, then the rest the README links to, and the store's pictures. */
async function englishJourney(extension: Extension, pagesUrl: string): Promise<void> {
  const { web, tab, panel, options } = await keyViews(extension, pagesUrl, '');

  // Someone ActiveCampaign already knows, with a different phone on the page.
  const jane = await extension.context.newPage();
  await jane.goto(`${pagesUrl}/jane-doe.html`);
  const compare = await extension.openPage('sidepanel', await extension.tabIdOf(jane.url()));
  await compare.getByText('Already in ActiveCampaign').first().waitFor({ timeout: 15_000 });
  await shot(compare, 'sidepanel-existing');

  const popup = await extension.openPage('popup', tab);
  await popup.setViewportSize({ width: 380, height: 520 });
  await popup.getByRole('button', { name: 'Save' }).waitFor();
  await popup.getByText('Ada Lovelace').waitFor();
  await shot(popup, 'popup');

  await storeShots(extension.context, { web, panel, popup, options });
}

/** A browser in one UI language with Sidecard connected to a fresh demo sandbox. */
async function withBrowser(
  language: 'en' | 'de',
  run: (extension: Extension, sandbox: Sandbox) => Promise<void>,
): Promise<void> {
  const sandbox = await startSandbox({ port: 0, seed: 'demo' });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'sidecard-demo-'));
  try {
    const extension = await launchExtension(profile, headless, { language });
    try {
      await configure(extension, sandbox.url, sandbox.apiKey);
      await run(extension, sandbox);
    } finally {
      await extension.context.close().catch(() => undefined);
    }
  } finally {
    await sandbox.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
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
    fs.mkdirSync(SHOTS_DIR, { recursive: true });
    const file = path.join(SHOTS_DIR, 'firefox-sidebar.png') as `${string}.png`;
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

  const pages = await servePages();
  console.log(`Demo pages: ${pages.url}/person.html, ${pages.url}/jane-doe.html`);
  try {
    if (!headless) {
      await withBrowser('en', async (extension, sandbox) => {
        console.log(`AC_SANDBOX_URL=${sandbox.url}`);
        const page = await extension.context.newPage();
        await page.goto(`${pages.url}/person.html`);
        console.log(
          'Sidecard is installed and connected to the sandbox. Click its toolbar button on the page.',
        );
        console.log('Close the browser (or press Ctrl+C) to stop.');
        await new Promise<void>((resolve) => {
          extension.context.on('close', () => resolve());
          process.once('SIGINT', () => resolve());
        });
      });
      return;
    }
    console.log('Running the capture journey headless, in English…');
    await withBrowser('en', (extension) => englishJourney(extension, pages.url));
    console.log('…and the key views in German…');
    await withBrowser('de', async (extension) => {
      const options = await extension.openPage('options');
      const language = await options.evaluate(() => chrome.i18n.getUILanguage());
      await options.close();
      if (!language.startsWith('de')) throw new Error(`Chromium ran in ${language}, not German`);
      await keyViews(extension, pages.url, '-de');
    });
    console.log(`Done. Screenshots are in ${path.relative(root, SHOTS_DIR)}/ (store pictures in store/).`);
  } finally {
    await pages.close();
  }
}

// Explicit exit: a page server's kept-alive connection must not hold the process open.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
