import { describe, expect, it } from 'vitest';
import { buildSaveRequest, type ContactDraft, EMPTY_DRAFT, validateDraft } from '@/lib/ui/draft';

const ada: ContactDraft = { ...EMPTY_DRAFT, email: 'ada@example.com', firstName: 'Ada' };

describe('checking the draft before a save', () => {
  it('accepts a draft the save request accepts', () => {
    expect(validateDraft(ada)).toEqual({});
    expect(() => buildSaveRequest(ada, { lists: [], tags: [], country: 'US' })).not.toThrow();
  });

  it('asks for an email, and says what is wrong with a bad one', () => {
    expect(validateDraft({ ...ada, email: '' }).email).toBe(
      'ActiveCampaign needs an email address to save a contact.',
    );
    expect(validateDraft({ ...ada, email: 'jane@@acme.io' }).email).toBe('An email address has only one @.');
  });

  it('puts each limit of the save request next to its field', () => {
    const errors = validateDraft({
      ...ada,
      firstName: 'x'.repeat(101),
      company: 'x'.repeat(201),
      phone: 'x'.repeat(41),
      profileUrl: 'http://linkedin.com/in/ada',
    });
    expect(errors).toEqual({
      firstName: 'At most 100 characters.',
      company: 'At most 200 characters.',
      phone: 'That phone number is too long.',
      profileUrl: 'Use an https:// link.',
    });
  });

  it('every draft it accepts can be built into a save request', () => {
    const long = { ...ada, title: 'x'.repeat(201) };
    expect(validateDraft(long).title).toBe('At most 200 characters.');
    expect(() => buildSaveRequest(long, { lists: [], tags: [], country: 'US' })).toThrow();
  });
});
