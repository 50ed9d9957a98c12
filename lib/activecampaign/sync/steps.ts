import { findOrCreate } from '@/lib/activecampaign/catalog/find-or-create';
import type { TagResolver } from '@/lib/activecampaign/catalog/tags';
import type { AcClient } from '@/lib/activecampaign/client/v3';
import { AcError, isForbidden } from '@/lib/activecampaign/errors';
import type { SyncProgress } from '@/lib/outbox/progress';
import type { ContactState, PlannedRequest } from './plan';

/**
 * The requests after the contact itself: list, tag, account, note (the deal, task and automation are
 * in follow-up-steps.ts). Each returns whether AC was
 * changed, so the caller saves progress only when there is something to resume from.
 */

export type StepRequest = Exclude<
  PlannedRequest,
  { kind: 'createContact' | 'updateContact' | 'deal' | 'task' | 'enrol' }
>;

interface StepContext {
  client: AcClient;
  contactId: string;
  held: ContactState | null;
  tags: TagResolver | undefined;
  progress: SyncProgress;
  saveProgress(): Promise<void>;
}

export async function runStep(ctx: StepContext, request: StepRequest): Promise<boolean> {
  switch (request.kind) {
    case 'subscribe':
      await subscribe(ctx, request.list, request.resubscribe);
      return true;
    case 'tag':
      if (!ctx.tags) throw new Error('tag step planned without a tag resolver');
      return attachTag(ctx, request, ctx.tags);
    case 'account':
      return linkAccount(ctx.client, ctx.contactId, request);
    case 'note':
      return postNoteOnce(ctx, request.text);
  }
}

/** A 403 on one list fails this save with the list's name; other saves and lists go on. */
async function subscribe(ctx: StepContext, list: string, resubscribe: boolean): Promise<void> {
  try {
    await ctx.client.setContactList(ctx.contactId, list, 1, { resubscribe });
  } catch (err) {
    if (!isForbidden(err)) throw err;
    const name = (await ctx.client.listLists().catch(() => [])).find((l) => l.id === list)?.name;
    throw new AcError(
      'validation',
      `ActiveCampaign does not let this API key’s user add people to the list “${name ?? `#${list}`}”.`,
      { status: (err as AcError).status, code: 'forbidden', endpoint: (err as AcError).endpoint },
    );
  }
}

async function attachTag(
  ctx: StepContext,
  request: { name: string; tagId?: string },
  tags: TagResolver,
): Promise<boolean> {
  const { client, contactId } = ctx;
  const tagId = request.tagId ?? (await tags.resolve(request.name));
  if (ctx.held?.tagIds.includes(tagId)) return false;
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

/** Accounts are matched by exact name (ignoring case) across every page of AC's contains-search. */
async function linkAccount(
  client: AcClient,
  contactId: string,
  request: { name: string; jobTitle?: string },
): Promise<boolean> {
  const key = request.name.trim().toLowerCase();
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

/**
 * Notes are not idempotent: a POST whose answer was lost may still have created the note. So the
 * attempt is recorded first, and a later run looks for the same text before posting again.
 */
async function postNoteOnce(ctx: StepContext, text: string): Promise<boolean> {
  const { client, contactId, progress } = ctx;
  if (progress.steps.noteSent) {
    const notes = await client.getContactNotes(contactId);
    if (notes.some((n) => n.note.trim() === text.trim())) return false;
  } else {
    progress.steps.noteSent = true;
    await ctx.saveProgress();
  }
  await client.createNote(contactId, text);
  return true;
}
