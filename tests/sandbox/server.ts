/**
 * A local fake of the ActiveCampaign API that is as unforgiving as the real one: no CORS, string ids,
 * 5 req/s per account, blanking on empty values, re-subscription on status 1. See README.md.
 *
 *   const sb = await startSandbox({ seed: 'demo', ratePerSecond: false });
 *   await fetch(`${sb.url}/api/3/users/me`, { headers: { 'Api-Token': sb.apiKey } });
 *   await sb.close();
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, STATUS_CODES } from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerControl, type Controls, type RequestLogEntry } from './control';
import { type FaultAction, FaultQueue } from './faults';
import { type Account, type Ctx, type Reply, readBody, send } from './http';
import { ImportScripts } from './import-scripts';
import { WindowLimiter } from './limits';
import { seedData } from './ops';
import { demoSeed, loadData, type SandboxSeed, saveData } from './state';
import { answerV1 } from './v1';
import { answerV3 } from './v3';
import { scheduleBatch } from './v3/imports';

export type { SandboxSeed } from './state';

export interface SandboxOptions {
  /** Default 0 (a random free port). */
  port?: number;
  /** Default '127.0.0.1'. */
  host?: string;
  /** Default: 40 random hex characters. */
  apiKey?: string;
  seed?: SandboxSeed | 'demo';
  /** Loaded at start when it exists (the seed is then ignored), saved after every write. */
  persistFile?: string;
  /** Default 5 per second for the whole account; `false` disables every limit, bulk import's included. */
  ratePerSecond?: number | false;
  /**
   * How v3 answers a wrong or missing key. AC documents none; default 401, and 403 is what other
   * AC-compatible servers have been seen to answer, so a client must treat both alike.
   */
  wrongKeyStatus?: 401 | 403;
}

export interface Sandbox {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  url: string;
  apiKey: string;
  close(): Promise<void>;
}

/** Generous; bulk import's own 400 000-byte limit is enforced by its route. */
const MAX_BODY_BYTES = 2_000_000;

