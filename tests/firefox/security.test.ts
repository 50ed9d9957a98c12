import { afterAll, beforeAll, expect, test } from 'vitest';
import { click, saveWithEmail, testConnection, waitForStatus, waitForSynced } from '../support/journey-steps';
import { configure, type FirefoxRun, openPanelOn, startFirefoxRun } from './setup';

/**
 * Firefox has no `storage.local.setAccessLevel` and lets content scripts read `storage.local`:
 * the key must live where no content script can reach it, and appear nowhere else.
 */

let run: FirefoxRun;
beforeAll(async () => {
  run = await startFirefoxRun();
});
afterAll(() => run?.close());

/** The key where Sidecard keeps it in Firefox: IndexedDB of the extension's own origin. */
const KEY_IN_EXTENSION_DB = `new Promise((resolve, reject) => {
  const open = indexedDB.open('sidecard-secrets', 1);
  open.onupgradeneeded = () => open.result.createObjectStore('secrets');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const get = open.result.transaction('secrets').objectStore('secrets').get('apiKey');
    get.onsuccess = () => { resolve(get.result ?? null); open.result.close(); };
    get.onerror = () => reject(get.error);
  };
})`;

/** Runs in the web page as a content script: everything a content script could try. */
const CONTENT_SCRIPT_LOOKS_FOR_THE_KEY = `async () => {
  const attempt = async (read) => { try { return await read(); } catch (error) { return 'refused: ' + error.message; } };
  const pageDb = () => new Promise((resolve) => {
    const open = indexedDB.open('sidecard-secrets');
    open.onerror = () => resolve('refused: ' + open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('secrets')) { db.close(); resolve('no such store'); return; }
      const get = db.transaction('secrets').objectStore('secrets').get('apiKey');
      get.onsuccess = () => { resolve(get.result ?? null); db.close(); };
    };
  });
  return JSON.stringify({
    local: await attempt(() => browser.storage.local.get(null)),
    sync: await attempt(() => browser.storage.sync.get(null)),
    session: await attempt(() => browser.storage.session.get(null)),
    databases: await attempt(() => indexedDB.databases()),
    indexedDb: await attempt(pageDb),
    localStorage: await attempt(() => JSON.stringify(localStorage)),
    sessionStorage: await attempt(() => JSON.stringify(sessionStorage)),
    cookies: document.cookie,
    status: await attempt(() => browser.runtime.sendMessage({ id: 1, type: 'getStatus', data: undefined, timestamp: Date.now() })),
  });
}`;

test('a content script in Firefox cannot read the key, though it can read storage.local', async () => {
  await configure(run);
  const { web } = await openPanelOn(run, 'person.html');
  const tabId = await run.extension.tabIdOf(web.url());
  const seen = await run.extension.inExtension<string>(
    `browser.scripting.executeScript({ target: { tabId: ${tabId} }, func: ${CONTENT_SCRIPT_LOOKS_FOR_THE_KEY} })
      .then((results) => results[0].result)`,
  );
  const found = JSON.parse(seen) as Record<string, unknown>;
  // Firefox really does hand storage.local to content scripts: the key must simply not be there.
  expect(found.local).toMatchObject({ settings: expect.anything() });
  expect(seen).not.toContain(run.ac.apiKey);
  expect(found.indexedDb).not.toBe(run.ac.apiKey);
});

test('across a whole journey the key is never shown, logged, messaged or stored outside its one place', async () => {
  await configure(run);
  const { panel, web } = await openPanelOn(run, 'person.html');
  await saveWithEmail(panel, `confined+${Date.now().toString(36)}@sidecard.example`);
  await waitForSynced(panel);
  const options = await run.extension.openPage('options');
  await testConnection(options);

  const key = run.ac.apiKey;
  for (const page of [panel, options, web]) expect(await page.content()).not.toContain(key);
  const stores = await run.extension.inExtension<string>(`Promise.all([
    browser.storage.local.get(null), browser.storage.sync.get(null), browser.storage.session.get(null),
  ]).then(JSON.stringify)`);
  expect(stores).not.toContain(key);
  expect(await run.extension.inExtension(KEY_IN_EXTENSION_DB)).toBe(key);
  expect(run.extension.consoleMessages.join('\n')).not.toContain(key);
});

test('a key stored by an earlier version in storage.local is moved to IndexedDB once', async () => {
  await configure(run);
  const options = await run.extension.openPage('options');
  await click(options, 'Forget key');
  await waitForStatus(options, /removed/);
  expect(await run.extension.inExtension(KEY_IN_EXTENSION_DB)).toBeNull();
  await run.extension.inExtension(`browser.storage.local.set({ apiKey: ${JSON.stringify(run.ac.apiKey)} })`);

  // The background reads (and moves) the stored key to answer "Test connection".
  await testConnection(await run.extension.openPage('options'));
  expect(await run.extension.inExtension(KEY_IN_EXTENSION_DB)).toBe(run.ac.apiKey);
  expect(await run.extension.inExtension(`browser.storage.local.get('apiKey')`)).toEqual({});
});
