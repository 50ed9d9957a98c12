import { listKey, mergeInto, setField } from '@/lib/page/candidate';
import type { PageReading, RawCandidate } from '@/lib/page/contract';
import { LIMITS } from '@/lib/page/limits';
import { squash } from '@/lib/page/text';
import { readCards } from './cards';
import { readMail } from './mail-body';
import { parseContactLines } from './signature';

/**
 * The people in a page reading, read from what the content script saw: the candidates it returned
 * (a signature or a selection read into fields), then, on any other page, the people written in
 * its text (team, contact and impressum pages, email bodies) and the organisation's own
 * contacts. Written people without a stated organisation get the page's: its site name, its
 * copyright holder, their email domain as the page writes it ("no2id.net" → "NO2ID"), or the
 * site part of its title. Values stay as the page wrote them; normalize.ts cleans them.
 */

/** Free-mail domains say nothing about where someone works. */
const FREE_MAIL =
  /^(?:gmail|googlemail|yahoo|hotmail|outlook|live|aol|icloud|me|gmx|web|proton|yandex|mail|t-online)$/;
/** Title parts that name the page, not the site ("Contact Us", "Über uns", "Team"). */
const PAGE_WORDS =
  /(?:^|\s)(?:contact|about|team|home|impressum|kontakt|über|people|staff|faculty|members?|press|our)(?:\s|$)/i;
/** Mailboxes of a function, not a person: they do not make a card's name a reachable person. */
const ROLE_MAILBOX =
  /^(?:info|office|support|contact|kontakt|hello|press|presse|team|sales|admin|webmaster|mail|enquiries|service)@/i;

/** "© 2022 Emory University - All Rights Reserved" → "Emory University". */
function copyrightHolder(text: string): string {
  const m =
    /(?:©|\(c\)) *(?:(?:19|20)\d\d[ ,–-]*)*([^|.\n]+?)(?: (?:19|20)\d\d)?(?: [|–-] |\.|\n| all rights)/i.exec(
      text,
    );
  const holder = m?.[1]?.trim() ?? '';
  return /^\p{L}/u.test(holder) && holder.split(' ').length < 7 ? holder : '';
}

/** The site part of a "Page | Site" title. */
function titleSite(title: string): string {
  const parts = squash(title).split(/ [|–—·:-] /);
  if (parts.length < 2) return '';
  return parts.findLast((part) => !PAGE_WORDS.test(part)) ?? '';
}

/** "campaigns@no2id.net" → "NO2ID" when the page writes the domain's name as a word of its own. */
function domainName(c: RawCandidate, text: string): string {
  for (const email of c.emails) {
    const labels = email.toLowerCase().split(/[@.]/);
    const label = labels[labels.length - 2] ?? '';
    if (label.length < 3 || FREE_MAIL.test(label) || /\W/.test(label)) continue;
    const m = new RegExp(`(?:^|[^\\w.@-])(${label})(?=$|[^\\w.@-])`, 'i').exec(text);
    if (m) return m[1] as string;
  }
  return '';
}

/** True when the two candidates share an email or a phone number. */
function sharesContact(a: RawCandidate, b: RawCandidate): boolean {
  return (['emails', 'phones'] as const).some((field) =>
    a[field].some((x) => b[field].some((y) => listKey(field, x) === listKey(field, y))),
  );
}

/**
 * Merges the contacts of `c` into the declared person it repeats (same contact or same name);
 * true when merged. Declared title and company stand: markup states them, text only suggests.
 */
function absorb(declared: RawCandidate[], c: RawCandidate): boolean {
  const same = declared.find(
    (d) => (c.name && d.name?.toLowerCase() === c.name.toLowerCase()) || sharesContact(d, c),
  );
  if (same) mergeInto(same, { emails: c.emails, phones: c.phones, confidence: c.confidence });
  return !!same;
}

/** A copy of `raw` with its lines read: they fill what the page did not show (a sender keeps their address). */
function withLines(raw: RawCandidate): RawCandidate {
  const { lines, ...fields } = raw;
  const c: RawCandidate = {
    ...fields,
    emails: [...raw.emails],
    phones: [...raw.phones],
    websites: [...(raw.websites ?? [])],
    confidence: { ...raw.confidence },
  };
  const signed = lines && parseContactLines(lines, raw.name);
  if (signed) mergeInto(c, c.emails.length ? { ...signed, emails: [] } : signed);
  return c;
}

/** The people in `page`, primary person first, not yet normalised. */
export function readPeople(page: PageReading): RawCandidate[] {
  const declared = page.candidates.slice(0, LIMITS.candidates).map(withLines);
  if (!page.lines) return declared;
  // An e-mail's people are its senders, recipients and signers (mail-body.ts), not cards.
  const mail = readMail(page.lines, page.source === 'gmail');
  if (mail) return [...declared, ...mail.filter((c) => !absorb(declared, c))].slice(0, LIMITS.candidates);
  const cards = readCards(page.lines, LIMITS.candidates);
  const text = page.lines.map((line) => `${line.text}\n`).join('');
  const holder = copyrightHolder(text);

  // Written people: with a job title and a contact of their own first, then either, then neither.
  const ranked: RawCandidate[] = [];
  for (let want = 2; want >= 0; want--) {
    for (const p of cards.people) {
      const personal = p.phones.length > 0 || p.emails.some((e) => !ROLE_MAILBOX.test(e));
      if (+!!p.title + +personal === want && !absorb(declared, p)) ranked.push(p);
    }
  }
  const org = cards.org.emails.length + cards.org.phones.length ? cards.org : cards.chromeOrg;
  // Footer and banner contacts count only when nothing else on the page has any.
  const orgFound = org === cards.org || (!declared.length && !ranked.length);
  if ((org.emails.length || org.phones.length) && orgFound && !absorb(declared, org)) ranked.push(org);

  const out = [...declared];
  for (const c of ranked.slice(0, LIMITS.candidates - out.length)) {
    const company =
      page.siteName || (holder !== c.name && holder) || domainName(c, text) || titleSite(page.title);
    setField(c, 'company', company, 0.4);
    out.push(c);
  }
  return out;
}
