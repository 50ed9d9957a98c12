import type { Page } from '@playwright/test';
import type { Extension } from '../support/browser';
import type { AcServer } from './fixtures';
import { expect } from './fixtures';

/** Test-only controls of our sandbox (fault injection and the request log). */
export async function sandbox(ac: AcServer, method: string, path: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${ac.url}/__sandbox/${path}`, {
    method,
    headers: { 'Api-Token': ac.apiKey, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`sandbox ${path}: ${res.status}`);
  const text = await res.text();
  return text ? JSON.parse(text) : null;
}

export interface LoggedRequest {
  t: number;
  method: string;
  path: string;
  status: number;
}

export const injectFault = (
  ac: AcServer,
  fault: { match?: { method?: string; path?: string }; count: number; action: unknown },
) => sandbox(ac, 'POST', 'faults', fault);
export const requestLog = async (ac: AcServer) => (await sandbox(ac, 'GET', 'requests')) as LoggedRequest[];
export const clearLog = (ac: AcServer) => sandbox(ac, 'DELETE', 'requests');
export const setOffline = (ac: AcServer, offline: boolean) => sandbox(ac, 'POST', 'offline', { offline });

export function uniqueEmail(who: string): string {
  return `${who}+${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@sidecard.example`;
}

/** Types the email into the side panel and presses Save, as a user would. */
export async function saveFromPanel(panel: Page, email: string): Promise<void> {
  await expect(panel.getByLabel('First name')).not.toHaveValue('');
  await panel.getByLabel('Email').fill(email);
  await panel.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(panel.getByRole('status').filter({ hasText: /Queued|Synced|Failed/ })).toBeVisible();
}

/** The save request the side panel sends, posted from one of our pages through the real router. */
export async function saveByMessage(
  page: Page,
  emails: string[],
  extra: Record<string, unknown> = {},
): Promise<string[]> {
  return page.evaluate(
    async ({ emails, extra }) => {
      const ids: string[] = [];
      for (const email of emails) {
        const answer = (await chrome.runtime.sendMessage({
          id: Math.floor(Math.random() * 1e9),
          type: 'saveCapture',
          data: {
            capture: {
              contact: { email, firstName: 'Test' },
              capturedAt: new Date().toISOString(),
              ...extra,
            },
          },
          timestamp: Date.now(),
        })) as { res?: { ok: boolean; value?: { id: string }; error?: string } };
        if (!answer.res?.ok) throw new Error(answer.res?.error ?? 'no answer');
        ids.push(answer.res.value!.id);
      }
      return ids;
    },
    { emails, extra },
  );
}

export interface StoredItem {
  id: string;
  state: string;
  attempts: number;
  nextAttemptAt: number;
  capture: { contact: { email: string } };
  lastError?: { kind: string; message: string };
  progress: { contactId?: string };
}

export async function outbox(extension: Extension): Promise<StoredItem[]> {
  const worker = await extension.serviceWorker();
  return worker.evaluate(
    async () => ((await chrome.storage.local.get('outbox')).outbox ?? []) as StoredItem[],
  );
}

/** Waits until every listed email's outbox item reached `state`. */
export async function waitForState(
  extension: Extension,
  emails: string[],
  state: string,
  timeout = 30_000,
): Promise<void> {
  await expect
    .poll(
      async () => {
        const items = await outbox(extension);
        return emails.every((e) => items.some((i) => i.capture.contact.email === e && i.state === state));
      },
      { timeout, intervals: [250, 500, 1000] },
    )
    .toBe(true);
}

/** Counts contacts with this email through the API: the "exactly once" check. */
export async function contactCount(ac: AcServer, email: string): Promise<number> {
  return (await ac.api.contactsByEmail(email)).length;
}

/** Wakes the worker and asks it to look at its queue, as opening the panel does. */
export async function poke(page: Page): Promise<void> {
  await page.evaluate(() =>
    chrome.runtime.sendMessage({ id: 1, type: 'wake', data: undefined, timestamp: Date.now() }),
  );
}

/** The save the page shows reached "Synced". */
export async function expectSynced(page: Page, timeout = 20_000): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: 'Synced' })).toBeVisible({ timeout });
}
