import { mergeInto, setField, sharesContact } from './candidate';
import { readCards } from './cards';
import { append } from './collect';
import { read } from './dom';
import { LIMITS } from './limits';
import { readLines } from './lines';
import { readStructured } from './structured';
import { squash } from './text';
import type { Extractor, RawCandidate } from './types';

/**
 * Any page: declared people first (JSON-LD, microdata, hCard/h-card), then people written as
 * text (team, contact and impressum pages, email bodies), then the organisation's own contacts.
 * Written people without a stated organisation get the page's: its site name, its copyright
 * holder, their email domain as the page writes it ("no2id.net" → "NO2ID"), or the site part
 * of its title.
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
  for (let i = parts.length - 1; i >= 0 && parts.length > 1; i--)
    if (!PAGE_WORDS.test(parts[i] as string)) return parts[i] as string;
  return '';
}

/** "campaigns@no2id.net" → "NO2ID" when the page writes the domain's name as a word of its own. */
function domainName(c: RawCandidate, text: string): string {
  for (let i = 0; i < c.emails.length; i++) {
    const labels = (c.emails[i] as string).toLowerCase().split(/[@.]/);
    const label = labels[labels.length - 2] ?? '';
    if (label.length < 3 || FREE_MAIL.test(label) || /\W/.test(label)) continue;
    const m = new RegExp(`(?:^|[^\\w.@-])(${label})(?=$|[^\\w.@-])`, 'i').exec(text);
    if (m) return m[1] as string;
  }
  return '';
}

/**
 * Merges the contacts of `c` into the declared person it repeats (same contact or same name);
 * true when merged. Declared title and company stand: markup states them, text only suggests.
 */
function absorb(declared: RawCandidate[], c: RawCandidate): boolean {
  for (let i = 0; i < declared.length; i++) {
    const d = declared[i] as RawCandidate;
    if ((c.name && d.name?.toLowerCase() === c.name.toLowerCase()) || sharesContact(d, c)) {
      mergeInto(d, { emails: c.emails, phones: c.phones, confidence: c.confidence });
      return true;
    }
  }
  return false;
}

export const generic: Extractor = {
  source: 'generic',
  matches: () => true,
  extract(doc) {
    const root = doc.body ?? doc.documentElement;
    if (!root) return [];
    const structured = readStructured(doc, LIMITS.candidates);
    const lines = readLines(root, LIMITS.textChars, LIMITS.links);
    const cards = readCards(lines, LIMITS.candidates);
    let text = '';
    for (let i = 0; i < lines.length; i++) text += `${lines[i]?.text}\n`;
    const siteName = structured.orgName || read(doc, ['meta[property="og:site_name"]'], 'content');
    const holder = copyrightHolder(text);

    const declared = structured.people;
    // Written people: with a job title and a contact of their own first, then either, then neither.
    const ranked: RawCandidate[] = [];
    for (let want = 2; want >= 0; want--) {
      for (let i = 0; i < cards.people.length; i++) {
        const p = cards.people[i] as RawCandidate;
        let personal = p.phones.length > 0;
        for (let k = 0; k < p.emails.length; k++) personal ||= !ROLE_MAILBOX.test(p.emails[k] as string);
        if (+!!p.title + +personal === want && !absorb(declared, p)) append(ranked, p);
      }
    }
    const org = cards.org.emails.length + cards.org.phones.length ? cards.org : cards.chromeOrg;
    // Footer and banner contacts count only when nothing else on the page has any.
    const orgFound = org === cards.org || (!declared.length && !ranked.length);
    if ((org.emails.length || org.phones.length) && orgFound && !absorb(declared, org)) append(ranked, org);

    const out: RawCandidate[] = [];
    for (let i = 0; i < declared.length; i++) append(out, declared[i] as RawCandidate);
    for (let i = 0; i < ranked.length && out.length < LIMITS.candidates; i++) {
      const c = ranked[i] as RawCandidate;
      const company =
        siteName || (holder !== c.name && holder) || domainName(c, text) || titleSite(doc.title ?? '');
      setField(c, 'company', company, 0.4);
      append(out, c);
    }
    return out;
  },
};
