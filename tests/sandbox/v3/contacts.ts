/** v3 contacts: sync/create/update/search, the per-contact sub-resources and notes. */
import { z } from 'zod';
import { type Ctx, invalid, notFound, type Reply, type Route } from '../http';
import {
  accountContactOf,
  type ContactPatch,
  createContact,
  deleteContact,
  findContact,
  findContactByEmail,
  fitsFieldType,
  isValidEmail,
  patchContact,
  setFieldValue,
} from '../ops';
import { acDate, type ContactRow, type NoteRow, nextId } from '../state';
import { idSchema, includesCi, paginate, parseWrite } from './common';
import {
  accountContactJson,
  contactJson,
  contactListJson,
  contactTagJson,
  fieldValueJson,
  noteJson,
} from './present';

/** `null` is accepted because AC accepts it, and (like `""`) it blanks the stored value. */
const text = z.string().nullable().optional();
const fieldValues = z.array(z.strictObject({ field: idSchema, value: z.string().nullable() })).optional();
const contactSchema = z.strictObject({
  email: z.string(),
  firstName: text,
  lastName: text,
  phone: text,
  fieldValues,
});
const contactUpdateSchema = contactSchema.partial({ email: true });
type ContactInput = z.output<typeof contactUpdateSchema>;

const duplicateEmail = (): Reply =>
  invalid('email', 'Email address already exists in the system', 'duplicate');

/** Checks everything up front so a refused request changes nothing. */
function checkInput(ctx: Ctx, input: ContactInput): Reply | undefined {
  if (input.email !== undefined && !isValidEmail(input.email)) {
    return invalid('email', 'Contact Email Address is not valid.');
  }
  for (const [index, { field: id, value }] of (input.fieldValues ?? []).entries()) {
    const field = ctx.account.data.fields.find((f) => f.id === id);
    if (!field) return invalid(`fieldValues/${index}/field`, `Field with id ${id} does not exist.`);
    if (value && !fitsFieldType(field, value)) {
      return invalid(`fieldValues/${index}/value`, `The value is not valid for ${field.type} field ${id}.`);
    }
  }
  return undefined;
}

function remove(ctx: Ctx, id: number): Reply {
  const data = ctx.account.data;
  if (!findContact(data, id)) return notFound('Subscriber', id);
  deleteContact(data, id);
  return { status: 200, body: {} };
}

/** GET /fieldValues: `filters[fieldid]` and `filters[val]` (exact), AC's documented search by value. */
function searchFieldValues(ctx: Ctx): Reply {
  const q = ctx.url.searchParams;
  const fieldId = q.get('filters[fieldid]');
  const val = q.get('filters[val]');
  const matches = ctx.account.data.fieldValues.filter(
    (v) => (fieldId === null || String(v.field) === fieldId) && (val === null || v.value === val),
  );
  const { page, meta } = paginate(ctx, matches, 20);
  return { status: 200, body: { fieldValues: page.map((v) => fieldValueJson(ctx, v)), meta } };
}

function apply(ctx: Ctx, contact: ContactRow, input: ContactInput): void {
  const { fieldValues: values = [], ...patch } = input;
  patchContact(contact, patch satisfies ContactPatch);
  for (const { field, value } of values) setFieldValue(ctx.account.data, contact.id, field, value ?? '');
}

/** The `{fieldValues, contact}` answer of sync, create and update. */
function contactWithValues(ctx: Ctx, contact: ContactRow): Record<string, unknown> {
  const values = ctx.account.data.fieldValues.filter((v) => v.contact === contact.id);
  return {
    fieldValues: values.map((v) => fieldValueJson(ctx, v)),
    contact: { ...contactJson(ctx, contact), fieldValues: values.map((v) => String(v.id)) },
  };
}

/** The contact in a write's body, or the 422 AC answers for it. */
function contactWrite(
  ctx: Ctx,
): { ok: true; value: z.output<typeof contactSchema> } | { ok: false; reply: Reply } {
  const parsed = parseWrite(ctx, 'contact', contactSchema);
  if (!parsed.ok) return parsed;
  const problem = checkInput(ctx, parsed.value);
  return problem ? { ok: false, reply: problem } : parsed;
}

function sync(ctx: Ctx): Reply {
  const parsed = contactWrite(ctx);
  if (!parsed.ok) return parsed.reply;
  const { email, ...rest } = parsed.value;
  const data = ctx.account.data;
  // Upsert by case-insensitive email; the stored spelling of the email is kept.
  const contact = findContactByEmail(data, email) ?? createContact(data, email);
  apply(ctx, contact, rest);
  // AC answers 201 for both create and update.
  return { status: 201, body: contactWithValues(ctx, contact) };
}

function create(ctx: Ctx): Reply {
  const parsed = contactWrite(ctx);
  if (!parsed.ok) return parsed.reply;
  const { email, ...rest } = parsed.value;
  if (findContactByEmail(ctx.account.data, email)) return duplicateEmail();
  const contact = createContact(ctx.account.data, email);
  apply(ctx, contact, rest);
  return { status: 201, body: contactWithValues(ctx, contact) };
}

function update(ctx: Ctx, id: number): Reply {
  const contact = findContact(ctx.account.data, id);
  if (!contact) return notFound('Subscriber', id);
  const parsed = parseWrite(ctx, 'contact', contactUpdateSchema);
  if (!parsed.ok) return parsed.reply;
  const problem = checkInput(ctx, parsed.value);
  if (problem) return problem;
  const other = parsed.value.email && findContactByEmail(ctx.account.data, parsed.value.email);
  if (other && other.id !== id) return duplicateEmail();
  apply(ctx, contact, parsed.value);
  return { status: 200, body: contactWithValues(ctx, contact) };
}

