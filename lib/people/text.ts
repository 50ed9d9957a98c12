import { INVISIBLE } from '@/lib/page/text';

/**
 * Cleaning scraped strings before they reach storage or ActiveCampaign: Unicode NFC, no
 * invisible or direction-changing characters (the content script's own list), one space
 * between words, and a length cap.
 */

/** Cleans `s` and cuts it to `max` characters without splitting a surrogate pair. */
export function cleanText(s: string, max = 500): string {
  const clean = s.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = Array.from(clean).slice(0, max).join('');
  return cut.length > max ? cut.slice(0, max - 1) : cut.trimEnd();
}
