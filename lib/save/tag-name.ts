/**
 * The one rule for tag names. ActiveCampaign compares tag names without regard to case and
 * refuses commas, which also split v1 tag strings (docs/activecampaign.md, "Tags").
 */

import { t } from '@/lib/i18n';

export const TAG_NAME_MAX = 100;

/** The key two spellings of one tag share: "Lead", " lead " and "LEAD" are one tag. */
export const tagKey = (name: string): string => name.trim().toLowerCase();

export const sameTag = (a: string, b: string): boolean => tagKey(a) === tagKey(b);

/** Why a name cannot be a tag, in the user's words, or null when it can. */
export function tagNameProblem(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed === '') return t('tag_empty');
  if (trimmed.includes(',')) return t('tag_comma');
  if (trimmed.length > TAG_NAME_MAX) return t('tag_too_long', { max: TAG_NAME_MAX });
  return null;
}

/** Each tag once, whatever its case (the first spelling wins), trimmed. */
export function uniqueTagNames(names: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const name of names) if (!seen.has(tagKey(name))) seen.set(tagKey(name), name.trim());
  return [...seen.values()];
}
