import { FUNCTION_WORDS } from './function-words';

/**
 * Articles, prepositions, pronouns and conjunctions of the languages Sidecard reads (see
 * function-words.ts): a capitalised line with one of them ("Zur Praxis", "Our Team", "Sobre
 * Nosotros") is a heading or a menu item, not a person's name. Name particles (van, de, la) and
 * words that are also first names (Will, May) are not on the list.
 */

let known: Set<string> | undefined;

/** True when `word` (lower case) is a function word. */
export function isFunctionWord(word: string): boolean {
  known ??= new Set(FUNCTION_WORDS.split(' '));
  return known.has(word);
}
