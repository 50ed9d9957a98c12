/** v3 account-wide resources: the user, lists, tags, custom fields and accounts (companies). */
import { z } from 'zod';
import { type Ctx, invalid, notFound, type Reply, type Route } from '../http';
import { createAccount, createField, createList, createTag, findAccountByName, findTagByName } from '../ops';
import { idSchema, includesCi, paginate, parseWrite } from './common';
import { accountJson, fieldJson, listJson, tagJson } from './present';

function me(ctx: Ctx): Reply {
  const links = ['lists', 'userGroup', 'dealGroupTotals', 'dealGroupUsers', 'configs'];
  return {
    status: 200,
    body: {
      user: {
        username: 'sandbox',
        firstName: 'Sandbox',
        lastName: 'Admin',
        email: 'admin@sandbox.example',
        phone: '',
        signature: null,
        links: Object.fromEntries(links.map((l) => [l, `${ctx.apiRoot}/users/1/${l}`])),
        id: '1',
      },
    },
  };
}

function lists(ctx: Ctx): Reply {
  const { page, meta } = paginate(ctx, ctx.account.data.lists, 20);
  return { status: 200, body: { lists: page.map((l) => listJson(ctx, l)), meta } };
}

/** AC requires the sender fields (anti-spam metadata) besides the name; they are mandatory here too. */
const listSchema = z.strictObject({
  name: z.string().min(1),
  stringid: z.string().min(1),
  sender_url: z.string().min(1),
  sender_reminder: z.string().min(1),
  send_last_broadcast: z.union([z.boolean(), z.number()]).optional(),
  carboncopy: z.string().optional(),
  subscription_notify: z.string().optional(),
  unsubscription_notify: z.string().optional(),
  user: idSchema.optional(),
});

function addList(ctx: Ctx): Reply {
  const parsed = parseWrite(ctx, 'list', listSchema);
  if (!parsed.ok) return parsed.reply;
  const { name, stringid, sender_url, sender_reminder } = parsed.value;
  if (ctx.account.data.lists.some((l) => l.stringid === stringid)) {
    return invalid('stringid', `A list with the stringid "${stringid}" already exists.`, 'duplicate');
  }
  const list = createList(ctx.account.data, { name, stringid, sender_url, sender_reminder });
  return { status: 201, body: { list: listJson(ctx, list) } };
}

/** `search` is a contains match; `filters[search][eq]` is exact. Both ignore case. */
function tags(ctx: Ctx): Reply {
  const contains = ctx.url.searchParams.get('search');
  const exact = ctx.url.searchParams.get('filters[search][eq]');
  const matches = ctx.account.data.tags.filter(
    (t) =>
      (contains === null || includesCi(t.tag, contains)) &&
      (exact === null || t.tag.toLowerCase() === exact.toLowerCase()),
  );
  const { page, meta } = paginate(ctx, matches, 20);
  return { status: 200, body: { tags: page.map((t) => tagJson(ctx, t)), meta } };
}

function tag(ctx: Ctx, id: number): Reply {
  const row = ctx.account.data.tags.find((t) => t.id === id);
  return row ? { status: 200, body: { tag: tagJson(ctx, row) } } : notFound('Tag', id);
}

const tagSchema = z.strictObject({
  tag: z.string(),
  tagType: z.enum(['contact', 'template']).optional(),
  description: z.string().optional(),
});

function addTag(ctx: Ctx): Reply {
  const parsed = parseWrite(ctx, 'tag', tagSchema);
  if (!parsed.ok) return parsed.reply;
  const { tag: name, tagType, description } = parsed.value;
  if (name.trim() === '') return invalid('tag', 'The tag name was not provided.', 'field_missing');
  if (name.includes(',')) return invalid('tag', 'Commas are not allowed in tag names.');
  const type = tagType ?? 'contact';
  if (findTagByName(ctx.account.data, name, type)) {
    // AC's real answer (craft-formie #1389): a database message, no `errors[]` and no `code`.
    return {
      status: 422,
      body: {
        message: 'Could not process request',
        error: `Duplicate entry '${type}-${name.trim()}' for key 'typetag'`,
      },
    };
  }
  const row = createTag(ctx.account.data, name, type, description);
  return { status: 201, body: { tag: tagJson(ctx, row) } };
}

