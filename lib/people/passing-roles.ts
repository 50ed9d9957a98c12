import { startsWithGivenName } from './given-name';
import { hasRoleWord } from './job-title';
import type { Budget, ProseRole } from './prose-role';
import { personName } from './recognise';
import { clause, nominativeRole, roleAndOrganisation, wordsOf } from './role-phrase';

/**
 * Roles a sentence gives a person in passing, without a verb of their own: before the name ("der
 * Bürgermeister Jan Berg") or after "as" ("… con Manuel Arias Díaz como Presidente"). They fill a
 * title and rank after bios and quotes (prose-role.ts).
 */

/** Words a role set off by a comma may span before the name ("presidente do Senado, Rodrigo Pacheco"). */
const SET_OFF_ROLE = 4;
const PUNCTUATED = /[.,;:!?"”»]$/;

/**
 * Where the role before the name at `k` starts: the word right before it ("der Bürgermeister Jan
 * Berg"), or a role and its organisation set off by a comma ("the president of the Senate, Jane
 * Doe") that no name's comma opens ("Anna Berg, Direktorin, Jan Berg" is a list).
 */
function roleStart(words: string[], k: number): number | undefined {
  const before = words[k - 1] as string;
  if (!PUNCTUATED.test(before))
    return hasRoleWord(before) || nominativeRole(words[k - 2] ?? '', before) ? k - 1 : undefined;
  if (!before.endsWith(',')) return undefined;
  for (let j = k - 1; j >= Math.max(0, k - SET_OFF_ROLE); j--) {
    if (j < k - 1 && PUNCTUATED.test(words[j] as string)) return undefined;
    if (hasRoleWord((words[j] as string).replace(/,$/, '')))
      return j > 0 && PUNCTUATED.test(words[j - 1] as string) ? undefined : j;
  }
  return undefined;
}

/**
 * Roles written right before a name ("der Bürgermeister Jan Berg", "Prime Minister Jane Doe",
 * "o presidente do Senado, Rodrigo Pacheco"): a role word, then a name with a known first name.
 * Only capitalised words after a role are tried.
 */
export function mentions(words: string[], budget: Budget): ProseRole[] {
  const out: ProseRole[] = [];
  const capital = (w: string | undefined) => /^\p{Lu}/u.test(w ?? '') && !PUNCTUATED.test(w ?? '');
  for (let k = 1; k < words.length - 1; k++) {
    if (!/^\p{Lu}\p{Ll}/u.test(words[k] as string)) continue;
    const from = roleStart(words, k);
    if (from === undefined) continue;
    const before = words[k - 1] as string;
    if (budget.mentions-- <= 0) break;
    // The name: the run of capitalised words there, up to three, to its first punctuation.
    let run = 1;
    while (run < 3 && capital(words[k + run - 1]) && /^\p{Lu}/u.test(words[k + run] ?? '')) run++;
    const spelled = (m: number) =>
      words
        .slice(k, k + m)
        .join(' ')
        .replace(/[.,;:!?]+$/, '');
    const name = [run, run - 1]
      .map((m) => (m > 1 ? personName(spelled(m)) : undefined))
      .find((n) => n && startsWithGivenName(n));
    let start = from;
    while (from === k - 1 && start > k - 3 && capital(words[start - 1])) start--;
    // "durch den Vorsitzenden Jan Berg": the role in its nominative, "Vorsitzender".
    const nominative = nominativeRole(words[k - 2] ?? '', before);
    const role =
      name &&
      (nominative
        ? { title: nominative }
        : (roleAndOrganisation(wordsOf(words.slice(start, k).join(' ').replace(/,$/, ''))) ??
          roleAndOrganisation([before.replace(/,$/, '')])));
    if (name && role) out.push({ name, ...role, mentioned: true });
  }
  return out;
}

/** "as" in the languages we read: "with Jane Doe as President", "con Manuel Arias (…) como Presidente". */
const AS = new Set(['as', 'als', 'como', 'come', 'comme', 'jako']);

/**
 * A name, then "as" and a role ("the board was approved with Manuel Arias Díaz (member #1299) as
 * President"): the name has a known first name and may carry an aside in brackets.
 */
export function namedAs(words: string[], budget: Budget): ProseRole[] {
  const out: ProseRole[] = [];
  for (let k = 2; k < words.length - 1; k++) {
    if (!AS.has(words[k] as string) || !/^\p{L}/u.test(words[k + 1] as string)) continue;
    // An aside in brackets between the name and "as" is skipped.
    let end = k;
    if ((words[k - 1] as string).endsWith(')')) {
      const open = words.slice(Math.max(0, k - 4), k).findLastIndex((w) => w.startsWith('('));
      if (open < 0) continue;
      end = Math.max(0, k - 4) + open;
    }
    if (budget.mentions-- <= 0) break;
    const name = [4, 3, 2]
      .map((n) => (end - n >= 0 ? personName(words.slice(end - n, end).join(' ')) : undefined))
      .find((n) => n && startsWithGivenName(n));
    const role = name && roleAndOrganisation(clause(words.slice(k + 1)).map((w) => w.replace(/[.,;]$/, '')));
    if (name && role) out.push({ name, ...role, mentioned: true });
  }
  return out;
}
