import { GIVEN_NAMES } from './given-names';

/**
 * Whether a word is a known first name, in the languages of the pages Sidecard reads (faker's
 * person data, see given-names.ts). Evidence for a name, never against one: a name whose first
 * word is not on the list (most of the world's) is judged by its other signals.
 */

let known: Set<string> | undefined;

/** `word` lower-case and folded the way given-names.ts is: no marks, ß → ss, ø → o, æ → ae, ł → l. */
export function fold(word: string): string {
  return word
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/ł/g, 'l')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** True when the first word of `name` (up to a hyphen: "Karl-Heinz") is a known first name. */
export function startsWithGivenName(name: string): boolean {
  known ??= new Set(GIVEN_NAMES.split(' '));
  return known.has(fold(name.trim().split(/[\s-]/)[0] ?? ''));
}
