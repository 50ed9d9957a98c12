import { describe, expect, it } from 'vitest';
import { sameTag, TAG_NAME_MAX, tagKey, tagNameProblem, uniqueTagNames } from '@/lib/save/tag-name';

describe('the tag-name rule', () => {
  it('refuses commas in words that say what to do instead', () => {
    expect(tagNameProblem('a,b')).toBe(
      'Tags cannot contain commas (ActiveCampaign refuses them). Add one tag at a time.',
    );
  });

  it('refuses names over the length ActiveCampaign keeps', () => {
    expect(tagNameProblem('x'.repeat(TAG_NAME_MAX + 1))).toBe('Tags are at most 100 characters.');
    expect(tagNameProblem('x'.repeat(TAG_NAME_MAX))).toBeNull();
  });

  it('refuses a blank name and accepts an ordinary one', () => {
    expect(tagNameProblem('   ')).toBe('Tag names cannot be empty.');
    expect(tagNameProblem('Event 2026')).toBeNull();
  });

  it('treats spellings that differ only in case or spaces as one tag', () => {
    expect(sameTag('Lead', ' lead ')).toBe(true);
    expect(sameTag('Lead', 'Leads')).toBe(false);
    expect(tagKey(' LEAD ')).toBe('lead');
    expect(uniqueTagNames(['Lead', 'LEAD', ' Event '])).toEqual(['Lead', 'Event']);
  });
});
