import { storage } from 'wxt/utils/storage';

/**
 * The one module that touches the stored API key. Only the background reads it; pages only ever
 * send a new one (options page → `saveSettings`). It lives in `local`, which the background
 * locks to trusted contexts at start-up (lib/storage-lock.ts), and is never replicated by `sync`.
 */

const apiKeyItem = storage.defineItem<string | null>('local:apiKey', { fallback: null, version: 1 });

export const readApiKey = (): Promise<string | null> => apiKeyItem.getValue();

export const writeApiKey = (key: string): Promise<void> => apiKeyItem.setValue(key);

export const forgetApiKey = (): Promise<void> => apiKeyItem.removeValue();
