// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TagIndex } from '@/lib/activecampaign/catalog/indexes';
import { canImportInBulk, chunkEntries } from '@/lib/activecampaign/sync/bulk';
import { planLists } from '@/lib/activecampaign/sync/lists';
import {
  type ContactState,
  chooseValue,
  type PlannedRequest,
  planCaptureSync,
  planNote,
  type ResolvedFields,
} from '@/lib/activecampaign/sync/plan';
import { planV1ContactSync } from '@/lib/activecampaign/sync/plan-v1';
import { emptyProgress } from '@/lib/outbox/progress';
import {
  CONTACT_FIELDS,
  type SaveRequest,
  type SaveRequestInput,
  saveRequestSchema,
} from '@/lib/save/request';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';

const capture = (
  input: Omit<Partial<SaveRequestInput>, 'contact'> & { contact?: Partial<SaveRequestInput['contact']> } = {},
): SaveRequest =>
  saveRequestSchema.parse({
    capturedAt: '2026-03-01T10:00:00.000Z',
    ...input,
    contact: { email: 'jane@acme.example', ...input.contact },
  });

const held = (over: Partial<ContactState> = {}): ContactState => ({
  id: '7',
  firstName: '',
  lastName: '',
  phone: '',
  fieldValues: {},
  listStatuses: {},
  tagIds: [],
  hasAccount: false,
  ...over,
});

const settings = (over: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...over });
const noTags: TagIndex = { tags: {} };
const fields: ResolvedFields = {
  jobTitle: { id: '3', type: 'text' },
  linkedinUrl: { id: '4', type: 'text' },
};

function plan(
  c: SaveRequest,
  h: ContactState | null,
  opts: { s?: Settings; tagIndex?: TagIndex; emailChange?: boolean } = {},
): PlannedRequest[] {
  return planCaptureSync({
    capture: c,
    settings: opts.s ?? settings({ companyToAccount: false }),
    held: h,
    emailChange: opts.emailChange ?? false,
    fields,
    tagIndex: opts.tagIndex ?? noTags,
    progress: emptyProgress(),
  }).requests;
}

describe('chooseValue', () => {
  it.each([
    ['fills an empty value', '', 'Jane', false, 'Jane'],
    ['never sends a blank', 'Jane', '  ', true, undefined],
    ['skips an unchanged value', 'Jane', ' Jane ', true, undefined],
    ['keeps a different value without consent', 'Janet', 'Jane', false, undefined],
    ['replaces a different value with consent', 'Janet', 'Jane', true, 'Jane'],
  ])('%s', (_, current, incoming, may, expected) => {
    expect(chooseValue('firstName', current, incoming, may)).toBe(expected);
  });

  it('compares phones without formatting', () => {
    expect(chooseValue('phone', '+1 (213) 373-4253', '+12133734253', true)).toBeUndefined();
  });
});

