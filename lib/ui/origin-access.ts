import { browser } from 'wxt/browser';
import {
  AC_HOST_PERMISSIONS,
  ALLOW_LOOPBACK,
  coveredByPatterns,
  normalizeApiUrl,
  originPermission,
} from '@/lib/api-url';
import { t } from '@/lib/i18n';

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
function buildMayReach(origin: string): boolean {
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

/**
 * The API URL as options and the welcome page check it before asking for access: ActiveCampaign's
 * rule (a custom endpoint only with the user's confirmation), then whether this build can reach it
 * at all, so the user reads why instead of a permission prompt that never comes.
 */
export function checkApiUrl(
  input: string,
  confirmedCustomEndpoint: boolean,
): ReturnType<typeof normalizeApiUrl> {
  const url = normalizeApiUrl(input, { allowLoopbackHttp: ALLOW_LOOPBACK, confirmedCustomEndpoint });
  if (url.ok && !buildMayReach(url.origin)) {
    const hosts = AC_HOST_PERMISSIONS.map((p) => p.replace(/^https:\/\/\*\.|\/\*$/g, '')).join(', ');
    return { ok: false, message: t('options_api_url_outside_build', { origin: url.origin, hosts }) };
  }
  return url;
}

/** Whether this URL is well formed but not ActiveCampaign's, so the user may confirm it as theirs. */
export function needsConfirmation(input: string): boolean {
  const url = checkApiUrl(input, false);
  return !url.ok && url.needsCustomConfirmation === true;
}
