import { resolveMappedFields } from '@/lib/activecampaign/catalog/fields';
import type { AcV1Client, V1Contact } from '@/lib/activecampaign/client/v1';
import { AcError } from '@/lib/activecampaign/errors';
import { t } from '@/lib/i18n';
import type { SyncProgress } from '@/lib/outbox/progress';
import type { SaveRequest } from '@/lib/save/request';
import { runFollowUps } from './follow-up-steps';
import { planFollowUps } from './follow-ups';
import { assertValidTagNames, type ContactState, isEmailChange, mappedFieldsWithValues } from './plan';
import { planV1ContactSync } from './plan-v1';
import { emailTakenError, type SyncDeps, type SyncResult } from './run';

/**
 * Legacy mode (settings.apiMode === 'v1'): contact_view_email first, so list statuses and held
 * values are known, then one contact_sync carrying everything. An email change uses
 * contact_edit, always with overwrite=0. Provenance notes are a v3 feature and are not sent here.
 * Where the lookup said "new", the contact is first created with its email alone (createBare), so
 * a lookup that missed someone cannot overwrite or re-subscribe them.
 */
export async function runCaptureSyncV1(
  capture: SaveRequest,
  progress: SyncProgress,
  deps: SyncDeps,
): Promise<SyncResult> {
  assertValidTagNames(capture.tags);
  const v1 = deps.client.v1;
  const p = structuredClone(progress);
  const save = () => deps.saveProgress(structuredClone(p));

  const found = await heldContact(v1, capture, p, save);
  const bare = !p.steps.contact && !found ? await createBare(v1, capture.contact.email) : null;
  const held = bare ?? found;
  if (!p.steps.contact) {
    // v1 ignores a personalisation tag the account lacks, so the value would be lost unseen:
    // the mapped fields must exist, checked against the account's fields as in v3.
    const { client, settings, fieldIndex } = deps;
    await resolveMappedFields(mappedFieldsWithValues(capture, settings), settings, client, fieldIndex);
    const plan = planV1ContactSync(held, capture, deps.settings, p);
    const contactId = plan.params ? (await v1.contactSync(plan.params)).contactId : held?.id;
    if (!contactId) throw new AcError('bad-response', 'ActiveCampaign did not say which contact it saved.');
    p.contactId = contactId;
    p.created = !!bare && isBlank(bare);
    p.steps.contact = true;
    p.steps.fields = true;
    p.steps.lists = [...new Set([...p.steps.lists, ...plan.lists])];
    p.steps.tags = [...new Set([...p.steps.tags, ...plan.tags])];
    if (plan.account) p.steps.account = true;
    for (const skipped of plan.skippedLists) {
      if (!p.skippedLists.some((s) => s.list === skipped.list)) p.skippedLists.push(skipped);
    }
    await save();
  }
  const contactId = p.contactId;
  if (!contactId) throw new AcError('bad-response', 'ActiveCampaign did not say which contact it saved.');
  // v1 has no task or enrolment calls: the deal, task and automation go through v3 with the same key.
  const before = held && !p.created ? followUpState(held) : null;
  const followUps = planFollowUps(capture, before, p);
  const ctx = { client: deps.client, contactId, held: before, progress: p, saveProgress: save };
  await runFollowUps(ctx, followUps.requests, followUps.withheld);
  return { contactId, skippedLists: p.skippedLists.map((s) => s.list), created: p.created ?? false };
}

/** What the follow-ups need to know of a contact AC held: its list statuses (consent) and account. */
function followUpState(held: V1Contact): ContactState {
  const { id, firstName, lastName, phone, listStatuses } = held;
  return {
    id,
    firstName,
    lastName,
    phone,
    listStatuses,
    fieldValues: {},
    tagIds: [],
    hasAccount: held.account !== null,
  };
}

/**
 * v1 has no create-only call, but contact_sync changes only the parameters sent
 * (docs/activecampaign.md#v1): with the email alone it creates a new contact and changes nothing on
 * one the lookup missed. Reading it back then gives the values and lists to plan against, so the
 * plan is the one for an existing contact.
 */
async function createBare(v1: AcV1Client, email: string): Promise<V1Contact> {
  await v1.contactSync(new URLSearchParams({ email }));
  const held = await v1.contactViewEmail(email);
  // A contact on no list may be invisible to v1's reads (docs/activecampaign.md#v1): asking again
  // would get the same answer forever, and planning blind could overwrite someone the lookup missed.
  if (!held) throw new AcError('validation', t('error_v1_contact_hidden', { email }), { code: 'v1_hidden' });
  return held;
}

/**
 * contact_edit requires at least one `p[ID]` (docs/activecampaign.md#v1): one list the contact is
 * on, at the status it already has (1 or 2, the only ones v1 writes), so nothing about it changes.
 */
function listKeptAsItIs(contact: V1Contact): Record<string, string> | null {
  const kept = Object.entries(contact.listStatuses).find(([, status]) => status === '1' || status === '2');
  if (!kept) return null;
  const [list, status] = kept;
  return { [`p[${list}]`]: list, [`status[${list}]`]: status };
}

/** Nothing but an email: the contact createBare just made, not one the lookup missed. */
function isBlank(c: V1Contact): boolean {
  const values = [c.firstName, c.lastName, c.phone, ...c.fields.map((f) => f.value)];
  return (
    values.every((v) => !v.trim()) &&
    !c.account &&
    c.tags.length === 0 &&
    Object.keys(c.listStatuses).length === 0
  );
}

/** The contact as AC holds it now, after moving it to the new email if the user changed it. */
async function heldContact(
  v1: AcV1Client,
  capture: SaveRequest,
  p: SyncProgress,
  save: () => Promise<void>,
): Promise<V1Contact | null> {
  const email = capture.contact.email;
  if (!isEmailChange(capture) || p.steps.emailChange || !capture.previousEmail)
    return v1.contactViewEmail(email);

  const old = await v1.contactViewEmail(capture.previousEmail);
  if (!old) return v1.contactViewEmail(email);
  // v1 has no duplicate code to match on, so check the new address before moving the contact.
  const clash = await v1.contactViewEmail(email);
  if (clash && clash.id !== old.id) throw emailTakenError(email);
  if (!clash) {
    const list = listKeptAsItIs(old);
    if (!list) {
      throw new AcError('validation', t('error_v1_email_change_no_list', { email: capture.previousEmail }), {
        code: 'v1_no_list',
      });
    }
    await v1.contactEdit(new URLSearchParams({ id: old.id, email, ...list }));
  }
  p.contactId = old.id;
  p.steps.emailChange = true;
  await save();
  return { ...old, email };
}