describe('planCaptureSync', () => {
  it('new contact, 1 list, 2 known tags: create + contactLists + 2 contactTags, no searches', () => {
    const tagIndex: TagIndex = { tags: { vip: { id: '11', name: 'VIP' }, lead: { id: '12', name: 'lead' } } };
    const requests = plan(
      capture({ contact: { firstName: 'Jane' }, lists: ['1'], tags: ['vip', 'Lead'] }),
      null,
      {
        tagIndex,
      },
    );
    expect(requests).toEqual([
      { kind: 'createContact', body: { email: 'jane@acme.example', firstName: 'Jane' } },
      { kind: 'subscribe', list: '1', resubscribe: false },
      { kind: 'tag', name: 'VIP', tagId: '11' },
      { kind: 'tag', name: 'lead', tagId: '12' },
    ]);
  });

  it('existing contact with nothing new: no requests at all', () => {
    const h = held({ firstName: 'Jane', listStatuses: { '1': '1' }, tagIds: ['11'] });
    const c = capture({ contact: { firstName: 'Jane' }, lists: ['1'], tags: ['VIP'] });
    expect(plan(c, h, { tagIndex: { tags: { vip: { id: '11', name: 'VIP' } } } })).toEqual([]);
  });

  it('existing contact with a phone, page has none: the phone is not sent, lists stay', () => {
    const h = held({ phone: '+4420794600', listStatuses: { '1': '1', '2': '1', '3': '2' } });
    const c = capture({ contact: { lastName: 'Doe' }, lists: ['1', '2', '3', '4'] });
    expect(plan(c, h)).toEqual([
      { kind: 'updateContact', contactId: '7', body: { lastName: 'Doe' } },
      { kind: 'subscribe', list: '4', resubscribe: false },
    ]);
  });

  it('re-subscribes an unsubscribed list only with consent, and reports the skip otherwise', () => {
    const h = held({ listStatuses: { '3': '2' } });
    const without = planCaptureSync({
      capture: capture({ lists: ['3'] }),
      settings: settings(),
      held: h,
      emailChange: false,
      fields: {},
      tagIndex: noTags,
      progress: emptyProgress(),
    });
    expect(without.requests).toEqual([]);
    expect(without.skippedLists).toEqual([{ list: '3', reason: 'unsubscribed' }]);
    expect(plan(capture({ lists: ['3'], resubscribeLists: ['3'] }), h)).toEqual([
      { kind: 'subscribe', list: '3', resubscribe: true },
    ]);
  });

  it('leaves unconfirmed and bounced lists alone and names why, subscribing only lists with no status', () => {
    const h = held({ listStatuses: { '1': '0', '2': '3', '3': '2' } });
    const result = planLists(h.listStatuses, capture({ lists: ['1', '2', '3', '4'] }), []);
    expect(result.subscribe).toEqual([{ list: '4', resubscribe: false }]);
    expect(result.skipped).toEqual([
      { list: '1', reason: 'unconfirmed' },
      { list: '2', reason: 'bounced' },
      { list: '3', reason: 'unsubscribed' },
    ]);
    expect(plan(capture({ lists: ['1', '2'], resubscribeLists: ['2'] }), h)).toEqual([
      { kind: 'subscribe', list: '2', resubscribe: true },
    ]);
  });

  it('custom fields: mapped by id, AC’s differing value kept unless overwrite', () => {
    const h = held({ fieldValues: { '3': 'CTO', '4': '' } });
    const c = capture({ contact: { title: 'CEO', profileUrl: 'https://www.linkedin.com/in/jane' } });
    expect(plan(c, h)).toEqual([
      {
        kind: 'updateContact',
        contactId: '7',
        body: { fieldValues: [{ field: '4', value: 'https://www.linkedin.com/in/jane' }] },
      },
    ]);
    const withConsent = plan({ ...c, overwrite: ['title'] }, h)[0];
    expect(withConsent).toMatchObject({
      body: { fieldValues: [{ field: '4' }, { field: '3', value: 'CEO' }] },
    });
  });

  it('email change: PUT on the old contact with the new email and only what changed', () => {
    const h = held({ firstName: 'Jane' });
    const c = capture({ contact: { email: 'jane@new.example', firstName: 'Jane', lastName: 'Doe' } });
    expect(plan({ ...c, previousEmail: 'jane@acme.example' }, h, { emailChange: true })).toEqual([
      { kind: 'updateContact', contactId: '7', body: { email: 'jane@new.example', lastName: 'Doe' } },
    ]);
  });

  it('company → account only when the contact has none; the note carries provenance', () => {
    const c = capture({
      contact: { company: 'Acme', title: 'CEO' },
      source: { url: 'https://acme.example/team', title: 'Team' },
    });
    const s = settings({ companyToAccount: true, provenanceNote: true });
    const requests = plan(c, null, { s });
    expect(requests).toContainEqual({ kind: 'account', name: 'Acme', jobTitle: 'CEO' });
    expect(requests.find((r) => r.kind === 'note')).toMatchObject({
      text: expect.stringContaining('https://acme.example/team'),
    });
    expect(plan(c, held({ hasAccount: true }), { s }).some((r) => r.kind === 'account')).toBe(false);
    expect(planNote(c, settings())).toBeUndefined();
  });

  it('skips steps already done in progress', () => {
    const progress = { ...emptyProgress(), contactId: '7' };
    progress.steps = { contact: true, fields: true, lists: ['1'], tags: ['vip'] };
    const requests = planCaptureSync({
      capture: capture({ contact: { firstName: 'Jane' }, lists: ['1', '2'], tags: ['VIP', 'new'] }),
      settings: settings({ companyToAccount: false }),
      held: held(),
      emailChange: false,
      fields: {},
      tagIndex: noTags,
      progress,
    }).requests;
    expect(requests).toEqual([
      { kind: 'subscribe', list: '2', resubscribe: false },
      { kind: 'tag', name: 'new' },
    ]);
  });
});

