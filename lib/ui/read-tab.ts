import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { type PageReading, pageReadingSchema } from '@/lib/page/contract';

/**
 * Reading the page from an extension page (popup or side panel): inject the capture content
 * script on demand and validate what it returns against the contract (lib/page/contract.ts).
 */

const READ_PAGE_SCRIPT = '/content-scripts/read-page.js';

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

export class ReadTabError extends Error {}

export async function readTab(tabId: number): Promise<PageReading> {
  let results: { result?: unknown }[];
  try {
    results = await browser.scripting.executeScript({ target: { tabId }, files: [READ_PAGE_SCRIPT] });
  } catch {
    throw new ReadTabError(t('read_not_allowed'));
  }
  const parsed = pageReadingSchema.safeParse(results[0]?.result);
  if (!parsed.success) throw new ReadTabError(t('read_unreadable'));
  return parsed.data;
}
