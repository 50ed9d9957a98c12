/**
 * Cleaning scraped strings before they reach storage or ActiveCampaign
 * (security-reliability docs/activecampaign.md#v1): Unicode NFC, no invisible or direction-changing characters,
 * one space between words, and a length cap.
 */

/** Control, zero-width (U+200B–U+200F), bidi embedding/override (U+202A–U+202E) and isolate (U+2066–U+2069) characters. */
const INVISIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** Cleans `s` and cuts it to `max` characters without splitting a surrogate pair. */
export function cleanText(s: string, max = 500): string {
  const clean = s.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = Array.from(clean).slice(0, max).join('');
  return cut.length > max ? cut.slice(0, max - 1) : cut.trimEnd();
}
