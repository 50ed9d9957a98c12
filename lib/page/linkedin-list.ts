import { emptyCandidate, setField } from './candidate';
import type { RawCandidate } from './contract';
import { all, first, isSavedCopy, textOf } from './dom';
import type { Extractor } from './extractor';
import { LIMITS } from './limits';
import { readLines } from './lines';
import { canonicalProfileUrl, isLinkedIn } from './linkedin';
import { squash } from './text';

/**
 * The people LinkedIn lists: search results, My network, a company's People tab, and the
 * "People also viewed" / "More profiles for you" cards beside a profile (2013–2026). Class names
 * are hashed since 2025, so a card is found from its profile link: the row (`li`, or
 * `role="listitem"` in the 2026 layout) around the first `/in/` link that shows text, or the link
 * itself where it wraps a whole card with its photo. One candidate per row: later `/in/` links in
 * a row are mutual connections ("Anna, Ben and 47 others"). The card's text is read in order:
 * the name, then the headline, then the location; degree badges and buttons are skipped.
 * Headlines stay whole ("VP Sales at Acme"): lib/people splits them into title and company.
 */

/** Markup of a saved list page (no URL to go by). */
const LIST_MARKERS = [
  '[data-sdui-screen*="SearchResults"]', // search results (2026 server-driven UI)
  '[data-sdui-screen*=".mynetwork."]', // My network: connections, people to meet (2026)
  '[data-view-name="search-entity-result-universal-template"]', // search results (2023–2025)
  'li.reusable-search__result-container', // search results (2021–2024)
];
const PROFILE_LINK = 'a[href*="/in/"]';
/** Rows of a list: a person card each. */
const ROW = 'li,[role="listitem"]';
/** Text a sighted reader does not see (screen-reader copies) or that is not about the person. */
const UNSEEN = '.visually-hidden,.a11y-text,button';

/** "• 2nd", "· 3.+", "3rd", "Connect", "Message": card text that is not about the person ("3rd year student" is). */
const NOT_ABOUT_PERSON = /^[•·]|^\d+(?:st|nd|rd|th)?\+?$|^(?:connect|message|follow|pending)$/i;
/**
 * "Current: Head of Sales at Acme", the current position LinkedIn adds under a search result's
 * headline, in LinkedIn's UI languages; "Past: …" lines are left out.
 */
const CURRENT =
  /^(?:current|aktualne|aktuell|actuel|actual|atual|attuale|huidig|nuvarande|nåværende|nuværende)\s?:\s*/i;
/** The messaging overlay's conversation list (2019–2024): one participant name per conversation. */
const CONVERSATION_NAMES = '[class*="__participant-names"]'; // .msg-conversation-listitem__…, .msg-conversation-card__…
/**
 * Profile sections whose people are not shown as people to meet: the owner's Activity (authors
 * they reposted) and Interests (voices they follow), by their anchors (2020+).
 */
const NOT_LISTING = '#content_collections,#interests';
/** A company's People tab (`/company/<slug>/people/`): LinkedIn lists the people who work there now. */
const PEOPLE_TAB = /^\/company\/[^/]+\/people(?:\/|$)/;
/** The company's name on its own pages: the top card's heading, the page's one h1 (2020–2026). */
const COMPANY_NAME = ['h1'];

/** The first text a reader sees in `el`: a link's name without its degree badge or hidden copy. */
function firstText(el: Element): string {
  for (let node = el.firstChild; node; node = node.nextSibling) {
    const text =
      node.nodeType === 3
        ? squash(node.nodeValue ?? '')
        : node.nodeType === 1 && !(node as Element).matches(UNSEEN)
          ? firstText(node as Element)
          : '';
    if (text) return text;
  }
  return '';
}

/** The lines of `lines` under the one that starts with `name`, badges and buttons left out. */
function after(lines: string[], name: string): string[] {
  const at = lines.findIndex((text) => text.startsWith(name));
  return at < 0 ? [] : lines.slice(at + 1).filter((text) => !NOT_ABOUT_PERSON.test(text));
}

function textLines(card: Element): string[] {
  return readLines(card, 3e3, 0).map((line) => line.text);
}