function search(ctx: Ctx): Reply {
  const q = ctx.url.searchParams;
  const data = ctx.account.data;
  const orgname = (c: ContactRow) => {
    const link = accountContactOf(data, c.id);
    return data.accounts.find((a) => a.id === link?.account)?.name ?? '';
  };
  const filters: ((c: ContactRow) => boolean)[] = [];
  const email = q.get('email');
  if (email !== null) filters.push((c) => c.email.toLowerCase() === email.toLowerCase());
  const emailLike = q.get('email_like');
  if (emailLike !== null) filters.push((c) => includesCi(c.email, emailLike));
  const phone = q.get('phone');
  if (phone !== null) filters.push((c) => c.phone.startsWith(phone));
  const idGreater = q.get('id_greater');
  if (idGreater !== null) filters.push((c) => c.id > Number(idGreater));
  const listid = q.get('listid');
  if (listid !== null) {
    filters.push((c) => data.contactLists.some((cl) => cl.contact === c.id && String(cl.list) === listid));
  }
  // Any other parameter, `filters[fields][%PERSTAG%]` included (a v1 filter), is ignored as AC may:
  // the answer is then unfiltered contacts, which a client must never take for a match.
  const term = q.get('search');
  if (term !== null) {
    filters.push((c) =>
      [`${c.firstName} ${c.lastName}`, c.email, c.phone, orgname(c)].some((v) => includesCi(v, term)),
    );
  }
  const matches = data.contacts.filter((c) => filters.every((f) => f(c)));
  const { page, meta } = paginate(ctx, matches, 20);
  return { status: 200, body: { scoreValues: [], contacts: page.map((c) => contactJson(ctx, c)), meta } };
}

/** GET /contacts/{id}: the contact plus side-loaded collections, as in AC's "Retrieve a contact". */
function retrieve(ctx: Ctx, id: number): Reply {
  const data = ctx.account.data;
  const contact = findContact(data, id);
  if (!contact) return notFound('Subscriber', id);
  return {
    status: 200,
    body: {
      contactAutomations: [],
      contactData: [],
      contactGoals: [],
      contactLists: data.contactLists.filter((cl) => cl.contact === id).map((cl) => contactListJson(ctx, cl)),
      deals: [],
      fieldValues: data.fieldValues.filter((v) => v.contact === id).map((v) => fieldValueJson(ctx, v)),
      geoAddresses: [],
      geoIps: [],
      contact: contactJson(ctx, contact),
    },
  };
}

/** GET /contacts/{id}/<name>: one collection of rows pointing at the contact. */
function subResource<T extends { contact?: number; relid?: number }>(
  name: string,
  rows: (ctx: Ctx) => T[],
  present: (ctx: Ctx, row: T) => Record<string, unknown>,
): Route {
  return {
    method: 'GET',
    path: new RegExp(`^/contacts/(\\d+)/${name}$`),
    handle(ctx, [id]) {
      const contactId = Number(id);
      if (!findContact(ctx.account.data, contactId)) return notFound('Subscriber', contactId);
      const own = rows(ctx).filter((r) => (r.contact ?? r.relid) === contactId);
      return { status: 200, body: { [name]: own.map((r) => present(ctx, r)) } };
    },
  };
}

const noteSchema = z.strictObject({
  note: z.string().min(1),
  relid: idSchema,
  reltype: z.enum(['Activity', 'Deal', 'DealTask', 'Subscriber', 'CustomerAccount']),
});

function addNote(ctx: Ctx): Reply {
  const parsed = parseWrite(ctx, 'note', noteSchema);
  if (!parsed.ok) return parsed.reply;
  const { note, relid, reltype } = parsed.value;
  const data = ctx.account.data;
  const contact = reltype === 'Subscriber' ? findContact(data, relid) : undefined;
  const exists =
    contact !== undefined || (reltype === 'CustomerAccount' && data.accounts.some((a) => a.id === relid));
  // The sandbox has no deals or activities, so only contact and account notes can succeed.
  if (!exists) return invalid('relid', `The related ${reltype} does not exist.`, 'related_missing');
  const row: NoteRow = { id: nextId(data, 'notes'), note, relid, reltype, cdate: acDate() };
  data.notes.push(row);
  return {
    status: 201,
    body: { contacts: contact ? [contactJson(ctx, contact)] : [], note: noteJson(ctx, row) },
  };
}

export const contactRoutes: Route[] = [
  { method: 'POST', path: /^\/contact\/sync$/, handle: sync },
  { method: 'POST', path: /^\/contacts$/, handle: create },
  { method: 'GET', path: /^\/contacts$/, handle: search },
  { method: 'GET', path: /^\/contacts\/(\d+)$/, handle: (ctx, [id]) => retrieve(ctx, Number(id)) },
  { method: 'PUT', path: /^\/contacts\/(\d+)$/, handle: (ctx, [id]) => update(ctx, Number(id)) },
  { method: 'DELETE', path: /^\/contacts\/(\d+)$/, handle: (ctx, [id]) => remove(ctx, Number(id)) },
  { method: 'GET', path: /^\/fieldValues$/, handle: searchFieldValues },
  subResource('contactLists', (ctx) => ctx.account.data.contactLists, contactListJson),
  subResource('contactTags', (ctx) => ctx.account.data.contactTags, contactTagJson),
  subResource('fieldValues', (ctx) => ctx.account.data.fieldValues, fieldValueJson),
  subResource('accountContacts', (ctx) => ctx.account.data.accountContacts, accountContactJson),
  subResource('notes', (ctx) => ctx.account.data.notes.filter((n) => n.reltype === 'Subscriber'), noteJson),
  { method: 'POST', path: /^\/notes$/, handle: addNote },
];
