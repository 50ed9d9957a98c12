import { append, dict } from './collect';

/**
 * String recognisers shared by every extractor: emails (plain and obfuscated), phone-like
 * strings with their labels, person-name lines and job-title lines. They return text as seen
 * on the page; lib/contact normalises it later, outside the content script.
 */

/** Zero-width, bidi and control characters: invisible to the reader, so never part of a value. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point.
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** Collapses whitespace and drops invisible characters. */
export function squash(s: string): string {
  return s.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** Words from a space-separated list, as a lookup table. */
function wordSet(list: string): Record<string, true> {
  const set = dict<true>();
  const words = list.split(' ');
  for (let i = 0; i < words.length; i++) set[words[i] as string] = true;
  return set;
}

const EMAIL = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24}(?![a-z0-9-])/gi;

/** "jane [at] acme [dot] io", "jane(at)acme.io", "jane at acme dot io" → "jane@acme.io". */
function deobfuscate(s: string): string {
  return s
    .replace(/\s*[[({]\s*(?:at|ät|@)\s*[\])}]\s*/gi, '@')
    .replace(/\s*[[({]\s*(?:dot|punkt|\.)\s*[\])}]\s*/gi, '.')
    .replace(/\b([\w.+-]+) at ([\w-]+(?: dot [\w-]+)+)\b/gi, (_m, user: string, host: string) =>
      `${user}@${host.replace(/ dot /gi, '.')}`,
    );
}

/** Every email address in `text`, including obfuscated forms. */
export function findEmails(text: string): string[] {
  const out: string[] = [];
  const clear = text.indexOf('@') < 0 && !/\bat\b|\(at\)|\[at\]/i.test(text) ? '' : deobfuscate(text);
  EMAIL.lastIndex = 0;
  for (let m = EMAIL.exec(clear); m; m = EMAIL.exec(clear)) append(out, m[0].replace(/\.+$/, ''));
  return out;
}

/** Decodes Cloudflare's email protection (`data-cfemail`, or the hex after `#` in its link). */
export function decodeCfEmail(hex: string): string | undefined {
  if (!/^(?:[0-9a-f]{2}){2,128}$/i.test(hex)) return undefined;
  const key = Number.parseInt(hex.slice(0, 2), 16);
  let out = '';
  for (let i = 2; i < hex.length; i += 2) out += String.fromCharCode(Number.parseInt(hex.slice(i, i + 2), 16) ^ key);
  return findEmails(out)[0];
}

