import { isFunctionWord } from './function-word';
import { startsWithGivenName } from './given-name';
import { withoutPronouns } from './name';
import { CREDENTIAL } from './name-words';
import { mentions, namedAs } from './passing-roles';
import { BEFORE_ROLE, COPULAS, SAID } from './prose-words';
import { personName } from './recognise';
import {
  bare,
  clause,
  organisationAt,
  polishNominative,
  roleAndOrganisation,
  roleThenName,
  wordsOf,
} from './role-phrase';

/**
 * People whose role a page writes only in a sentence: an author's bio ("Andrés Malamud es
 * politólogo e investigador en la Universidad de Lisboa.", "Max Muster ist Professor für
 * Informatik an der TU Berlin.") and a press release's quoted people ("…,” said John Smith,
 * Chief Executive Officer of Acme Corp.", "Jane Roe, VP of Marketing at Initech, said …").
 * A sentence counts only when its name passes the name rules (recognise.ts) and its role the
 * job-title rule (job-title.ts); one that merely mentions someone ("said John Smith") gives nobody.
 * Work is bounded: sentences are cut to a few hundred characters and read word by word.
 */

export interface ProseRole {
  name: string;
  title: string;
  company?: string;
  /** Named as the one who says what the page quotes ("said John Smith, CEO of Acme"). */
  quoted?: boolean;
  /** Named by a first name alone ("Tom is a software consultant"), as bios under a post do. */
  firstNameOnly?: boolean;
  /** Given the role in passing, before the name, without a verb ("der Bürgermeister Jan Berg"). */
  mentioned?: boolean;
  /** Followed by a credential ("Seung-min Park, PhD, …"): a person's name, first name known or not. */
  credentialed?: boolean;
  /** Quoted by the surname alone ("said Berg, professor of radiology"), named in full elsewhere. */
  surnameOnly?: boolean;
}

/** Characters of a line read, of a sentence, and words before a copula that may be a name. */
const MAX_LINE = 4_000;
const MAX_SENTENCE = 400;
const MAX_NAME_WORDS = 6;

/** How many words at `k` of `low` (a sentence's bare words) are one of `verbs` ("is", "works as", "a déclaré"). */
function verbAt(low: string[], k: number, verbs: ReadonlySet<string>): number {
  if (verbs.has(low[k] ?? '')) return 1;
  return verbs.has(`${low[k]}_${low[k + 1]}`) ? 2 : 0;
}

/** Polish copulas, after which a role takes the instrumental case. */
const POLISH_COPULAS = new Set(['jest', 'był', 'była', 'został', 'została']);

/** How many more sentences may be read by the name and title rules, the costly part. */
export interface Budget {
  checks: number;
  /** Checks of roles given in passing, counted apart: they must not starve the bios and quotes. */
  mentions: number;
}

