import type { AcContact } from '@/lib/activecampaign/client/schemas';
import type { AcClient } from '@/lib/activecampaign/client/v3';
import { AcError, isRedirect } from '@/lib/activecampaign/errors';
import { emptyProgress, type SyncProgress } from '@/lib/outbox/progress';
import type { SaveRequest } from '@/lib/save/request';
import { type ContactState, isEmailChange } from './plan';

/**
 * Which contact a capture writes to, and what AC holds for it. Everything is read by contact id;
 * the email is only used to find the id (docs/activecampaign.md#contacts).
 */

interface Target {
  id: string;
  /** The lookup's copy of the contact; absent when resuming from a saved id. */
  contact?: AcContact;
  emailChange: boolean;
}

interface StateNeeds {
  lists: boolean;
  fieldValues: boolean;
  tags: boolean;
  account: boolean;
}

/**
 * Resume on the saved id while AC still has it under the capture's email; on an email change, find
 * the contact under its old email first. A saved id AC no longer knows (the contact was deleted or
 * merged since) is not a wrong API URL: the person is found again by email, or created again, and
 * every step redone. Nor is one that now holds someone else: nothing is written to that contact.
 */
export async function locateContact(
  client: AcClient,
  capture: SaveRequest,
  p: SyncProgress,
): Promise<Target | null> {
  if (p.contactId) {
    const still = await client.getContact(p.contactId).catch((err: unknown) => {
      if (err instanceof AcError && err.kind === 'not-found' && !isRedirect(err)) return null;
      throw err;
    });
    if (still && sameEmail(still.contact.email, capture.contact.email))
      return { id: p.contactId, contact: still.contact, emailChange: false };
    forgetContact(p);
  }
  if (isEmailChange(capture) && capture.previousEmail && !p.steps.emailChange) {
    const old = await client.findContactByEmail(capture.previousEmail);
    if (old) return { id: old.id, contact: old, emailChange: true };
  }
  const found = await client.findContactByEmail(capture.contact.email);
  return found ? { id: found.id, contact: found, emailChange: false } : null;
}

const sameEmail = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Starts the capture over: what was done was done to a contact that is gone, or is someone else now. */
function forgetContact(p: SyncProgress): void {
  const fresh = emptyProgress();
  delete p.contactId;
  delete p.created;
  p.steps = fresh.steps;
}

/**
 * Reads only what the pending steps need, by contact id. Arrays GET /contacts/{id} does not
 * side-load are read from their sub-resources, never assumed empty (an assumed-empty contactLists
 * would subscribe people who unsubscribed, bounced or have not confirmed yet).
 */
export async function readContactState(
  client: AcClient,
  target: Target,
  needs: StateNeeds,
): Promise<ContactState> {
  const { id } = target;
  const held = await client.getContactDetails(
    id,
    {
      contact: false,
      lists: needs.lists,
      tags: needs.tags,
      fieldValues: needs.fieldValues,
      accounts: needs.account,
    },
    target.contact,
  );
  const contact = held.contact;
  const lists = held.contactLists;
  const values = held.fieldValues;
  const tags = held.contactTags;
  const accounts = held.accountContacts;
  return {
    id,
    firstName: contact?.firstName ?? '',
    lastName: contact?.lastName ?? '',
    phone: contact?.phone ?? '',
    fieldValues: Object.fromEntries(values.map((v) => [v.field, v.value])),
    listStatuses: Object.fromEntries(lists.map((l) => [l.list, l.status])),
    tagIds: tags.map((t) => t.tag),
    hasAccount: accounts.length > 0,
  };
}

/** POST /contacts said the email exists although our lookup found nobody: find it again, by email. */
export async function relocateAfterDuplicate(client: AcClient, email: string): Promise<Target> {
  const found = await client.findContactByEmail(email);
  if (!found) {
    throw new AcError(
      'server',
      `ActiveCampaign says ${email} exists but did not find it yet. Will try again.`,
      { code: 'duplicate' },
    );
  }
  return { id: found.id, contact: found, emailChange: false };
}
