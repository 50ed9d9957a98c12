import { isFunctionWord } from './function-word';
import { startsWithGivenName } from './given-name';
import { hasRoleWord, isJobTitle, namesRole } from './job-title';
import { CREDENTIAL, PARTICLES, withoutHonorifics } from './name-words';
import { personName } from './recognise';

/**
 * An address's local part against a person's name, as email finders describe company formats:
 * templates over {first}, {f}, {last}, {l} ("jane.doe", "jdoe", "janed", "jane", "doe",
 * "doe.jane", "j.doe"), any of ".", "-", "_" or nothing between the parts. Names are folded both
 * ways a mail server spells them (ü → u and ue, ß → ss, ø → o and oe, å → a and aa, é → e),
 * particles kept or dropped ("van der Berg" → vanderberg, berg), and either half of a double
 * surname stands alone ("García López" → garcialopez, garcia, lopez).
 *
 * Evidence only: an exact template match confirms that a line is a name and ties the address
 * to its owner; a partial one (the last name, or the first, with more around it; initials) is
 * weaker. Nothing here makes a name out of an address.
 */

/** How well an address fits a name: 2 a template, 1 a part of the name, 0 nothing. */
type NameEvidence = 0 | 1 | 2;

/** Mailboxes of a function, not a person: no name is confirmed by them. */
const ROLE_MAILBOX =
  /^(?:info|office|support|contact|kontakt|hello|hallo|hola|hej|press|presse|team|sales|vertrieb|admin|webmaster|mail|email|e-mail|post|postmaster|enquiries|inquiries|service|noreply|no-reply|donotreply|do-not-reply|notifications?|news|newsletter|billing|help|booking|reception|empfang|buero|büro|praxis|kanzlei|contacto|info[a-z]{0,3}|administracion|secretariat|sekretariat|secretaria|segreteria|general|careers|jobs|vorstand|board|bestuur|styrelse|styrelsen|bestyrelse|styret|redaktion|redaction|redazione|redaccion|redactie|privacy|datenschutz|dpo|hr|recruiting|bewerbung|marketing|media|events|membership|mitglieder|verwaltung|accounts|finance|orders|shop)(?:[-_.+][^@]*)?@/i;

/** True when `email` is a function's mailbox (info@, office@, kontakt@, noreply@, …). */
export function isRoleMailbox(email: string): boolean {
  return ROLE_MAILBOX.test(email);
}

/** Letters that fold to two spellings: the plain letter and the one the language writes out. */
const SPELLED_OUT: Record<string, [string, string]> = {
  ä: ['a', 'ae'],
  ö: ['o', 'oe'],
  ü: ['u', 'ue'],
  ø: ['o', 'oe'],
  å: ['a', 'aa'],
  æ: ['ae', 'ae'],
  ß: ['ss', 's'],
  œ: ['oe', 'oe'],
  ł: ['l', 'l'],
  đ: ['d', 'dj'],
  þ: ['th', 'th'],
};

/** Lower-case ASCII letters of `s`, in the plain and in the written-out spelling. */
function folds(s: string): string[] {
  const lower = s.toLowerCase();
  const spell = (way: 0 | 1) =>
    lower
      .replace(/[äöüøåæßœłđþ]/g, (ch) => (SPELLED_OUT[ch] as [string, string])[way])
      .normalize('NFD')
      .replace(/[^a-z]/g, '');
  return [...new Set([spell(0), spell(1)])].filter(Boolean);
}

