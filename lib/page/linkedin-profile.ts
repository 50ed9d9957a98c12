import { addValues, emptyCandidate, mergeInto, setField } from './candidate';
import type { RawCandidate } from './contract';
import { all, declaredUrl, first, isSavedCopy, read, textOf } from './dom';
import type { Extractor } from './extractor';
import { LIMITS } from './limits';
import { readLines } from './lines';
import { canonicalProfileUrl, isLinkedIn } from './linkedin';
import { afterName, isListPage, listedPeople } from './linkedin-list';
import { jsonLdPeople } from './structured';

/**
 * A LinkedIn profile (`/in/…`, and its `/details/…` pages): logged-in, public, 2013–2026 markup.
 * No hashed class names and no UI text: `h1`, ids, `data-*`/`aria-*`/`componentkey` hooks,
 * LinkedIn's long-lived utility and BEM classes, `span[aria-hidden="true"]` (the visible copy
 * LinkedIn pairs with a screen-reader copy), and the order of the top card's lines. The owner
 * comes first, then the people listed beside the profile ("People also viewed", …).
 */

/** Found on profile pages only: how a saved profile without its URL is recognised. */
const CONTACT_LINK = 'a[href*="/overlay/contact-info"]';
const PROFILE_MARKERS = [
  CONTACT_LINK, // logged-in (2019–2025): the top card's "Contact info" link
  '.top-card-layout__title', // public (2020+)
  'meta[name="pageKey"][content^="nprofile"]', // public (2013)
];

const NAME = [
  'main section h1', // logged-in (2019–2025): the top card's only h1
  '[componentkey$="Topcard"] h2', // logged-in (2026 server-driven UI, hashed classes): the top card's h2
  '.top-card-layout__title', // public (2020+)
  '#name', // public (2013): hCard "n fn"
  'h1',
  '[class*="sticky-header"] .artdeco-entity-lockup__title', // logged-in /details/… pages (2023)
];

/** The card around the name, where headline and location are read: logged-in, public 2020+, 2013. */
const TOP_CARD = 'section,.top-card-layout,#member-1';

const HEADLINE = [
  '[data-generated-suggestion-target]', // logged-in (2024+): hook on the headline block
  '.text-body-medium.break-words', // logged-in: the one body-medium line under the name
  '.top-card-layout__headline', // public (2020+)
  '.headline-title', // public (2013)
  '.artdeco-entity-lockup__subtitle', // logged-in /details/… pages (2023): the sticky header's headline
];

const LOCATION = [
  '.text-body-small.inline.t-black--light.break-words', // logged-in: the small light line under the headline
  '.top-card__subline-item', // public (2020+)
  '.locality', // public (2013): hCard adr
];

/** Current position of the 2013 public layout (hResume); the 2020+ public layout declares it in JSON-LD. */
const POSITION_2013 = '.position.experience ';

/** The Experience section: `#experience` (2016 public: the section; 2020+: an anchor inside it), `#experience-section` (2017–2019). */
const EXPERIENCE = '#experience,#experience-section';
/** One entity per position or company (2020+); before, one `li` per position. */
const ENTITY = '[data-view-name="profile-component-entity"]';
/** Date-range caption: an entity that has its own is one position; a company with several roles has none. */
const CAPTION = '.pvs-entity__caption-wrapper';
const NESTED = '.pvs-entity__sub-components';

/** The open "Contact info" overlay: one section per kind of contact. */
const CONTACT_SECTIONS = [
  '.pv-contact-info__contact-type', // logged-in (2019–2025)
  '[role="dialog"] section', // any overlay layout
];

/** Elements of `entry` matching `selector` outside its nested sub-entries. */
function own(entry: Element, selector: string): Element[] {
  return all(entry, [selector], 30).filter((el) => {
    const nested = el.closest(NESTED);
    return !nested || !entry.contains(nested);
  });
}

/** An entry's lines: its visible copies (2020+), else its text lines ("CEO", "eXalted IT", dates). */
function linesOf(entry: Element): string[] {
  const copies = own(entry, 'span[aria-hidden="true"]').map((el) => textOf(el));
  return copies.length ? copies : readLines(entry, 2e3, 0).map((line) => line.text);
}

/** Current position: the first Experience entry, or the first role of a company group. */
function experience(root: Element, c: RawCandidate): void {
  const section = root.querySelector(EXPERIENCE)?.closest('section');
  const entry = section && first(section, [ENTITY, 'li']);
  if (!entry) return;
  const lines = linesOf(entry);
  const role = own(entry, CAPTION).length ? undefined : entry.querySelector(`${NESTED} ${ENTITY}`);
  setField(c, 'title', role ? linesOf(role)[0] : lines[0], 0.85);
  setField(c, 'company', (role ? lines[0] : lines[1])?.split(' · ')[0], 0.85);
}

function contactInfo(root: Element, c: RawCandidate): void {
  for (const section of all(root, CONTACT_SECTIONS, 20)) {
    const links = all(section, ['a[href]'], 20);
    for (const link of links) {
      const href = link.getAttribute('href') ?? '';
      const text = textOf(link);
      if (/^mailto:/i.test(href)) addValues(c, 'emails', [text.includes('@') ? text : href], 0.95);
      else if (/^tel:/i.test(href)) addValues(c, 'phones', [text || href], 0.9);
      else if (canonicalProfileUrl(href)) setField(c, 'profileUrl', canonicalProfileUrl(href), 0.95);
      else if (/^https?:/i.test(href)) addValues(c, 'websites', [href], 0);
    }
    // Phone numbers are plain text in their section, next to a type like "(Mobile)": lib/people finds them.
    const text = links.length ? '' : textOf(section);
    if (text.replace(/\D/g, '').length > 6) addValues(c, 'phones', [text], 0.85);
  }
}

export const linkedinProfile: Extractor = {
  source: 'linkedin-profile',
  matches(root, url) {
    // A saved search page may carry a profile's address: its markup says it is a list.
    if (isListPage(root)) return false;
    return isLinkedIn(url)
      ? /^\/in\//.test(url.pathname)
      : isSavedCopy(url) && !!first(root, PROFILE_MARKERS);
  },
  extract(root, url) {
    const c = emptyCandidate();
    const h1 = first(root, NAME);
    const card = h1?.closest(TOP_CARD) ?? root;
    setField(c, 'name', textOf(h1), 0.9);
    const contactLink = root.querySelector(CONTACT_LINK)?.getAttribute('href');
    setField(
      c,
      'profileUrl',
      canonicalProfileUrl(url.href) ??
        canonicalProfileUrl(declaredUrl(root)) ??
        canonicalProfileUrl(contactLink),
      0.95,
    );
    experience(root, c);
    setField(c, 'title', read(root, [`${POSITION_2013}.title`]), 0.85);
    setField(c, 'company', read(root, [`${POSITION_2013}.org`]), 0.85);
    // Public pages declare the person in JSON-LD: it fills what the markup did not show.
    const declared = jsonLdPeople(root)[0];
    if (declared) mergeInto(c, declared);
    // Without a position, the headline stands as the title; lib/people splits "… at Company".
    // The 2026 layout marks no headline: the top card's first line under the name that is not a badge.
    setField(c, 'title', read(card, HEADLINE) || (c.name && afterName(card, c.name)[0]), 0.5);
    setField(c, 'location', read(card, LOCATION), 0.8);
    contactInfo(root, c);
    const owner = c.name || c.profileUrl ? [c] : [];
    return { candidates: [...owner, ...listedPeople(root, c.profileUrl)].slice(0, LIMITS.candidates) };
  },
};
