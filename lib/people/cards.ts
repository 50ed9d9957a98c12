import { addValues, emptyCandidate, setField } from '@/lib/page/candidate';
import type { PageLine, RawCandidate } from '@/lib/page/contract';
import { brokenFirmName, chromeRole, DANGLING, roleAbove, TITLE_LINES, titleAndOrg } from './card-lines';
import { nameShapedRoles, ownerOf, sameElement } from './card-owner';
import { squeeze } from './domain';
import { bestEmailEvidence, confirmedName, ownerByEmail } from './email-name';
import { startsWithGivenName } from './given-name';
import { isJobTitle } from './job-title';
import { givenNamesFirst } from './name';
import { nameIn } from './name-line';
import { isPressContactLabel } from './press-contact';
import { findEmails, findPhones, labelAbove } from './recognise';
import { creditedLines } from './site-credit';

/**
 * People written as text. A name line ("Roland Alton", "James Baker, Campaigns Manager, +44 …",
 * "Alexander L <a@example.com>") anchors a card; the contacts in that card, and the short lines
 * right after the name (job title, organisation), belong to it. Contacts no card claims are the
 * organisation's.
 */

interface Cards {
  /** People in page order, each with a contact or a job title, or one of a listing of names. */
  people: RawCandidate[];
  /** Those the page presents as its own person: named in a byline ("By Jane Doe") or its main heading. */
  prominent: Set<RawCandidate>;
  /** Those named in the banner or footer: after the people of the content. */
  footer: Set<RawCandidate>;
  /** Those among three or more cards of one shape (a team's tiles, a contact page's list), by shape. */
  listing: Map<RawCandidate, number>;
  /** Contacts no person claims: in the page's content, and in its navigation, banner or footer. */
  org: RawCandidate;
  chromeOrg: RawCandidate;
}

export interface Anchor {
  line: number;
  name: string;
  byline?: boolean;
  owner?: boolean;
  credited?: string[];
  title?: string;
  company?: string;
  person: RawCandidate;
  reachable?: boolean;
  /** Named in the banner or footer. */
  chrome?: boolean;
}

function sharesEmail(a: RawCandidate, b: RawCandidate): boolean {
  return a.emails.some((e) => b.emails.some((f) => e.toLowerCase() === f.toLowerCase()));
}

/**
 * Reads people (at most `max`) and unclaimed contacts from the page's lines; `slug` is the last
 * part of the page's address, which a person's own page spells their name in ("/speakers/jane-doe/").
 */