/** The name's words without honorifics, credentials, nicknames and initials' dots, in order. */
function nameWords(name: string): string[] {
  const words = name
    .replace(/\([^)]*\)|["“„«‘][^"”“»’]*["”“»’]/g, ' ')
    .split(/[\s,]+/)
    .filter((w) => w && !CREDENTIAL.test(w));
  return withoutHonorifics(words, 1);
}

interface Parts {
  /** The whole first name, or the first two given names together ("mariajose"). */
  firsts: Set<string>;
  /** The first half of a hyphenated first name ("karl" of "Karl-Heinz"): never an address alone. */
  halves: Set<string>;
  lasts: Set<string>;
}

/**
 * Every spelling of the first name(s) and of the last name(s) that `name` may be written with in
 * an address. `whole`: last names run to the name's end, so that a template explains the whole
 * line ("John Doe at Madgex" is not spelled by john.doe@).
 */
function partsOf(name: string, whole: boolean): Parts {
  const words = nameWords(name);
  const firsts = new Set<string>();
  const halves = new Set<string>();
  const lasts = new Set<string>();
  if (!words.length) return { firsts, halves, lasts };
  const add = (to: Set<string>, text: string) => {
    for (const f of folds(text)) to.add(f);
  };
  // "Karl-Heinz" is karlheinz, karl-heinz and karl; "María José" may be mariajose.
  const [first = '', second] = words;
  add(firsts, first);
  add(halves, first.split('-')[0] as string);
  if (second && words.length > 2 && !PARTICLES.has(second.toLowerCase())) add(firsts, first + second);
  // Any run of words to the end is a surname, with or without its particles; so is each word after the first.
  for (let k = 1; k < words.length; k++) {
    const rest = words.slice(k);
    add(lasts, rest.join(''));
    add(lasts, rest.filter((w) => !PARTICLES.has(w.toLowerCase())).join(''));
    const word = words[k] as string;
    if (!whole && !PARTICLES.has(word.toLowerCase())) {
      add(lasts, word);
      for (const half of word.split('-')) add(lasts, half);
    }
  }
  // An initial is no spelling of a name ("Michiel B. de Jong" → no last name "b").
  for (const set of [firsts, halves, lasts]) for (const s of set) if (s.length < 2) set.delete(s);
  return { firsts, halves, lasts };
}

/** The local part as its letters: no sub-address (+tag), no leading "dr.", no trailing digits, no separators. */
function squeezedLocal(email: string): string {
  const local = (email.split('@')[0] ?? '').toLowerCase().replace(/\+.*$/, '');
  const bare = local.replace(/^(?:dr|prof|mr|mrs|ms)[._-]/, '').replace(/\d+$/, '');
  return folds(bare)[0] ?? '';
}

/**
 * How well `email`'s local part fits `name` (see NameEvidence). `whole`: only a template with
 * both a first and a last part counts as one ("jane.doe", not "jane" or "doe").
 */
function emailNameEvidence(email: string, name: string, whole = false): NameEvidence {
  if (isRoleMailbox(email)) return 0;
  const local = squeezedLocal(email);
  if (local.length < 2) return 0;
  const { firsts, halves, lasts } = partsOf(name, whole);
  if (!whole && (firsts.has(local) || lasts.has(local))) return 2;
  for (const first of [...firsts, ...halves]) {
    for (const last of lasts) {
      const f = first[0] as string;
      const l = last[0] as string;
      if ([first + last, f + last, first + l, last + first, last + f].includes(local)) return 2;
    }
  }
  for (const last of lasts) if (last.length > 2 && local.includes(last)) return 1;
  for (const first of firsts) if (first.length > 2 && local.startsWith(first)) return 1;
  // A short form of the first name ("chris" of Christopher), not half of a double one ("karl").
  for (const first of firsts) if (local.length > 3 && first.startsWith(local) && !halves.has(local)) return 1;
  // Initials ("mg" for Michael Grinich).
  const initials = nameWords(name)
    .filter((w) => !PARTICLES.has(w.toLowerCase()))
    .map((w) => folds(w)[0]?.[0] ?? '')
    .join('');
  return initials.length > 1 && (local === initials || local === `${initials[0]}${initials.slice(-1)}`)
    ? 1
    : 0;
}

/** The best evidence any of `emails` gives for `name`. */
export function bestEmailEvidence(emails: readonly string[], name: string): NameEvidence {
  let best: NameEvidence = 0;
  for (const email of emails) {
    const evidence = emailNameEvidence(email, name);
    if (evidence > best) best = evidence;
    if (best === 2) break;
  }
  return best;
}

/**
 * Of `people` (more than one name beside an address), the one `emails` name: the only one with
 * the best evidence, at least `least`. Undefined when the addresses name nobody or several alike.
 */
export function ownerByEmail<T extends { name?: string }>(
  people: readonly T[],
  emails: readonly string[],
  least: NameEvidence = 1,
): T | undefined {
  let owner: T | undefined;
  let best = 0;
  let tied = false;
  for (const person of people) {
    const evidence = person.name ? bestEmailEvidence(emails, person.name) : 0;
    if (evidence > best) [owner, best, tied] = [person, evidence, false];
    else if (evidence === best && evidence > 0 && person.name !== owner?.name) tied = true;
  }
  return best >= least && !tied ? owner : undefined;
}

/** Two to four words of letters (any case: "JANE DOE", "jane doe"), as a name written without care looks. */
const LOOSE_NAME = /^[\p{L}][\p{L}'’.-]*(?: [\p{L}][\p{L}'’.-]*){1,3}$/u;

/**
 * `text` as a name when it reads as one loosely, starts with a known first name (a department's
 * "local.groups@" spells "Local Groups" too) and an address spells the whole of it.
 */
function spelledName(text: string, emails: readonly string[]): string | undefined {
  const words = nameWords(text);
  const name = words.join(' ');
  if (name.length > 60 || !LOOSE_NAME.test(name) || namesRole(name) || !startsWithGivenName(name))
    return undefined;
  // Lower-case words inside a capitalised line are a sentence's, unless they are particles.
  const sentence = words.some((w) => /^\p{Ll}/u.test(w) && !PARTICLES.has(w)) && /\p{Lu}/u.test(name);
  if (sentence) return undefined;
  return emails.some((email) => emailNameEvidence(email, name, true) === 2) ? name : undefined;
}

/** The most words of a role written before a name on its line ("Senior Vice President Sales Jane Doe"). */
const ROLE_WORDS = 5;

