/**
 * Turns what a user pastes from AC's Settings → Developer into the origin we store, ask a host
 * permission for, and send the key to. Only ActiveCampaign's own host shapes are accepted as they
 * are (`ACCOUNT.api-us1.com` and the other `api-*` regions, `ACCOUNT.activehosted.com`); any other
 * host is a "custom endpoint" the user must confirm explicitly, because the key would go there.
 * Loopback is for the test build only. A look-alike such as `acct.api-us1.com.evil.com` is refused
 * outright: no real AC host looks like that (docs/activecampaign.md#redirects).
 */

// Relative: wxt.config.ts loads this file (AC_HOST_PERMISSIONS) before the @/ alias exists.
import { t } from './i18n';

type NormalizedApiUrl =
  | { ok: true; origin: string; custom?: true }
  /** `needsCustomConfirmation`: a well-formed host that is not AC's; asking the user may accept it. */
  | { ok: false; message: string; needsCustomConfirmation?: true };

interface NormalizeApiUrlOptions {
  /** Test builds talk to the local sandbox on a loopback host (http allowed); no other build may. */
  allowLoopbackHttp: boolean;
  /** The user confirmed, in options, that this non-ActiveCampaign host is their API endpoint. */
  confirmedCustomEndpoint?: boolean;
}

/**
 * ActiveCampaign's documented API domains (`ACCOUNT.api-us1.com`, and the regions public sources
 * name) and its app domain: the one list both the host rule and the host permissions come from.
 * Anyone can register another `api-<letters>.com`, so no other domain passes as AC's without the
 * custom-endpoint confirmation (docs/activecampaign.md#api-hosts).
 */
const AC_DOMAINS = ['api-us1.com', 'api-us2.com', 'api-eu1.com', 'activehosted.com'] as const;
const ACCOUNT_LABEL = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Host permissions for the AC hosts a build can reach (wxt.config.ts asks for these, plus the build's
 * SIDECARD_CUSTOM_API_ORIGINS, and nothing else). A match pattern has no wildcard inside a domain
 * (`*.api-*.com` is invalid), so each domain is listed on its own; an account in another region
 * needs a build that names its origin (docs/activecampaign.md#api-hosts).
 */
export const AC_HOST_PERMISSIONS: readonly string[] = AC_DOMAINS.map((domain) => `https://*.${domain}/*`);

/** One account label, then one of AC's domains. */
function isActiveCampaignHost(hostname: string): boolean {
  const [label = '', ...domain] = hostname.toLowerCase().split('.');
  return ACCOUNT_LABEL.test(label) && (AC_DOMAINS as readonly string[]).includes(domain.join('.'));
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost']);
/** The API path users may paste along with the host; anything else is not the API URL. */
const ALLOWED_PATHS = new Set(['/', '/api/3', '/api/3/']);
/** `…api-us1.com.` or `…activehosted.com.` followed by another label. */
const AC_HOST_FOLLOWED_BY_DOMAIN = /(^|\.)(api-[a-z]+\d*|activehosted)\.com\.[a-z0-9-]/i;

export function normalizeApiUrl(input: string, options: NormalizeApiUrlOptions): NormalizedApiUrl {
  const example = t('account_api_url_example');
  const trimmed = input.trim();
  if (trimmed === '') return refuse(t('api_url_empty', { example }));

  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return refuse(t('api_url_not_web_address', { example }));
  }

  const isLoopback = options.allowLoopbackHttp && LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !(isLoopback && url.protocol === 'http:')) {
    return refuse(t('api_url_not_https', { example }));
  }
  // `https://acct.api-us1.com@evil.com` sends everything to evil.com with "acct.api-us1.com" as a user name.
  if (url.username !== '' || url.password !== '') {
    return refuse(t('api_url_user_name'));
  }
  // A bare trailing `?` or `#` leaves `search`/`hash` empty, so look at the raw text too.
  if (url.search !== '' || url.hash !== '' || /[?#]/.test(trimmed)) {
    return refuse(t('api_url_query', { example }));
  }
  if (!ALLOWED_PATHS.has(url.pathname)) {
    return refuse(t('api_url_path', { example }));
  }
  if (AC_HOST_FOLLOWED_BY_DOMAIN.test(url.hostname)) {
    return refuse(t('api_url_look_alike'));
  }
  if (isLoopback || isActiveCampaignHost(url.hostname)) return { ok: true, origin: url.origin };
  if (LOOPBACK_HOSTS.has(url.hostname)) return refuse(t('api_url_loopback', { example }));
  if (!options.confirmedCustomEndpoint) {
    return {
      ok: false,
      needsCustomConfirmation: true,
      message: t('api_url_custom_endpoint', { host: url.hostname, example }),
    };
  }
  return { ok: true, origin: url.origin, custom: true };
}

function refuse(message: string): NormalizedApiUrl {
  return { ok: false, message };
}

/** Test builds (and only they) may point at the local sandbox over plain http. */
export const ALLOW_LOOPBACK = import.meta.env.MODE === 'test';
/**
 * The host permission for an API origin: the host without a port. Firefox's match patterns
 * have no port (a pattern with one is never granted), and in Chrome a pattern without a port
 * covers every port of that host, so this is the same grant in both browsers.
 */
export function originPermission(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}

/**
 * Whether a host permission for `origin` could be granted under these manifest match patterns
 * (a permission outside them is refused by the browser, whatever the user answers).
 */
export function coveredByPatterns(origin: string, patterns: readonly string[]): boolean {
  const { protocol, hostname } = new URL(origin);
  return patterns.some((pattern) => {
    if (pattern === '<all_urls>') return true;
    const parts = /^(\*|https?):\/\/([^/]+)\//.exec(pattern);
    if (!parts) return false;
    const [, scheme, host] = parts as unknown as [string, string, string];
    const hostOnly = host.replace(/:[\d*]+$/, '');
    if (scheme !== '*' && `${scheme}:` !== protocol) return false;
    if (hostOnly === '*') return true;
    if (hostOnly.startsWith('*.'))
      return hostname.endsWith(hostOnly.slice(1)) || hostname === hostOnly.slice(2);
    return hostname === hostOnly;
  });
}
