/** Request parsing and paging shared by the v3 route modules. */
import { z } from 'zod';
import { type AcError, type Ctx, errors, type Reply } from '../http';

/** AC accepts ids as numbers or numeric strings (`"list": 2` and `"list": "2"`). */
export const idSchema = z
  .union([z.number().int().positive(), z.string().regex(/^[1-9]\d*$/, 'must be a numeric id')])
  .transform(Number);

export type Parsed<T> = { ok: true; value: T } | { ok: false; reply: Reply };

/** The documented `/contact/sync` failure body; used for bodies that are not even the right envelope. */
export const badRequest: Reply = { status: 400, body: {} };

/**
 * Parses a v3 write body `{ <wrapper>: {...} }`. Stricter than AC on purpose: a non-JSON content type,
 * extra top-level keys or unknown attributes are refused, so a client sending off-spec data is caught.
 */
export function parseWrite<S extends z.ZodType>(ctx: Ctx, wrapper: string, schema: S): Parsed<z.output<S>> {
  const body = parseJsonBody(ctx);
  if (!body.ok) return body;
  const value = body.value;
  if (!isObject(value) || Object.keys(value).length !== 1 || !isObject(value[wrapper])) {
    return { ok: false, reply: badRequest };
  }
  const result = schema.safeParse(value[wrapper], { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, reply: errors(422, ...result.error.issues.flatMap(toAcErrors)) };
}

export function parseJsonBody(ctx: Ctx): Parsed<unknown> {
  const type = ctx.headers['content-type'] ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    return { ok: false, reply: { status: 415, body: { message: 'Content-Type must be application/json' } } };
  }
  try {
    return { ok: true, value: JSON.parse(ctx.body.toString('utf8')) };
  } catch {
    return { ok: false, reply: badRequest };
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toAcErrors(issue: z.core.$ZodIssue): AcError[] {
  const pointer = (path: PropertyKey[]) => `/data/attributes/${path.map(String).join('/')}`;
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      title: `Unknown attribute "${key}".`,
      detail: '',
      code: 'field_invalid',
      source: { pointer: pointer([...issue.path, key]) },
    }));
  }
  // JSON cannot carry `undefined`, so an undefined input (reported thanks to `reportInput`) means absent.
  const missing = issue.code === 'invalid_type' && issue.input === undefined;
  const name = String(issue.path.at(-1) ?? 'value');
  return [
    {
      title: missing ? `The ${name} was not provided.` : `The ${name} is invalid.`,
      detail: missing ? '' : issue.message,
      code: missing ? 'field_missing' : 'field_invalid',
      source: { pointer: pointer(issue.path) },
    },
  ];
}

/** `limit` (default per endpoint, max 100) and zero-based `offset`, with the total as a string. */
export function paginate<T>(
  ctx: Ctx,
  items: T[],
  defaultLimit: number,
): { page: T[]; meta: { total: string } } {
  const limit = Math.min(100, wholeNumber(ctx.url.searchParams.get('limit')) ?? defaultLimit);
  const offset = wholeNumber(ctx.url.searchParams.get('offset')) ?? 0;
  return { page: items.slice(offset, offset + limit), meta: { total: String(items.length) } };
}

function wholeNumber(raw: string | null): number | undefined {
  return raw !== null && /^\d+$/.test(raw) ? Number(raw) : undefined;
}

export function includesCi(haystack: string, needle: string): boolean {
  return haystack.toLowerCase().includes(needle.toLowerCase());
}
