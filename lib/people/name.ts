import { startsWithGivenName } from './given-name';
import { CREDENTIAL, NICKNAME, PARTICLES, withoutHonorifics } from './name-words';
import { cleanText } from './text';

/**
 * Display names as people write them on LinkedIn, in signatures and on team pages, split into
 * ActiveCampaign's first and last name. The cleaned display name is always kept, because no
 * split is right for every culture.
 */

interface SplitName {
  /** Cleaned display name: no pronouns, emoji or invisible characters; credentials kept. */
  name: string;
  firstName?: string;
  lastName?: string;
  /** "Jr.", "III", "PhD", "MBA": kept out of first and last name. */
  suffix?: string;
}

const MAX_NAME = 200;
const MAX_PART = 100;
/** Names LinkedIn shows instead of a hidden one. */
const PLACEHOLDERS = /^(?:linkedin member|linkedin-mitglied|membre de linkedin|miembro de linkedin)$/i;
const PRONOUNS =
  /\s*[([]\s*(?:she|he|they|ze|xe|sie|er|elle|il)\s*\/\s*[a-z]+(?:\s*\/\s*[a-z]+)?\s*[)\]]|\s+(?:she|he|they)\/(?:her|him|them|hers|his|theirs)\b/gi;
const EMOJI = /\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}]|\u200d|\ufe0f|\u20e3/gu;
/** " | Hiring", " – Open to work": taglines some people append to their name. */
const TAGLINE = /\s+[|–—•]\s+.*$/;
const LAST_WORD = /(?:,\s*|\s+)([^\s,]+)$/;
/** A name in Han, kana or Hangul. */
const EAST_ASIAN = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;
/** Post-nominals in dotted capitals, set off by a comma ("Sandra L. Klassen, M.S., D.P.T."). */
const DOTTED_CREDENTIAL = /^(?:\p{Lu}\.){2,}\p{Lu}?$/u;

/** `text` without the pronouns written after a name ("Jane Doe (she/her) is …"). */
export function withoutPronouns(text: string): string {
  return text.replace(PRONOUNS, '');
}

/** The display name without pronouns, emoji, taglines or invisible characters. */
function display(full: string): string {
  const text = cleanText(full, MAX_NAME * 2)
    .replace(PRONOUNS, '')
    .replace(EMOJI, '')
    .replace(TAGLINE, '');
  return cleanText(text.replace(/^[\s,;|•·-]+|[\s,;|•·-]+$/g, ''), MAX_NAME);
}

export function splitName(full: string): SplitName {
  const name = display(full);
  if (!name || PLACEHOLDERS.test(name)) return { name: '' };
  const suffixes: string[] = [];
  let rest = name;
  // Trailing credentials, with or without commas: "Jane Doe, PhD, MBA", "John Smith Jr."
  for (let m = LAST_WORD.exec(rest); m; m = LAST_WORD.exec(rest)) {
    const word = m[1] as string;
    if (!CREDENTIAL.test(word) && !(m[0].startsWith(',') && DOTTED_CREDENTIAL.test(word))) break;
    suffixes.unshift(word);
    rest = rest.slice(0, m.index);
  }
  const suffix = suffixes.length ? { suffix: suffixes.join(', ') } : {};
  const comma = rest.split(/\s*,\s*/);
  if (comma.length === 2 && comma[0] && comma[1]) {
    // "Last, First"
    return { name, firstName: part(comma[1]), lastName: part(comma[0]), ...suffix };
  }
  // Nicknames in quotes or brackets ("Alexandra “Allie” Lesh", "Raquel (Lucas) Platero") stay in the display name only.
  const named = rest
    .replace(/,/g, ' ')
    .split(' ')
    .filter((t) => t && !NICKNAME.test(t) && !/^\(.*\)$/.test(t));
  const tokens = withoutHonorifics(named, 1);
  // Japanese, Korean and Chinese names put the family name first ("山田 太郎"); written without a
  // space ("山田太郎"), where one ends is not marked, so the name stays whole.
  if (tokens.length === 2 && EAST_ASIAN.test(name))
    return { name, firstName: part(tokens[1] as string), lastName: part(tokens[0] as string), ...suffix };
  if (tokens.length === 1) return { name, firstName: part(tokens[0] as string), ...suffix };
  // The last name starts at the first particle, in any case ("Ludwig van Beethoven", "Emilio De
  // Lazzari", "Farooq Al Safi"), else it is the last word.
  let split = tokens.findIndex((t, i) => i > 0 && i < tokens.length - 1 && PARTICLES.has(t.toLowerCase()));
  if (split < 0) split = tokens.length - 1;
  return {
    name,
    firstName: part(tokens.slice(0, split).join(' ')),
    lastName: part(tokens.slice(split).join(' ')),
    ...suffix,
  };
}

function part(s: string): string {
  return cleanText(s, MAX_PART);
}

/** A full name as two mentions of one person share it: without case; empty unless it has two words. */
export function fullNameKey(name: string | undefined): string {
  const key = (name ?? '').toLowerCase().split(/\s+/).filter(Boolean).join(' ');
  return /\S\s+\S/.test(key) ? key : '';
}

/**
 * True when two names cannot be one person: neither has all its words, or their initials, in the
 * other ("Danijel Deletic" and "Daniel Flamgaard" on one shared info@ mailbox, "Tennigkeit" and
 * "Helmut Specker"), while "J. Smith" and "John Smith", or "Ana Ruiz" and "Ana Ruiz Gil", can.
 */
export function differentPeople(a: string | undefined, b: string | undefined): boolean {
  const [x, y] = [a, b].map((k) =>
    (k ?? '').toLowerCase().replace(/[.,]/g, ' ').split(/\s+/).filter(Boolean),
  );
  if (!x?.length || !y?.length) return false;
  // Every word of one is a word of the other, or the initial of one.
  const within = (short: string[], long: string[]) =>
    short.every((w) => long.some((l) => l === w || (w.length === 1 && l.startsWith(w))));
  return !within(x, y) && !within(y, x);
}

/** Names of a listing written surname first, at least: a few say nothing of the listing's order. */
const SURNAME_FIRST_NAMES = 3;

/**
 * The names of one listing with the first name first, when the listing writes the surname first
 * ("Lenci Gabriele", "Freschi Elena", as Italian and Hungarian boards do): two thirds of its names
 * or more are two words that end, and do not start, with a known first name. Else as they are.
 */
export function givenNamesFirst(names: string[]): string[] {
  const surnameFirst = (name: string): boolean => {
    const words = name.split(' ');
    return words.length === 2 && !startsWithGivenName(name) && startsWithGivenName(words[1] as string);
  };
  const count = names.filter(surnameFirst).length;
  if (count < SURNAME_FIRST_NAMES || 3 * count < 2 * names.length) return names;
  return names.map((name) => (surnameFirst(name) ? name.split(' ').reverse().join(' ') : name));
}

/** A surname, a comma, then the first names, as Outlook and company directories show them ("Weber, Klaus"). */
const SURNAME_COMMA = /^(\p{Lu}[^,\d@]{1,40}), (\p{Lu}[^,\d@]{1,40})$/u;

/**
 * `name` with the first name first when it is written "Surname, First name" ("Weber, Klaus" →
 * "Klaus Weber"): the part after the comma starts with a known first name and the part before
 * does not ("Jane Doe, CEO" stays).
 */
export function surnameCommaFirst(name: string): string {
  const [, surname = '', given = ''] = SURNAME_COMMA.exec(name.trim()) ?? [];
  return given && startsWithGivenName(given) && !startsWithGivenName(surname) ? `${given} ${surname}` : name;
}
