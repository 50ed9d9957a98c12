import { browser } from 'wxt/browser';

/**
 * Content scripts can read `storage.local` by default; the key lives there, so restrict it to
 * our own pages and worker where the browser supports it (Chrome). Feature-detected: returns
 * whether storage is now locked.
 */
export async function lockStorage(): Promise<boolean> {
  const local = browser.storage.local as { setAccessLevel?(o: { accessLevel: string }): Promise<void> };
  if (typeof local.setAccessLevel !== 'function') return false;
  try {
    await local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
    return true;
  } catch {
    return false;
  }
}
