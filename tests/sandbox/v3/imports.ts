/**
 * Bulk import: validated synchronously, processed later like AC's queue (300–800 ms, or as a test
 * scripted it: minutes in `waiting`/`active`, ending `failed` or `interrupted`), with its own
 * per-minute limits and its own 400-shaped errors (`{success:0, message, failureReasons}`).
 * Addresses on the account's exclusion list or known to bounce are skipped and reported under
 * `failure`; `success` lists only contacts the import created.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Account, Ctx, Reply, Route } from '../http';
import {
  createContact,
  ensureTag,
  findContactByEmail,
  isValidEmail,
  listStatus,
  patchContact,
  setAccountByName,
  setFieldValue,
  setListStatus,
  tagContact,
} from '../ops';
import type { ContactRow, ImportBatchRow, SandboxData } from '../state';
import { idSchema, parseJsonBody } from './common';

const MAX_BYTES = 400_000;
const MAX_CONTACTS = 250;
/** Below this age `/import/info` answers `status: false`, as AC does right after queueing. */
const UNKNOWN_STATUS_MS = 300;
/** For batches in state files written before durations were recorded. */
const DEFAULT_DURATION_MS = 800;

const bulkContactSchema = z.strictObject({
  email: z.string(),
  first_name: z.string().optional(),
  last_name: z.string().optional(),
  phone: z.string().optional(),
  customer_acct_name: z.string().optional(),
  tags: z.array(z.string().refine((t) => !t.includes(','), 'must not contain commas')).optional(),
  fields: z.array(z.strictObject({ id: idSchema, value: z.string() })).optional(),
  subscribe: z.array(z.strictObject({ listid: idSchema })).optional(),
  unsubscribe: z.array(z.strictObject({ listid: idSchema })).optional(),
  exclude_automations: z.boolean().optional(),
});
/** A contact as accepted by `POST /import/bulk_import`, kept until the batch is processed. */
export type BulkContact = z.output<typeof bulkContactSchema>;

const envelopeSchema = z.strictObject({
  contacts: z.array(z.unknown()),
  callback: z.unknown().optional(),
  exclude_automations: z.boolean().optional(),
});

const failure = (message: string, failureReasons: unknown[]): Reply => ({
  status: 400,
  body: { success: 0, message, failureReasons },
});

function bulkImport(ctx: Ctx): Reply {
  if (ctx.body.length >= MAX_BYTES) {
    return failure('Payload too large.', [`The request payload must be less than ${MAX_BYTES} bytes.`]);
  }
  const json = parseJsonBody(ctx);
  if (!json.ok) return json.reply;
  const envelope = envelopeSchema.safeParse(json.value);
  if (!envelope.success) {
    return failure(
      'JSON payload did not pass validation.',
      envelope.error.issues.map((i) => i.message),
    );
  }
  const { contacts } = envelope.data;
  if (contacts.length === 0 || contacts.length > MAX_CONTACTS) {
    return failure('JSON payload did not pass validation.', [
      `Between 1 and ${MAX_CONTACTS} contacts may be imported per request.`,
    ]);
  }
  const single = contacts.length === 1;
  const limiter = single ? ctx.account.bulkLimits?.single : ctx.account.bulkLimits?.multi;
  if (limiter && !limiter.take().ok) {
    return failure('Rate limit exceeded.', [
      `Up to ${limiter.limit} imports may be requested per minute.Please batch contacts into larger requests, or retry this request in a minute.`,
    ]);
  }
  const valid: BulkContact[] = [];
  const reasons: { contact: number; failureReason: string }[] = [];
  contacts.forEach((raw, index) => {
    const parsed = bulkContactSchema.safeParse(raw);
    const issue = parsed.error?.issues[0];
    if (issue) {
      reasons.push({ contact: index, failureReason: `Field '${issue.path.join('.')}' ${issue.message}` });
    } else if (parsed.data && !isValidEmail(parsed.data.email)) {
      reasons.push({ contact: index, failureReason: "Field 'email' incorrect format" });
    } else if (parsed.data) {
      valid.push(parsed.data);
    }
  });
  if (reasons.length > 0) {
    return failure(
      'JSON payload did not pass validation. Please check the failureReasons for more info.',
      reasons,
    );
  }
  const script = ctx.account.importScripts.next();
  const batch: ImportBatchRow = {
    id: randomUUID(),
    createdAt: Date.now(),
    status: 'waiting',
    durationMs: script.durationMs ?? UNKNOWN_STATUS_MS + Math.floor(Math.random() * 500),
    end: script.end,
    successListsUpdated: script.successListsUpdated,
    contacts: valid,
    success: [],
    failure: [],
  };
  ctx.account.data.imports.push(batch);
  scheduleBatch(ctx.account, batch);
  return {
    status: 200,
    body: { success: 1, queued_contacts: valid.length, batchId: batch.id, message: 'Contact import queued' },
  };
}

