import { fieldIndexCache, originStore, tagIndexCache } from '@/lib/activecampaign/catalog/cache';
import { perstagOf } from '@/lib/activecampaign/catalog/fields';
import { listName, listOptions } from '@/lib/activecampaign/catalog/lists';
import { dealPlace } from '@/lib/activecampaign/catalog/sales';
import { tagNames } from '@/lib/activecampaign/catalog/tags';
import type { AcContact } from '@/lib/activecampaign/client/schemas';
import type { AcClient } from '@/lib/activecampaign/client/v3';
import { contactAppUrl } from '@/lib/activecampaign/connection';
import { lockedLabel } from '@/lib/activecampaign/sync/lists';
import type { ExistingContact, ListOption, OpenDeal, Validated } from '@/lib/messaging/protocol';
import { splitName } from '@/lib/people/name';
import { refersTo } from '@/lib/save/field-ref';
import type { Settings } from '@/lib/settings';

/**
 * What ActiveCampaign already holds for a person, shown before saving so the user sees what a
 * save would change: by email, or — when the page has no email — by LinkedIn URL, then by name.
 */

/** At most this many possible matches are read in full. */
const MAX_MATCHES = 5;

export async function lookupContact(
  client: AcClient,
  settings: Settings,
  email: string,
): Promise<ExistingContact | null> {
  const found = await client.findContactByEmail(email.trim());
  return found ? existingContact(client, settings, found.id) : null;
}

/**
 * People that may be this capture: the contact whose mapped LinkedIn field holds the profile URL,
 * else contacts whose first and last name are the ones a save would write — split by the save
 * path's own rule, so "Ludwig van Beethoven" finds the contact saved as "Ludwig" + "van Beethoven".
 * Contacts whose account is the capture's company come first.
 */
export async function findMatches(
  client: AcClient,
  settings: Settings,
  { name, company, profileUrl }: Validated<'findMatches'>,
): Promise<ExistingContact[]> {
  let found: AcContact[] = [];
  const linkedinField = settings.fieldMap.linkedinUrl;
  if (profileUrl && linkedinField) {
    const perstag = await perstagOf(client, originStore(fieldIndexCache, settings.apiUrl), linkedinField);
    if (perstag) found = await client.findContactsByField(perstag, profileUrl);
  }
  if (found.length === 0 && name) found = await findByName(client, name);
  const ids = [...new Set(found.map((c) => c.id))].slice(0, MAX_MATCHES);
  const matches = await Promise.all(ids.map((id) => existingContact(client, settings, id)));
  return company ? rankByAccount(matches, company) : matches;
}

async function findByName(client: AcClient, name: string): Promise<AcContact[]> {
  const { firstName = '', lastName = '' } = splitName(name);
  if (!firstName) return [];
  const same = (a: string | undefined, b: string) => (a ?? '').trim().toLowerCase() === b.toLowerCase();
  const candidates = await client.searchContacts([firstName, lastName].filter(Boolean).join(' '));
  return candidates.filter((c) => same(c.firstName, firstName) && same(c.lastName, lastName));
}

/** Stable: same-account matches first, the rest in AC's order. */
function rankByAccount(matches: ExistingContact[], company: string): ExistingContact[] {
  const key = company.trim().toLowerCase();
  const atCompany = (m: ExistingContact) => m.account?.trim().toLowerCase() === key;
  return [...matches.filter(atCompany), ...matches.filter((m) => !atCompany(m))];
}

/** The read model pages show: names instead of ids, the mapped fields, a link into AC. */
async function existingContact(
  client: AcClient,
  settings: Settings,
  contactId: string,
): Promise<ExistingContact> {
  const details = await client.getContactDetails(contactId);
  const contact = details.contact;
  const [lists, tags, fields, account, openDeals, enrolments] = await Promise.all([
    listOptions(client, settings.apiUrl, false).catch((): ListOption[] => []),
    tagNames(
      client,
      originStore(tagIndexCache, settings.apiUrl),
      details.contactTags.map((ct) => ct.tag),
    ),
    originStore(fieldIndexCache, settings.apiUrl).load(),
    accountName(client, details.accountContacts[0]?.account),
    openDealsOf(client, settings.apiUrl, contactId),
    client.getContactEnrolments(contactId).catch(() => []),
  ]);
  const fieldValue = (ref: string | undefined) => {
    if (!ref) return undefined;
    const id = fields?.fields.find((f) => refersTo(ref, f))?.id ?? ref;
    return details.fieldValues.find((v) => v.field === id)?.value || undefined;
  };
  return {
    id: contactId,
    email: contact?.email ?? '',
    firstName: contact?.firstName ?? '',
    lastName: contact?.lastName ?? '',
    phone: contact?.phone ?? '',
    account,
    lists: details.contactLists.map((cl) => ({
      id: cl.list,
      name: listName(lists, cl.list),
      status: cl.status,
      locked: lockedLabel(cl.status),
    })),
    tags,
    fields: {
      linkedinUrl: fieldValue(settings.fieldMap.linkedinUrl),
      jobTitle: fieldValue(settings.fieldMap.jobTitle),
    },
    appUrl: contactAppUrl(settings.apiUrl, contactId),
    openDeals,
    automations: enrolments.filter((e) => e.status === '1').map((e) => e.automation),
  };
}

/** Open deals (status 0), so the panel shows them before the user opens another; none if unreadable. */
async function openDealsOf(client: AcClient, origin: string, contactId: string): Promise<OpenDeal[]> {
  const deals = await client.getContactDeals(contactId).catch(() => []);
  return Promise.all(
    deals
      .filter((d) => d.status === 0)
      .map(async (d) => ({
        id: d.id,
        title: d.title,
        where: await dealPlace(origin, d.group, d.stage),
        value: d.value,
        currency: d.currency,
      })),
  );
}

async function accountName(client: AcClient, accountId: string | undefined): Promise<string | undefined> {
  if (!accountId) return undefined;
  return (await client.getAccount(accountId).catch(() => undefined))?.name;
}