/**
 * The name that evidence beyond its shape confirms in `text`, a line the shape rules refused:
 * an address nearby that spells the whole line ("ANNA SCHMIDT", a name with a word they take for
 * an organisation's) or two or three capitalised words inside it ("1. Vorsitzender Max Muster
 * EMail: muster.max@…", "contact John Smith, Sales Manager, at …"), with a role written before
 * them, or set off by commas after them, as the title; or, without an address,
 * a role and then a name that ends the line ("Pressesprecher*in Max Muster"). The evidence
 * confirms a name written on the page; it never makes one.
 */
export function confirmedName(
  text: string,
  emails: readonly string[],
): { name: string; title?: string } | undefined {
  const whole = emails.length ? spelledName(text, emails) : undefined;
  if (whole) return { name: whole };
  const words = text.split(/\s+/).slice(0, 40);
  for (let i = 0; emails.length && i < words.length - 1; i++) {
    for (const n of [3, 2]) {
      const run = words.slice(i, i + n);
      // A comma may end the name ("contact John Smith, Sales Manager, at …").
      const set = /[,;]$/.test(run.at(-1) ?? '');
      const bare = run.map((w, j) => (j === n - 1 ? w.replace(/[,;]$/, '') : w));
      if (run.length < n || !bare.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w))) continue;
      // A sentence may end with the name ("… a service mark of Bradley M. Kuhn.").
      const name = spelledName(bare.join(' ').replace(/(\p{Ll}{2})\.$/u, '$1'), emails);
      if (!name) continue;
      const before = words
        .slice(0, i)
        .join(' ')
        .replace(/[\s:,;|–-]+$/, '');
      if (isJobTitle(before) && before.length < 60) return { name, title: before };
      // Or the role the commas set off after it.
      const after = set
        ? (
            words
              .slice(i + n)
              .join(' ')
              .split(/[,;(]| at | bei | chez /)[0] ?? ''
          ).trim()
        : '';
      return isJobTitle(after) ? { name, title: after } : { name };
    }
  }
  // The title is words only ("Designing, laws, and attitudes. — Name" is a quote's source); the
  // name passes the shape rules and starts with a known first name.
  for (const n of [3, 2]) {
    const name = words.length > n ? personName(words.slice(-n).join(' ')) : undefined;
    if (!name || !startsWithGivenName(name)) continue;
    // The line before the name is the role, a few words: capitalised ones and the small words
    // between them ("Head of Sales"), or a role word in lower case first ("directeur commercial").
    // A sentence that ends with a role and a name ("Heute sprach Geschäftsführer Max Muster",
    // "… vertreten durch den Geschäftsführer …") is prose-role.ts's to read.
    const before = words.slice(0, -n);
    const title = before.join(' ');
    const capitalised = before.every((w) => /^\p{Lu}/u.test(w) || isFunctionWord(w.toLowerCase()));
    const roleFirst = /^\p{Ll}/u.test(before[0] ?? '') && hasRoleWord(before[0] ?? '');
    const roleOnly = title.length < 60 && /^[\p{L}*/&' -]+$/u.test(title) && isJobTitle(title);
    if (before.length <= ROLE_WORDS && (capitalised || roleFirst) && roleOnly) return { name, title };
  }
  return undefined;
}

/**
 * First and last name as an address settles them. The splitter ends a last name at its last word,
 * so a double surname loses its first half to the first names ("María José García | López"); an
 * address that keeps the whole surname in one piece ("garcialopez@", "mgarcialopez@",
 * "maria.garcia-lopez@") moves it back. Middle names written apart ("john.michael.smith@") do not.
 */
export function settleSurname<T extends { firstName?: string; lastName?: string }>(
  split: T,
  emails: readonly string[],
): T {
  const firsts = split.firstName?.split(' ') ?? [];
  if (firsts.length < 2 || !split.lastName) return split;
  const tokens = [...firsts, ...split.lastName.split(' ')];
  for (let k = 1; k < firsts.length; k++) {
    const given = tokens.slice(0, k);
    const surname = folds(tokens.slice(k).join(''));
    const first = new Set([...folds(given[0] as string), ...folds(given.join(''))]);
    // The surname alone, after an initial, or after the first name, in one piece.
    const whole = surname.flatMap((s) => [s, ...[...first].flatMap((f) => [f[0] + s, f + s])]);
    const spelled = emails.some((email) => {
      if (isRoleMailbox(email)) return false;
      const parts = (email.split('@')[0] ?? '').toLowerCase().replace(/\+.*$/, '').split(/[._]/);
      const pieces = parts.map((p) => folds(p)[0] ?? '');
      return pieces.some(
        (piece, i) => whole.includes(piece) && pieces.every((other, j) => j === i || first.has(other)),
      );
    });
    if (spelled) return { ...split, firstName: given.join(' '), lastName: tokens.slice(k).join(' ') };
  }
  return split;
}