// ---- properties ----

const word = fc.constantFrom('', ' ', 'Jane', 'jane', 'Doe', '+12133734253', '+1 213 373 4253', 'x');
const optionalWord = fc.option(word, { nil: undefined });
const listId = fc.constantFrom('1', '2', '3', '4');
const tagName = fc.constantFrom('VIP', 'vip', 'Vip', 'lead', 'LEAD', 'new-tag', 'Other');

const captureArb = fc
  .record({
    firstName: optionalWord,
    lastName: optionalWord,
    phone: optionalWord,
    title: optionalWord,
    overwrite: fc.subarray([...CONTACT_FIELDS]),
    lists: fc.array(listId, { maxLength: 4 }),
    resubscribeLists: fc.array(listId, { maxLength: 2 }),
    tags: fc.array(tagName, { maxLength: 5 }),
  })
  .map(({ overwrite, lists, resubscribeLists, tags, ...contact }) =>
    capture({ contact: contact as SaveRequestInput['contact'], overwrite, lists, resubscribeLists, tags }),
  );

const heldArb = fc.option(
  fc
    .record({
      firstName: word,
      lastName: word,
      phone: word,
      title: word,
      listStatuses: fc.dictionary(listId, fc.constantFrom('0', '1', '2', '3')),
      tagIds: fc.subarray(['11', '12', '13']),
    })
    .map(({ title, ...rest }) => held({ ...rest, fieldValues: { '3': title } })),
  { nil: null },
);

const indexArb = fc.subarray(['VIP', 'Lead', 'Other']).map((names) => ({
  tags: Object.fromEntries(names.map((name, i) => [name.toLowerCase(), { id: String(11 + i), name }])),
}));

describe('plan properties', () => {
  it('never sends a blank, and never replaces a value AC holds without consent', () => {
    fc.assert(
      fc.property(captureArb, heldArb, (c, h) => {
        for (const r of plan(c, h)) {
          if (r.kind !== 'createContact' && r.kind !== 'updateContact') continue;
          const { fieldValues = [], email: _email, ...core } = r.body;
          for (const [field, value] of Object.entries(core)) {
            expect(value?.trim()).not.toBe('');
            const current = h?.[field as 'firstName'] ?? '';
            if (current.trim() && !c.overwrite.includes(field as 'firstName'))
              expect.fail(`overwrote ${field}`);
          }
          for (const fv of fieldValues) {
            expect(fv.value.trim()).not.toBe('');
            if (fv.field === '3' && h?.fieldValues['3']?.trim()) expect(c.overwrite).toContain('title');
          }
        }
      }),
    );
  });

  it('never sets status 1 on an unsubscribed list without consent (v3 and v1)', () => {
    fc.assert(
      fc.property(captureArb, heldArb, (c, h) => {
        for (const r of plan(c, h)) {
          if (r.kind === 'subscribe' && h?.listStatuses[r.list] === '2')
            expect(c.resubscribeLists).toContain(r.list);
        }
        const v1Held = h && { ...h, email: c.contact.email, account: null, tags: [], fields: [] };
        const params = planV1ContactSync(v1Held, c, settings(), emptyProgress()).params;
        for (const [key, value] of params ?? []) {
          const list = /^status\[(\d+)\]$/.exec(key)?.[1];
          if (list && value === '1' && h?.listStatuses[list] === '2')
            expect(c.resubscribeLists).toContain(list);
        }
      }),
    );
  });

  it('never changes an unconfirmed, unsubscribed or bounced list (0/2/3) without consent (v3 and v1)', () => {
    const locked = (h: ContactState | null, list: string) =>
      ['0', '2', '3'].includes(h?.listStatuses[list] ?? '');
    fc.assert(
      fc.property(captureArb, heldArb, (c, h) => {
        const touched = plan(c, h).flatMap((r) => (r.kind === 'subscribe' ? [r.list] : []));
        const v1Held = h && { ...h, email: c.contact.email, account: null, tags: [], fields: [] };
        const params = planV1ContactSync(v1Held, c, settings(), emptyProgress()).params;
        for (const [key] of params ?? []) {
          const list = /^(?:status|p)\[(\d+)\]$/.exec(key)?.[1];
          if (list) touched.push(list);
        }
        for (const list of touched) if (locked(h, list)) expect(c.resubscribeLists).toContain(list);
      }),
    );
  });

  it('never creates a tag the index knows under another case, and attaches each tag once', () => {
    fc.assert(
      fc.property(captureArb, heldArb, indexArb, (c, h, tagIndex) => {
        const tags = plan(c, h, { tagIndex }).filter((r) => r.kind === 'tag');
        const keys = tags.map((t) => t.name.toLowerCase());
        expect(new Set(keys).size).toBe(keys.length);
        for (const t of tags) {
          const known = tagIndex.tags[t.name.toLowerCase()];
          if (known) expect(t.tagId).toBe(known.id);
        }
      }),
    );
  });
});

