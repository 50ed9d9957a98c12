/**
 * Text helpers of the content script, and the one list of invisible characters (lib/people
 * cleans values with it too). Recognising emails, phones, names and job titles in text is
 * lib/people's work (lib/people/recognise.ts), outside the content script.
 */

/**
 * Control (C0 but tab, line feed and carriage return, which count as spaces; C1), soft hyphen,
 * zero-width (U+200B–U+200F), bidi embedding/override (U+202A–U+202E), word joiner and isolate
 * (U+2060–U+2069) characters and the BOM: invisible to the reader, so never part of a value.
 */
export const INVISIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** Collapses whitespace and drops invisible characters. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').replace(INVISIBLE, '').trim();
}

/** Decodes Cloudflare's email protection (`data-cfemail`, or the hex after `#` in its link); '' when not hex. */
export function decodeCfEmail(hex: string): string {
  if (!/^[\da-f]+$/i.test(hex)) return '';
  const key = Number.parseInt(hex.slice(0, 2), 16);
  let out = '';
  for (let i = 2; i < hex.length; i += 2)
    out += String.fromCharCode(Number.parseInt(hex.slice(i, i + 2), 16) ^ key);
  return out;
}
