/**
 * The one error type every ActiveCampaign call throws. `kind` drives what the outbox does
 * (pause on an account refusal, dead-letter on validation, back off on the rest). A 403 is
 * `validation` with code `forbidden` until `users/me` says whether the key itself is refused
 * (client/diagnose.ts): about one resource, that save needs a person and the queue goes on; `message` is safe to show
 * to the user and to store: it never holds the API key, request headers or a URL with a query.
 */

export type AcErrorKind =
  /** The account refused the key (401): nothing will work until the user fixes it. */
  | 'auth'
  /**
   * A 404 on one resource (a contact deleted or merged since), or, with code `redirect`, an API URL
   * that redirects elsewhere (the key is never sent after it).
   */
  | 'not-found'
  | 'validation'
  | 'rate-limited'
  | 'server'
  | 'network'
  | 'timeout'
  | 'bad-response';

export interface AcErrorDetails {
  /** HTTP status, when a response arrived. */
  status?: number;
  /** AC's machine code from `errors[].code` (e.g. `duplicate`, `field_invalid`). */
  code?: string;
  /** AC's JSON pointer from `errors[].source.pointer` (e.g. `/data/attributes/email`). */
  pointer?: string;
  /** How long AC asked us to wait (Retry-After), when it said so. */
  retryAfterMs?: number;
  /** `METHOD /path` without host or query, for logs. */
  endpoint?: string;
  /** Per-item reasons AC listed for a rejected bulk import (`failureReasons[].contact` is the index). */
  failures?: { index: number; message: string }[];
}

const RETRYABLE_KINDS: ReadonlySet<AcErrorKind> = new Set(['rate-limited', 'server', 'network', 'timeout']);

export class AcError extends Error {
  override readonly name = 'AcError';
  readonly kind: AcErrorKind;
  readonly status: number | undefined;
  readonly code: string | undefined;
  readonly pointer: string | undefined;
  readonly retryAfterMs: number | undefined;
  readonly endpoint: string | undefined;
  readonly failures: { index: number; message: string }[] | undefined;

  constructor(kind: AcErrorKind, message: string, details: AcErrorDetails = {}) {
    super(message);
    this.kind = kind;
    this.status = details.status;
    this.code = details.code;
    this.pointer = details.pointer;
    this.retryAfterMs = details.retryAfterMs;
    this.endpoint = details.endpoint;
    this.failures = details.failures;
  }

  /** What gets stored when the outbox persists the error: plain data, nothing from the request. */
  toJSON(): { name: 'AcError'; kind: AcErrorKind; message: string } & AcErrorDetails {
    return {
      name: this.name,
      kind: this.kind,
      message: this.message,
      status: this.status,
      code: this.code,
      pointer: this.pointer,
      retryAfterMs: this.retryAfterMs,
      endpoint: this.endpoint,
      failures: this.failures,
    };
  }
}

/** Transient failures: trying the same request later may succeed. Everything else needs a person. */
export function isRetryable(err: unknown): boolean {
  return err instanceof AcError && RETRYABLE_KINDS.has(err.kind);
}

/**
 * Errors that say the account or the API URL is unusable, so every later save would fail the same
 * way: only these pause the queue. A 403 or 404 on one resource does not (a deleted contact, a list
 * the user may not use); whether a 403 is a refused key or a 404 a wrong URL, `users/me` decides
 * (client/diagnose.ts).
 */
export function isAccountRefusal(err: unknown): boolean {
  return err instanceof AcError && (err.kind === 'auth' || isRedirect(err));
}

/** The API URL answered with a redirect (http.ts never follows one, so the key stayed home). */
export function isRedirect(err: unknown): boolean {
  return err instanceof AcError && err.kind === 'not-found' && err.code === 'redirect';
}

/** A 403 on one resource: the key's user may not use it (e.g. a list). */
export function isForbidden(err: unknown): boolean {
  return err instanceof AcError && err.code === 'forbidden';
}

/**
 * True for AC's "already exists" answers, which callers treat as a race to re-read: 422 `duplicate`,
 * and the tag endpoint's database message (no code), which http.ts reads as `duplicate` too.
 */
export function isDuplicate(err: unknown): boolean {
  return err instanceof AcError && err.kind === 'validation' && err.code === 'duplicate';
}

/**
 * Retry-After is either delta-seconds or an HTTP date (RFC 9110, https://www.rfc-editor.org/rfc/rfc9110#field.retry-after).
 * Returns undefined when absent or unreadable so callers fall back to their own backoff.
 */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}
