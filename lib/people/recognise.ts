import { scanEmails } from './email';
import { CREDENTIAL, PARTICLES } from './name-words';

/**
 * Recognisers for text as pages write it: emails (plain and obfuscated), phone-like strings
 * with their labels, person-name lines and job-title lines. They return the text they found;
 * email.ts and phone.ts normalise it.
 */

/** Every email address in `text`, including "jane [at] acme [dot] io", "jane(at)acme.io", "jane at acme dot io". */
export function findEmails(text: string): string[] {
  if (!/@|\bat\b/i.test(text)) return [];
  // Bounded repeats (RFC 5321's 64-character local part and 63-character labels): linear on any text.
  const clear = text
    .replace(/\s{0,3}[[({]\s{0,3}(?:at|@)\s{0,3}[\])}]\s{0,3}/gi, '@')
    .replace(/\s{0,3}[[({]\s{0,3}(?:dot|\.)\s{0,3}[\])}]\s{0,3}/gi, '.')
    .replace(
      /\b([\w.+-]{1,64}) at ([\w-]{1,63}(?: dot [\w-]{1,63}){1,8})\b/gi,
      (_m, user: string, host: string) => `${user}@${host.replace(/ dot /gi, '.')}`,
    );
  return scanEmails(clear);
}

const PHONE = /(?:\+|\b00)?\(?\d[\d ()./-]{5,24}\d(?:\s*(?:x|ext\.?|#)\s*\d{1,6})?/gi;
/** Labels in the text before a number (or on the line above it). */
const FAX = /\bfax\b/i;
const PHONE_LABEL = /\b(?:tel|phone|telefon|fon|mobile?|mob|cell|call|handy|direct|direkt|ph|t|m|p)\b|☎/i;
/** Dates and year ranges look like numbers but are not ones to call. */
const NOT_PHONE = /^(?:\d{1,4}[./-]\d\d?[./-]\d{1,4}|(?:19|20)\d\d\s*[-/]\s*(?:19|20)\d\d)$/;

/**
 * Phone-like strings in `text` that are labelled as phones (`lineLabel` labels a number at the
 * start, as "Phone:" on the line above does), or written internationally ("+44 …", "0049 …") or
 * as "(213) 373-4253" / "213-373-4253". Fax numbers are skipped.
 */
export function findPhones(text: string, lineLabel = ''): string[] {
  const out: string[] = [];
  if (!/\d{3}/.test(text)) return out;
  let from = 0;
  for (const m of text.matchAll(PHONE)) {
    const raw = m[0].trim();
    const label = text.slice(from, m.index).slice(-30) || (from ? '' : lineLabel);
    from = m.index + m[0].length;
    const digits = raw.replace(/\D/g, '').length;
    if (digits < 7 || digits > 17 || NOT_PHONE.test(raw) || FAX.test(label)) continue;
    if (PHONE_LABEL.test(label) || /^(?:\+|00|\()|^\d{3}[ .-]\d{3}[ .-]\d{4}$/.test(raw)) {
      if (!out.includes(raw)) out.push(raw);
    }
  }
  return out;
}

/** A capitalised word, an initial ("B."), or a single capital ("Alexander L"). */
const NAME_WORD = /^(?:\p{Lu}\.?|\p{Lu}\p{Lu}?[\p{Ll}'’-][\p{L}'’.-]*)$/u;
/** Words that make a capitalised line a heading, a place or an organisation rather than a person. */
const NOT_NAME = new Set(
  (
    'about all and best blog center college company contact copyright department email events from group help home ' +
    'impressum information institute kingdom kontakt library login media menu more network news notice office ' +
    'online open our page phone press privacy profile search service site status street support team the united ' +
    'university welcome über uns büro inc ltd gmbh'
  ).split(' '),
);
/** Stems of job titles, in English and German. */
const ROLE =
  /manag|direct|chief|officer|\b(?:ceo|cto|cfo|vp|head|chair|dean|lead(?:er|s)?|staff|intern|board)\b|founder|owner|partner|president|secretar|treasur|trustee|member|editor|author|engineer|develop|programm|design|archite[ck]t|consult|analyst|scientist|research|professor|lecturer|teacher|leiter|[ck]oordinat|speciali|speziali|expert|assist|sales|marketing|admin|advis|counsel|lawyer|recruit|referent|associate|principal|fellow|student|communicat|kommunikat|geschäftsf|vorsitz|vorstand|profi\b|executive/i;

/** True when `s` reads like a job title. */
export function isRole(s: string): boolean {
  return ROLE.test(s);
}

/** True when the whole of `s` reads like a person's name ("Michiel B. de Jong", "F. Kooman", "Anna Rass, PhD"). */
export function isName(s: string): boolean {
  if (s.length > 60 || /[\d@:|/]/.test(s) || ROLE.test(s)) return false;
  const [head = '', ...rest] = s.split(',');
  // A comma may only set off credentials ("Anna Rass, PhD"); "Vienna, Austria" is a place.
  if (!rest.every((part) => CREDENTIAL.test(part.trim()))) return false;
  let words = 0;
  let full = 0;
  for (const t of head.split(' ')) {
    const lower = t.toLowerCase();
    if (!t || CREDENTIAL.test(t) || (PARTICLES.has(lower) && words)) continue;
    if (NOT_NAME.has(lower) || NOT_NAME.has(lower.replace(/s$/, '')) || !NAME_WORD.test(t)) return false;
    words++;
    if (/\p{Ll}/u.test(t)) full++;
  }
  return words > 1 && words < 6 && full > 0;
}

/**
 * "VP Sales at Acme", "Referentin bei ZVEI", and (when the head is a job title) "PR & Communications, Shabka"
 * → [title, organisation].
 */
export function splitRoleOrg(s: string): [string, string?] {
  const at = /^(.+?) (?:at|@|bei|chez) (.+)$/i.exec(s);
  if (at) return [at[1] as string, at[2] as string];
  const comma = /^(.+), (\p{Lu}[^,]{0,40})$/u.exec(s);
  return comma && ROLE.test(comma[1] as string) && !ROLE.test(comma[2] as string)
    ? [comma[1] as string, comma[2] as string]
    : [s];
}
