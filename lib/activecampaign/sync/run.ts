import { type IndexStore, resolveMappedFields } from '@/lib/activecampaign/catalog/fields';
import type { FieldIndex, TagIndex } from '@/lib/activecampaign/catalog/indexes';
import { createTagResolver, type TagResolver } from '@/lib/activecampaign/catalog/tags';
import type { AcContact } from '@/lib/activecampaign/client/schemas';
import type { AcClient } from '@/lib/activecampaign/client/v3';
import { AcError, isDuplicate } from '@/lib/activecampaign/errors';
import type { SyncProgress } from '@/lib/outbox/progress';
import type { SaveRequest } from '@/lib/save/request';
import { tagKey } from '@/lib/save/tag-name';
import type { Settings } from '@/lib/settings';
import { locateContact, readContactState, relocateAfterDuplicate } from './contact-state';
import { runFollowUps } from './follow-up-steps';
import type { FollowUpRequest } from './follow-ups';
import {
  assertValidTagNames,
  type ContactState,
  mappedFieldsWithValues,
  type PlannedRequest,
  planCaptureSync,
  type SyncPlan,
} from './plan';
import { runStep, type StepRequest } from './steps';

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

  // Located first: a contact deleted since the last run resets the progress, so everything is redone.
  let target = await locateContact(client, capture, p);
  const fieldKeys = p.steps.contact ? [] : mappedFieldsWithValues(capture, settings);
  const fields = await resolveMappedFields(fieldKeys, settings, client, deps.fieldIndex);
  const pending = {
    contact: !p.steps.contact,
    lists: capture.lists.some((l) => !p.steps.lists.includes(l)),
    tags: capture.tags.some((t) => !p.steps.tags.includes(tagKey(t))),
    account: !p.steps.account && settings.companyToAccount && !!capture.contact.company?.trim(),
  };
  const needs = { ...pending, fieldValues: pending.contact && Object.keys(fields).length > 0 };
  const tags = pending.tags ? await createTagResolver(client, deps.tagIndex) : undefined;

  for (let replanned = false; ; replanned = true) {
    const held = target ? await readContactState(client, target, needs) : null;
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
      const request = plan.requests.find((r) => r.kind === 'createContact' || r.kind === 'updateContact');
      let saved: AcContact | undefined;
      try {
        saved = request ? await writeContact(client, request) : undefined;
      } catch (err) {
        // The lookup missed someone AC has: never upsert, plan again for the contact AC holds.
        if (replanned || request?.kind !== 'createContact' || !isDuplicate(err)) throw err;
        target = await relocateAfterDuplicate(client, capture.contact.email);
        continue;
      }
      const contactId = saved?.id ?? held?.id;
      if (!contactId) throw new AcError('bad-response', 'ActiveCampaign did not say which contact it saved.');
      p.contactId = contactId;
      p.created = !held;
      if (target?.emailChange) p.steps.emailChange = true;
      p.steps.contact = true;
      p.steps.fields = true;
      await save();
    }
    return runSteps(plan, held, tags, p, deps);
  }
}

async function runSteps(
  plan: SyncPlan,
  held: ContactState | null,
  tags: TagResolver | undefined,
  p: SyncProgress,
  deps: SyncDeps,
): Promise<SyncResult> {
  const contactId = p.contactId;
  if (!contactId) throw new AcError('bad-response', 'ActiveCampaign did not say which contact it saved.');
  const save = () => deps.saveProgress(structuredClone(p));
  for (const skipped of plan.skippedLists) {
    if (!p.skippedLists.some((s) => s.list === skipped.list)) p.skippedLists.push(skipped);
  }
  const ctx = { client: deps.client, contactId, held, tags, progress: p, saveProgress: save };
  const followUps: FollowUpRequest[] = [];
  for (const request of plan.requests) {
    if (request.kind === 'createContact' || request.kind === 'updateContact') continue;
    if (request.kind === 'deal' || request.kind === 'task' || request.kind === 'enrol') {
      followUps.push(request);
      continue;
    }
    const changed = await runStep(ctx, request);
    markDone(p, request);
    if (changed) await save();
  }
  await runFollowUps(ctx, followUps, plan.withheld);
  return { contactId, skippedLists: p.skippedLists.map((s) => s.list), created: p.created ?? false };
}

async function writeContact(
  client: AcClient,
  request: Extract<PlannedRequest, { kind: 'createContact' | 'updateContact' }>,
): Promise<AcContact> {
  if (request.kind === 'createContact') return client.createContact(request.body);
  try {
    return await client.updateContact(request.contactId, request.body);
  } catch (err) {
    // The new email already has its own contact: say so, and never create a second one.
    if (isDuplicate(err) && request.body.email) throw emailTakenError(request.body.email, err as AcError);
    throw err;
  }
}

function markDone(p: SyncProgress, request: StepRequest): void {
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
