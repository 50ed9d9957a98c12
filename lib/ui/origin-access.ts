import { browser } from 'wxt/browser';
import { coveredByPatterns, originPermission } from '@/lib/api-url';

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

/**
 * Whether this build may ask for `origin` at all: the manifest lists ActiveCampaign's hosts and the
 * build's SIDECARD_CUSTOM_API_ORIGINS (wxt.config.ts); the browser refuses anything else, however
 * the user answers. Synchronous, so it may run before `requestOriginAccess` in a click handler.
 */
export function buildMayReach(origin: string): boolean {
  const manifest = browser.runtime.getManifest() as {
    host_permissions?: string[];
    optional_host_permissions?: string[];
    permissions?: string[];
    optional_permissions?: string[];
  };
  const patterns = [
    ...(manifest.host_permissions ?? []),
    ...(manifest.optional_host_permissions ?? []),
    // Firefox's MV2 manifest keeps host patterns among the permissions.
    ...(manifest.permissions ?? []),
    ...(manifest.optional_permissions ?? []),
  ];
  return coveredByPatterns(origin, patterns);
}
