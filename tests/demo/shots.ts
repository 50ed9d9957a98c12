import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';

/**
 * Where the demo's screenshots go and how they are taken: the README's pictures (light and dark,
 * English and German) and the store's, which must be exactly 1280×800 (docs/store.md).
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The README shows these; the demo refreshes them. */
export const SHOTS_DIR = path.join(root, 'tests/demo/screenshots');
export const STORE_DIR = path.join(SHOTS_DIR, 'store');
/** The size the Chrome Web Store asks for (1280×800 or 640×400); AMO takes any. */
export const STORE_SIZE = { width: 1280, height: 800 };

/** Width and height from a PNG's header (the IHDR chunk, right after the 8-byte signature). */
export function pngSize(file: string): { width: number; height: number } {
  const head = Buffer.alloc(24);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, 24, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (head.toString('latin1', 12, 16) !== 'IHDR') throw new Error(`${file} is not a PNG`);
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

function written(file: string): void {
  console.log(`  wrote ${path.relative(root, file)}`);
}

/**
 * The whole page at its current width, in light and, with `dark`, also in dark (name-dark.png).
 * The viewport is first made as tall as the content: a full-page screenshot of a page with a
 * vertical scrollbar lays it out beside the scrollbar's gutter and then cuts the picture there, so
 * every input looked clipped at the right edge.
 */
export async function shot(page: Page, name: string, { dark = false } = {}): Promise<void> {
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  const schemes = dark ? (['light', 'dark'] as const) : (['light'] as const);
  for (const colorScheme of schemes) {
    await page.emulateMedia({ colorScheme });
    const file = path.join(SHOTS_DIR, `${name}${colorScheme === 'dark' ? '-dark' : ''}.png`);
    const width = page.viewportSize()?.width ?? 420;
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: file });
    written(file);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/**
 * A page for a store picture, as a data URL and its height: at `height`, or as tall as its content
 * when none is given. No scrollbar: the picture stands for a window, not a scrolled page.
 */
async function capture(page: Page, width: number, height?: number): Promise<{ src: string; height: number }> {
  await page.addStyleTag({ content: 'html { scrollbar-width: none; }' });
  await page.setViewportSize({ width, height: height ?? 100 });
  const h = height ?? (await page.evaluate(() => document.documentElement.scrollHeight));
  await page.setViewportSize({ width, height: h });
  return { src: `data:image/png;base64,${(await page.screenshot()).toString('base64')}`, height: h };
}

/** A store picture, composed in a blank page at exactly the store's size, and checked after. */
async function storeShot(context: BrowserContext, name: string, body: string): Promise<void> {
  fs.mkdirSync(STORE_DIR, { recursive: true });
  const file = path.join(STORE_DIR, `${name}.png`);
  const canvas = await context.newPage();
  await canvas.setViewportSize(STORE_SIZE);
  await canvas.setContent(
    `<body style="margin:0;width:${STORE_SIZE.width}px;height:${STORE_SIZE.height}px;overflow:hidden;background:#dfe3e8;position:relative">${body}</body>`,
  );
  await canvas.evaluate(() => Promise.all([...document.images].map((img) => img.decode())));
  await canvas.screenshot({ path: file });
  await canvas.close();
  const size = pngSize(file);
  if (size.width !== STORE_SIZE.width || size.height !== STORE_SIZE.height)
    throw new Error(`${file} is ${size.width}×${size.height}, the store needs 1280×800`);
  written(file);
}

/** A plain demo page made to look like a profile a salesperson would have open. */
const PAGE_STYLE = `
  body { margin: 0; font: 16px/1.5 system-ui, sans-serif; background: #f3f2ef; color: #1d2226; }
  main { max-width: 640px; margin: 48px auto; }
  .person { background: #fff; border-radius: 10px; padding: 32px 40px; box-shadow: 0 1px 3px #0002; }
  h1 { margin: 0 0 4px; font-size: 30px; }
  a { color: #0a66c2; }`;

/**
 * The store's pictures: the side panel beside the page it captured from, the popup over that
 * page, and the options page, each 1280×800.
 */
export async function storeShots(
  context: BrowserContext,
  views: { web: Page; panel: Page; popup: Page; options: Page },
): Promise<void> {
  const { width, height } = STORE_SIZE;
  await views.web.addStyleTag({ content: PAGE_STYLE });
  // The whole panel down to "Synced", scaled to the window's height if taller.
  const panel = await capture(views.panel, 400);
  const panelWidth = Math.round(400 * Math.min(1, height / panel.height));
  const pageBeside = await capture(views.web, width - panelWidth, height);
  await storeShot(
    context,
    'sidepanel',
    `<img src="${pageBeside.src}" style="position:absolute;left:0;top:0">` +
      `<img src="${panel.src}" style="position:absolute;right:0;top:0;width:${panelWidth}px;box-shadow:-1px 0 0 #c4c7c5">`,
  );

  const pageBehind = await capture(views.web, width, height);
  const popup = await capture(views.popup, 380);
  await storeShot(
    context,
    'popup',
    `<img src="${pageBehind.src}" style="position:absolute;left:0;top:0">` +
      `<img src="${popup.src}" style="position:absolute;right:16px;top:8px;border-radius:8px;box-shadow:0 4px 16px #0005">`,
  );

  // A made-up account address instead of the sandbox's loopback one; typed, never saved.
  await views.options.locator('#apiUrl').fill('https://yourcompany.api-us1.com');
  await views.options.locator('#apiUrl').blur();
  await storeShot(context, 'options', `<img src="${(await capture(views.options, width, height)).src}">`);
}
