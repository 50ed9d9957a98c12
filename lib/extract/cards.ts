import { addValues, emptyCandidate, setField } from './candidate';
import { append, dict, each } from './collect';
import type { Line } from './lines';
import { findEmails, findPhones, isName, isRole, splitRoleOrg } from './text';
import type { RawCandidate } from './types';

/**
 * People written as text. A name line ("Roland Alton", "James Baker, Campaigns Manager, +44 …",
 * "Alexander L <a@example.com>") anchors a card; the contacts in that card, and the short lines
 * right after the name (job title, organisation), belong to it. Contacts no card claims are the
 * organisation's.
 */

export interface Cards {
  /** People in page order, each with a contact or a job title. */
  people: RawCandidate[];
  /** Contacts no person claims: in the page's content, and in its navigation, banner or footer. */
  org: RawCandidate;
  chromeOrg: RawCandidate;
}

interface Anchor {
  line: number;
  name: string;
  title?: string;
  company?: string;
  person: RawCandidate;
  reachable?: boolean;
}

/** Largest card, in lines; titles sit within TITLE_LINES of the name; a <pre>/<br> block shares SAME_BLOCK lines. */
const CARD_LINES = 30;
const TITLE_LINES = 4;
const SAME_BLOCK = 8;

/** "Phone:" (value on the next line) and "Office: W428" (a labelled value, not a title). */
const LABEL = /^[^:]{1,25}:(?:\s|$)/;
/** A title broken over two lines ("Referentin Energie & Europa und" + "Ansprechpartnerin …"). */
const DANGLING = /(?:\b(?:und|and|of|for|für)|[&,])$/i;
/** An organisation line: a few capitalised words, no sentence punctuation. */
const ORG_LINE = /^\p{Lu}[\p{L}\d&'’ -]{1,60}$/u;

/** The person a line names, if any, and a job title written on the same line. */
export function nameIn(text: string, hasContact: boolean): { name: string; title?: string } | undefined {
  if (isName(text)) return { name: text };
  // "Name <address>" in mail headers and signatures.
  const display = /([^,:;<>()"]+?)\s*<[^<>\s]+@[^<>\s]+>/.exec(text)?.[1]?.trim() ?? '';
  if (isName(display)) return { name: display };
  // "Name (Title)", "Name, Title[, contact]"; longer lists are enumerations ("High Speed Networks, Multicast …").
  const paren = /^(.+?) ?\(([^)]+)\)$/.exec(text);
  const parts =
    paren && isName(paren[1] as string)
      ? [paren[1] as string, paren[2] as string]
      : text.split(/ ?(?:,| [–—|-]) /);
  const role = isRole(parts[1] ?? '') ? parts[1] : undefined;
  return parts.length < 4 && isName(parts[0] as string) && (role || hasContact || paren)
    ? { name: parts[0] as string, title: role }
    : undefined;
}

/**
 * Job title and organisation from the short lines after a name: the first that reads like a
 * job title (in a listing of cards, the first short line) is the title, split when written
 * "Title, Org" or "Title at Org"; a short capitalised line before it is the organisation
 * ("Michiel B. de Jong" / "IndieHosters").
 */
export function titleAndOrg(texts: string[], listing: boolean): { title?: string; company?: string } {
  const out: { title?: string; company?: string } = {};
  let after = -1;
  each(texts, (text, k) => {
    const words = text.split(' ').length;
    if (k >= TITLE_LINES || (out.title && k > after)) return true;
    if (
      !text ||
      k < after ||
      LABEL.test(text) ||
      /\d|@|^\(|[!?]/.test(text) ||
      words > 12 ||
      text.length > 100
    )
      return;
    if (!out.title && (isRole(text) || listing)) {
      const joined = DANGLING.test(text) && texts[k + 1];
      const split = splitRoleOrg(joined ? `${text} ${texts[k + 1]}` : text);
      out.title = split[0];
      out.company ??= split[1];
      // The line right after the title may name the organisation ("Director of Operations" / "Brightline").
      after = k + (joined ? 2 : 1);
    } else if (
      !out.company &&
      words < 6 &&
      ORG_LINE.test(text) &&
      (k === after || !isName(text)) &&
      !isRole(text)
    ) {
      out.company = text;
    }
  });
  return out;
}

/** Reads people and unclaimed contacts from the page's lines. */
export function readCards(lines: Line[], max: number): Cards {
  const anchors: Anchor[] = [];
  const byLine = dict<Anchor>();
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

  each(lines, (line, i) => {
    const prev = lines[i - 1]?.text ?? '';
    const c = emptyCandidate();
    found[i] = c;
    addValues(c, 'emails', findEmails(line.text), 0);
    addValues(c, 'emails', line.emails, 0);
    addValues(c, 'phones', findPhones(line.text, /^[^:]{1,25}:$/.test(prev) ? prev : ''), 0);
    addValues(c, 'phones', line.phones, 0);
    const hit = line.chrome ? undefined : nameIn(line.text, has(i) > 0);
    if (!hit) return;
    const anchor: Anchor = { line: i, name: hit.name, title: hit.title, person: emptyCandidate() };
    byLine[i] = anchor;
    append(anchors, anchor);
  });

  each(lines, (line, i) => {
    if (!has(i)) return;
    const owner = line.chrome ? undefined : ownerOf(lines, byLine, i);
    if (owner || line.chrome) take(owner ?? chromeOrg, i);
    else append(unclaimed, i);
  });

  // A listing of cards repeats one shape (tag and class) in separate elements; there the line
  // after a name is its title even without a title word.
  const shapes = dict<number>();
  const shape = (a: Anchor): string => {
    const el = lines[a.line]?.el;
    return `${el?.localName}.${el?.getAttribute('class')}`;
  };
  each(anchors, (a, k) => {
    if (lines[a.line]?.el !== lines[anchors[k - 1]?.line ?? -1]?.el)
      shapes[shape(a)] = (shapes[shape(a)] ?? 0) + 1;
  });
  each(anchors, (anchor) => {
    if (anchor.title) return;
    const texts: string[] = [];
    const head = lines[anchor.line]?.heading;
    for (let k = anchor.line + 1; k <= anchor.line + TITLE_LINES + 1 && k < lines.length; k++) {
      const line = lines[k] as Line;
      if (byLine[k] || (head && line.heading && line.heading <= head)) break;
      if (!has(k)) append(texts, line.text);
    }
    const described = titleAndOrg(texts, (shapes[shape(anchor)] ?? 0) > 2);
    anchor.title = described.title;
    anchor.company = described.company;
  });

  // "Call Beth on …": an unclaimed contact line that calls a listed person by (the start of) their first name.
  each(unclaimed, (i) => {
    let called: Anchor | undefined;
    each((lines[i] as Line).text.split(/[^\p{L}]+/u), (word) =>
      each(anchors, (a) => {
        if (/^\p{Lu}\p{L}{2}/u.test(word) && a.title && a.name.indexOf(word) === 0) called = a;
        return !!called;
      }),
    );
    take(called ?? org, i);
  });

  const people: RawCandidate[] = [];
  each(anchors, ({ person, name, title, company, reachable }) => {
    if ((!reachable && !title) || people.length >= max) return;
    setField(person, 'name', name, reachable ? 0.75 : 0.6);
    setField(person, 'title', title, 0.6);
    setField(person, 'company', company, 0.55);
    append(people, person);
  });
  return { people, org, chromeOrg };
}

/**
 * The one anchor whose card holds line `i`: the smallest enclosing element (of at most
 * CARD_LINES lines) that contains exactly one name. Lines of one `<pre>` or `<br>` block share
 * an element, so there the nearest name a few lines above wins.
 */
function ownerOf(lines: Line[], byLine: Record<number, Anchor>, i: number): Anchor | undefined {
  const el = (lines[i] as Line).el;
  if (byLine[i]) return byLine[i];
  let node: Element | null = el;
  for (let depth = 0; node && depth < 6; depth++, node = node.parentElement) {
    // The lines inside `node` are contiguous around i.
    let from = i;
    let to = i;
    while (from > 0 && to - from < CARD_LINES && node.contains((lines[from - 1] as Line).el)) from--;
    while (to < lines.length - 1 && to - from < CARD_LINES && node.contains((lines[to + 1] as Line).el)) to++;
    let owner: Anchor | undefined;
    let count = to - from < CARD_LINES ? 0 : 2;
    for (let k = from; k <= to && count < 2; k++) if (byLine[k] && ++count) owner = byLine[k];
    if (count === 1) return owner;
    if (count) break;
  }
  for (let k = i - 1; k >= 0 && k >= i - SAME_BLOCK; k--)
    if (byLine[k]) return lines[k]?.el === el ? byLine[k] : undefined;
}
