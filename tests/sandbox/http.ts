/**
 * Transport helpers shared by every route module: the `Reply` value handlers return, the request
 * context they receive, and the error-body shapes real ActiveCampaign uses.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { ImportScripts } from './import-scripts';
import type { WindowLimiter } from './limits';
import type { SandboxData } from './state';

/** What a handler answers; the server turns it into headers and a body in one place. */
export interface Reply {
  status: number;
  /** JSON-encoded unless `text` is set. */
  body?: unknown;
  text?: string;
  contentType?: string;
  headers?: Record<string, string>;
}

/** The live account a request works on. `data` is replaced on reset, so read it per request. */
export interface Account {
  data: SandboxData;
  /** Runs `fn` later unless the sandbox closes first (bulk-import processing). */
  later(ms: number, fn: () => void): void;
  /** Saves to the persist file, if any. */
  persist(): void;
  /** How the next bulk imports behave (test-scripted durations and endings). */
  importScripts: ImportScripts;
  /** Bulk import's own per-minute limits (one contact / several); absent when limits are disabled. */
  bulkLimits?: { single: WindowLimiter; multi: WindowLimiter };
}

export interface Ctx {
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  body: Buffer;
  account: Account;
  /** Absolute `/api/3` root, for the `links` AC puts in every resource. */
  apiRoot: string;
}

export interface Route {
  method: string;
  path: RegExp;
  handle(ctx: Ctx, params: string[]): Reply;
}

/** Runs the first route whose method and path match, passing the path's capture groups. */
export function dispatch(routes: Route[], ctx: Ctx, path: string): Reply | undefined {
  for (const route of routes) {
    if (route.method !== ctx.method) continue;
    const match = route.path.exec(path);
    if (match) return route.handle(ctx, match.slice(1));
  }
  return undefined;
}

export interface AcError {
  title: string;
  detail?: string;
  code?: string;
  status?: number;
  source?: { pointer: string };
}

export function errors(status: number, ...list: AcError[]): Reply {
  return { status, body: { errors: list } };
}

/** The JSON:API-style 422 AC uses for validation (`field_missing`, `field_invalid`, `duplicate`, ...). */
export function invalid(attribute: string, title: string, code = 'field_invalid'): Reply {
  return errors(422, { title, detail: '', code, source: { pointer: `/data/attributes/${attribute}` } });
}

/** Single-resource 404s use a bare message naming AC's internal model (Subscriber, SubscriberTag, ...). */
export function notFound(model: string, id: string | number): Reply {
  return { status: 404, body: { message: `No Result found for ${model} with id ${id}` } };
}

/** Reads the whole body, refusing (undefined) beyond `maxBytes` so a runaway client cannot exhaust memory. */
export async function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export function send(res: ServerResponse, reply: Reply): void {
  // The client may have gone away while a delay fault or bulk processing was pending.
  if (res.destroyed) return;
  const isText = reply.text !== undefined;
  const payload = isText ? (reply.text ?? '') : JSON.stringify(reply.body ?? {});
  res.writeHead(reply.status, {
    ...reply.headers,
    'Content-Type': isText
      ? (reply.contentType ?? 'text/plain; charset=utf-8')
      : 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(payload),
  });
  res.end(payload);
}

/** Constant-time comparison, so the sandbox does not model a key-guessing oracle. */
export function keyMatches(given: unknown, apiKey: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(apiKey);
  return a.length === b.length && timingSafeEqual(a, b);
}