/** A bio: "Name is a role at Org", "Name ist Rolle an der Org", "Name es rol en la Org". */
function bio(words: string[], low: string[], budget: Budget): ProseRole | undefined {
  for (let k = 1; k <= MAX_NAME_WORDS && k < words.length; k++) {
    const verb = verbAt(low, k, COPULAS);
    if (!verb) continue;
    if (budget.checks-- <= 0) return undefined;
    const named = words
      .slice(0, k)
      .join(' ')
      .replace(/^["“„«‘']+/, '');
    const name = personName(named);
    // A first name alone, known or not ("Erez is the CEO of …"): describedInProse gives it only to
    // someone of the page with that first name.
    const first = k === 1 && /^\p{Lu}\p{Ll}+$/u.test(named) && !isFunctionWord(named.toLowerCase());
    if (!name && !first) return undefined;
    let r = k + verb;
    while (r < words.length && BEFORE_ROLE.has(words[r] as string)) r++;
    // Polish writes the role after "jest" in the instrumental: "jest prezesem", read as "prezes".
    const said = clause(words.slice(r));
    const role = roleAndOrganisation(POLISH_COPULAS.has(low[k] as string) ? polishNominative(said) : said);
    if (!role) return undefined;
    const company = role.company ?? employerAfter(words.slice(r + said.length));
    const found = company ? { ...role, company } : role;
    return name ? { name, ...found } : { name: named, ...found, firstNameOnly: true };
  }
  return undefined;
}

/** Prepositions that name where someone works wherever they stand in a bio ("… at Acme"), unlike "in". */
const EMPLOYER_AT = new Set(['at', 'bei', 'chez', 'presso', 'bij', 'hos']);
/** Words after a bio's role in which its employer may still be named. */
const EMPLOYER_WORDS = 10;

/**
 * The employer a bio names after its role's clause: "Jane is an engineering lead, currently leading
 * the tech team at Acme Research, where …" → "Acme Research"; none when the name there starts with
 * a known first name (a person's).
 */
function employerAfter(words: string[]): string | undefined {
  const near = words.slice(0, EMPLOYER_WORDS);
  const k = near.findIndex((w, i) => EMPLOYER_AT.has(w) && /^\p{Lu}/u.test(near[i + 1] ?? ''));
  const company = k < 0 ? undefined : organisationAt(words.slice(k + 1));
  return company && !startsWithGivenName(company) ? company : undefined;
}

/** A quoted person: "said Name, role of Org" and "Name, role at Org, said". */
function quoted(words: string[], low: string[], budget: Budget): ProseRole | undefined {
  for (let k = 0; k < words.length; k++) {
    const verb = verbAt(low, k, SAID);
    // A name follows the verb ("said John Smith, …") or a comma ends the one before it ("John Smith, CEO, said").
    const near = /^\p{Lu}/u.test(words[k + verb] ?? '') || !!words[k - 1]?.endsWith(',');
    if (!verb || !near) continue;
    if (budget.checks-- <= 0) return undefined;
    // "…, said John Smith, Chief Executive Officer of Acme Corp."
    const comma = words.findIndex(
      (w, i) => i > k + verb && i <= k + verb + MAX_NAME_WORDS && w.endsWith(','),
    );
    const after =
      comma > 0
        ? personName(
            words
              .slice(k + verb, comma + 1)
              .join(' ')
              .slice(0, -1),
          )
        : undefined;
    const role = after && appositive(words.slice(comma + 1));
    if (after && role) return { name: after, ...role, quoted: true };
    // "…,” said Berg, professor and chair of radiology.": the surname alone, with the role.
    const surname = /^\p{Lu}\p{Ll}+,$/u.test(words[k + verb] ?? '') ? (words[k + verb] as string) : '';
    const surnameRole = surname && appositive(words.slice(k + verb + 1));
    if (surnameRole) return { name: surname.slice(0, -1), ...surnameRole, quoted: true, surnameOnly: true };
    const led = roleThenName(words.slice(k + verb));
    if (led) return { ...led, quoted: true };
    // "Jane Roe, VP of Marketing at Initech, said …": the name starts the sentence or follows a quote.
    if (!words[k - 1]?.endsWith(',')) continue;
    let start = k - 1;
    while (start > 0 && !/["”»]$/.test(words[start - 1] as string)) start--;
    const first = words.slice(start, k).findIndex((w) => w.endsWith(','));
    const before = personName(
      words
        .slice(start, start + first + 1)
        .join(' ')
        .slice(0, -1),
    );
    const described = before && appositive(words.slice(start + first + 1, k));
    if (before && described) return { name: before, ...described, quoted: true };
  }
  return undefined;
}

/**
 * The role an appositive gives, which may hold commas of its own ("Senior Director, Product
 * Management at SendGrid"): the longest run of its comma-separated parts that names an
 * organisation, else its first part alone.
 */
export function appositive(words: string[]): { title: string; company?: string } | undefined {
  const text = words.join(' ').split(/[;"“”«»]|\.\s/)[0] as string;
  const parts = text.replace(/[.,]$/, '').split(', ').slice(0, 4);
  for (let n = parts.length; n > 0; n--) {
    const found = roleAndOrganisation(wordsOf(parts.slice(0, n).join(', ')));
    if (found?.company) return found;
  }
  return roleAndOrganisation(wordsOf(parts[0] as string));
}

/** Words before a name in a list of people ("…; and Jane Doe, …"). */
const LIST_WORDS = new Set(['and', 'und', 'et', 'y', 'e', 'en', 'och', 'og', 'i', 'oraz']);
/** Words of a role set off after a name, up to the clause's end. */
const SET_OFF_WORDS = 12;

/**
 * Names set off by commas with their role, as articles list people: "Seung-min Park, PhD, senior
 * research scientist; David Won, MD, former visiting scholar …". The name starts the sentence or
 * a list's item and has a known first name or a credential after it, which is skipped. A role
 * given in passing: it fills a title, it ranks after bios and quotes.
 */
function appositions(words: string[], budget: Budget): ProseRole[] {
  const out: ProseRole[] = [];
  for (let k = 0; k < words.length - 2; k++) {
    const before = words[k - 1];
    const starts = !before || /[;:]$/.test(before) || LIST_WORDS.has(bare(before));
    if (!starts || !/^\p{Lu}\p{Ll}/u.test(words[k] as string)) continue;
    const end = words.findIndex((w, m) => m > k && m < k + 4 && w.endsWith(','));
    if (end < 0) continue;
    if (budget.mentions-- <= 0) break;
    const name = personName(
      words
        .slice(k, end + 1)
        .join(' ')
        .slice(0, -1),
    );
    let r = end + 1;
    while (r < words.length && CREDENTIAL.test((words[r] as string).replace(/[,;]$/, ''))) r++;
    // A credential after the name ("Seung-min Park, PhD, …") vouches for it as a known first name does.
    if (!name || !(startsWithGivenName(name) || r > end + 1)) continue;
    const clause = words.slice(r, r + SET_OFF_WORDS);
    const stop = clause.findIndex((w) => /[;.]$/.test(w));
    const role = appositive(stop < 0 ? clause : clause.slice(0, stop + 1));
    if (role) out.push({ name, ...role, mentioned: true, ...(r > end + 1 ? { credentialed: true } : {}) });
  }
  return out;
}

/** The sentences of a line, each at most MAX_SENTENCE characters ("Dr." and "J." end none). */
function sentencesOf(line: string): string[] {
  return (
    line
      .slice(0, MAX_LINE)
      .split(/(?<=\p{Ll}{2}[.!?]["”»’]?)\s+(?=["“„«\p{Lu}])/u)
      // A sentence cut short ends at its last whole word ("… der Stiftung", not "… der Stift").
      .map((s) => (s.length > MAX_SENTENCE ? s.slice(0, s.lastIndexOf(' ', MAX_SENTENCE)) : s))
  );
}

/** Any copula or quoting verb of a line, as a word ("is", "a déclaré"): lines without one are skipped unread. */
const ANY_VERB = new RegExp(
  `(?:^|[\\s"“„«‘'])(?:${[...COPULAS, ...SAID].map((v) => v.replace('_', ' ')).join('|')})(?=[\\s,.;:"”»’']|$)`,
  'iu',
);

/** The people `line` gives a role in a sentence, in the order it names them, within `budget`. */
export function proseRoles(
  line: string,
  budget: Budget = { checks: Number.POSITIVE_INFINITY, mentions: Number.POSITIVE_INFINITY },
): ProseRole[] {
  const out: ProseRole[] = [];
  const verb = ANY_VERB.test(line.slice(0, MAX_LINE));
  // "Jane Doe (she/her) is CEO at Acme": the pronouns stand between the name and its verb.
  for (const sentence of sentencesOf(withoutPronouns(line.slice(0, MAX_LINE)))) {
    if (budget.checks <= 0) break;
    const words = wordsOf(sentence);
    const low = words.map(bare);
    const found = verb ? (bio(words, low, budget) ?? quoted(words, low, budget)) : undefined;
    if (found) out.push(found);
    else out.push(...mentions(words, budget), ...appositions(words, budget), ...namedAs(words, budget));
  }
  return out;
}
