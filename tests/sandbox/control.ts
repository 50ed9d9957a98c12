/**
 * Test-only control routes under `/__sandbox/`: script faults and bulk imports, put addresses on the
 * exclusion list, read the request log, go offline, reset, and inspect state. They take the same key in `Api-Token` but are exempt from rate limits and faults,
 * so a test can set up and assert without disturbing what it measures.
 */

import { z } from 'zod';
import { type FaultQueue, faultSchema } from './faults';
import { type Ctx, keyMatches, type Reply } from './http';
import { type ImportScripts, importScriptSchema } from './import-scripts';
import type { SandboxData } from './state';

export interface RequestLogEntry {
  t: number;
  method: string;
  /** Pathname only: the query (which holds v1's `api_key`) is never recorded. */
  path: string;
  /** 0 when no HTTP answer was given (dropped, hung, offline). */
  status: number;
}

const exclusionSchema = z.strictObject({ email: z.string(), reason: z.enum(['excluded', 'bounced']) });

export interface Controls {
  faults: FaultQueue;
  importScripts: ImportScripts;
  log: RequestLogEntry[];
  setOffline(offline: boolean): void;
  reset(): void;
  data(): SandboxData;
}

export function answerControl(ctx: Ctx, controls: Controls, apiKey: string): Reply {
  if (!keyMatches(ctx.headers['api-token'], apiKey))
    return { status: 401, body: { message: 'Unauthorized' } };
  const route = `${ctx.method} ${ctx.url.pathname.slice('/__sandbox'.length)}`;
  switch (route) {
    case 'POST /faults': {
      const fault = faultSchema.safeParse(readJson(ctx));
      if (!fault.success) return { status: 422, body: { message: fault.error.message } };
      controls.faults.add(fault.data);
      return { status: 201, body: { ok: true } };
    }
    case 'POST /imports': {
      const script = importScriptSchema.safeParse(readJson(ctx));
      if (!script.success) return { status: 422, body: { message: script.error.message } };
      controls.importScripts.add(script.data);
      return { status: 201, body: { ok: true } };
    }
    case 'POST /exclusions': {
      const exclusion = exclusionSchema.safeParse(readJson(ctx));
      if (!exclusion.success) return { status: 422, body: { message: exclusion.error.message } };
      const data = controls.data();
      data.exclusions = [...(data.exclusions ?? []), exclusion.data];
      return { status: 201, body: { ok: true } };
    }
    case 'DELETE /faults':
      controls.faults.clear();
      return { status: 200, body: { ok: true } };
    case 'GET /requests':
      return { status: 200, body: controls.log };
    case 'DELETE /requests':
      controls.log.length = 0;
      return { status: 200, body: { ok: true } };
    case 'POST /offline': {
      const body = readJson(ctx);
      const offline =
        typeof body === 'object' && body !== null && 'offline' in body ? body.offline : undefined;
      if (typeof offline !== 'boolean')
        return { status: 422, body: { message: 'Expected {"offline": boolean}' } };
      controls.setOffline(offline);
      return { status: 200, body: { ok: true } };
    }
    case 'POST /reset':
      controls.reset();
      return { status: 200, body: { ok: true } };
    case 'GET /state':
      return { status: 200, body: controls.data() };
    default:
      return { status: 404, body: { message: 'Unknown sandbox control route' } };
  }
}

function readJson(ctx: Ctx): unknown {
  try {
    return JSON.parse(ctx.body.toString('utf8'));
  } catch {
    return undefined;
  }
}
