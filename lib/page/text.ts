/**
 * Text helpers of the content script. Recognising emails, phones, names and job titles in text
 * is lib/people's work (lib/people/recognise.ts), outside the content script.
 */

/** Zero-width, bidi and control characters: invisible to the reader, so never part of a value. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point.
const INVISIBLE = /[\u0000-\u001f\u007f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** Collapses whitespace and drops invisible characters. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').replace(INVISIBLE, '').trim();
}

/** Decodes Cloudflare's email protection (`data-cfemail`, or the hex after `#` in its link); '' when not hex. */
export function decodeCfEmail(hex: string): string {
  let out = '';
  if (!/^[\da-f]+$/i.test(hex)) return out;
  const key = Number.parseInt(hex.slice(0, 2), 16);
  for (let i = 2; i < hex.length; i += 2)
    out += String.fromCharCode(Number.parseInt(hex.slice(i, i + 2), 16) ^ key);
  return out;
}
