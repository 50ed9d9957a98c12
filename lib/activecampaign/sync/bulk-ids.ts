import type { AcClient } from '@/lib/activecampaign/client/v3';

/**
 * import/info lists the ids of created contacts but not their emails. Reading contacts from just
 * below the smallest new id, in id order, maps them in ⌈n/100⌉ requests instead of one per email.
 * An id counts as created by this import only if AC's own `cdate` for it is not older than the
 * import: a contact that was there before (an importer reporting every processed contact, an id
 * reused by a misread answer) is never taken as new, whatever `success` says.
 */
export async function idsOfNewContacts(
  client: AcClient,
  newIds: readonly string[],
  sent: readonly { email: string }[],
  startedAt: number,
): Promise<Map<string, string>> {
  const wanted = new Set(newIds);
  const emails = new Set(sent.map((e) => e.email.toLowerCase()));
  const found = new Map<string, string>();
  if (wanted.size === 0) return found;
  // AC's dates have whole seconds: a contact made in the second the import started still counts.
  const since = Math.floor(startedAt / 1000) * 1000;
  let after = String(Math.min(...[...wanted].map(Number)) - 1);
  // Bounded: other contacts created meanwhile may interleave, but never more pages than needed twice over.
  for (let page = 0; page < 2 * Math.ceil(wanted.size / 100) && found.size < wanted.size; page++) {
    const contacts = await client.listContactsAfter(after);
    for (const c of contacts) {
      const key = c.email.toLowerCase();
      if (wanted.has(c.id) && emails.has(key) && Date.parse(c.cdate) >= since) found.set(key, c.id);
    }
    const last = contacts.at(-1);
    if (!last) break;
    after = last.id;
  }
  return found;
}
