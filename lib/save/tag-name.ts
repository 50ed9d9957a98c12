/**
 * The one rule for tag names. ActiveCampaign compares tag names without regard to case and
 * refuses commas, which also split v1 tag strings (docs/activecampaign.md, "Tags").
 */

export const TAG_NAME_MAX = 100;

/** The key two spellings of one tag share: "Lead", " lead " and "LEAD" are one tag. */
export const tagKey = (name: string): string => name.trim().toLowerCase();

export const sameTag = (a: string, b: string): boolean => tagKey(a) === tagKey(b);

/** Why a name cannot be a tag, in the user's words, or null when it can. */
export function tagNameProblem(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'Tag names cannot be empty.';
  if (trimmed.includes(','))
    return 'Tags cannot contain commas (ActiveCampaign refuses them). Add one tag at a time.';
  if (trimmed.length > TAG_NAME_MAX) return `Tags are at most ${TAG_NAME_MAX} characters.`;
  return null;
}

/** Each tag once, whatever its case (the first spelling wins), trimmed. */
export function uniqueTagNames(names: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const name of names) if (!seen.has(tagKey(name))) seen.set(tagKey(name), name.trim());
  return [...seen.values()];
}
