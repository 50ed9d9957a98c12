/** v3 contact ↔ list, tag and account associations. */
import { z } from 'zod';
import { type Ctx, errors, invalid, notFound, type Reply, type Route } from '../http';
import { accountContactOf, findContact, linkAccount, setListStatus, tagContact } from '../ops';
import { badRequest, idSchema, isObject, parseJsonBody, parseWrite } from './common';
import { accountContactJson, contactJson, contactListJson, contactTagJson } from './present';

const related = (name: string): Reply =>
  invalid(name, `The related ${name} does not exist.`, 'related_missing');

const contactListSchema = z.strictObject({
  list: idSchema,
  contact: idSchema,
  status: z
    .union([z.number().int(), z.string().regex(/^\d$/)])
    .transform(Number)
    .pipe(z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)])),
  sourceid: z
    .union([z.number().int().nonnegative(), z.string().regex(/^\d+$/)])
    .transform(Number)
    .optional(),
});

/**
 * Sets any status (0 unconfirmed, 1 active, 2 unsubscribed, 3 bounced). Status 1 over 0 confirms a
 * double-opt-in-pending person, over 2 re-subscribes, over 3 re-activates a bounced address: exactly
 * the compliance traps AC's docs warn about, so the client must check first.
 */
function setContactList(ctx: Ctx): Reply {
  const parsed = parseWrite(ctx, 'contactList', contactListSchema);
  if (!parsed.ok) return parsed.reply;
  const { list, contact, status, sourceid } = parsed.value;
  const data = ctx.account.data;
  const row = findContact(data, contact);
  if (!row) return related('contact');
  if (!data.lists.some((l) => l.id === list)) return related('list');
  const result = setListStatus(data, contact, list, status, sourceid);
  // 201 when the association is new, 200 when an existing one changed status.
  return {
    status: result.created ? 201 : 200,
    body: { contacts: [contactJson(ctx, row)], contactList: contactListJson(ctx, result.row) },
  };
}

/** contactTags errors use AC's other shape: `status` in each error and no `code`. */
const tagError = (status: number, title: string, detail?: string, attribute?: string): Reply =>
  errors(status, {
    status,
    title,
    ...(detail ? { detail } : {}),
    ...(attribute ? { source: { pointer: `/data/attributes/${attribute}` } } : {}),
  });

function addContactTag(ctx: Ctx): Reply {
  const body = parseJsonBody(ctx);
  if (!body.ok) return body.reply;
  const envelope = body.value;
  if (!isObject(envelope) || Object.keys(envelope).length !== 1 || !isObject(envelope.contactTag)) {
    return badRequest;
  }
  const input = envelope.contactTag;
  const unknown = Object.keys(input).find((key) => key !== 'contact' && key !== 'tag');
  if (unknown) return tagError(422, 'Invalid attribute', undefined, unknown);
  for (const attribute of ['contact', 'tag']) {
    if (input[attribute] === undefined || input[attribute] === null || input[attribute] === '') {
      return tagError(422, 'Missing attribute', undefined, attribute);
    }
  }
  const data = ctx.account.data;
  // The tag must be an id: a tag *name* is looked up as an id and, like in AC, is simply not found.
  const contactId = idSchema.safeParse(input.contact);
  const contact = contactId.success ? findContact(data, contactId.data) : undefined;
  if (!contact) return tagError(404, 'Not Found', 'Contact not found');
  const tagId = idSchema.safeParse(input.tag);
  const tag = tagId.success ? data.tags.find((t) => t.id === tagId.data) : undefined;
  if (!tag) return tagError(404, 'Not Found', 'Tag not found');
  const { row, created } = tagContact(data, contact.id, tag.id);
  // Re-adding a tag returns the existing association (200) rather than creating a duplicate.
  return { status: created ? 201 : 200, body: { contactTag: contactTagJson(ctx, row) } };
}

function removeContactTag(ctx: Ctx, id: number): Reply {
  const data = ctx.account.data;
  if (!data.contactTags.some((ct) => ct.id === id)) return notFound('SubscriberTag', id);
  data.contactTags = data.contactTags.filter((ct) => ct.id !== id);
  return { status: 200, body: {} };
}

const accountContactSchema = z.strictObject({
  account: idSchema,
  contact: idSchema,
  jobTitle: z.string().optional(),
});

function addAccountContact(ctx: Ctx): Reply {
  const parsed = parseWrite(ctx, 'accountContact', accountContactSchema);
  if (!parsed.ok) return parsed.reply;
  const { account, contact, jobTitle } = parsed.value;
  const data = ctx.account.data;
  if (!findContact(data, contact)) return related('contact');
  if (!data.accounts.some((a) => a.id === account)) return related('account');
  if (accountContactOf(data, contact)) {
    return invalid(
      'account,contact',
      'This contact is already associated with an account. We currently do not support contacts on multiple accounts.',
    );
  }
  const row = linkAccount(data, contact, account, jobTitle);
  return { status: 201, body: { accountContact: accountContactJson(ctx, row) } };
}

export const associationRoutes: Route[] = [
  { method: 'POST', path: /^\/contactLists$/, handle: setContactList },
  { method: 'POST', path: /^\/contactTags$/, handle: addContactTag },
  {
    method: 'DELETE',
    path: /^\/contactTags\/(\d+)$/,
    handle: (ctx, [id]) => removeContactTag(ctx, Number(id)),
  },
  { method: 'POST', path: /^\/accountContacts$/, handle: addAccountContact },
];
