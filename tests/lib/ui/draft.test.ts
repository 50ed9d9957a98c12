import { describe, expect, it } from 'vitest';
import { saveRequestSchema } from '@/lib/save/request';
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

describe('the page a save came from', () => {
  it('is kept without its query and fragment, which may hold tokens and message ids', () => {
    const save = (url: string) =>
      buildSaveRequest(ada, { lists: [], tags: [], country: 'US', source: { url, title: 'Inbox' } }).source;
    expect(save('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWxkPvsHsqK')).toEqual({
      url: 'https://mail.google.com/mail/u/0/',
      title: 'Inbox',
    });
    expect(save('https://crm.example/people/7?session=s3cr3t&q=ada#notes')?.url).toBe(
      'https://crm.example/people/7',
    );
    expect(save('https://acme.example/team')?.url).toBe('https://acme.example/team');
  });

  it('loses its query in the background too, whatever a page sent', () => {
    const sent = { ...buildSaveRequest(ada, { lists: [], tags: [], country: 'US' }) };
    const parsed = saveRequestSchema.parse({
      ...sent,
      source: { url: 'https://x.example/a?token=1', title: 't' },
    });
    expect(parsed.source?.url).toBe('https://x.example/a');
  });
});
