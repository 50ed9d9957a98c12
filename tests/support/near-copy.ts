/**
 * Whether two saved pages carry the same text: the share of the smaller page's word 5-grams the
 * other holds too. A copy of one message in another repository (re-encoded, re-indented) shares
 * over 90 %; pages of one site share their chrome, from about 60 % (LinkedIn profiles of different
 * years) to nearly 90 % (three profiles saved by one scraper). The guard errs on the side of
 * leaving a page out: score:extract says how many it left out.
 */

/** A page's text as lower-case word 5-grams, markup, scripts and styles dropped. */
export function wordShingles(html: string): Set<string> {
  const text = html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[#\w]+;/g, ' ')
    .toLowerCase();
  const words = text.match(/[\p{L}\p{N}_]+/gu) ?? [];
  const grams = new Set<string>();
  for (let i = 0; i + 5 <= words.length; i++) grams.add(words.slice(i, i + 5).join(' '));
  return grams;
}

/** Above this share the pages are one page twice. */
const SAME_TEXT = 0.8;

export function isNearCopy(a: Set<string>, b: Set<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (!small.size) return false;
  let shared = 0;
  for (const gram of small) if (large.has(gram)) shared++;
  return shared / small.size >= SAME_TEXT;
}
