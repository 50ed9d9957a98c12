import type { RequestLogEntry } from '../sandbox/control';
import type { Fault } from '../sandbox/faults';
import type { ImportScript } from '../sandbox/import-scripts';
import type { SandboxData } from '../sandbox/state';

/**
 * The one client for the sandbox's test-only control routes (`/__sandbox/*`: faults, scripted bulk
 * imports, the exclusion list, the request log, offline, reset, raw state). They are exempt from the sandbox's rate limit and faults, so a test
 * can set up and assert without disturbing what it measures. Used by the integration tests, the e2e
 * suite and the benches; the sandbox server itself lives in `tests/sandbox/`.
 */

export type { Fault, RequestLogEntry };

export interface SandboxTarget {
  url: string;
  apiKey: string;
}

export interface SandboxClient {
  /** The next `fault.count` requests matching `fault.match` get `fault.action`, in the order added. */
  fault(fault: Fault): Promise<void>;
  clearFaults(): Promise<void>;
  /** The next `count` bulk imports take `durationMs` to be processed and end as `end` (default completed). */
  scriptImports(script: ImportScript & { count: number }): Promise<void>;
  /** Puts an address on the account's exclusion list (or its bounces): the importer refuses it. */
  exclude(email: string, reason?: 'excluded' | 'bounced'): Promise<void>;
  /** Every API request so far: pathname only (never a query), status 0 when nothing answered. */
  requests(): Promise<RequestLogEntry[]>;
  clearRequests(): Promise<void>;
  /** While true, every API connection is dropped. */
  setOffline(offline: boolean): Promise<void>;
  /** Back to the seed: clears faults, the request log and rate-limit state. */
  reset(): Promise<void>;
  state(): Promise<SandboxData>;
}

export function sandboxClient(target: SandboxTarget): SandboxClient {
  const call = async (method: string, route: string, body?: unknown): Promise<unknown> => {
    const res = await fetch(`${target.url}/__sandbox/${route}`, {
      method,
      headers: { 'Api-Token': target.apiKey, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`sandbox ${method} ${route} → ${res.status}: ${text.slice(0, 200)}`);
    return text ? JSON.parse(text) : null;
  };
  const done = () => undefined;
  return {
    fault: (fault) => call('POST', 'faults', fault).then(done),
    clearFaults: () => call('DELETE', 'faults').then(done),
    scriptImports: (script) => call('POST', 'imports', script).then(done),
    exclude: (email, reason = 'excluded') => call('POST', 'exclusions', { email, reason }).then(done),
    requests: () => call('GET', 'requests') as Promise<RequestLogEntry[]>,
    clearRequests: () => call('DELETE', 'requests').then(done),
    setOffline: (offline) => call('POST', 'offline', { offline }).then(done),
    reset: () => call('POST', 'reset').then(done),
    state: () => call('GET', 'state') as Promise<SandboxData>,
  };
}

/** The next bulk import refused as AC refuses a payload with one bad contact (by its index). */
export const refuseOneImported = (index: number): Fault => ({
  match: { method: 'POST', path: '/api/3/import/bulk_import' },
  count: 1,
  action: {
    status: 400,
    body: {
      success: 0,
      message: 'JSON payload did not pass validation',
      failureReasons: [{ contact: index, failureReason: 'odd value' }],
    },
  },
});
