import { type IndexStore, resolveMappedFields } from '@/lib/activecampaign/catalog/fields';
import { findOrCreate } from '@/lib/activecampaign/catalog/find-or-create';
import type { FieldIndex, TagIndex } from '@/lib/activecampaign/catalog/indexes';
import { createTagResolver, type TagResolver } from '@/lib/activecampaign/catalog/tags';
import type { AcContact } from '@/lib/activecampaign/client/schemas';
import type { AcClient } from '@/lib/activecampaign/client/v3';
import { AcError, isDuplicate } from '@/lib/activecampaign/errors';
import type { SyncProgress } from '@/lib/outbox/progress';
import type { SaveRequest } from '@/lib/save/request';
import { tagKey } from '@/lib/save/tag-name';
import type { Settings } from '@/lib/settings';
import {
  assertValidTagNames,
  type ContactState,
  isEmailChange,
  mappedFieldsWithValues,
  type PlannedRequest,
  planCaptureSync,
} from './plan';

/**
 * Runs one capture against AC v3: read what AC holds, plan (plan.ts), then send the planned
 * requests in order. After every step that changed AC the progress is handed to the outbox, so
 * a run that dies or fails resumes at the first unfinished step and never repeats a side effect.
 */

export interface SyncDeps {
  client: AcClient;
  settings: Settings;
  tagIndex: IndexStore<TagIndex>;
  fieldIndex: IndexStore<FieldIndex>;
  saveProgress(progress: SyncProgress): Promise<void>;
}

export interface SyncResult {
  contactId: string;
  /** Lists not subscribed because the contact had unsubscribed from them. */
  skippedLists: string[];
  /** Whether this capture created the contact. */
  created: boolean;
}

/** What the outbox should show for a duplicate on email change; the same wording in v1 and v3. */
export function emailTakenError(email: string, cause?: AcError): AcError {
  return new AcError('validation', `${email} already belongs to another contact in ActiveCampaign.`, {
    status: cause?.status,
    code: 'duplicate',
    pointer: '/data/attributes/email',
    endpoint: cause?.endpoint,
  });
}

export async function runCaptureSync(
  capture: SaveRequest,
  progress: SyncProgress,
  deps: SyncDeps,
): Promise<SyncResult> {
  assertValidTagNames(capture.tags);
  const { client, settings } = deps;
  const p = structuredClone(progress);
  const save = () => deps.saveProgress(structuredClone(p));

  const pending = {
    contact: !p.steps.contact,
    lists: capture.lists.some((l) => !p.steps.lists.includes(l)),
    tags: capture.tags.some((t) => !p.steps.tags.includes(tagKey(t))),
    account: !p.steps.account && settings.companyToAccount && !!capture.contact.company?.trim(),
  };
  const fields = pending.contact
    ? await resolveMappedFields(mappedFieldsWithValues(capture, settings), settings, client, deps.fieldIndex)
    : {};
  const target = await locateContact(client, capture, p);
  const held = target
    ? await readContactState(client, target.id, target.contact, {
        lists: pending.lists,
        fieldValues: pending.contact && Object.keys(fields).length > 0,
        tags: pending.tags,
        account: pending.account,
      })
    : null;
  const tags = pending.tags ? await createTagResolver(client, deps.tagIndex) : undefined;
  const plan = planCaptureSync({
    capture,
    settings,
    held,
    emailChange: target?.emailChange ?? false,
    fields,
    tagIndex: tags?.index ?? { tags: {} },
    progress: p,
  });

  if (pending.contact) {
    const contactRequest = plan.requests.find((r) => r.kind === 'syncContact' || r.kind === 'updateContact');
    const saved = contactRequest ? await writeContact(client, contactRequest) : undefined;
    const contactId = saved?.id ?? held?.id;
    if (!contactId) throw new AcError('bad-response', 'ActiveCampaign did not say which contact it saved.');
    p.contactId = contactId;
    p.created = !held;
    if (target?.emailChange) p.steps.emailChange = true;
    p.steps.contact = true;
    p.steps.fields = true;
    await save();
  }
  const contactId = p.contactId;
  if (!contactId) throw new AcError('bad-response', 'ActiveCampaign did not say which contact it saved.');

  for (const skipped of plan.skippedLists) {
    if (!p.skippedLists.some((s) => s.list === skipped.list)) p.skippedLists.push(skipped);
  }
  for (const request of plan.requests) {
    if (request.kind === 'syncContact' || request.kind === 'updateContact') continue;
    const changed = await runStep(client, contactId, request, held, tags);
    markDone(p, request);
    if (changed) await save();
  }

  return { contactId, skippedLists: p.skippedLists.map((s) => s.list), created: p.created ?? false };
}

interface Target {
  id: string;
  /** The lookup's copy of the contact; absent when resuming from a saved id. */
  contact?: AcContact;
  emailChange: boolean;
}

