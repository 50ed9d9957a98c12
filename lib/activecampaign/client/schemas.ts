import { z } from '@/lib/zod';

/**
 * Response shapes for the AC calls we make, parsing only the fields we use. They tolerate AC's
 * habits (docs/activecampaign.md#responses): ids and totals as strings or numbers, `null` or "" for missing text, extra
 * keys everywhere, side-loaded arrays that may be absent.
 */

export const id = z.union([z.string().min(1), z.number()]).transform(String);
/** AC sends null, "" or leaves the key out for "no value"; all become "". */
export const text = z
  .string()
  .nullish()
  .transform((v) => v ?? '');
export const meta = z.object({ total: z.coerce.number() }).optional();

// ---- v3 ----

const userSchema = z.object({
  id,
  email: text,
  firstName: text,
  lastName: text,
  username: text,
});
export type AcUser = z.output<typeof userSchema>;
export const userMeResponse = z.object({ user: userSchema }).transform((r) => r.user);

const contactSchema = z.object({
  id,
  email: text,
  firstName: text,
  lastName: text,
  phone: text,
  /** When AC created the contact, in the account's time zone with its offset. */
  cdate: text,
});
export type AcContact = z.output<typeof contactSchema>;
export const contactsPageResponse = z.object({ contacts: z.array(contactSchema), meta });
export const contactResponse = z.object({ contact: contactSchema }).transform((r) => r.contact);

export const contactListSchema = z.object({ list: id, status: z.coerce.string() });
export const contactTagSchema = z.object({ id, tag: id });
export const fieldValueSchema = z.object({ field: id, value: text });
export const accountContactSchema = z.object({ id, account: id });

/** GET /contacts/{id}: the contact plus side-loaded arrays; any of them may be missing. */
export const contactDetailsResponse = z.object({
  contact: contactSchema,
  contactLists: z.array(contactListSchema).optional(),
  contactTags: z.array(contactTagSchema).optional(),
  fieldValues: z.array(fieldValueSchema).optional(),
  accountContacts: z.array(accountContactSchema).optional(),
});
export const contactListsResponse = z.object({ contactLists: z.array(contactListSchema) });
export const fieldValuesResponse = z.object({ fieldValues: z.array(fieldValueSchema) });
/** GET /fieldValues?filters[…]: values with the contact they belong to. */
export const fieldValueMatchesResponse = z.object({
  fieldValues: z.array(fieldValueSchema.extend({ contact: id })),
  meta,
});
export const contactTagsResponse = z.object({ contactTags: z.array(contactTagSchema) });
export const accountContactsResponse = z.object({ accountContacts: z.array(accountContactSchema) });

const listSchema = z.object({ id, name: text });
export type AcList = z.output<typeof listSchema>;
export const listsPageResponse = z.object({ lists: z.array(listSchema), meta });

/** `type` is `contact` or `template`; only contact tags can be put on a contact. */
const tagSchema = z
  .object({ id, tag: text, tagType: text })
  .transform((t) => ({ id: t.id, name: t.tag, type: t.tagType || 'contact' }));
export type AcTag = z.output<typeof tagSchema>;
export const tagsPageResponse = z.object({ tags: z.array(tagSchema), meta });
export const tagResponse = z.object({ tag: tagSchema }).transform((r) => r.tag);
export const contactTagResponse = z.object({ contactTag: contactTagSchema }).transform((r) => r.contactTag);

const fieldSchema = z.object({ id, title: text, perstag: text, type: text });
export type AcField = z.output<typeof fieldSchema>;
export const fieldsPageResponse = z.object({ fields: z.array(fieldSchema), meta });

const accountSchema = z.object({ id, name: text });
export type AcAccount = z.output<typeof accountSchema>;
export const accountsPageResponse = z.object({ accounts: z.array(accountSchema), meta });
export const accountResponse = z.object({ account: accountSchema }).transform((r) => r.account);
export const accountContactResponse = z
  .object({ accountContact: accountContactSchema })
  .transform((r) => r.accountContact);

export const noteResponse = z.object({ note: z.object({ id }) }).transform((r) => r.note);
export const notesResponse = z.object({ notes: z.array(z.object({ id, note: text })) });

/** Writes whose answer we don't read (contactLists echoes the whole contact); any JSON object will do. */
export const anyObjectResponse = z.object({});

export const bulkImportResponse = z.object({ batchId: z.string().min(1) });

/** `status` is `false` when polled within ~1 s of the import (docs/activecampaign.md#bulk-import); treat anything unknown as still running. */
export const importInfoResponse = z.object({
  status: z
    .union([z.string(), z.boolean(), z.null()])
    .transform((s) => (typeof s === 'string' ? s : 'waiting')),
  /** Ids of newly created contacts. */
  success: z
    .array(id)
    .nullish()
    .transform((v) => v ?? []),
  /** Emails AC could not import; tolerate objects carrying an email too. */
  failure: z
    .array(z.unknown())
    .nullish()
    .transform((items) => (items ?? []).flatMap(emailOf)),
});
export type ImportInfo = z.output<typeof importInfoResponse>;

function emailOf(item: unknown): string[] {
  if (typeof item === 'string') return [item];
  if (typeof item === 'object' && item !== null) {
    const email = (item as Record<string, unknown>).email;
    if (typeof email === 'string') return [email];
  }
  return [];
}

// ---- v1 (/admin/api.php) ----

export const v1ResultSchema = z.object({
  result_code: z.coerce.number(),
  result_message: text,
});

/**
 * v1 returns collections either as arrays or as objects keyed "0", "1", … (list_list and tags_list
 * put their rows next to result_code that way); read both and drop entries that are not rows.
 */
export function v1Rows<S extends z.ZodType>(item: S) {
  return z
    .union([z.array(z.unknown()), z.record(z.string(), z.unknown())])
    .nullish()
    .transform((raw) => {
      const values = raw == null ? [] : Array.isArray(raw) ? raw : Object.values(raw);
      return values.flatMap((v) => {
        const parsed = item.safeParse(v);
        return parsed.success ? [parsed.data as z.output<S>] : [];
      });
    });
}

export const v1ContactSchema = v1ResultSchema.extend({
  id: id.optional(),
  email: text,
  first_name: text,
  last_name: text,
  phone: text,
  /** The contact's account (company): `customer_acct_*` on today's pages, `orgname` on older ones. */
  orgname: text,
  customer_acct_name: text,
  customer_acct_id: z
    .union([z.string(), z.number()])
    .nullish()
    .transform((v) => (v == null ? '' : String(v).trim())),
  lists: v1Rows(z.object({ listid: id, status: z.coerce.string() })),
  tags: v1Rows(z.string()),
  fields: v1Rows(z.object({ id, perstag: text, val: text })),
});

export const v1ContactSyncSchema = v1ResultSchema.extend({ subscriber_id: id.optional() });
export const v1NamedRow = z.object({ id, name: text });
