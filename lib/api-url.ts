/**
 * Turns what a user pastes from AC's Settings → Developer into the origin we store, ask a host
 * permission for, and send the key to. AC hosts vary by region and are not guaranteed to be
 * `*.api-us1.com` (§1.1), so any https host is kept: the permission request and the key go to
 * exactly that origin, which the user sees in the permission prompt. A look-alike such as
 * `acct.api-us1.com.evil.com` would simply be another origin; the common paste-trap shape of an
 * AC host followed by more labels is refused outright because no real AC host looks like that.
 */

export type NormalizedApiUrl = { ok: true; origin: string } | { ok: false; message: string };

export interface NormalizeApiUrlOptions {
  /** Test builds talk to the local sandbox over plain http on a loopback host. */
  allowLoopbackHttp: boolean;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost']);
/** The API path users may paste along with the host; anything else is not the API URL. */
const ALLOWED_PATHS = new Set(['/', '/api/3', '/api/3/']);
/** `…api-us1.com.` or `…activehosted.com.` followed by another label. */
const AC_HOST_FOLLOWED_BY_DOMAIN = /(^|\.)(api-[a-z]+\d*|activehosted)\.com\.[a-z0-9-]/i;

const EXAMPLE = 'https://youraccount.api-us1.com';

export function normalizeApiUrl(input: string, options: NormalizeApiUrlOptions): NormalizedApiUrl {
  const trimmed = input.trim();
  if (trimmed === '')
    return refuse(`Enter the API URL from ActiveCampaign’s Settings → Developer, e.g. ${EXAMPLE}.`);

  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return refuse(`That is not a web address. Paste the API URL, e.g. ${EXAMPLE}.`);
  }

  const isLoopbackHttp =
    url.protocol === 'http:' && options.allowLoopbackHttp && LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !isLoopbackHttp) {
    return refuse(`The API URL must start with https://, e.g. ${EXAMPLE}.`);
  }
  // `https://acct.api-us1.com@evil.com` sends everything to evil.com with "acct.api-us1.com" as a user name.
  if (url.username !== '' || url.password !== '') {
    return refuse(
      'The API URL must not contain “@” or a user name. Paste it exactly as ActiveCampaign shows it.',
    );
  }
  // A bare trailing `?` or `#` leaves `search`/`hash` empty, so look at the raw text too.
  if (url.search !== '' || url.hash !== '' || /[?#]/.test(trimmed)) {
    return refuse(`The API URL must not contain “?” or “#”. Paste only the address, e.g. ${EXAMPLE}.`);
  }
  if (!ALLOWED_PATHS.has(url.pathname)) {
    return refuse(`Paste only the API URL without a page path, e.g. ${EXAMPLE}.`);
  }
  if (AC_HOST_FOLLOWED_BY_DOMAIN.test(url.hostname)) {
    return refuse(
      'This looks like an ActiveCampaign address followed by another domain. ' +
        'Copy the API URL again from ActiveCampaign’s Settings → Developer.',
    );
  }
  return { ok: true, origin: url.origin };
}

function refuse(message: string): NormalizedApiUrl {
  return { ok: false, message };
}

/**
 * The host permission for an API origin: the host without a port. Firefox's match patterns
 * have no port (a pattern with one is never granted), and in Chrome a pattern without a port
 * covers every port of that host, so this is the same grant in both browsers.
 */
export function originPermission(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}