/** Resume on the saved id; on an email change, find the contact under its old email first. */
async function locateContact(
  client: AcClient,
  capture: SaveRequest,
  p: SyncProgress,
): Promise<Target | null> {
  if (p.contactId) return { id: p.contactId, emailChange: false };
  if (isEmailChange(capture) && capture.previousEmail) {
    const old = await client.findContactByEmail(capture.previousEmail);
    if (old) return { id: old.id, contact: old, emailChange: true };
  }
  const found = await client.findContactByEmail(capture.contact.email);
  return found ? { id: found.id, contact: found, emailChange: false } : null;
}

/** Reads only what the pending steps need (the contact's own fields come with the lookup). */
async function readContactState(
  client: AcClient,
  contactId: string,
  known: AcContact | undefined,
  needs: { lists: boolean; fieldValues: boolean; tags: boolean; account: boolean },
): Promise<ContactState> {
  const held = await client.getContactDetails(
    contactId,
    {
      contact: false,
      lists: needs.lists,
      tags: needs.tags,
      fieldValues: needs.fieldValues,
      accounts: needs.account,
    },
    known,
  );
  return {
    id: contactId,
    firstName: held.contact?.firstName ?? '',
    lastName: held.contact?.lastName ?? '',
    phone: held.contact?.phone ?? '',
    fieldValues: Object.fromEntries(held.fieldValues.map((v) => [v.field, v.value])),
    listStatuses: Object.fromEntries(held.contactLists.map((l) => [l.list, l.status])),
    tagIds: held.contactTags.map((t) => t.tag),
    hasAccount: held.accountContacts.length > 0,
  };
}

async function writeContact(
  client: AcClient,
  request: Extract<PlannedRequest, { kind: 'syncContact' | 'updateContact' }>,
): Promise<AcContact> {
  if (request.kind === 'syncContact') return client.syncContact(request.body);
  try {
    return await client.updateContact(request.contactId, request.body);
  } catch (err) {
    // The new email already has its own contact: say so, and never create a second one.
    if (isDuplicate(err)) throw emailTakenError(request.body.email, err as AcError);
    throw err;
  }
}

/** Sends one non-contact step; returns whether AC was changed. */
async function runStep(
  client: AcClient,
  contactId: string,
  request: Exclude<PlannedRequest, { kind: 'syncContact' | 'updateContact' }>,
  held: ContactState | null,
  tags: TagResolver | undefined,
): Promise<boolean> {
  switch (request.kind) {
    case 'subscribe':
      await client.setContactList(contactId, request.list, 1, { resubscribe: request.resubscribe });
      return true;
    case 'tag':
      if (!tags) throw new Error('tag step planned without a tag resolver');
      return attachTag(client, contactId, request, held, tags);
    case 'account':
      return linkAccount(client, contactId, request);
    case 'note':
      await client.createNote(contactId, request.text);
      return true;
  }
}

async function attachTag(
  client: AcClient,
  contactId: string,
  request: { name: string; tagId?: string },
  held: ContactState | null,
  tags: TagResolver,
): Promise<boolean> {
  const tagId = request.tagId ?? (await tags.resolve(request.name));
  if (held?.tagIds.includes(tagId)) return false;
  try {
    await client.addContactTag(contactId, tagId);
  } catch (err) {
    // A cached id AC no longer knows (tag deleted): look the name up again, once.
    if (!(err instanceof AcError && err.kind === 'not-found' && request.tagId)) throw err;
    const fresh = await tags.refresh(request.name);
    if (fresh === tagId) throw err;
    await client.addContactTag(contactId, fresh);
  }
  return true;
}

async function linkAccount(
  client: AcClient,
  contactId: string,
  request: { name: string; jobTitle?: string },
): Promise<boolean> {
  const key = request.name.toLowerCase();
  const account = await findOrCreate(
    async () => (await client.searchAccounts(request.name)).find((a) => a.name.trim().toLowerCase() === key),
    () => client.createAccount(request.name),
  );
  try {
    await client.addAccountContact(account.id, contactId, request.jobTitle);
  } catch (err) {
    // One account per contact: if it got one since we looked (a replay, or someone else), we're done.
    if (err instanceof AcError && err.kind === 'validation') {
      if ((await client.getAccountContacts(contactId)).length > 0) return false;
    }
    throw err;
  }
  return true;
}

function markDone(p: SyncProgress, request: PlannedRequest): void {
  switch (request.kind) {
    case 'subscribe':
      if (!p.steps.lists.includes(request.list)) p.steps.lists.push(request.list);
      break;
    case 'tag':
      if (!p.steps.tags.includes(tagKey(request.name))) p.steps.tags.push(tagKey(request.name));
      break;
    case 'account':
      p.steps.account = true;
      break;
    case 'note':
      p.steps.note = true;
      break;
  }
}
