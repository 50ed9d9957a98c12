import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { sendMessage } from '@/lib/messaging/protocol';
import type { AcTarget } from '../support/ac-api';
import { uniqueName } from '../support/ac-api';
import type { Extension } from '../support/browser';
import type { AcServer } from './fixtures';
import { configure, expect } from './fixtures';

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

/**
 * Sends one protocol message from one of our pages with @webext-core/messaging itself (its browser
 * build, evaluated in the page), so the frame is exactly what lib/messaging sends and the router's
 * sender check and schemas see a real extension page. Answers the router's result.
 */
export async function sendFromPage(page: Page, type: MessageType, data: unknown): Promise<unknown> {
  await page.evaluate(
    `globalThis.webExtCoreMessaging ?? (() => { ${MESSAGING_BROWSER_BUILD}; globalThis.webExtCoreMessaging = webExtCoreMessaging; })()`,
  );
  return page.evaluate(
    ([type, data]) =>
      (
        globalThis as unknown as {
          webExtCoreMessaging: {
            defineExtensionMessaging(): { sendMessage(type: string, data: unknown): Promise<unknown> };
          };
        }
      ).webExtCoreMessaging
        .defineExtensionMessaging()
        .sendMessage(type, data),
    [type, data] as const,
  );
}

type MessageType = Parameters<typeof sendMessage>[0];

const MESSAGING_BROWSER_BUILD = fs.readFileSync(
  path.join(path.dirname(createRequire(import.meta.url).resolve('@webext-core/messaging')), 'index.iife.js'),
  'utf8',
);

/** The save request the side panel sends, posted from one of our pages through the real router. */
export async function saveByMessage(
  page: Page,
  emails: string[],
  extra: Record<string, unknown> = {},
): Promise<string[]> {
  const ids: string[] = [];
  for (const email of emails) {
    const capture = { contact: { email, firstName: 'Test' }, capturedAt: new Date().toISOString(), ...extra };
    const answer = (await sendFromPage(page, 'saveCapture', { capture })) as {
      ok: boolean;
      value?: { id: string };
      error?: string;
    };
    if (!answer.ok) throw new Error(answer.error ?? 'no answer');
    ids.push(answer.value!.id);
  }
  return ids;
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
  await sendFromPage(page, 'wake', undefined);
}

/** The save the page shows reached "Synced". */
export async function expectSynced(page: Page, timeout = 20_000): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: 'Synced' })).toBeVisible({ timeout });
}

/**
 * A configured extension, its options page (where tests send saves the way the pages do) and a
 * fresh email for the person to save.
 */
export const readyToSave = (extension: Extension, ac: AcTarget, who: string) =>
  configure(extension, ac).then(async () => ({
    page: await extension.openPage('options'),
    email: uniqueEmail(who),
  }));

/** A new list on the account and a tag name no one used yet, both unique to this run. */
export async function newListAndTag(
  ac: { api: { createList(name: string): Promise<string> } },
  listLabel: string,
  tagLabel: string,
): Promise<{ list: string; listId: string; tag: string }> {
  const list = uniqueName(listLabel);
  return { list, listId: await ac.api.createList(list), tag: uniqueName(tagLabel) };
}

/** Waits until the sandbox has seen no new request for a second: look-ups pages started have landed. */
export async function requestsSettled(ac: AcServer): Promise<void> {
  let seen = -1;
  for (let i = 0; i < 20; i++) {
    const count = (await ac.sandbox.requests()).length;
    if (count === seen) return;
    seen = count;
    await new Promise((r) => setTimeout(r, 1000));
  }
}
