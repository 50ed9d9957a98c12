import { demoCrmSeed } from '../sandbox/crm-state';
import { startSandbox } from '../sandbox/server';
import { TestAc } from '../support/ac-api';
import { servePages } from '../support/browser';
import { type FirefoxExtension, launchFirefoxExtension } from '../support/firefox';
import { saveConnection, waitUntil } from '../support/journey-steps';
import { type SandboxClient, sandboxClient } from '../support/sandbox-client';

/**
 * One Firefox, one sandbox and the loopback test pages per file: launching Firefox costs seconds
 * on a shared 2-core machine, and every journey uses its own names and emails.
 */

export interface FirefoxRun {
  extension: FirefoxExtension;
  ac: { url: string; apiKey: string; api: TestAc; control: SandboxClient };
  pagesUrl: string;
  close(): Promise<void>;
}

export async function startFirefoxRun(): Promise<FirefoxRun> {
  const sandbox = await startSandbox({ port: 0, seed: { crm: demoCrmSeed } });
  const pages = await servePages();
  const extension = await launchFirefoxExtension();
  const target = { url: sandbox.url, apiKey: sandbox.apiKey };
  return {
    extension,
    ac: { ...target, api: new TestAc(target), control: sandboxClient(target) },
    pagesUrl: pages.url,
    async close() {
      await extension.close().catch(() => undefined);
      await pages.close();
      await sandbox.close();
    },
  };
}

/**
 * Configures the extension through its options page, as a user would. Each Chromium test gets a
 * fresh profile; here one Firefox serves the file, so each journey starts with the list and tag
 * caches empty, as in a fresh profile (lists a test just created must show).
 */
export async function configure(run: FirefoxRun): Promise<void> {
  await run.extension.inExtension(`browser.storage.local.remove(['listCache', 'tagIndex', 'fieldIndex'])`);
  const options = await run.extension.openPage('options');
  await saveConnection(options, run.ac.url, run.ac.apiKey);
  await options.close();
}

/** Opens a web page and the sidebar's page (as a tab) targeting it. */
export async function openPanelOn(run: FirefoxRun, page: string) {
  const url = `${run.pagesUrl}/${page}`;
  const web = await run.extension.openWeb(url);
  const panel = await run.extension.openPage('sidepanel', await run.extension.tabIdOf(url));
  return { web, panel };
}

interface StoredItem {
  state: string;
  capture: { contact: { email: string } };
}

export const outbox = (run: FirefoxRun) =>
  run.extension.inExtension<StoredItem[]>(`browser.storage.local.get('outbox').then((s) => s.outbox ?? [])`);

export const waitForState = (run: FirefoxRun, email: string, state: string, timeout = 30_000) =>
  waitUntil(
    `${email} to be ${state}`,
    () => outbox(run),
    (items) => items.some((i) => i.capture.contact.email === email && i.state === state),
    timeout,
  );

export const contactCount = async (run: FirefoxRun, email: string) =>
  (await run.ac.api.contactsByEmail(email)).length;
