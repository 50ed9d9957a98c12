import type { V1Contact } from '@/lib/activecampaign/client/v1';
import type { SyncProgress } from '@/lib/outbox/progress';
import { bareTag, isFieldId, refersTo } from '@/lib/save/field-ref';
import type { SaveRequest } from '@/lib/save/request';
import { tagKey, uniqueTagNames } from '@/lib/save/tag-name';
import type { Settings } from '@/lib/settings';
import { planLists, type SkippedList } from './lists';
import { CORE_FIELDS, chooseValue, MAPPED_FIELD_SOURCES, type MappedFieldKey, mayOverwrite } from './plan';

/**
 * The v1 plan: everything in ONE form-encoded contact_sync, built with the same rules as v3
 * (plan.ts): no blanks, AC's differing values kept unless overwrite, unsubscribed lists left
 * alone unless the user consented, and only tags the contact does not have yet.
 */

interface V1SyncPlan {
  /** null when AC already holds everything. */
  params: URLSearchParams | null;
  /** What the request covers, to mark done once it succeeded. */
  lists: string[];
  tags: string[];
  account: boolean;
  skippedLists: SkippedList[];
}

const V1_CORE_PARAMS: Record<(typeof CORE_FIELDS)[number], string> = {
  firstName: 'first_name',
  lastName: 'last_name',
  phone: 'phone',
};

/** `field[12,0]` by id or `field[%PERSTAG%,0]` by personalisation tag (docs/activecampaign.md#v1). */
function v1FieldParam(ref: string): string {
  return isFieldId(ref) ? `field[${ref},0]` : `field[%${bareTag(ref)}%,0]`;
}

function heldFieldValue(held: V1Contact | null, ref: string): string | undefined {
  return held?.fields.find((f) => refersTo(ref, f))?.value;
}

export function planV1ContactSync(
  held: V1Contact | null,
  capture: SaveRequest,
  settings: Settings,
  progress: SyncProgress,
): V1SyncPlan {
  const params = new URLSearchParams({ email: capture.contact.email });
  const set = (key: string, value: string | undefined) => {
    if (value !== undefined) params.set(key, value);
  };

  for (const field of CORE_FIELDS) {
    set(
      V1_CORE_PARAMS[field],
      chooseValue(field, held?.[field], capture.contact[field], mayOverwrite(capture, field)),
    );
  }
  for (const key of Object.keys(MAPPED_FIELD_SOURCES) as MappedFieldKey[]) {
    const ref = settings.fieldMap[key];
    if (!ref) continue;
    const source = MAPPED_FIELD_SOURCES[key];
    const value = chooseValue(
      key,
      heldFieldValue(held, ref),
      source.value(capture),
      mayOverwrite(capture, source.overwrite),
    );
    set(v1FieldParam(ref), value);
  }

  const lists = planLists(held?.listStatuses ?? {}, capture, progress.steps.lists);
  for (const { list } of lists.subscribe) {
    params.set(`p[${list}]`, list);
    params.set(`status[${list}]`, '1');
  }

  const heldTags = new Set((held?.tags ?? []).map(tagKey));
  const tags = uniqueTagNames(capture.tags).filter(
    (name) => !heldTags.has(tagKey(name)) && !progress.steps.tags.includes(tagKey(name)),
  );
  if (tags.length > 0) params.set('tags', tags.join(', '));

  // One account per contact, as in v3: only a contact without one gets the company. v1's
  // customer_acct_name *moves* a contact that has an account, so any sign of one holds it back.
  const company = capture.contact.company?.trim();
  const account = settings.companyToAccount && !!company && !held?.account && !progress.steps.account;
  if (account && company) params.set('customer_acct_name', company);

  const needed = held === null || [...params.keys()].some((k) => k !== 'email');
  return {
    params: needed ? params : null,
    lists: lists.subscribe.map((s) => s.list),
    tags: tags.map(tagKey),
    account,
    skippedLists: lists.skipped,
  };
}
