import { addValues, listKey, mergeInto, setField } from '@/lib/page/candidate';
import type { PageReading, RawCandidate } from '@/lib/page/contract';
import { LIMITS } from '@/lib/page/limits';
import { readCards } from './cards';
import { readCompanyProfile } from './company-profile';
import { currentEmployer } from './cv-experience';
import { emailSpells, hostOf, lastPathPart, nameMatchesLabel, registrableLabel, squeeze } from './domain';
import { bestEmailEvidence, isRoleMailbox, ownerByEmail } from './email-name';
import { startsWithGivenName } from './given-name';
import { readMail } from './mail-body';
import { fullNameKey } from './name';
import {
  declaredOrganisation,
  isHostLike,
  mailOrganisation,
  pageOrganisation,
  SHORT_LINE,
} from './organisation';
import { describedInProse } from './prose-people';
import { findEmails } from './recognise';
import { parseContactLines } from './signature';
import { isTopRole } from './top-role';

/**
 * The people in a page reading, read from what the content script saw: the candidates it returned
 * (a signature or a selection read into fields), then, on any other page, the people written in
 * its text (team, contact and impressum pages, email bodies) and the organisation's own
 * contacts. Written people without a stated organisation get the page's (organisation.ts).
 * Values stay as the page wrote them; normalize.ts cleans them.
 */

/** True when the two candidates share an email or a phone number. */
function sharesContact(a: RawCandidate, b: RawCandidate): boolean {
  return (['emails', 'phones'] as const).some((field) =>
    a[field].some((x) => b[field].some((y) => listKey(field, x) === listKey(field, y))),
  );
}

/**
 * Merges the contacts of `c` into the declared person it repeats (same contact or same name);
 * true when merged. Declared name, title and company stand: markup states them, text only suggests.
 */
function absorb(declared: RawCandidate[], c: RawCandidate): boolean {
  const same = declared.find(
    (d) => (c.name && d.name?.toLowerCase() === c.name.toLowerCase()) || sharesContact(d, c),
  );
  if (same) mergeInto(same, { emails: c.emails, phones: c.phones, confidence: c.confidence });
  // A declared card without a name (an organisation's hCard) takes the written name its address spells.
  if (same && !same.name && c.name && bestEmailEvidence(same.emails, c.name))
    setField(same, 'name', c.name, 0.6);
  return !!same;
}

