import { storage } from 'wxt/utils/storage';
import { ALLOW_LOOPBACK, normalizeApiUrl } from '@/lib/api-url';
import { settingsSchema } from '@/lib/settings';
import { settingsItem } from '@/lib/storage';

/**
 * The one home of the ActiveCampaign API key. Only the background calls it: pages send the key
 * to the background in a message and never read it back (they get the last four characters).
 *
 * Where the key lives depends on what the browser can guarantee against content scripts, which
 * run inside every page Sidecard reads:
 * - Chrome: `storage.local`, which the background locks to trusted contexts at start-up with
 *   `storage.local.setAccessLevel` (Chrome 102+; the side panel already needs Chrome 114). The
 *   browser itself then refuses content scripts. Every Chrome build has the API, so there is no
 *   second store to keep in step there.
 * - Firefox: there is no `setAccessLevel`, and content scripts may read all of `storage.local`
 *   (the storage API is shared by every context of the extension). The key lives in IndexedDB
 *   instead: extension pages and the background use the extension's own origin, while a content
 *   script's `indexedDB` is the page's, so no content script can even open this database.
 *   A key saved by an earlier version in `storage.local` is moved here once and deleted there.
 */

/** The key's place in `storage.local` (Chrome), and where earlier Firefox versions kept it. */
const localKeyItem = storage.defineItem<string | null>('local:apiKey', { fallback: null, version: 1 });

const DB_NAME = 'sidecard-secrets';
const STORE = 'secrets';
const KEY = 'apiKey';

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function inStore<T>(
  mode: IDBTransactionMode,
  run: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await openDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = run(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

interface KeyStore {
  read(): Promise<string | null>;
  write(key: string): Promise<void>;
  forget(): Promise<void>;
}

const lockedLocalStorage: KeyStore = {
  read: () => localKeyItem.getValue(),
  write: (key) => localKeyItem.setValue(key),
  forget: () => localKeyItem.removeValue({ removeMeta: true }),
};

const extensionIndexedDb: KeyStore = {
  async read() {
    const stored = await inStore('readonly', (s) => s.get(KEY));
    if (typeof stored === 'string') return stored;
    const legacy = await localKeyItem.getValue();
    if (!legacy) return null;
    await inStore('readwrite', (s) => s.put(legacy, KEY));
    await localKeyItem.removeValue({ removeMeta: true });
    return legacy;
  },
  async write(key) {
    await inStore('readwrite', (s) => s.put(key, KEY));
  },
  async forget() {
    await inStore('readwrite', (s) => s.delete(KEY));
    await localKeyItem.removeValue({ removeMeta: true });
  },
};

const store = import.meta.env.FIREFOX ? extensionIndexedDb : lockedLocalStorage;
const listeners = new Set<() => void>();

/**
 * The API origin the key was saved for. The key is handed out for that origin only, so a URL that
 * changes by any path (options, a settings file, an administrator's policy) never receives the key
 * saved for another account: the user is asked for the key again.
 */
const keyOriginItem = storage.defineItem<string | null>('local:apiKeyOrigin', { fallback: null, version: 1 });

/** The key saved for `origin`, or null (none saved, or saved for another origin). */
export async function readApiKey(origin: string): Promise<string | null> {
  const key = origin ? await store.read() : null;
  if (!key) return null;
  const savedFor = (await keyOriginItem.getValue()) ?? (await bindUnboundKey());
  return savedFor === origin ? key : null;
}

/**
 * A key saved before origins were recorded belongs to the URL the user saved with it: their own
 * stored API URL, normalised by today's rule — never an administrator's policy value, a URL that
 * fails the rule, or whichever origin happens to ask first. The first read (at the worker's start)
 * binds it to that origin for good; without such a URL the key is forgotten, as if none was saved.
 */
async function bindUnboundKey(): Promise<string | null> {
  const own = settingsSchema.safeParse(await settingsItem.getValue());
  const url =
    own.success && own.data.apiUrl
      ? normalizeApiUrl(own.data.apiUrl, {
          allowLoopbackHttp: ALLOW_LOOPBACK,
          confirmedCustomEndpoint: own.data.confirmedCustomEndpoint,
        })
      : null;
  if (!url?.ok) {
    await forgetApiKey();
    return null;
  }
  await keyOriginItem.setValue(url.origin);
  return url.origin;
}

export async function writeApiKey(key: string, origin: string): Promise<void> {
  await store.write(key);
  await keyOriginItem.setValue(origin);
  for (const listener of listeners) listener();
}

export async function forgetApiKey(): Promise<void> {
  await store.forget();
  await keyOriginItem.removeValue({ removeMeta: true });
  for (const listener of listeners) listener();
}

/**
 * Called after this context wrote or forgot the key. IndexedDB has no change events, and only
 * the background writes the key, so in-process listeners see every change.
 */
export function onApiKeyChanged(listener: () => void): void {
  listeners.add(listener);
}
