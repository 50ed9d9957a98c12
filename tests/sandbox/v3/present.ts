/**
 * v3 JSON representations. Like real AC, every id and numeric-looking value is a string, dates carry a
 * -05:00 offset, and resources carry keys a client does not need (`links`, `cdate`, deprecated fields),
 * so clients that validate responses too strictly fail here first.
 */
import { createHash } from 'node:crypto';
import type { Ctx } from '../http';
import { accountContactOf } from '../ops';
import type {
  AccountContactRow,
  AccountRow,
  ContactListRow,
  ContactRow,
  ContactTagRow,
  FieldRow,
  FieldValueRow,
  ListRow,
  NoteRow,
  TagRow,
} from '../state';

type Json = Record<string, unknown>;

function links(ctx: Ctx, base: string, names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, `${ctx.apiRoot}/${base}/${name}`]));
}

export function contactJson(ctx: Ctx, c: ContactRow): Json {
  const data = ctx.account.data;
  const link = accountContactOf(data, c.id);
  const account = link && data.accounts.find((a) => a.id === link.account);
  return {
    cdate: c.cdate,
    email: c.email,
    phone: c.phone,
    firstName: c.firstName,
    lastName: c.lastName,
    orgid: account ? String(account.id) : '0',
    orgname: account?.name ?? '',
    segmentio_id: '',
    bounced_hard: '0',
    bounced_soft: '0',
    bounced_date: null,
    ip: '0',
    ua: null,
    hash: createHash('md5').update(`${c.id}:${c.email}`).digest('hex'),
    socialdata_lastcheck: null,
    email_local: '',
    email_domain: '',
    sentcnt: '0',
    rating_tstamp: null,
    gravatar: '1',
    deleted: '0',
    anonymized: '0',
    adate: null,
    udate: c.udate,
    edate: null,
    deleted_at: null,
    created_timestamp: c.cdate,
    updated_timestamp: c.udate,
    created_by: null,
    updated_by: null,
    email_empty: c.email === '',
    mpp_tracking: '0',
    scoreValues: [],
    accountContacts: link ? [String(link.id)] : [],
    links: links(ctx, `contacts/${c.id}`, [
      'bounceLogs',
      'contactAutomations',
      'contactData',
      'contactGoals',
      'contactLists',
      'contactLogs',
      'contactTags',
      'contactDeals',
      'deals',
      'fieldValues',
      'geoIps',
      'notes',
      'organization',
      'plusAppend',
      'trackingLogs',
      'scoreValues',
      'accountContacts',
      'automationEntryCounts',
    ]),
    id: String(c.id),
    organization: account ? String(account.id) : null,
  };
}

export function fieldValueJson(ctx: Ctx, v: FieldValueRow): Json {
  return {
    contact: String(v.contact),
    field: String(v.field),
    value: v.value,
    cdate: v.cdate,
    udate: v.udate,
    created_by: null,
    updated_by: null,
    links: links(ctx, `fieldValues/${v.id}`, ['owner', 'field']),
    id: String(v.id),
    owner: String(v.contact),
  };
}

export function contactListJson(ctx: Ctx, cl: ContactListRow): Json {
  const contact = ctx.account.data.contacts.find((c) => c.id === cl.contact);
  return {
    contact: String(cl.contact),
    list: String(cl.list),
    form: null,
    seriesid: '0',
    sdate: cl.sdate,
    udate: cl.udate,
    status: String(cl.status),
    responder: '1',
    sync: '0',
    unsubreason: null,
    campaign: null,
    message: null,
    first_name: contact?.firstName ?? '',
    last_name: contact?.lastName ?? '',
    ip4Sub: '0',
    sourceid: String(cl.sourceid),
    autosyncLog: null,
    ip4_last: '0',
    ip4Unsub: '0',
    unsubscribeAutomation: null,
    links: links(ctx, `contactLists/${cl.id}`, [
      'automation',
      'list',
      'contact',
      'form',
      'campaign',
      'message',
    ]),
    id: String(cl.id),
    automation: null,
  };
}

export function contactTagJson(ctx: Ctx, ct: ContactTagRow): Json {
  return {
    contact: String(ct.contact),
    tag: String(ct.tag),
    cdate: ct.cdate,
    created_timestamp: ct.cdate,
    updated_timestamp: ct.cdate,
    created_by: null,
    updated_by: null,
    links: links(ctx, `contactTags/${ct.id}`, ['tag', 'contact']),
    id: String(ct.id),
  };
}

export function listJson(ctx: Ctx, l: ListRow): Json {
  return {
    stringid: l.stringid,
    userid: '1',
    name: l.name,
    cdate: l.cdate,
    p_use_tracking: '1',
    p_use_analytics_read: '0',
    p_use_twitter: '0',
    p_use_facebook: '0',
    p_embed_image: '1',
    private: '0',
    to_name: 'Subscriber',
    optinoptout: '1',
    sender_name: '',
    sender_url: l.sender_url,
    sender_reminder: l.sender_reminder,
    optinmessageid: '0',
    subscription_notify: '',
    unsubscription_notify: '',
    links: links(ctx, `lists/${l.id}`, ['contactGoalLists', 'user', 'addressLists']),
    id: String(l.id),
    user: '1',
  };
}

export function tagJson(ctx: Ctx, t: TagRow): Json {
  return {
    tagType: t.tagType,
    tag: t.tag,
    description: t.description,
    cdate: t.cdate,
    links: links(ctx, `tags/${t.id}`, ['contactGoalTags']),
    id: String(t.id),
  };
}

export function fieldJson(ctx: Ctx, f: FieldRow): Json {
  return {
    title: f.title,
    descript: '',
    type: f.type,
    isrequired: '0',
    perstag: f.perstag,
    defval: '',
    show_in_list: '0',
    rows: '0',
    cols: '0',
    visible: '1',
    service: '',
    ordernum: String(f.id),
    cdate: f.cdate,
    udate: f.cdate,
    options: [],
    relations: [],
    links: links(ctx, `fields/${f.id}`, ['options', 'relations']),
    id: String(f.id),
  };
}

export function accountJson(ctx: Ctx, a: AccountRow): Json {
  const contactCount = ctx.account.data.accountContacts.filter((ac) => ac.account === a.id).length;
  return {
    name: a.name,
    accountUrl: a.accountUrl || null,
    createdTimestamp: a.cdate,
    updatedTimestamp: a.udate,
    contactCount: String(contactCount),
    dealCount: '0',
    links: links(ctx, `accounts/${a.id}`, ['notes', 'accountCustomFieldData', 'accountContacts']),
    id: String(a.id),
  };
}

export function accountContactJson(ctx: Ctx, ac: AccountContactRow): Json {
  return {
    account: String(ac.account),
    contact: String(ac.contact),
    jobTitle: ac.jobTitle,
    createdTimestamp: ac.cdate,
    updatedTimestamp: ac.udate,
    links: links(ctx, `accountContacts/${ac.id}`, ['account', 'contact']),
    id: String(ac.id),
  };
}

export function noteJson(ctx: Ctx, n: NoteRow): Json {
  return {
    cdate: n.cdate,
    id: String(n.id),
    mdate: n.cdate,
    note: n.note,
    owner: { type: n.reltype === 'Subscriber' ? 'contact' : 'account', id: String(n.relid) },
    relid: String(n.relid),
    reltype: n.reltype,
    userid: '1',
    links: links(ctx, `notes/${n.id}`, ['activities', 'mentions', 'notes', 'owner', 'user']),
  };
}