const PHONE = /(?:\+|\b00)?\(?\d[\d ().\/-]{5,24}\d(?:\s*(?:x|ext\.?|extension|#)\s*\d{1,6})?/gi;
const FAX_LABEL = /\b(?:fax|telefax|facsimile)\b/i;
const PHONE_LABEL =
  /(?:\b(?:tel|phone|telephone|telefon|fon|mobile?|mob|cell|call|handy|direct|direkt|whatsapp|ph|t|m|p)\b|☎|📞)/i;
/** Shapes that are dates or year ranges, not numbers to call. */
const NOT_PHONE = /^(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|(?:19|20)\d\d\s*[-/]\s*(?:19|20)\d\d)$/;
/** "(213) 373-4253", "213-373-4253", "213.373.4253": unambiguous without a label. */
const NANP = /^\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}$/;

export interface PhoneScan {
  /** The label a number-only line inherits from the line before it ("Phone:", "Fax:"). */
  label?: string;
}

/**
 * Phone-like strings in `text` that are labelled as phones, written internationally or in an
 * unambiguous national shape. Numbers labelled as fax are skipped.
 */
export function findPhones(text: string, scan: PhoneScan = {}): string[] {
  const out: string[] = [];
  if (!/\d{3}/.test(text)) return out;
  let from = 0;
  PHONE.lastIndex = 0;
  for (let m = PHONE.exec(text); m; m = PHONE.exec(text)) {
    const raw = m[0].trim();
    const before = text.slice(from, m.index);
    const label = before.slice(-30) || (from === 0 ? (scan.label ?? '') : '');
    from = m.index + m[0].length;
    const digits = raw.replace(/\D/g, '').length;
    if (digits < 7 || digits > 17 || NOT_PHONE.test(raw) || FAX_LABEL.test(label)) continue;
    if (PHONE_LABEL.test(label) || /^(?:\+|00|\()/.test(raw) || NANP.test(raw)) append(out, raw);
  }
  return out;
}

const PARTICLE = wordSet('van von de der den del della di da das dos du la le ter ten zu y bin ibn al el');
const CREDENTIAL = /^(?:jr|sr|ii|iii|iv|phd|ph\.d|md|mba|msc|bsc|cpa|esq)\.?,?$/i;
/** A capitalised word, an initial ("B."), or a single capital ("Alexander L"). */
const NAME_WORD = /^(?:\p{Lu}\.?|\p{Lu}\p{Lu}?[\p{Ll}'’-][\p{L}'’.-]*)$/u;
/** Words that make a capitalised line a heading, a place or an organisation rather than a person. */
const NOT_NAME = wordSet(
  'about account address all and back best blog building careers center centre cheers city close college company ' +
    'connect contact content cookie copyright county day dear department digital download drive email events foundation ' +
    'from get global google group hall hello help home impressum inbox information institute international join ' +
    'kingdom kontakt learn library linkedin login main media menu message mobile more national network news next ' +
    'office online open our page phone press privacy profile read regards reply resources rights road search ' +
    'services settings share shop site skip society source states street suite support team terms thanks the ' +
    'top united university view web website welcome straße büro über uns mehr zurück inc ltd llc gmbh ag corp',
);
/** Stems of job titles, in English and German. */
const ROLE =
  /manag|direct|\bhead\b|chief|officer|\b(?:ceo|cto|cfo|coo|vp|svp|evp)\b|founder|owner|partner|president|\bchair|secretar|treasur|trustee|member|editor|writer|author|journalist|engineer|develop|programm|design|architekt|architect|consult|berater|analyst|scientist|research|professor|lecturer|teacher|\blead(?:er|s)?\b|leiter|coordinat|koordinat|speciali|speziali|expert|assist|\bintern\b|sales|marketing|admin|advis|counsel|attorney|lawyer|anwalt|recruit|represent|referent|sprecher|spokes|accountant|associate|principal|fellow|student|doctor|coach|communicat|kommunikat|geschäftsf|vorsitz|vorstand|inhaber|mitarbeit|profi\b|redakt|strateg|producer|curator|\bdean\b|\bstaff\b|executive|supervisor|technician|controller|volunteer|\bboard\b/i;

/** True when `s` reads like a job title. */
export function isRole(s: string): boolean {
  return ROLE.test(s);
}

/** True when the whole of `s` reads like a person's name ("Michiel B. de Jong", "F. Kooman", "Anna Rass, PhD"). */
export function isName(s: string, loose = false): boolean {
  if (s.length > 60 || /[\d@:|/]/.test(s) || ROLE.test(s)) return false;
  const tokens = s.replace(/,/g, ' ').split(' ');
  let words = 0;
  let full = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    if (!t || CREDENTIAL.test(t)) continue;
    const lower = t.toLowerCase();
    if (NOT_NAME[lower]) return false;
    if (PARTICLE[lower] && words > 0) continue;
    if (!NAME_WORD.test(t)) return false;
    words++;
    if (t.length > 2 || (loose && t.length === 2)) full++;
  }
  return words >= 2 && words <= 5 && full >= 1;
}

/** "VP Sales at Acme" / "VP Sales @ Acme" / "Referentin bei ZVEI" → ["VP Sales", "Acme"]. */
export function splitAt(s: string): [string, string | undefined] {
  const m = /^(.+?)\s+(?:at|@|bei|chez|en|presso)\s+(.+)$/i.exec(s);
  return m ? [(m[1] as string).trim(), (m[2] as string).trim()] : [s, undefined];
}

/** "PR & Communications, Shabka" → ["PR & Communications", "Shabka"] when the tail reads like an organisation. */
export function splitRoleOrg(s: string): [string, string | undefined] {
  const at = splitAt(s);
  if (at[1]) return at;
  const comma = s.lastIndexOf(', ');
  if (comma < 0) return [s, undefined];
  const head = s.slice(0, comma);
  const tail = s.slice(comma + 2);
  const orgLike = tail.length <= 40 && /^\p{Lu}/u.test(tail) && !ROLE.test(tail) && tail.split(' ').length <= 4;
  return orgLike && ROLE.test(head) ? [head, tail] : [s, undefined];
}
