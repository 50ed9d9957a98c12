import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { type LaunchExtras, launchWithExtensions, TEST_EXTENSION_PATH } from './chromium';
import { savedPageContentType } from './saved-page-type';

/** Launching the built extension and serving test pages, shared by the e2e suite and the demo. */

const here = path.dirname(fileURLToPath(import.meta.url));
const PAGE_DIRS = ['../e2e/pages', '../fixtures/pages', '../fixtures/pages-synthetic'].map((d) =>
  path.join(here, d),
);

export interface Extension {
  context: BrowserContext;
  id: string;
  origin: string;
  serviceWorker(): Promise<Worker>;
  /** Opens one of our pages as a tab, optionally targeting a web page's tab (?tab=). */
  openPage(name: 'sidepanel' | 'popup' | 'options' | 'welcome', targetTab?: number): Promise<Page>;
  tabIdOf(url: string): Promise<number>;
  /** Stops the service worker the way Chrome does when it idles (CDP Target.closeTarget). */
  killServiceWorker(): Promise<void>;
}

export function servePages(): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '');
    const file = PAGE_DIRS.map((dir) => path.join(dir, name)).find(
      (p) => !name.includes('..') && fs.existsSync(p) && fs.statSync(p).isFile(),
    );
    if (!file) {
      res.writeHead(404).end('not found');
      return;
    }
    const body = fs.readFileSync(file);
    res.writeHead(200, { 'Content-Type': savedPageContentType(body) }).end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    });
  });
}

/** `extensionPath`: a copy of the test build elsewhere (its path decides the extension's id). */
export async function launchExtension(
  userDataDir: string,
  headless = process.env.HEADED !== '1',
  { extensionPath = TEST_EXTENSION_PATH, ...extras }: LaunchExtras & { extensionPath?: string } = {},
): Promise<Extension> {
  if (!fs.existsSync(path.join(extensionPath, 'manifest.json'))) {
    throw new Error('No test build: run `npm run build:test` first (npm run test:e2e does).');
  }
  const context = await launchWithExtensions(userDataDir, [extensionPath], {
    headless,
    viewport: { width: 420, height: 900 },
    ...extras,
  });
  let [sw] = context.serviceWorkers();
  if (!sw) sw = await context.waitForEvent('serviceworker', { timeout: 20_000 });
  const id = new URL(sw.url()).host;
  const origin = `chrome-extension://${id}`;
  /** A live worker: Playwright keeps listing a stopped one, so probe it before use. */
  const serviceWorker = async (): Promise<Worker> => {
    for (const worker of context.serviceWorkers().reverse()) {
      if (!worker.url().startsWith(origin)) continue;
      const alive = await Promise.race([
        worker.evaluate(() => true).catch(() => false),
        new Promise<boolean>((r) => setTimeout(() => r(false), 1000)),
      ]);
      if (alive) return worker;
    }
    // Opening one of our pages wakes the worker (the page asks for the status on load).
    const waiting = context.waitForEvent('serviceworker', { timeout: 20_000 });
    const page = await context.newPage();
    await page.goto(`${origin}/options.html`);
    const worker = await waiting;
    await page.close();
    return worker;
  };
  return {
    context,
    id,
    origin,
    serviceWorker,
    async openPage(name, targetTab) {
      const page = await context.newPage();
      await page.goto(`${origin}/${name}.html${targetTab ? `?tab=${targetTab}` : ''}`);
      return page;
    },
    async killServiceWorker() {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      const { targetInfos } = await cdp.send('Target.getTargets');
      for (const target of targetInfos) {
        if (target.type === 'service_worker' && target.url.startsWith(origin)) {
          await cdp.send('Target.closeTarget', { targetId: target.targetId });
        }
      }
      await cdp.detach();
    },
    async tabIdOf(url) {
      const worker = await serviceWorker();
      const tabId = await worker.evaluate(async (u) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((t) => t.url === u)?.id;
      }, url);
      if (!tabId) throw new Error(`no tab for ${url}`);
      return tabId;
    },
  };
}
