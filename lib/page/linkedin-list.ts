import { emptyCandidate, setField } from './candidate';
import type { RawCandidate } from './contract';
import { all, first, isSavedCopy } from './dom';
import type { Extractor } from './extractor';
import { LIMITS } from './limits';
import { readLines } from './lines';
import { canonicalProfileUrl, isLinkedIn } from './linkedin';

/**
 * LinkedIn people lists (search results, My network, a company's People tab): one candidate
 * per person card. A card's text is read in order, which survives LinkedIn's hashed class
 * names: the name (the visible copy inside the profile link), then the headline, then the
 * location; degree badges and buttons are skipped. Headlines stay whole ("VP Sales at Acme"):
 * lib/people splits them into title and company.
 */

/** One person card each, newest layout first; any other layout: the list item around a profile link. */
const CARDS = [
  '[data-view-name="search-entity-result-universal-template"]', // search results (2023–2025)
  'li.reusable-search__result-container', // search results (2021–2024)
  'li.mn-connection-card', // My network → Connections
  '.discover-entity-type-card', // My network → People you may know
  '.org-people-profile-card', // company → People
];
const PROFILE_LINK = 'a[href*="/in/"]';

/** "• 2nd", "3rd+", "Connect", "Message": card text that is not about the person. */
const NOT_ABOUT_PERSON = /^[•·]|^\d+(?:st|nd|rd|th)\b|^(?:connect|message|follow|pending)$/i;

function person(card: Element): RawCandidate {
  const c = emptyCandidate();
  const link = card.querySelector(PROFILE_LINK);
  const visible = link?.querySelector('span[aria-hidden="true"]') ?? link;
  setField(c, 'name', visible?.textContent || card.querySelector('img[alt]')?.getAttribute('alt'), 0.85);
  const name = c.name;
  const rest = readLines(card, 2e3, 10)
    .map((line) => line.text)
    .filter((text) => text && name && !text.includes(name) && !NOT_ABOUT_PERSON.test(text));
  setField(c, 'title', rest[0], 0.5);
  setField(c, 'location', rest[1], 0.6);
  setField(c, 'profileUrl', canonicalProfileUrl(link?.getAttribute('href')), 0.95);
  return c;
}

export const linkedinList: Extractor = {
  source: 'linkedin-list',
  matches(root, url) {
    return isLinkedIn(url)
      ? /^\/(?:search\/results\/people|mynetwork|company\/[^/]+\/people)/.test(url.pathname)
      : isSavedCopy(url) && !!first(root, CARDS);
  },
  extract(root) {
    let cards = all(root, CARDS, LIMITS.candidates * 2);
    if (!cards.length)
      cards = all(root, [`main ${PROFILE_LINK}`], LIMITS.links).map((link) => link.closest('li') as Element);
    const out: RawCandidate[] = [];
    const seen = new Set<string>();
    for (const card of cards) {
      if (out.length >= LIMITS.candidates) break;
      const c = card ? person(card) : emptyCandidate();
      const key = c.profileUrl ?? c.name ?? '';
      if (key && !seen.has(key)) out.push(c);
      seen.add(key);
    }
    return { candidates: out };
  },
};
