import { browser } from 'wxt/browser';
import { originPermission } from '@/lib/api-url';

/**
 * Asks for access to exactly this origin. Call it first in the click handler, before any other
 * await: Firefox forgets the user gesture at the first await, and the request resolves at once
 * when access is already granted. The pattern has no port: Firefox never grants one with a port.
 */
export async function requestOriginAccess(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins: [originPermission(origin)] });
  } catch {
    return false;
  }
}