/** Also used at start-up for batches that were still waiting in a persisted state file. */
export function scheduleBatch(account: Account, batch: ImportBatchRow): void {
  const due = batch.createdAt + (batch.durationMs ?? DEFAULT_DURATION_MS);
  account.later(Math.max(0, due - Date.now()), () => processBatch(account, batch.id));
}

/**
 * Why AC's importer would skip this contact: the address is on the exclusion list or bounced, it
 * unsubscribed from a list the import subscribes it to (bulk import never re-subscribes), or the
 * contact references a list or field that does not exist.
 */
function isRefused(data: SandboxData, c: BulkContact, existing: ContactRow | undefined): boolean {
  const subscribe = (c.subscribe ?? []).map((s) => s.listid);
  const lists = [...subscribe, ...(c.unsubscribe ?? []).map((u) => u.listid)];
  const email = c.email.trim().toLowerCase();
  return (
    (data.exclusions ?? []).some((x) => x.email.trim().toLowerCase() === email) ||
    (existing !== undefined &&
      subscribe.some((list) => [2, 3].includes(listStatus(data, existing.id, list)?.status ?? 1))) ||
    lists.some((id) => !data.lists.some((l) => l.id === id)) ||
    (c.fields ?? []).some((f) => !data.fields.some((field) => field.id === f.id))
  );
}

function processBatch(account: Account, batchId: string): void {
  const data = account.data;
  const batch = data.imports.find((b) => b.id === batchId);
  // Gone after a reset: nothing to do.
  if (batch?.status !== 'waiting') return;
  const end = batch.end ?? 'completed';
  const processed =
    end === 'failed'
      ? []
      : end === 'interrupted'
        ? batch.contacts.slice(0, Math.ceil(batch.contacts.length / 2))
        : batch.contacts;
  for (const c of processed) {
    const existing = findContactByEmail(data, c.email);
    if (isRefused(data, c, existing)) {
      batch.failure.push(c.email);
      continue;
    }
    const contact = existing ?? createContact(data, c.email);
    if (!existing || batch.successListsUpdated) batch.success.push(String(contact.id));
    patchContact(contact, { firstName: c.first_name, lastName: c.last_name, phone: c.phone });
    if (c.customer_acct_name !== undefined) setAccountByName(data, contact.id, c.customer_acct_name);
    for (const name of c.tags ?? []) tagContact(data, contact.id, ensureTag(data, name).id);
    for (const f of c.fields ?? []) setFieldValue(data, contact.id, f.id, f.value);
    for (const s of c.subscribe ?? []) setListStatus(data, contact.id, s.listid, 1);
    for (const u of c.unsubscribe ?? []) setListStatus(data, contact.id, u.listid, 2);
  }
  batch.status = end;
  batch.contacts = [];
  account.persist();
}

function importInfo(ctx: Ctx): Reply {
  const batchId = ctx.url.searchParams.get('batchId');
  if (!batchId) return { status: 400, body: { success: 0, message: "'batchId' is a required field." } };
  const batch = ctx.account.data.imports.find((b) => b.id === batchId);
  if (!batch) return { status: 404, body: { message: `No Result found for Batch with id ${batchId}` } };
  const age = Date.now() - batch.createdAt;
  if (age < UNKNOWN_STATUS_MS) return { status: 200, body: { status: false } };
  if (batch.status === 'waiting') {
    const claimed = age >= (batch.durationMs ?? DEFAULT_DURATION_MS) / 2;
    return { status: 200, body: { status: claimed ? 'active' : 'waiting' } };
  }
  return { status: 200, body: { status: batch.status, success: batch.success, failure: batch.failure } };
}

export const importRoutes: Route[] = [
  { method: 'POST', path: /^\/import\/bulk_import$/, handle: bulkImport },
  { method: 'GET', path: /^\/import\/info$/, handle: importInfo },
];
