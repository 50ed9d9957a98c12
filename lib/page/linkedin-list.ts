import { emptyCandidate, setField } from './candidate';
import { append, dict, toArray } from './collect';
import { all, first, isSavedCopy } from './dom';
import { LIMITS } from './limits';
import { readLines } from './lines';
import { canonicalProfileUrl, isLinkedIn } from './linkedin';
import type { Extractor, RawCandidate } from './types';

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
  const name = link?.querySelector('span[aria-hidden="true"]') ?? link;
  setField(c, 'name', name?.textContent || card.querySelector('img[alt]')?.getAttribute('alt'), 0.85);
  const lines = readLines(card, 2e3, 10);
  const rest: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]?.text ?? '';
    if (text && c.name && text.indexOf(c.name) < 0 && !NOT_ABOUT_PERSON.test(text)) append(rest, text);
  }
  setField(c, 'title', rest[0], 0.5);
  setField(c, 'location', rest[1], 0.6);
  setField(c, 'profileUrl', canonicalProfileUrl(link?.getAttribute('href')), 0.95);
  return c;
}

export const linkedinList: Extractor = {
  source: 'linkedin-list',
  matches(doc, url) {
    return isLinkedIn(url)
      ? /^\/(?:search\/results\/people|mynetwork|company\/[^/]+\/people)/.test(url.pathname)
      : isSavedCopy(url) && !!first(doc, CARDS);
  },
  extract(doc) {
    const cards = all(doc, CARDS, LIMITS.candidates * 2);
    const links = cards.length ? [] : toArray(doc.querySelectorAll(`main ${PROFILE_LINK}`), LIMITS.links);
    for (let i = 0; i < links.length; i++) append(cards, links[i]?.closest('li') as Element);
    const out: RawCandidate[] = [];
    const seen = dict();
    for (let i = 0; i < cards.length && out.length < LIMITS.candidates; i++) {
      const c = cards[i] ? person(cards[i] as Element) : emptyCandidate();
      const key = c.profileUrl ?? c.name ?? '';
      if (key && !seen[key]) append(out, c);
      seen[key] = true;
    }
    return { candidates: out };
  },
};
