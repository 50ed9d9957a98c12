import type { AcClient } from '@/lib/activecampaign/client/v3';

/**
 * import/info lists the ids of created contacts but not their emails. Reading contacts from just
 * below the smallest new id, in id order, maps them in ⌈n/100⌉ requests instead of one per email.
 */
export async function idsOfNewContacts(
  client: AcClient,
  newIds: readonly string[],
  sent: readonly { email: string; contactId?: string }[],
): Promise<Map<string, string>> {
  const wanted = new Set(newIds);
  const emails = new Set(sent.filter((e) => !e.contactId).map((e) => e.email.toLowerCase()));
  const found = new Map<string, string>();
  if (wanted.size === 0) return found;
  let after = String(Math.min(...[...wanted].map(Number)) - 1);
  // Bounded: other contacts created meanwhile may interleave, but never more pages than needed twice over.
  for (let page = 0; page < 2 * Math.ceil(wanted.size / 100) && found.size < wanted.size; page++) {
    const contacts = await client.listContactsAfter(after);
    for (const c of contacts) {
      if (wanted.has(c.id) && emails.has(c.email.toLowerCase())) found.set(c.email.toLowerCase(), c.id);
    }
    const last = contacts.at(-1);
    if (!last) break;
    after = last.id;
  }
  return found;
}
