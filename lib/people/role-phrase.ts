import { hasRoleWord, isJobTitle } from './job-title';
import {
  ARTICLES,
  AT,
  CLAUSE_END,
  FUNCTIONS,
  OF,
  ORG_JOINS,
  orgWord,
  POSSESSIVE,
  UNITS,
} from './prose-words';
import { personName } from './recognise';

/**
 * A role and the organisation a sentence gives with it ("Director of Analytics at Instacart",
 * "presidente do Senado"), read word by word as prose-role.ts splits sentences.
 */

const MAX_ROLE_WORDS = 16;
const MAX_ORG_WORDS = 8;

/** The words of `s`, with elided articles set apart ("l'Université" → "l'", "Université"). */
export function wordsOf(s: string): string[] {
  return s
    .split(/\s+/)
    .flatMap((w) => {
      const elided = /^((?:d|l|dell|all|nell|sull)['’])(\p{L}.*)$/iu.exec(w);
      return elided ? [(elided[1] as string).toLowerCase().replace('’', "'"), elided[2] as string] : [w];
    })
    .filter(Boolean);
}

export const bare = (w: string): string => w.toLowerCase().replace(/^["“„«‘']+|[,;:."”»’']+$/g, '');

/** The words of a clause: up to the first that ends it ("who", a comma, a full stop). */
export function clause(words: string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as string;
    if (CLAUSE_END.has(bare(w)) || CLAUSE_END.has(`${bare(w)}_${bare(words[k + 1] ?? '')}`)) break;
    out.push(w);
    if (/[,;:"“”«»]$|\p{L}{4}\.$/u.test(w)) break;
  }
  return out;
}

/**
 * The organisation's name that starts `words` (after a lower-case article): capitalised words and
 * the lower-case words that join them, up to the first that is neither or a comma.
 */
export function organisationAt(words: string[]): string | undefined {
  let k = 0;
  while (k < words.length && ARTICLES.has(words[k] as string)) k++;
  if (UNITS.has(bare(words[k] ?? ''))) return undefined;
  const out: string[] = [];
  let last = -1;
  for (; k < words.length && out.length < MAX_ORG_WORDS; k++) {
    const w = words[k] as string;
    const capital = /^[\p{Lu}\d]/u.test(w);
    if (!capital && !(out.length && ORG_JOINS.has(w))) break;
    out.push(w.replace(/[,;:]$/, ''));
    if (capital) last = out.length;
    if (/[,;:]$/.test(w) || /\p{L}{4}\.$/u.test(w)) break;
  }
  if (last < 1) return undefined;
  const name = out.slice(0, last).map((w, i) => (i === last - 1 ? orgWord(w) : w));
  return name.join(' ');
}

/**
 * The role, and the organisation after "at"/"of" in its language, that `words` start with:
 * "Director of Analytics at Instacart" → Director of Analytics, Instacart; "CEO and co-founder
 * of Segment"; "politólogo e investigador" alone. Undefined unless the role is a job title.
 */
export function roleAndOrganisation(words: string[]): { title: string; company?: string } | undefined {
  // "our founder", "notre directrice", "unsere Geschäftsführerin": the possessive is no part of the role.
  const from = POSSESSIVE.test(words[0] ?? '') ? 1 : 0;
  const role = words.slice(from, from + MAX_ROLE_WORDS);
  for (const preps of [AT, OF]) {
    for (let k = 1; k < role.length - 1; k++) {
      if (!preps.has(role[k] as string)) continue;
      const title = heldRole(role.slice(0, k).join(' ').replace(/,$/, ''));
      const company = organisationAt(words.slice(k + 1));
      const field = preps === OF && FUNCTIONS.has(bare(company?.split(' ')[0] ?? ''));
      if (company && !field && isJobTitle(title)) return { title, company };
    }
  }
  // No organisation: the role alone, when it is all the clause says ("Martín Schapiro es abogado"),
  // or all it says before where or since when ("freier Journalist in Berlin", "seit 2010") or in
  // which named unit ("a science writer in the Office of Communications"); not what a business is
  // "in" ("a leader in cloud software": lower case on both sides of it).
  const cut = role.findIndex(
    (w, i) => i > 0 && (SETTING.has(bare(w)) || (bare(w) === 'in' && placeAround(role, i))),
  );
  const head = cut > 0 ? role.slice(0, cut) : role;
  // A clause cut short may end on the word that led to its organisation ("Vorstand der").
  while (head.length > 1 && (OF.has(head.at(-1) as string) || AT.has(head.at(-1) as string))) head.pop();
  const title = head.join(' ').replace(/[.,;:]$/, '');
  if (head.length <= 6 && !head.includes('in') && isJobTitle(title)) return { title };
  // A German role noun then a lower-case word that joins nothing starts a new phrase ("als
  // Firmengründer staatlich geprüfter Steintechniker"): the role is the words up to that noun.
  const noun = head.findIndex(
    (w, i) => /^\p{Lu}/u.test(w) && /^\p{Ll}/u.test(head[i + 1] ?? '') && !joins(head[i + 1] as string),
  );
  const short = head.slice(0, noun + 1).join(' ');
  return noun >= 0 && noun < 6 && isJobTitle(short) ? { title: short } : undefined;
}

/** "and the" in the languages we read: what follows is a second phrase, not more of the first. */
const AND_THE = / (?:and|und|et|y|e|en|och|og) (?:the|der|die|das|le|la|el|il|lo|o|a|de|het|den) /;

/**
 * Of "a seasoned tax expert and the Founding Managing Director" (at Acme), the role held there: the
 * office after "and the", written with capitals, when what comes before describes in lower case;
 * else the whole ("the CEO and the founder of Acme" holds both).
 */
function heldRole(title: string): string {
  const [described = '', held = '', ...more] = title.split(AND_THE);
  const office = !more.length && !/\p{Lu}/u.test(described) && /^\p{Lu}/u.test(held) && isJobTitle(held);
  return office ? held : title;
}

/** A lower-case word that goes on with a role's phrase: a preposition, an article, "and". */
const joins = (w: string): boolean =>
  AT.has(bare(w)) || OF.has(bare(w)) || ARTICLES.has(bare(w)) || ORG_JOINS.has(bare(w));

/** Whether "in" at `i` of `role` names where: a capitalised word before it or after it (past an article). */
function placeAround(role: string[], i: number): boolean {
  const after = ARTICLES.has(role[i + 1] as string) ? role[i + 2] : role[i + 1];
  return /^\p{Lu}/u.test(role[i - 1] as string) || /^\p{Lu}/u.test(after ?? '');
}

/** Words that go on from a role to where or since when ("seit 2010", "depuis 2015", "desde 2019"). */
const SETTING = new Set(['seit', 'since', 'depuis', 'desde', 'sinds', 'sedan', 'siden', 'dal', 'im']);

/** German articles of an oblique case: "durch den", "mit dem", "im Auftrag des". */
const OBLIQUE_ARTICLE = /^(?:den|dem|des|unseren|unserem|unseres|ihren|ihrem|ihres|seinen|seinem|seines)$/i;

/**
 * The nominative of a German role that prose writes after an oblique article ("vertreten durch
 * den Vorsitzenden", "dem Präsidenten", "des Prokuristen"): an adjectival noun takes the masculine
 * "-er" ("Vorsitzender", "Abgeordneter"), a weak noun drops its "-en" ("Präsident", "Prokurist").
 * '' for any other word: a verb ("den Kunden beraten") is written in lower case.
 */
export function nominativeRole(article: string, word: string): string {
  if (!OBLIQUE_ARTICLE.test(article) || !/^\p{Lu}\p{Ll}{3,}[dt]en$/u.test(word)) return '';
  const weak = /(?:[ai]st|[ae]nt|and|at)en$/.test(word);
  const form = weak ? word.slice(0, -2) : `${word.slice(0, -1)}r`;
  return hasRoleWord(form) ? form : '';
}

/**
 * A Polish role after "jest" ("is"), in the instrumental case, in its nominative: "prezesem" →
 * "prezes", "kierownikiem" → "kierownik", "dziennikarką" → "dziennikarka", with the adjective after
 * it ("naczelnym" → "naczelny", "prasową" → "prasowa"), and where it is held ("w Orlen"); a
 * genitive after it ("Gazety Północnej", of the paper) is left out, as it cannot be read back.
 * Other words stay as they are.
 */
export function polishNominative(words: string[]): string[] {
  const [noun = '', next = ''] = words;
  const forms = noun.endsWith('ą')
    ? [`${noun.slice(0, -1)}a`]
    : noun.endsWith('iem')
      ? [noun.slice(0, -3), noun.slice(0, -2)]
      : noun.endsWith('em')
        ? [noun.slice(0, -2)]
        : [];
  const nominative = forms.find((f) => f.length > 3 && hasRoleWord(f));
  if (!nominative) return words;
  const adjective = /(?:ym|im|ą)[.,;]?$/.test(next) && /^\p{Ll}/u.test(next);
  const role = adjective
    ? [
        nominative,
        next
          .replace(/[.,;]$/, '')
          .replace(/(?:ym|im)$/, (m) => m.slice(0, -1))
          .replace(/ą$/, 'a'),
      ]
    : [nominative];
  const rest = words.slice(adjective ? 2 : 1);
  return AT.has(bare(rest[0] ?? '')) ? [...role, ...rest] : role;
}

/**
 * A role of at most five words before the name: "said CEO John Smith", "sier sponsorsjef i TINE,
 * Ann-Kristin Syversen", and a role with its organisation set off before it: "sagt der Präsident
 * des Malteser Hilfsdienst, Georg Berg" (the article is no part of the role).
 */
export function roleThenName(words: string[]): { name: string; title: string; company?: string } | undefined {
  const from = ARTICLES.has(bare(words[0] ?? '')) ? 1 : 0;
  for (let n = from + 1; n <= from + 5 && n < words.length; n++) {
    if (/[.;:!?]$/.test(words[n - 1] as string)) return undefined;
    const role = roleAndOrganisation(wordsOf(words.slice(from, n).join(' ').replace(/,$/, '')));
    if (!role) continue;
    // "der Präsident des Malteser Hilfsdienst, Georg Berg": the organisation runs to the comma.
    const comma = OF.has(bare(words[n] ?? ''))
      ? words.findIndex((w, i) => i > n && i <= n + MAX_ORG_WORDS && w.endsWith(','))
      : -1;
    const company = comma > 0 ? organisationAt(words.slice(n + 1, comma + 1)) : undefined;
    const rest = words.slice(company ? comma + 1 : n, (company ? comma + 1 : n) + 4);
    for (let m = rest.length; m >= 2; m--) {
      const name = personName(
        rest
          .slice(0, m)
          .join(' ')
          .replace(/[.,;:!?]+$/, ''),
      );
      if (name) return company ? { name, title: role.title, company } : { name, ...role };
    }
  }
  return undefined;
}
