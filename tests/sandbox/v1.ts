/**
 * Legacy v1 API (`/admin/api.php`). Faithful to its quirks: key in the query string, form-encoded
 * POST bodies only (a JSON body is simply not read), HTTP 200 with `result_code` 0/1 for every outcome,
 * XML unless `api_output=json`, `contact_edit` requiring `p[]` and, with `overwrite=1` (the default),
 * blanking whatever the request leaves out and unsubscribing every list not in `p[]`; unknown
 * personalisation tags ignored.
 */
import { type Ctx, keyMatches, type Reply } from './http';
import {
  accountContactOf,
  createContact,
  ensureTag,
  findContact,
  findContactByEmail,
  isValidEmail,
  patchContact,
  setAccountByName,
  setFieldValue,
  setListStatus,
  tagContact,
} from './ops';
import type { ContactRow, FieldRow, SandboxData } from './state';

type Result = Record<string, unknown> | Record<string, unknown>[];

export function answerV1(ctx: Ctx, apiKey: string): Reply {
  const query = ctx.url.searchParams;
  const output = query.get('api_output') === 'json' ? 'json' : 'xml';
  const result = keyMatches(query.get('api_key'), apiKey)
    ? run(ctx)
    : fail('You are not authorized to access this file');
  const withOutput = Array.isArray(result) ? result : { ...result, result_output: output };
  return output === 'json'
    ? { status: 200, body: withOutput }
    : { status: 200, text: toXml(withOutput), contentType: 'text/xml; charset=utf-8' };
}

function run(ctx: Ctx): Result {
  const data = ctx.account.data;
  const query = ctx.url.searchParams;
  switch (query.get('api_action')) {
    case 'contact_sync':
      return contactSync(data, formBody(ctx));
    case 'contact_edit':
      return contactEdit(data, formBody(ctx), ctx.url.searchParams);
    case 'contact_view_email':
      return contactViewEmail(data, query.get('email') ?? '');
    case 'list_list':
      return listList(data, query.get('ids') ?? '');
    case 'tags_list':
      return data.tags.map((t) => ({
        id: String(t.id),
        name: t.tag,
        count: String(data.contactTags.filter((ct) => ct.tag === t.id).length),
      }));
    default:
      return fail('Unknown api_action');
  }
}

const fail = (message: string): Record<string, unknown> => ({ result_code: 0, result_message: message });

/** "We don't accept any other input formats like JSON": anything but a form body reads as empty. */
function formBody(ctx: Ctx): URLSearchParams {
  const type = ctx.headers['content-type'] ?? '';
  const isForm = ctx.method === 'POST' && /^application\/x-www-form-urlencoded\s*(;|$)/i.test(type);
  return new URLSearchParams(isForm ? ctx.body.toString('utf8') : '');
}

/** The parts of a contact_sync/contact_edit form, validated against the account before anything changes. */
interface ContactForm {
  email: string | null;
  /** Only the keys present in the form, blank values included. */
  patch: { firstName?: string; lastName?: string; phone?: string };
  orgname: string | null;
  tags: string[];
  /** List id → status, from `p[ID]` and `status[ID]` (default 1, which re-subscribes). */
  lists: Map<number, 1 | 2>;
  fields: Map<number, string>;
}

function readContactForm(data: SandboxData, form: URLSearchParams): ContactForm | string {
  const get = (key: string) => form.get(key) ?? undefined;
  const parsed: ContactForm = {
    email: form.get('email'),
    patch: Object.fromEntries(
      (
        [
          ['firstName', get('first_name')],
          ['lastName', get('last_name')],
          ['phone', get('phone')],
        ] as const
      ).filter(([, v]) => v !== undefined),
    ),
    orgname: form.get('customer_acct_name') ?? form.get('orgname'),
    tags: (form.get('tags') ?? '')
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
    lists: new Map(),
    fields: new Map(),
  };
  for (const [key, value] of form) {
    const list = /^p\[(\d+)\]$/.exec(key);
    if (list) {
      const id = Number(list[1]);
      if (!data.lists.some((l) => l.id === id)) return `List ID ${id} does not exist`;
      const status = form.get(`status[${id}]`) ?? '1';
      if (status !== '1' && status !== '2') return `Invalid status for list ${id}`;
      parsed.lists.set(id, status === '1' ? 1 : 2);
    }
    const field = /^field\[(.+),0\]$/.exec(key);
    if (field?.[1]) {
      const target = findField(data, field[1]);
      // An unknown personalisation tag is ignored, not refused: the value is simply lost.
      if (!target && !isPerstag(field[1])) return `Custom field ${field[1]} does not exist`;
      if (target) parsed.fields.set(target.id, value);
    }
  }
  return parsed;
}

const isPerstag = (ref: string) => /^%(.+)%$/.test(ref);

/** `field[12,0]` addresses a field by id, `field[%JOB_TITLE%,0]` by personalization tag. */
function findField(data: SandboxData, ref: string): FieldRow | undefined {
  const perstag = /^%(.+)%$/.exec(ref)?.[1];
  return perstag
    ? data.fields.find((f) => f.perstag.toLowerCase() === perstag.toLowerCase())
    : data.fields.find((f) => String(f.id) === ref);
}

function applyForm(data: SandboxData, contact: ContactRow, form: ContactForm): void {
  patchContact(contact, form.patch);
  if (form.orgname !== null) setAccountByName(data, contact.id, form.orgname);
  for (const name of form.tags) tagContact(data, contact.id, ensureTag(data, name).id);
  for (const [field, value] of form.fields) setFieldValue(data, contact.id, field, value);
  for (const [list, status] of form.lists) setListStatus(data, contact.id, list, status);
}