/** Moves each address of `org` that spells the name of one of `people` to them. */
function claimSpelled(people: RawCandidate[], org: RawCandidate): void {
  for (const email of [...org.emails]) {
    const owner = ownerByEmail(people, [email], 2);
    if (!owner) continue;
    addValues(owner, 'emails', [email], 0.7);
    org.emails.splice(org.emails.indexOf(email), 1);
  }
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

/** Words that name a group of people as an author: a team, a newsroom, an editorial staff. */
const GROUP =
  /(?:^|\s)(?:teams?|staff|desk|newsroom|editors|editorial|redaktion|rédaction|redacción|redazione|redactie|redakcja|redação)(?:\s|$)/iu;

/**
 * A declared "person" that is a publisher: named by an acronym and nothing else ("AFP", "EFE": a
 * news agency as an article's author), by the site's own name and more ("Redação Brasil 247"
 * on Brasil 247: its newsroom), or as a group ("DCC and AGAC Teams", "Editorial Staff").
 */
const agency = (c: RawCandidate, site: string): boolean => {
  const name = c.name?.trim() ?? '';
  const newsroom =
    site.length > 3 && name.length > site.length && name.toLowerCase().includes(site.toLowerCase());
  return (
    (/^\p{Lu}{2,5}$/u.test(name) || newsroom || GROUP.test(name)) && !c.emails.length && !c.phones.length
  );
};

/** The people a page reading holds, and the organisation's own contact among them if any. */
interface PeopleRead {
  people: RawCandidate[];
  /** Contacts no person claims (a mailbox, a switchboard), offered last: no person. */
  organisation?: RawCandidate;
}

/** The people in `page`, primary person first, not yet normalised. */
export function readPeople(page: PageReading): PeopleRead {
  const declared = page.candidates
    .slice(0, LIMITS.candidates)
    .filter((c) => !agency(c, page.siteName ?? ''))
    .map(withLines);
  if (!page.lines) return { people: declared };
  // An e-mail's people are its senders, recipients and signers (mail-body.ts), not cards.
  const mail = readMail(page.lines, page.source === 'gmail');
  const text = page.lines.map((line) => `${line.text}\n`).join('');
  if (mail) {
    const people = mail.filter((c) => !absorb(declared, c));
    // An address no header or signature holds is the mail person's whose name it spells (an
    // archive's sender line "jana.berg at nordwerk.example" over Jana Berg's signed message).
    const held = new Set(people.flatMap((c) => c.emails.map((e) => e.toLowerCase())));
    let read = 0;
    for (const line of page.lines) {
      if (read >= LIMITS.values) break;
      for (const email of findEmails(line.text)) {
        read++;
        const owner = held.has(email.toLowerCase()) ? undefined : ownerByEmail(people, [email]);
        if (owner && !bestEmailEvidence(owner.emails, owner.name ?? ''))
          addValues(owner, 'emails', [email], 0.6);
      }
    }
    for (const c of people) setField(c, 'company', mailOrganisation(c, text), 0.4);
    return { people: [...declared, ...people].slice(0, LIMITS.candidates) };
  }
  const cards = readCards(page.lines, LIMITS.candidates, lastPathPart(page.url));
  // An address no card claims is a declared person's when it spells their name ("dienes@" under the article).
  for (const org of [cards.org, cards.chromeOrg]) claimSpelled(declared, org);

  // Written people: the page's own (a byline, the main heading) first, then those with a job title
  // and a contact of their own, then either, then neither; within each, one whose address spells
  // their name (a function's mailbox never does) before one whose does not, then one with a known
  // first name; then page order. A listing's people with a contact of their own (a function's
  // mailbox is none) keep the order the page lists them in, titled or not, as a contact page lists
  // those it wants reached first.
  const personLike = (p: RawCandidate): boolean =>
    startsWithGivenName(p.name ?? '') ||
    (!p.emails.length && !p.phones.length && /^(?:\p{Lu}\.\s?)+\p{Lu}/u.test(p.name ?? ''));
  const titled = (p: RawCandidate): boolean => (p.confidence.title ?? 0) >= 0.6;
  // A listing reads as people when most of its names do, and as titled when one of its roles is a
  // job title ("Alumni Intern" beside "The Organiser"): its people keep the page's order.
  const listingNamed = new Map<number, boolean>();
  const listingTitled = new Map<number, boolean>();
  for (const shape of new Set(cards.listing.values())) {
    const members = [...cards.listing].filter(([, s]) => s === shape).map(([p]) => p);
    listingNamed.set(shape, 2 * members.filter(personLike).length >= members.length);
    listingTitled.set(shape, members.some(titled));
  }
  const weight = (p: RawCandidate): number => {
    const personal = p.phones.length > 0 || p.emails.some((e) => !isRoleMailbox(e));
    const spelled = +(bestEmailEvidence(p.emails, p.name ?? '') > 0);
    if (cards.footer.has(p)) return 0;
    const prominent = cards.prominent.has(p) ? 3 : 0;
    // A name that starts with a known first name, or without a contact with initials ("P.A. Soeter"),
    // is surer than one that only has a name's shape ("Jahrelange Erfahrung", "Global Presence"); a
    // listing counts as a whole, so a team keeps its order.
    const shape = cards.listing.get(p);
    const given = +(shape === undefined ? personLike(p) : (listingNamed.get(shape) ?? false));
    // The firm's head among them comes first, wherever the list puts them.
    if (shape !== undefined && personal) return 4 * (prominent + 2) + 3 + +isTopRole(p.title);
    const title = shape === undefined ? titled(p) : (listingTitled.get(shape) ?? false);
    return 4 * (prominent + +title + +personal) + 2 * spelled + given;
  };
  // The head a company profile names ("代表者 | 代表取締役 山田太郎") is the page's person.
  const profile = readCompanyProfile(page.lines);
  const ranked: RawCandidate[] = profile && !absorb(declared, profile) ? [profile] : [];
  // Each weighed once; a stable sort keeps page order within a weight.
  const weights = new Map(cards.people.map((p) => [p, weight(p)]));
  const byWeight = [...cards.people].sort((a, b) => (weights.get(b) ?? 0) - (weights.get(a) ?? 0));
  for (const p of byWeight) if (!absorb(declared, p)) ranked.push(p);
  const org = cards.org.emails.length + cards.org.phones.length ? cards.org : cards.chromeOrg;
  let organisation: RawCandidate | undefined;
  // Footer and banner contacts count only when nothing else on the page has any.
  const orgFound = org === cards.org || (!declared.length && !ranked.length);
  // A firm named after its one person ("Ted Amenta" and info@amenta.com) is reached through its contacts.
  const [sole, ...others] = [...declared, ...ranked];
  const surname = squeeze(sole?.name?.split(' ').pop() ?? '');
  const named = (e: string) =>
    surname.length > 3 && registrableLabel(e.split('@')[1] ?? '').includes(surname);
  const alone = others.every((o) => fullNameKey(o.name) && fullNameKey(o.name) === fullNameKey(sole?.name));
  if (sole && alone && !sole.emails.length && !sole.phones.length && org.emails.some(named))
    mergeInto(sole, { emails: org.emails, phones: org.phones, confidence: org.confidence });
  else if ((org.emails.length || org.phones.length) && orgFound && !absorb(declared, org)) {
    ranked.push(org);
    organisation = org;
  }
  // People whose role only a sentence gives ("Jane Doe is a reporter at …", "said John Smith, CEO of
  // Acme"): a bio fills what the card of someone found lacks; anyone else comes after all of them.
  const described = describedInProse(page.lines, [...declared, ...ranked], LIMITS.candidates);
  ranked.push(...described);
  // So is one that spells the name of someone a bio describes ("lena@lenaholm.se" under "Lena Holm is …").
  // An organisation left without contacts is dropped when normalised.
  if (organisation) claimSpelled(described, organisation);

  // A personal page's one person works where their CV's newest position is held.
  if (sole && alone) setField(sole, 'company', currentEmployer(page.lines), 0.5);
  const kept = ranked.slice(0, LIMITS.candidates - declared.length);
  // A declared "person" of one word and no contact ("Segment": a company as a press release's
  // author) comes after the written people when one of them can be reached.
  const oneWord = (c: RawCandidate) => !/\S\s+\S/.test(c.name ?? '') && !c.emails.length && !c.phones.length;
  const late = kept.some((c) => c.emails.length || c.phones.length) ? declared.filter(oneWord) : [];
  // The organisation's own contact comes after every person.
  const people = kept.filter((c) => c !== organisation);
  const last = organisation && kept.includes(organisation) ? [organisation] : [];
  const out = [...declared.filter((c) => !late.includes(c)), ...people, ...late, ...last];
  // Written people without an organisation of their own work for the page's; people the page
  // declares, only for the one it declares itself (an article's author for its publisher), never
  // for one the heuristics guess (a personal site's title is no employer).
  const company = pageOrganisation(page, kept, text);
  const sameName = (c: RawCandidate, org: string) => squeeze(c.name ?? '') === squeeze(org);
  // A person whose own site this is (their h-card's url is its host) does not work for its name.
  const host = hostOf(page.url);
  const ownSite = (c: RawCandidate) => !!host && (c.websites ?? []).some((w) => hostOf(w) === host);
  // Else the organisation the page's own address spells ("LeanData" on leandatainc.com): a blog's
  // declared author writes for it; a personal site's address spells its owner, not an employer.
  // A declared name that is only an address ("jagd-oesterreich.at") yields to the name it spells.
  const declaredName = declaredOrganisation(page);
  const siteName =
    (isHostLike(declaredName) ? '' : declaredName) ||
    (nameMatchesLabel(company, registrableLabel(host)) ? company : '') ||
    declaredName;
  for (const c of declared)
    if (siteName && !sameName(c, siteName) && !ownSite(c)) setField(c, 'company', siteName, 0.4);
  // Someone writing from the domain that spells the page's organisation works there, whatever
  // line stood next to their name ("Overview", "Pressemitteilung als pdf").
  const writesFrom = (c: RawCandidate, org: string) => c.emails.some((e) => emailSpells(e, org));
  const siteLabel = registrableLabel(host);
  for (const c of kept) {
    // Someone a sentence describes (a quoted partner, a guest author) need not work for the page's,
    // unless it bears their name ("Bernd Siegel Steingestaltung").
    const namesThem = !!c.name && company !== c.name && ` ${company} `.includes(` ${c.name} `);
    if (sameName(c, company) || (described.includes(c) && !namesThem)) continue;
    if (c.company && company && writesFrom(c, company) && !writesFrom(c, c.company)) c.company = undefined;
    // Someone writing from a domain of their own, not the site's, works for the name it spells on a
    // line of its own ("Nordwind Robotics" and jane@nordwind-robotics.com on a newswire's release);
    // a sponsor in a sentence is no employer.
    if (
      !writesFrom(c, company) &&
      !c.emails.some((e) => registrableLabel(e.split('@')[1] ?? '') === siteLabel)
    )
      setField(c, 'company', mailOrganisation(c, text, SHORT_LINE), 0.4);
    setField(c, 'company', company, 0.4);
  }
  return { people: out, organisation };
}
