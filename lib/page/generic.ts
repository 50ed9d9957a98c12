import { read } from './dom';
import { LIMITS } from './limits';
import { pageLines, readLines } from './lines';
import { readStructured } from './structured';
import type { Extractor } from './types';

/**
 * Any page: the people it declares (JSON-LD, microdata, hCard/h-card), the organisation it
 * says it belongs to, and its text as lines. lib/people reads the people written in that text
 * (team, contact and impressum pages, email bodies) and the organisation's own contacts.
 */
export const generic: Extractor = {
  source: 'generic',
  matches: () => true,
  extract(doc) {
    const root = doc.body ?? doc.documentElement;
    const structured = readStructured(doc, LIMITS.candidates);
    return {
      candidates: structured.people,
      lines: root ? pageLines(readLines(root)) : [],
      siteName:
        (structured.orgName || read(doc, ['meta[property="og:site_name"]'], 'content')).slice(0, 500) ||
        undefined,
    };
  },
};
