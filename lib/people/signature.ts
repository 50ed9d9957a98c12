import { addValues, emptyCandidate, setField } from '@/lib/page/candidate';
import type { RawCandidate } from '@/lib/page/contract';
import { squash } from '@/lib/page/text';
import { titleAndOrg } from './card-lines';
import { nameIn } from './name-line';
import { findEmails, findPhones, labelAbove } from './recognise';
import { splitRoleOrg } from './role-line';

/**
 * One contact written as a few lines: a signature block or a text selection. Lines are also
 * split at " | ", " • " and " · " ("Jane Doe | VP Sales | Acme").
 */

/**
 * `knownName` (a mail's sender) marks the line that starts the signature: "Jane", "Jane Doe"
 * or "Jane A. Doe" sign a mail from Jane Doe.
 */
export function parseContactLines(lines: string[], knownName = ''): RawCandidate | null {
  const parts = lines
    .join('\n')
    .replace(/ +[|•·] +/g, '\n')
    .split('\n');
  const first = knownName.split(' ')[0]?.toLowerCase();
  const c = emptyCandidate();
  setField(c, 'name', knownName, 0.9);
  const rest: string[] = [];
  let named = false;
  for (let i = 0; i < parts.length; i++) {
    const part = squash(parts[i] as string);
    const prev = squash(parts[i - 1] ?? '');
    const emails = findEmails(part);
    const phones = findPhones(part, labelAbove(prev));
    const urls = part.match(/\b(?:https?:\/\/|www\.)[^\s<>"]+/gi) ?? [];
    addValues(c, 'emails', emails, 0.7);
    addValues(c, 'phones', phones, 0.7);
    addValues(c, 'websites', urls, 0);
    const contact = emails.length + phones.length + urls.length > 0;
    const hit = named ? undefined : nameIn(part, contact);
    const signs =
      first &&
      part.split(' ').length < 5 &&
      !/\d/.test(part) &&
      part.toLowerCase().split(/[ ,.]/)[0] === first;
    // The signature starts where the sender signs ("Jane") or a name line names them, or anyone
    // when no sender is known ("Jane Doe, Head of Press, +44 …").
    const names = hit && (!first || hit.name.toLowerCase().split(' ')[0] === first);
    if (!named && (signs || names)) {
      named = true;
      setField(c, 'name', hit?.name, 0.7);
      setField(c, 'title', hit?.title, 0.7);
    } else if (named && part && !contact) rest.push(part);
  }
  // The line under the name written "Buyer at Fjordline Optics" or "Head of Sales, Acme" is a
  // title and a company, whether or not the title is a word we know.
  const [role, org] = rest[0] && !/\d|@/.test(rest[0]) ? splitRoleOrg(rest[0]) : [];
  if (org) setField(c, 'title', role, 0.6);
  setField(c, 'company', org, 0.5);
  const described = titleAndOrg(org ? rest.slice(1) : rest, false);
  setField(c, 'title', described.title, 0.6);
  setField(c, 'company', described.company, 0.5);
  return c.name || c.emails.length || c.phones.length ? c : null;
}