/**
 * What `card` shows under `name`: its visible copies (2020+, `span[aria-hidden="true"]`, which
 * keep a headline apart from the caption beside it) where they go on past the name, else its lines.
 */
export function afterName(card: Element, name: string): string[] {
  const copies = after(
    all(card, ['span[aria-hidden="true"]'], 50).map((el) => textOf(el)),
    name,
  );
  return copies.length ? copies : after(textLines(card), name);
}

/**
 * A card that is no list row (a link that wraps a card, the 2026 layouts' plain `div`s): the
 * largest of the link and its five nearest containers that links to no other profile than `path`
 * ("/in/slug"), if it shows the profile's photo as a link to it ("Natalia works here" under a
 * company's logo is no card). Each step stops at the first other link.
 */
function cardAround(link: Element, path: string): Element | null {
  let card: Element | null = null;
  for (let el: Element | null = link, up = 0; el && up < 6; el = el.parentElement, up++) {
    if (el.querySelector(`${PROFILE_LINK}:not([href*="${path}"])`)) break;
    card = el;
  }
  return card?.querySelector(`[href*="${path}"] img`) ? card : null;
}

function person(
  card: Element,
  name: string,
  link: Element,
  inList: boolean,
  employer?: string,
): RawCandidate {
  const c = emptyCandidate();
  const [headline, location] = afterName(card, name);
  setField(c, 'name', name, 0.85);
  setField(c, 'company', employer, 0.6);
  setField(
    c,
    'title',
    textLines(card)
      .find((text) => CURRENT.test(text))
      ?.replace(CURRENT, ''),
    0.7,
  );
  setField(c, 'title', headline, 0.5);
  // Only a list row's next line is a place; beside a profile it is a caption ("Ivan and Eduardo studied together").
  if (inList) setField(c, 'location', location, 0.6);
  setField(c, 'profileUrl', canonicalProfileUrl(link.getAttribute('href')), 0.95);
  return c;
}

/**
 * Everyone listed on a LinkedIn page, in page order, but `owner` (the profile's own URL): person
 * cards, then the names of the open messaging list. `employer`: the company whose People tab lists them.
 */
export function listedPeople(root: Element, owner?: string, employer?: string): RawCandidate[] {
  const out: RawCandidate[] = [];
  const seen = new Set([owner]);
  const cards = new Set<Element>();
  const skipped = all(root, [NOT_LISTING]).map((anchor) => anchor.closest('section'));
  for (const link of all(root, [PROFILE_LINK], LIMITS.links)) {
    const url = canonicalProfileUrl(link.getAttribute('href'));
    const name = firstText(link);
    const card = link.closest(ROW) ?? (url ? cardAround(link, url.slice(24)) : null);
    // A row belongs to the first person it names, whoever that is (the owner's own posts too).
    if (!name || !card || cards.has(card) || skipped.some((section) => section?.contains(link))) continue;
    cards.add(card);
    if (seen.has(url) || out.length >= LIMITS.candidates) continue;
    seen.add(url);
    out.push(person(card, name, link, !owner, employer));
  }
  for (const el of all(root, [CONVERSATION_NAMES], LIMITS.candidates - out.length)) {
    const c = emptyCandidate();
    // "Dani Schenone, MBA" and group conversations ("Ann Lee, Bo Chen"): the first name shown.
    setField(c, 'name', firstText(el).split(',')[0], 0.6);
    out.push(c);
  }
  return out;
}

/** A list of people by its markup, whatever its address says. */
export function isListPage(root: Element): boolean {
  return !!first(root, LIST_MARKERS);
}

export const linkedinList: Extractor = {
  source: 'linkedin-list',
  matches(root, url) {
    // Profiles are read by linkedin-profile (tried first); any other LinkedIn page lists people, or nobody.
    return isLinkedIn(url) || (isSavedCopy(url) && isListPage(root));
  },
  extract(root, url) {
    const employer = PEOPLE_TAB.test(url.pathname)
      ? textOf(first(root, COMPANY_NAME)) || undefined
      : undefined;
    return { candidates: listedPeople(root, undefined, employer) };
  },
};
