import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/**
 * Debian's Firefox ESR with the Firefox test build installed as a temporary add-on, driven over
 * WebDriver BiDi (Playwright can only drive its own patched Firefox). The gecko id in
 * wxt.config.ts is mapped to a fixed UUID, so the extension's pages have a known address.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const FIREFOX_TEST_EXTENSION_PATH = path.join(
  root,
  process.env.SIDECARD_OUT_DIR ?? '.output',
  'firefox-mv2-test',
);
const GECKO_ID = 'sidecard@sidecard.dev';
const UUID = '5e1dca4d-0000-4000-8000-000000000001';
const FIREFOX_PATHS = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

export const HOW_TO_GET_FIREFOX =
  'No Firefox found. Install Firefox ESR (Debian/Ubuntu: sudo apt-get install firefox-esr) or set FIREFOX_PATH.';

export function findFirefox(): string | null {
  return process.env.FIREFOX_PATH ?? FIREFOX_PATHS.find((p) => fs.existsSync(p)) ?? null;
}

export interface FirefoxExtension {
  browser: Browser;
  origin: string;
  /** Opens one of our pages as a tab, optionally targeting a web page's tab (?tab=). */
  openPage(name: 'sidepanel' | 'popup' | 'options', targetTab?: number): Promise<Page>;
  openWeb(url: string): Promise<Page>;
  tabIdOf(url: string): Promise<number>;
  /** Evaluates an expression in one of our pages (it has `browser.*`, as the background does). */
  inExtension<T>(expression: string): Promise<T>;
  /** Reloads the add-on, as an update or a crash does: the background and our pages restart. */
  reload(): Promise<void>;
  /** Every console message of every page opened so far. */
  consoleMessages: string[];
  close(): Promise<void>;
}

/**
 * Navigating a tab to a moz-extension:// page: the page renders and runs, but puppeteer's BiDi
 * `goto` may never see the load settle there. Go on once the document is there.
 */
async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  void page.goto(url, { waitUntil: 'domcontentloaded', timeout: 20_000 }).catch(() => undefined);
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const ready = await page
      .evaluate(`location.href === ${JSON.stringify(url)} && document.readyState !== 'loading'`)
      .catch(() => false);
    if (ready) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not load`);
}

export async function launchFirefoxExtension({
  headless = process.env.HEADED !== '1',
} = {}): Promise<FirefoxExtension> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(HOW_TO_GET_FIREFOX);
  if (!fs.existsSync(path.join(FIREFOX_TEST_EXTENSION_PATH, 'manifest.json')))
    throw new Error('No Firefox test build: run `npm run build:firefox-test` first.');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless,
    // Firefox 153+ refuses navigation to moz-extension:// from automation without it.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
    },
  });
  await browser.installExtension(FIREFOX_TEST_EXTENSION_PATH);
  const origin = `moz-extension://${UUID}`;
  const consoleMessages: string[] = [];
  browser.on('targetcreated', async (target) => {
    const page = await target.page().catch(() => null);
    page?.on('console', (m) => consoleMessages.push(m.text()));
  });
  const openPage: FirefoxExtension['openPage'] = async (name, targetTab) => {
    const page = await browser.newPage();
    await gotoExtensionPage(page, `${origin}/${name}.html${targetTab ? `?tab=${targetTab}` : ''}`);
    return page;
  };
  let probe: Page | null = null;
  const inExtension = async <T>(expression: string): Promise<T> => {
    if (!probe || probe.isClosed()) probe = await openPage('options');
    return (await probe.evaluate(expression)) as T;
  };
  return {
    browser,
    origin,
    consoleMessages,
    openPage,
    inExtension,
    async openWeb(url) {
      const page = await browser.newPage();
      await page.goto(url);
      return page;
    },
    async tabIdOf(url) {
      const id = await inExtension(
        `browser.tabs.query({}).then((tabs) => tabs.find((t) => t.url === ${JSON.stringify(url)})?.id)`,
      );
      if (typeof id !== 'number') throw new Error(`no tab for ${url}`);
      return id;
    },
    async reload() {
      // The page that asks is unloaded with the add-on, so the answer never comes back.
      await inExtension('setTimeout(() => browser.runtime.reload(), 0)');
      probe = null;
      await new Promise((r) => setTimeout(r, 1500));
    },
    close: () => browser.close(),
  };
}
