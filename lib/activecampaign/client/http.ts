import ky, { type KyInstance, TimeoutError } from 'ky';
import { AcError, type AcErrorDetails, parseRetryAfter } from '@/lib/activecampaign/errors';
import { t } from '@/lib/i18n';
import type { z } from '@/lib/zod';
import { type RequestGate, sendLimited } from './rate-limit';

/**
 * The transport shared by the v3 and v1 clients: one ky instance without retries (the outbox owns
 * retries, so nothing waits in memory), and one place that turns every outcome into either parsed,
 * schema-checked data or an AcError. Its message says what happened and is safe to store; what
 * the user reads comes from lib/activecampaign/wording.ts, which passes on only AC's own reasons.
 */

interface AcHttpOptions {
  prefixUrl: string;
  headers?: Record<string, string>;
  fetch: typeof globalThis.fetch;
  /** The rate limiter, at the priority of the calls this client makes. */
  gate?: RequestGate;
  /** For AC to answer, from when the request leaves (time waiting for the limiter does not count). */
  timeoutMs: number;
  /** Values that must never appear in an error message (the API key). */
  secrets: readonly string[];
}

interface AcHttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Relative to the prefix URL, without a leading slash. */
  path: string;
  searchParams?: URLSearchParams;
  json?: unknown;
  form?: URLSearchParams;
  /** Names the call in errors and logs; defaults to `METHOD /path`. Never contains a query string. */
  label?: string;
}

interface AcHttp {
  request<S extends z.ZodType>(schema: S, req: AcHttpRequest): Promise<z.output<S>>;
}

const MAX_MESSAGE_LENGTH = 300;
/** AC's bulk importer answers its own per-minute limit with 400 and this text (docs/activecampaign.md#bulk-import). */
const BULK_RATE_LIMIT_MESSAGE = /rate limit exceeded/i;
const BULK_RATE_LIMIT_WAIT_MS = 60_000;

export function createAcHttp(options: AcHttpOptions): AcHttp {
  const api: KyInstance = ky.create({
    prefixUrl: options.prefixUrl,
    headers: options.headers,
    fetch: options.fetch,
    timeout: options.timeoutMs,
    retry: 0,
    throwHttpErrors: false,
    // Fetch re-sends a custom Api-Token header to wherever a redirect points (only Authorization is
    // stripped), so no redirect is ever followed (docs/activecampaign.md#redirects). `manual` rather
    // than `error`: a browser's `error` rejects exactly like an outage, `manual` lets us say "wrong URL".
    redirect: 'manual',
    // Never from or into a cache: v1 reads carry the key in the URL (docs/activecampaign.md#v1), and a
    // stored answer would show what AC held before, which the plans must not trust.
    cache: 'no-store',
  });
  const clean = (message: string): string => sanitizeMessage(message, options.secrets);

  return {
    async request(schema, req) {
      const endpoint = req.label ?? `${req.method} /${req.path}`;
      let response: Response;
      let text: string;
      // Waiting for the limiter happens before ky starts its timer: a request queued behind a batch
      // has not left yet and must not time out.
      const send = () =>
        api(req.path, { method: req.method, searchParams: req.searchParams, json: req.json, body: req.form });
      try {
        response = await (options.gate ? sendLimited(options.gate, send) : send());
      } catch (err) {
        throw transportError(err, endpoint, options.timeoutMs);
      }
      try {
        text = await response.text();
      } catch (err) {
        throw transportError(err, endpoint, options.timeoutMs);
      }
      if (isRedirect(response)) throw redirectError(endpoint);
      const body = parseJson(text);
      if (!response.ok) throw errorFromResponse(response, body, endpoint, clean);
      const parsed = schema.safeParse(body ?? {});
      if (!parsed.success) {
        throw new AcError('bad-response', `ActiveCampaign sent an unexpected answer to ${endpoint}.`, {
          status: response.status,
          endpoint,
        });
      }
      return parsed.data;
    },
  };
}

/** Browsers hide a manual redirect as an `opaqueredirect` with status 0; Node shows the 3xx. */
function isRedirect(response: Response): boolean {
  return response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);
}

function redirectError(endpoint: string): AcError {
  return new AcError(
    'not-found',
    'The API URL redirects to another address, so Sidecard did not send the key there. ' +
      'Copy the API URL again from ActiveCampaign’s Settings → Developer.',
    { endpoint, code: 'redirect' },
  );
}

function transportError(err: unknown, endpoint: string, timeoutMs: number): AcError {
  if (err instanceof TimeoutError) {
    return new AcError('timeout', `No answer within ${Math.ceil(timeoutMs / 1000)} s.`, { endpoint });
  }
  // fetch rejects with a TypeError for DNS, refused connections and offline; its text can name the URL.
  return new AcError('network', 'The request did not reach ActiveCampaign.', {
    endpoint,
  });
}

