import { first, read } from './dom';
import type { Extractor } from './extractor';
import { LIMITS } from './limits';
import { pageLines, readLines } from './lines';
import { readStructured } from './structured';

/**
 * Any page: the people it declares (JSON-LD, microdata, hCard/h-card), the organisation it
 * says it belongs to, and its text as lines. lib/people reads the people written in that text
 * (team, contact and impressum pages, email bodies) and the organisation's own contacts.
 */
export const generic: Extractor = {
  source: 'generic',
  matches: () => true,
  extract(root) {
    const structured = readStructured(root, LIMITS.candidates);
    return {
      candidates: structured.people,
      // The body as `document.body` means it (the root's own), else the whole document.
      lines: pageLines(readLines(first(root, [':root > body']) ?? root)),
      siteName:
        (structured.orgName || read(root, ['meta[property="og:site_name"]'], 'content')).slice(
          0,
          LIMITS.titleChars,
        ) || undefined,
    };
  },
};
