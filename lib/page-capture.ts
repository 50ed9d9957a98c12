import { browser } from 'wxt/browser';
import type { PageCapture } from '@/lib/extract/types';
import { pageCaptureSchema } from '@/lib/protocol';

/**
 * Reading the page from an extension page (popup or side panel): inject the capture content
 * script on demand and validate what it returns.
 */

export const CAPTURE_SCRIPT = '/content-scripts/capture.js';

/**
 * The tab to capture: `?tab=<id>` when the page was opened for a specific tab (tests open the
 * panel as a tab, which would otherwise be the active tab itself), else the active web tab.
 */
export async function targetTabId(search = location.search): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}

export class CaptureError extends Error {}

export async function captureTab(tabId: number): Promise<PageCapture> {
  let results: { result?: unknown }[];
  try {
    results = await browser.scripting.executeScript({ target: { tabId }, files: [CAPTURE_SCRIPT] });
  } catch {
    throw new CaptureError(
      'Sidecard cannot read this page. Click the Sidecard button (or use its shortcut) on the page first; browser pages cannot be read.',
    );
  }
  const parsed = pageCaptureSchema.safeParse(results[0]?.result);
  if (!parsed.success) throw new CaptureError('This page returned something Sidecard could not read.');
  return parsed.data as PageCapture;
}