/** AC sometimes labels JSON as text/plain (docs/activecampaign.md#errors), so read text and try JSON regardless of headers. */
function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

interface AcErrorBody {
  title?: string;
  detail?: string;
  code?: string;
  pointer?: string;
  message?: string;
  failures?: { index: number; message: string }[];
}

/** Reads the error shapes AC is known to use: JSON:API `errors[]`, a bare `message`, bulk `failureReasons`. */
function readErrorBody(body: unknown): AcErrorBody {
  if (typeof body !== 'object' || body === null) return {};
  const record = body as Record<string, unknown>;
  const out: AcErrorBody = {};
  const first = Array.isArray(record.errors) ? (record.errors[0] as unknown) : undefined;
  if (typeof first === 'object' && first !== null) {
    const e = first as Record<string, unknown>;
    out.title = stringOrUndefined(e.title);
    out.detail = stringOrUndefined(e.detail);
    out.code = stringOrUndefined(e.code);
    const source = e.source;
    if (typeof source === 'object' && source !== null) {
      out.pointer = stringOrUndefined((source as Record<string, unknown>).pointer);
    }
  }
  out.message = stringOrUndefined(record.message);
  // POST /tags answers a duplicate with a database message and no code (docs/activecampaign.md#tags).
  const dbError = stringOrUndefined(record.error);
  if (dbError && /duplicate entry/i.test(dbError)) {
    out.code ??= 'duplicate';
    out.title ??= 'That name already exists in ActiveCampaign.';
  }
  if (Array.isArray(record.failureReasons)) {
    out.failures = record.failureReasons.flatMap((r: unknown) => {
      if (typeof r !== 'object' || r === null) return [];
      const { contact, failureReason } = r as Record<string, unknown>;
      return typeof contact === 'number' && typeof failureReason === 'string'
        ? [{ index: contact, message: failureReason }]
        : [];
    });
    const general = record.failureReasons.find((r): r is string => typeof r === 'string');
    if (general) out.detail = general;
  }
  return out;
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function errorFromResponse(
  response: Response,
  body: unknown,
  endpoint: string,
  clean: (message: string) => string,
): AcError {
  const { status } = response;
  const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'), Date.now());
  const base: AcErrorDetails = { status, endpoint };
  const info = readErrorBody(body);

  if (status === 401) {
    return new AcError('auth', 'The API key was not accepted (HTTP 401).', base);
  }
  if (status === 403) {
    return new AcError('validation', t('error_forbidden'), { ...base, code: 'forbidden' });
  }
  if (status === 404) {
    const message = info.message ?? info.detail;
    return new AcError(
      'not-found',
      message ? clean(`ActiveCampaign: ${message}`) : 'Not found (HTTP 404).',
      base,
    );
  }
  if (status === 429) {
    return new AcError('rate-limited', 'Rate limit reached (HTTP 429).', {
      ...base,
      retryAfterMs,
    });
  }
  if (status >= 500) {
    return new AcError('server', `Server error (HTTP ${status}).`, {
      ...base,
      retryAfterMs,
    });
  }
  if (status === 408) {
    return new AcError('timeout', 'The request timed out (HTTP 408).', base);
  }
  const text = info.title ?? info.message ?? info.detail;
  if (status === 400 && text && BULK_RATE_LIMIT_MESSAGE.test(text)) {
    return new AcError('rate-limited', 'Bulk import limit reached (HTTP 400).', {
      ...base,
      retryAfterMs: retryAfterMs ?? BULK_RATE_LIMIT_WAIT_MS,
    });
  }
  if (status >= 400) {
    return new AcError('validation', text ? clean(text) : `the request was refused (HTTP ${status}).`, {
      ...base,
      code: info.code,
      pointer: info.pointer,
      failures: info.failures?.map((f) => ({ index: f.index, message: clean(f.message) })),
    });
  }
  return new AcError('bad-response', `ActiveCampaign sent an unexpected answer to ${endpoint}.`, base);
}

/** Text from AC is shown to users: drop secrets and query strings, cap the length. */
export function sanitizeMessage(message: string, secrets: readonly string[]): string {
  let out = message;
  for (const secret of secrets) {
    if (secret) out = out.split(secret).join('[redacted]');
  }
  out = out.replace(/(https?:\/\/[^\s?#"'<>]*)[?#][^\s"'<>]*/gi, '$1');
  return out.length > MAX_MESSAGE_LENGTH ? `${out.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : out;
}
