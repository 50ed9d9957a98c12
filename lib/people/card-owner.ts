import type { PageLine, RawCandidate } from '@/lib/page/contract';
import type { Anchor } from './cards';
import { ownerByEmail } from './email-name';
import { startsWithGivenName } from './given-name';
import { isJobTitle } from './job-title';

/** Which card's name owns a contact line (cards.ts): the element around it, else the name just above. */

/** Largest card, in lines; a <pre>/<br> block shares SAME_BLOCK lines (titles: card-lines.ts). */
const CARD_LINES = 30;
const SAME_BLOCK = 8;
/** The most lines between a name and the contacts under it that it owns among several names. */
const NAME_ABOVE = 3;

/** True when line `j` lies inside the `depth`-th container of line `i` (0: its own element). */
function inside(lines: PageLine[], i: number, depth: number, j: number): boolean {
  const scope = (lines[i] as PageLine).scope;
  const el = (lines[j] as PageLine).scope[0] ?? -1;
  return (scope[2 * depth] as number) <= el && el <= (scope[2 * depth + 1] as number);
}

/** True when lines `i` and `j` started in the same element. */
export function sameElement(lines: PageLine[], i: number, j: number): boolean {
  return lines[i]?.scope[0] === lines[j]?.scope[0];
}

/**
 * True when a heading between a name on line `at` and line `i` starts another section: one as high
 * as the name's own heading, or as the heading that labels it ("Kilpailujohtaja" / "Markus
 * Kantola" / … / "Gustavelund" / "reception@…"). A name with no heading of its own or above it
 * keeps the contacts after any heading.
 */
function sectionEnded(lines: PageLine[], at: number, i: number): boolean {
  const level = lines[at]?.heading || lines[at - 1]?.heading || 0;
  // Not a heading right under the name (their firm's), nor one that labels their contact details.
  for (let k = at + 2; level && k < i; k++) {
    const { heading, text } = lines[k] as PageLine;
    if (heading && heading <= level && !CONTACT_HEADING.test(text.trim())) return true;
  }
  return false;
}

/** A heading over someone's contact details ("Contactgegevens", "Kontaktdaten", "Coordonnées"). */
const CONTACT_HEADING =
  /^(?:contact(?: details| info(?:rmation)?| us)?|kontakt(?:daten|informationen| info)?|contactgegevens|coordonnées|contacto|datos de contacto|contatti|contatto|kontaktinformation|kontaktoplysninger|kontaktinformasjon|yhteystiedot|dane kontaktowe|kontaktní údaje)$/i;

/**
 * The one anchor whose card holds line `i`: the smallest enclosing element (of at most CARD_LINES
 * lines) with one name, or with the name the line's address spells. Lines of one `<pre>` or
 * `<br>` block share an element, so there the nearest name a few lines above wins.
 */
export function ownerOf(lines: PageLine[], byLine: Map<number, Anchor>, i: number, found: RawCandidate[]) {
  if (byLine.has(i)) return byLine.get(i);
  const depths = (lines[i] as PageLine).scope.length / 2;
  for (let depth = 0; depth < depths; depth++) {
    // The lines inside this container are contiguous around i.
    let from = i;
    let to = i;
    while (from > 0 && to - from < CARD_LINES && inside(lines, i, depth, from - 1)) from--;
    while (to < lines.length - 1 && to - from < CARD_LINES && inside(lines, i, depth, to + 1)) to++;
    if (to - from >= CARD_LINES) break;
    const named: Anchor[] = [];
    for (let k = from; k <= to; k++) if (byLine.has(k)) named.push(byLine.get(k) as Anchor);
    // Two names beside an address: the one it spells owns it, else the name right above it
    // ("Henry Hentschel, Unterstr. 68" / "Email: …" / "Tel. …"), here or in a wider container.
    // A menu's name-shaped entry ("Foto Galerij") is no one's: the name needs a known first name or
    // a role (on its line or the next).
    const above = named.findLast(
      (a) =>
        a.line < i &&
        i - a.line <= NAME_ABOVE &&
        (!!a.title || startsWithGivenName(a.name) || isJobTitle(lines[a.line + 1]?.text ?? '')),
    );
    const owner = named.length > 1 ? (ownerByEmail(named, found[i]?.emails ?? []) ?? above) : named[0];
    if (owner) return sectionEnded(lines, owner.line, i) ? undefined : owner;
  }
  for (let k = i - 1; k >= 0 && k >= i - SAME_BLOCK; k--)
    if (byLine.has(k)) return sameElement(lines, k, i) ? byLine.get(k) : undefined;
  return undefined;
}

/** Names with a role line under them a listing needs before a name-shaped line there reads as a role. */
const ROLED_NAMES = 2;

/**
 * Roles that have a name's shape ("Technischer Einkauf", "Customer Success"): in a listing whose
 * names have a role line under them ("Thomas Krüger" / "Geschäftsführer"), a line right under a
 * name, of those role lines' shape and without a known first name, is that name's role, not a person.
 */
export function nameShapedRoles(lines: PageLine[], anchors: Anchor[]): Set<Anchor> {
  const byLine = new Map(anchors.map((a) => [a.line, a]));
  const shape = (i: number) => lines[i]?.shape;
  const out = new Set<Anchor>();
  for (const a of anchors) {
    const name = byLine.get(a.line - 1);
    if (!name || a.title || startsWithGivenName(a.name) || !startsWithGivenName(name.name)) continue;
    const listed = anchors.filter((b) => b !== name && b !== a && shape(b.line) === shape(name.line));
    const roled = listed.filter((b) => !byLine.has(b.line + 1) && shape(b.line + 1) === shape(a.line));
    if (roled.length >= ROLED_NAMES && 3 * roled.length >= 2 * listed.length) out.add(a);
  }
  return out;
}