export function readCards(lines: PageLine[], max: number, slug = ''): Cards {
  const anchors: Anchor[] = [];
  const byLine = new Map<number, Anchor>();
  const found: RawCandidate[] = [];
  const org = emptyCandidate();
  const chromeOrg = emptyCandidate();
  const unclaimed: number[] = [];
  const take = (to: Anchor | RawCandidate, i: number): void => {
    const c = found[i] as RawCandidate;
    const person = 'person' in to ? to.person : to;
    if ('person' in to) to.reachable = true;
    addValues(person, 'emails', c.emails, 0.85);
    addValues(person, 'phones', c.phones, 0.8);
  };
  const has = (i: number): number => (found[i]?.emails.length ?? 0) + (found[i]?.phones.length ?? 0);

  lines.forEach((line, i) => {
    const prev = lines[i - 1]?.text ?? '';
    const c = emptyCandidate();
    found[i] = c;
    addValues(c, 'emails', findEmails(line.text), 0);
    addValues(c, 'emails', line.emails.flatMap(findEmails), 0);
    addValues(c, 'phones', findPhones(line.text, labelAbove(prev)), 0);
    addValues(c, 'phones', line.phones, 0);
  });
  // "Bc. Petra Svobodová, obchodní oddělení" over her contacts in one element: a known first name
  // vouches for a line that a contact on it would.
  const contactedBelow = (i: number) => {
    const hit = has(i + 1) && sameElement(lines, i, i + 1) ? nameIn(lines[i]?.text ?? '', true) : undefined;
    return hit && startsWithGivenName(hit.name) ? hit : undefined;
  };
  lines.forEach((line, i) => {
    // A name the shape rules doubt stands when an address on its line or the two after spells it.
    const near = [i, i + 1, i + 2].flatMap((k) => found[k]?.emails ?? []);
    // In a banner or footer only a name with its role is a person (chromeRole).
    const hit = line.chrome
      ? nameIn(line.text, false)
      : (nameIn(line.text, has(i) > 0) ?? contactedBelow(i) ?? confirmedName(line.text, near));
    if (hit && line.chrome && !hit.title) hit.title = chromeRole(lines, i, has);
    // Or with their own address right under it ("Sarah Baker" / "Email: sarah@…").
    // A menu run together into one line ("Accueil Chef Répétitrice Citations …") reads as a role
    // and a name: there, a name needs a known first name.
    const menu = line.chrome && hit && !startsWithGivenName(hit.name) && line.text.split(' ').length > 5;
    if (!hit || menu || (line.chrome && !hit.title && !bestEmailEvidence(near, hit.name))) return;
    if (brokenFirmName(lines, i) && !startsWithGivenName(hit.name)) return;
    // Under "Jane Berg, Nordcon Philippines Conference Chair" the line "Nordcon Philippines" is
    // where she holds that role, not a second person.
    if (byLine.get(i - 1)?.title?.includes(hit.name)) return;
    const anchor: Anchor = { line: i, ...hit, person: emptyCandidate(), chrome: line.chrome };
    byLine.set(i, anchor);
    anchors.push(anchor);
  });
  // A name-shaped line written again and again ("Google Scholar" under each reference, a "Sacar
  // Turno" button on each card) is a label; a name that sentences repeat ("… eigendom van Sanne
  // Visser") is not. One without a known first name owns no contact beside it.
  const alone = (a: Anchor) => lines[a.line]?.text.trim() === a.name;
  const times = new Map<string, number>();
  for (const a of anchors) if (alone(a)) times.set(a.name, (times.get(a.name) ?? 0) + 1);
  const repeatedLabel = (a: Anchor) => !a.byline && alone(a) && (times.get(a.name) ?? 0) >= 3;
  const labels = new Set(anchors.filter((a) => repeatedLabel(a) && !startsWithGivenName(a.name)));
  for (const a of nameShapedRoles(lines, anchors)) labels.add(a);
  for (const a of labels) byLine.delete(a.line);
  anchors.splice(0, anchors.length, ...anchors.filter((a) => !labels.has(a)));

  // A bare run of digits with its trunk prefix right under a name ("Markus Kantola" / "0505527385")
  // is that person's number, though alone on a page it may be any number.
  for (const a of anchors)
    for (const k of [a.line + 1, a.line + 2])
      if (!has(k) && !byLine.has(k) && /^0\d{8,11}$/.test(lines[k]?.text.trim() ?? ''))
        addValues(found[k] as RawCandidate, 'phones', [(lines[k] as PageLine).text.trim()], 0);
  const footerNames = anchors.some((a) => a.chrome);
  // A contact in a credit of the site's makers (site-credit.ts) is another firm's: nobody's here.
  const credited = creditedLines(lines);
  lines.forEach((line, i) => {
    if (!has(i) || credited.has(i)) return;
    // A footer line with a person's own address ("jane@acme.io | +54 9 …") is theirs too.
    const known = line.chrome
      ? anchors.find((a) => sharesEmail(a.person, found[i] as RawCandidate))
      : undefined;
    // Else a footer person's card; only pages that name someone in their chrome look for one.
    const card = line.chrome && !known && footerNames ? ownerOf(lines, byLine, i, found) : undefined;
    const owner = line.chrome
      ? (known ?? (card?.chrome ? card : undefined))
      : ownerOf(lines, byLine, i, found);
    if (owner || line.chrome) take(owner ?? chromeOrg, i);
    else unclaimed.push(i);
  });

  // A listing of cards repeats one shape (tag and class) in separate elements; there the line
  // after a name is its title even without a title word.
  const shapes = new Map<number, number>();
  const shape = (a: Anchor): number => lines[a.line]?.shape ?? -1;
  anchors.forEach((a, k) => {
    const before = anchors[k - 1];
    if (!before || !sameElement(lines, a.line, before.line))
      shapes.set(shape(a), (shapes.get(shape(a)) ?? 0) + 1);
  });
  // Cards that write the role above the name: the first card of their shape does, with a role word.
  const roleShapes = new Map<number, number | undefined>();
  for (const a of anchors)
    if (!roleShapes.has(shape(a)))
      roleShapes.set(shape(a), roleAbove(lines, a.line, byLine, has) ? lines[a.line - 1]?.shape : undefined);
  for (const anchor of anchors) {
    // A sentence that names the owner is no card: the lines after it describe something else.
    if (anchor.title || anchor.owner) continue;
    const texts: string[] = [];
    const head = lines[anchor.line]?.heading;
    // A name under a heading that labels it ("Verantwortlich" / "Jane Doe" / "Fotos" / …): the next
    // heading of that level or above labels the next entry or section.
    const label = head ? 0 : (lines[anchor.line - 1]?.heading ?? 0);
    // A role written above the name ("Formand" / "Charly Riis", "Kasserer:" / …) beats a listing's guess;
    // in cards that write it there, the line above is the role even without a role word ("Lid").
    const roleShape = roleShapes.get(shape(anchor));
    const prev = anchor.line - 1;
    const laidOut =
      roleShape !== undefined && lines[prev]?.shape === roleShape && !byLine.has(prev) && !has(prev);
    const above = roleAbove(lines, anchor.line, byLine, has) ?? (laidOut ? lines[prev]?.text : undefined);
    let contacted = false;
    for (let k = anchor.line + 1; k <= anchor.line + TITLE_LINES + 1 && k < lines.length; k++) {
      const line = lines[k] as PageLine;
      // A section heading ends the card: one as high as the name's, or a main one after a plain name,
      // but not the role right under a name in a heading of its own level ("Merel Nabuurs" /
      // "doktersassistente", both h6); so does the next card's role line.
      const ownRole = k === anchor.line + 1 && line.heading === head && isJobTitle(line.text);
      if (
        byLine.has(k) ||
        // The banner or footer after a name in the content is none of its card.
        (line.chrome && !anchor.chrome) ||
        (line.heading && !ownRole && (line.heading <= (head || 2) || line.heading <= label)) ||
        (laidOut && line.shape === roleShape)
      )
        break;
      // Past the card's contacts only a role still describes the person ("Algemene voorwaarden" is a link).
      if (has(k)) contacted = true;
      else if (!contacted || isJobTitle(line.text) || DANGLING.test(texts.at(-1) ?? ''))
        texts.push(line.text);
    }
    const described = titleAndOrg(texts, (shapes.get(shape(anchor)) ?? 0) > 2);
    // After a byline come the date, the menu or the article: only a role line describes its author.
    if (anchor.byline && !(described.title && isJobTitle(described.title))) continue;
    const role = described.title && isJobTitle(described.title) ? described.title : above;
    anchor.title = role || described.title;
    // Under a name with its role above, the line a listing took for a title is the affiliation.
    const affiliation =
      above && anchor.title === above && described.title !== above ? described.title : undefined;
    // "Latest articles by Anna Berg" under her name is no organisation.
    const company = described.company ?? affiliation;
    anchor.company = company?.endsWith(anchor.name) ? anchor.company : (company ?? anchor.company);
  }

  // "Call Beth on …": an unclaimed contact line that calls a listed person by (the start of) their first name.
  for (const i of unclaimed) {
    const words = (lines[i] as PageLine).text.split(/[^\p{L}]+/u).filter((w) => /^\p{Lu}\p{L}{2}/u.test(w));
    // An address that spells a name on the page ("sabrina.pfeifer@…") is that person's wherever it stands.
    const called =
      ownerByEmail(anchors, found[i]?.emails ?? [], 2) ??
      words.map((w) => anchors.find((a) => a.title && a.name.indexOf(w) === 0)).find((a) => a !== undefined);
    take(called ?? org, i);
  }

  const people: RawCandidate[] = [];
  const prominent = new Set<RawCandidate>();
  const footer = new Set<RawCandidate>();
  const listing = new Map<RawCandidate, number>();
  // A page that heads each section with an h1 (an HTML5 outline) has no one main heading.
  const h1s = lines.filter((line, i) => line.heading === 1 && lines[i - 1]?.heading !== 1).length;
  const named = new Set(anchors.filter((a) => a.reachable || startsWithGivenName(a.name)).map(shape));
  // Two cards of one shape, each with its role and contacts, list people as three do.
  const complete = (a: Anchor) => a.reachable && !!a.title && !a.chrome;
  const pair = new Set(
    [...shapes]
      .filter(([s, n]) => n === 2 && anchors.every((a) => shape(a) !== s || complete(a)))
      .map(([s]) => s),
  );
  const slugKey = squeeze(slug);
  // Every mention of the one a sentence states owns the site or founded the firm is the page's person.
  const owners = new Set(anchors.filter((a) => a.owner).map((a) => a.name));
  for (const anchor of anchors) {
    const { person, name, title, company, reachable } = anchor;
    if (!reachable && repeatedLabel(anchor)) continue;
    const line = lines[anchor.line] as PageLine;
    // A name among many of the same shape (a team's tiles, a list of candidates) is a person too.
    const run = (d: number): boolean => byLine.has(anchor.line + d) && byLine.has(anchor.line + 2 * d);
    const listed =
      anchor.credited ||
      (shapes.get(shape(anchor)) ?? 0) > 2 ||
      run(1) ||
      run(-1) ||
      (byLine.has(anchor.line - 1) && byLine.has(anchor.line + 1));
    // A main heading is the page's person when it reads as one: a known first name, a contact, a role.
    // So is the one a press release names as its press contact ("Pressekontakt:" / "Jane Doe").
    const press =
      isPressContactLabel(lines[anchor.line - 1]?.text ?? '') ||
      isPressContactLabel(line.text.split(':')[0] ?? '');
    // A main heading the page's address spells ("/speakers/jane-doe/") is whose page it is.
    const slugged = line.heading === 1 && squeeze(name) === slugKey;
    const main =
      anchor.byline ||
      owners.has(name) ||
      press ||
      (line.heading === 1 && h1s <= 2 && (reachable || !!title || startsWithGivenName(name) || slugged));
    if ((!reachable && !title && !listed && !main) || people.length >= max) continue;
    // Names of one shape none of which has a contact or starts with a known first name are a
    // menu's ("Promoción Ecológica", "Proyectos Passivhaus"), not a team's.
    if (
      !reachable &&
      !anchor.byline &&
      !(title && isJobTitle(title)) &&
      !named.has(shape(anchor)) &&
      !slugged
    )
      continue;
    setField(person, 'name', name, reachable ? 0.75 : 0.6);
    // A listing's guess (the first short line under a name) is less sure than a role word.
    setField(person, 'title', title, title && isJobTitle(title) ? 0.6 : 0.45);
    setField(person, 'company', company, 0.55);
    people.push(person);
    if (main) prominent.add(person);
    if (anchor.chrome) footer.add(person);
    if ((shapes.get(shape(anchor)) ?? 0) > 2 || pair.has(shape(anchor))) listing.set(person, shape(anchor));
    // The others a labelled list names with them ("… und Erika Muster") are people too, in its role.
    for (const other of anchor.credited ?? []) {
      const c = emptyCandidate();
      setField(c, 'name', other, 0.6);
      setField(c, 'title', title, 0.6);
      if (people.length < max) people.push(c);
    }
  }
  // A listing that writes its names surname first ("Lenci Gabriele") gives them first name first.
  for (const s of new Set(listing.values())) {
    const members = people.filter((p) => listing.get(p) === s);
    const names = givenNamesFirst(members.map((p) => p.name ?? ''));
    members.forEach((p, k) => {
      p.name = names[k];
    });
  }
  return { people, prominent, footer, listing, org, chromeOrg };
}