const saved = (contact: ContactRow, message: string): Record<string, unknown> => ({
  subscriber_id: contact.id,
  sendlast_should: 0,
  sendlast_did: 0,
  result_code: 1,
  result_message: message,
});

function contactSync(data: SandboxData, body: URLSearchParams): Result {
  const form = readContactForm(data, body);
  if (typeof form === 'string') return fail(form);
  if (!form.email || !isValidEmail(form.email)) return fail('Contact Email Address is not valid.');
  const existing = findContactByEmail(data, form.email);
  const contact = existing ?? createContact(data, form.email);
  applyForm(data, contact, form);
  return saved(contact, existing ? 'Contact updated' : 'Contact added');
}

function contactEdit(data: SandboxData, body: URLSearchParams, query: URLSearchParams): Result {
  const contact = findContact(data, Number(body.get('id') ?? ''));
  if (!contact) return fail('Contact ID is not valid');
  const form = readContactForm(data, body);
  if (typeof form === 'string') return fail(form);
  // `p[ID]` is required on contact_edit, whatever `overwrite` says.
  if (form.lists.size === 0) return fail('You must select a list for this contact');
  if (form.email !== null) {
    if (!isValidEmail(form.email)) return fail('Contact Email Address is not valid.');
    const other = findContactByEmail(data, form.email);
    if (other && other.id !== contact.id) return fail('Email address already exists in the system');
    patchContact(contact, { email: form.email });
  }
  // AC reads `overwrite` from the URL (its PHP example and SDK); one in the body alone is ignored.
  if ((query.get('overwrite') ?? '1') === '1') {
    // The documented trap: everything not sent is wiped, and lists not in p[] are unsubscribed.
    form.patch = { firstName: '', lastName: '', phone: '', ...form.patch };
    form.orgname ??= '';
    for (const value of data.fieldValues.filter((v) => v.contact === contact.id)) {
      if (!form.fields.has(value.field)) form.fields.set(value.field, '');
    }
    for (const cl of data.contactLists.filter((cl) => cl.contact === contact.id)) {
      if (!form.lists.has(cl.list)) form.lists.set(cl.list, 2);
    }
  }
  applyForm(data, contact, form);
  return saved(contact, 'Contact updated');
}

function contactViewEmail(data: SandboxData, email: string): Result {
  const contact = findContactByEmail(data, email);
  if (!contact) return fail('Failed: Nothing is returned');
  const id = String(contact.id);
  const memberships = data.contactLists.filter((cl) => cl.contact === contact.id);
  const link = accountContactOf(data, contact.id);
  const account = data.accounts.find((a) => a.id === link?.account);
  const tagIds = data.contactTags.filter((ct) => ct.contact === contact.id).map((ct) => ct.tag);
  return {
    id,
    subscriberid: id,
    listid: memberships[0] ? String(memberships[0].list) : '',
    status: memberships[0] ? String(memberships[0].status) : '',
    email: contact.email,
    first_name: contact.firstName,
    last_name: contact.lastName,
    phone: contact.phone,
    // The account under today's names only; the older `orgname` stays blank.
    orgname: '',
    customer_acct_id: account ? String(account.id) : '0',
    customer_acct_name: account?.name ?? '',
    cdate: contact.cdate.replace('T', ' ').slice(0, 19),
    bounced_hard: '0',
    bounced_soft: '0',
    ip: '0',
    lists: Object.fromEntries(
      memberships.map((cl) => [
        String(cl.list),
        { subscriberid: id, listid: String(cl.list), status: String(cl.status), sdate: cl.sdate },
      ]),
    ),
    listslist: memberships.map((cl) => cl.list).join('-'),
    tags: data.tags.filter((t) => tagIds.includes(t.id)).map((t) => t.tag),
    fields: Object.fromEntries(
      data.fields.map((f) => [
        String(f.id),
        {
          id: String(f.id),
          title: f.title,
          perstag: f.perstag,
          val: data.fieldValues.find((v) => v.contact === contact.id && v.field === f.id)?.value ?? '',
        },
      ]),
    ),
    result_code: 1,
    result_message: 'Success: Something is returned',
  };
}

/** `ids=all` (any case) or a comma-separated id list; rows come back under numbered keys "0", "1", ... */
function listList(data: SandboxData, ids: string): Result {
  const wanted = ids.toLowerCase() === 'all' ? undefined : ids.split(',').map((id) => id.trim());
  const lists = data.lists.filter((l) => wanted?.includes(String(l.id)) ?? true);
  if (ids === '' || lists.length === 0) return fail('Failed: Nothing is returned');
  return {
    ...Object.fromEntries(
      lists.map((l, i) => [
        String(i),
        { id: String(l.id), name: l.name, stringid: l.stringid, cdate: l.cdate },
      ]),
    ),
    result_code: 1,
    result_message: 'Success: Something is returned',
  };
}

function toXml(value: unknown): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<root>${xmlOf(value)}</root>`;
}

function xmlOf(value: unknown): string {
  if (Array.isArray(value)) return value.map((v) => `<row>${xmlOf(v)}</row>`).join('');
  if (value !== null && typeof value === 'object') {
    return Object.entries(value)
      .map(([key, v]) => {
        // Numbered keys are not valid element names.
        const tag = /^[A-Za-z_]\w*$/.test(key) ? key : 'row';
        return `<${tag}>${xmlOf(v)}</${tag}>`;
      })
      .join('');
  }
  return String(value ?? '').replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c] ?? c);
}