export async function startSandbox(opts: SandboxOptions = {}): Promise<Sandbox> {
  const apiKey = opts.apiKey ?? randomBytes(20).toString('hex');
  const seed = opts.seed === 'demo' ? demoSeed : (opts.seed ?? {});
  const rate = opts.ratePerSecond ?? 5;
  const limiter = rate === false ? undefined : new WindowLimiter(rate, 1000);
  const timers = new Set<NodeJS.Timeout>();

  const importScripts = new ImportScripts();
  const account: Account = {
    importScripts,
    data: (opts.persistFile ? loadData(opts.persistFile) : undefined) ?? seedData(seed),
    later(ms, fn) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        fn();
      }, ms);
      timers.add(timer);
    },
    persist() {
      if (opts.persistFile) saveData(opts.persistFile, account.data);
    },
    bulkLimits:
      rate === false
        ? undefined
        : { single: new WindowLimiter(20, 60_000), multi: new WindowLimiter(100, 60_000) },
  };
  account.persist();
  for (const batch of account.data.imports) {
    if (batch.status === 'waiting') scheduleBatch(account, batch);
  }

  let offline = false;
  const controls: Controls = {
    faults: new FaultQueue(),
    importScripts,
    log: [],
    setOffline: (value) => {
      offline = value;
    },
    reset() {
      account.data = seedData(seed);
      controls.faults.clear();
      importScripts.clear();
      controls.log.length = 0;
      offline = false;
      limiter?.reset();
      account.bulkLimits?.single.reset();
      account.bulkLimits?.multi.reset();
      account.persist();
    },
    data: () => account.data,
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://sandbox');
    const handled = url.pathname.startsWith('/__sandbox/')
      ? readBody(req, MAX_BODY_BYTES).then((body) =>
          answerControl(context(req, url, body ?? Buffer.alloc(0)), controls, apiKey),
        )
      : answerLogged(req, url);
    handled.then(
      (reply) => reply && send(res, reply),
      (error: unknown) => {
        // A sandbox bug: report it without any request data (which could include the key).
        console.error('[sandbox] handler failed:', error);
        send(res, { status: 500, body: { message: 'Sandbox internal error' } });
      },
    );
  });

  function context(req: IncomingMessage, url: URL, body: Buffer): Ctx {
    return {
      method: req.method ?? 'GET',
      url,
      headers: req.headers,
      body,
      account,
      apiRoot: `${baseUrl}/api/3`,
    };
  }

  async function answerLogged(req: IncomingMessage, url: URL): Promise<Reply | undefined> {
    const entry: RequestLogEntry = {
      t: Date.now(),
      method: req.method ?? 'GET',
      path: url.pathname,
      status: 0,
    };
    controls.log.push(entry);
    const reply = await answerApi(req, url);
    if (reply) entry.status = reply.status;
    return reply;
  }

  /** undefined means "never answer": the socket was dropped, or the request hangs until close(). */
  async function answerApi(req: IncomingMessage, url: URL): Promise<Reply | undefined> {
    const method = req.method ?? 'GET';
    const path = url.pathname;
    if (offline) {
      req.socket.destroy();
      return undefined;
    }
    if (!path.startsWith('/api/3/') && path !== '/admin/api.php') {
      return { status: 404, text: 'Not Found', contentType: 'text/html; charset=utf-8' };
    }
    // Preflights get a plain refusal with no Access-Control-* headers, like AC (issue stripe/stripe-apps#168).
    if (method === 'OPTIONS') return { status: 405, body: { message: 'Method Not Allowed' } };
    const fault = controls.faults.take(method, path);
    if (fault && 'drop' in fault) {
      req.socket.destroy();
      return undefined;
    }
    if (fault && 'hang' in fault) return undefined;
    const body = await readBody(req, MAX_BODY_BYTES);
    if (!body) return { status: 413, body: { message: 'Request Entity Too Large' } };
    if (fault && 'delayMs' in fault)
      await new Promise<void>((resolve) => account.later(fault.delayMs, resolve));
    if (fault && 'status' in fault) return faultReply(fault);
    if (fault && 'redirect' in fault) {
      return { status: fault.redirect.status, body: {}, headers: { Location: fault.redirect.location } };
    }

    // Every API request counts against the account, whether or not its key is right.
    const take = limiter?.take();
    const headers: Record<string, string> =
      limiter && take
        ? { 'RateLimit-Limit': String(limiter.limit), 'RateLimit-Remaining': String(take.remaining) }
        : {};
    if (take && !take.ok) {
      headers['Retry-After'] = String(take.retryAfter);
      return { status: 429, body: { message: 'Too Many Requests' }, headers };
    }
    const ctx = context(req, url, body);
    const reply =
      fault && 'lookupMiss' in fault
        ? lookupMissReply(path)
        : path === '/admin/api.php'
          ? answerV1(ctx, apiKey)
          : answerV3(ctx, apiKey, opts.wrongKeyStatus ?? 401);
    if (method !== 'GET') account.persist();
    return { ...reply, headers: { ...reply.headers, ...headers } };
  }

  /** Scripted statuses. 5xx default to an HTML page, as a gateway would send, to catch JSON-only parsing. */
  function faultReply(action: Extract<FaultAction, { status: number }>): Reply {
    const headers: Record<string, string> = {};
    if (action.retryAfter !== undefined) headers['Retry-After'] = String(action.retryAfter);
    if (action.status === 429) {
      headers['RateLimit-Limit'] = String(limiter?.limit ?? 5);
      headers['RateLimit-Remaining'] = '0';
    }
    if (action.body !== undefined) return { status: action.status, body: action.body, headers };
    if (action.status < 500)
      return { status: action.status, body: { message: STATUS_CODES[action.status] }, headers };
    return {
      status: action.status,
      text: `<html><body><h1>${action.status} ${STATUS_CODES[action.status] ?? 'Error'}</h1></body></html>`,
      contentType: 'text/html; charset=utf-8',
      headers,
    };
  }

  /** "Nobody has that email", in the v1 or v3 shape. */
  function lookupMissReply(path: string): Reply {
    return path === '/admin/api.php'
      ? {
          status: 200,
          body: { result_code: 0, result_message: 'Failed: Nothing is returned', result_output: 'json' },
        }
      : { status: 200, body: { scoreValues: [], contacts: [], meta: { total: '0' } } };
  }

  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://${host}:${port}`;

  return {
    url: baseUrl,
    apiKey,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.close((error) => (error ? reject(error) : resolve()));
        // Also ends keep-alive and hung connections, which would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}