function fields(ctx: Ctx): Reply {
  const perstag = ctx.url.searchParams.get('filters[perstag]');
  const matches = ctx.account.data.fields.filter(
    (f) => perstag === null || f.perstag.toLowerCase() === perstag.toLowerCase(),
  );
  const { page, meta } = paginate(ctx, matches, 100);
  return {
    status: 200,
    body: { fieldOptions: [], fieldRels: [], fields: page.map((f) => fieldJson(ctx, f)), meta },
  };
}

/** POST /fields: AC requires a type and a title; the perstag is derived from the title when absent. */
const fieldSchema = z.strictObject({
  type: z.enum([
    'text',
    'textarea',
    'date',
    'datetime',
    'dropdown',
    'multiselect',
    'radio',
    'checkbox',
    'hidden',
  ]),
  title: z.string(),
  descript: z.string().optional(),
  perstag: z.string().optional(),
  isrequired: z.union([z.string(), z.number()]).optional(),
  visible: z.union([z.string(), z.number()]).optional(),
  ordernum: z.union([z.string(), z.number()]).optional(),
  defval: z.string().optional(),
});

function addField(ctx: Ctx): Reply {
  const parsed = parseWrite(ctx, 'field', fieldSchema);
  if (!parsed.ok) return parsed.reply;
  const { title, type } = parsed.value;
  if (title.trim() === '') return invalid('title', 'The field title was not provided.', 'field_missing');
  const perstag = (parsed.value.perstag ?? title).toUpperCase().replace(/[^A-Z0-9]+/g, '_');
  if (ctx.account.data.fields.some((f) => f.perstag === perstag)) {
    return invalid('perstag', `A field with the personalization tag ${perstag} already exists.`, 'duplicate');
  }
  const row = createField(ctx.account.data, title.trim(), perstag, type);
  return { status: 201, body: { field: fieldJson(ctx, row) } };
}

function accounts(ctx: Ctx): Reply {
  const term = ctx.url.searchParams.get('search');
  const matches = ctx.account.data.accounts.filter((a) => term === null || includesCi(a.name, term));
  const { page, meta } = paginate(ctx, matches, 20);
  return { status: 200, body: { accounts: page.map((a) => accountJson(ctx, a)), meta } };
}

/** The sandbox has no account custom fields, so `fields` is not accepted (it would always be invalid). */
const accountSchema = z.strictObject({
  name: z.string(),
  accountUrl: z.string().optional(),
  owner: idSchema.optional(),
});

function addAccount(ctx: Ctx): Reply {
  const parsed = parseWrite(ctx, 'account', accountSchema);
  if (!parsed.ok) return parsed.reply;
  const { name, accountUrl } = parsed.value;
  if (name.trim() === '') return invalid('name', 'The account name was not provided.', 'field_missing');
  if (findAccountByName(ctx.account.data, name)) {
    return invalid(
      'name',
      `An account named "${name}" already exists. Please choose a new name.`,
      'duplicate',
    );
  }
  const row = createAccount(ctx.account.data, name, accountUrl);
  return { status: 201, body: { account: accountJson(ctx, row) } };
}

export const catalogRoutes: Route[] = [
  { method: 'GET', path: /^\/users\/me$/, handle: me },
  { method: 'GET', path: /^\/lists$/, handle: lists },
  { method: 'POST', path: /^\/lists$/, handle: addList },
  { method: 'GET', path: /^\/tags$/, handle: tags },
  { method: 'GET', path: /^\/tags\/(\d+)$/, handle: (ctx, [id]) => tag(ctx, Number(id)) },
  { method: 'POST', path: /^\/tags$/, handle: addTag },
  { method: 'GET', path: /^\/fields$/, handle: fields },
  { method: 'GET', path: /^\/accounts$/, handle: accounts },
  {
    method: 'GET',
    path: /^\/accounts\/(\d+)$/,
    handle(ctx, [id]) {
      const account = ctx.account.data.accounts.find((a) => a.id === Number(id));
      return account
        ? { status: 200, body: { account: accountJson(ctx, account) } }
        : notFound('Account', Number(id));
    },
  },
  { method: 'POST', path: /^\/accounts$/, handle: addAccount },
  { method: 'POST', path: /^\/fields$/, handle: addField },
];
