import { parseContactLines } from './contact-lines';
import type { Extractor, RawCandidate } from './types';

/** Text the user selected (a signature, an address block), read as one contact. */
export function extractSelection(text: string): RawCandidate | null {
  // More than any signature: a whole page selected is cut, not scanned.
  return parseContactLines(text.slice(0, 5e3).split(/\r?\n/));
}

/** Runs only when asked for (the "Capture selection" menu): a page is never read as a selection on its own. */
export const selection: Extractor = {
  source: 'selection',
  matches: () => false,
  extract(doc) {
    const found = extractSelection(doc.getSelection?.()?.toString() ?? '');
    return found ? [found] : [];
  },
};