describe('v1 plan', () => {
  it('one contact_sync with lists, tags, fields by id or perstag, and only non-blank values', () => {
    const s = settings({ fieldMap: { jobTitle: '%JOB_TITLE%', linkedinUrl: '4' }, companyToAccount: true });
    const c = capture({
      contact: {
        firstName: 'Jane',
        phone: ' ',
        title: 'CEO',
        company: 'Acme',
        profileUrl: 'https://x.example/in/j',
      },
      lists: ['1', '2'],
      tags: ['VIP', 'lead'],
    });
    const result = planV1ContactSync(null, c, s, emptyProgress());
    expect(Object.fromEntries(result.params ?? [])).toEqual({
      email: 'jane@acme.example',
      first_name: 'Jane',
      'field[4,0]': 'https://x.example/in/j',
      'field[%JOB_TITLE%,0]': 'CEO',
      'p[1]': '1',
      'status[1]': '1',
      'p[2]': '2',
      'status[2]': '1',
      tags: 'VIP, lead',
      customer_acct_name: 'Acme',
    });
  });

  it('sends nothing when AC already holds everything', () => {
    const v1Held = {
      ...held({ firstName: 'Jane', listStatuses: { '1': '1' } }),
      email: 'jane@acme.example',
      account: { id: '3', name: 'Acme' },
      tags: ['vip'],
      fields: [],
    };
    const c = capture({ contact: { firstName: 'Jane', company: 'Other' }, lists: ['1'], tags: ['VIP'] });
    expect(planV1ContactSync(v1Held, c, settings(), emptyProgress()).params).toBeNull();
  });
});

describe('bulk planning', () => {
  it('uses the per-contact plan for what the importer cannot do', () => {
    expect(canImportInBulk(capture({ contact: { email: 'p@acme.example' } }))).toBe(true);
    expect(canImportInBulk(capture({ previousEmail: 'old@acme.example' }))).toBe(false);
    expect(canImportInBulk(capture({ note: 'Met at the fair' }))).toBe(false);
    expect(canImportInBulk(capture({ resubscribeLists: ['1'] }))).toBe(false);
  });

  it('chunks at 250 contacts and below 400 000 bytes', () => {
    const small = Array.from({ length: 600 }, (_, i) => ({ contact: { email: `p${i}@acme.example` } }));
    expect(chunkEntries(small).map((c) => c.length)).toEqual([250, 250, 100]);
    const big = Array.from({ length: 200 }, (_, i) => ({
      contact: {
        email: `p${i}@acme.example`,
        tags: Array.from({ length: 50 }, (_, t) => `${'t'.repeat(90)}${t}`),
      },
    }));
    const chunks = chunkEntries(big);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) {
      expect(
        new TextEncoder().encode(JSON.stringify({ contacts: chunk.map((e) => e.contact) })).length,
      ).toBeLessThan(400_000);
    }
  });
});
