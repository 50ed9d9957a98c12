import { renderHook, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { ExistingContact } from '@/lib/messaging/protocol';
import type { NormalizedCandidate } from '@/lib/people/types';
import { useExistingContact, useMatches } from '@/lib/ui/hooks/use-ac-lookup';
import { fakeBackground, typesSent } from './fake-background';

vi.mock('@/lib/messaging/protocol', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  sendMessage: vi.fn(),
}));

const contact = (email: string): ExistingContact => ({
  id: '7',
  email,
  firstName: 'Ada',
  lastName: 'Lovelace',
  phone: '',
  lists: [],
  tags: [],
  fields: {},
});

const person = (patch: Partial<NormalizedCandidate>): NormalizedCandidate => ({
  name: 'Ludwig van Beethoven',
  emails: [],
  phones: [],
  confidence: 0.9,
  fieldConfidence: {},
  source: 'generic',
  ...patch,
});

describe('what ActiveCampaign holds for the email', () => {
  it('looks the email up once typing pauses, and only the last spelling', async () => {
    const sent = fakeBackground({
      lookupContact: ({ email }: { email: string }) => ({ ok: true, value: contact(email) }),
    });
    const { result, rerender } = renderHook(({ email }) => useExistingContact(email), {
      initialProps: { email: 'ada@example.co' as string | null },
    });
    rerender({ email: 'ada@example.com' });
    await waitFor(() => expect(result.current?.email).toBe('ada@example.com'));
    expect(sent).toEqual([{ type: 'lookupContact', data: { email: 'ada@example.com' } }]);
  });

  it('forgets the contact as soon as the email stops being valid', async () => {
    fakeBackground({ lookupContact: () => ({ ok: true, value: contact('ada@example.com') }) });
    const { result, rerender } = renderHook(({ email }) => useExistingContact(email), {
      initialProps: { email: 'ada@example.com' as string | null },
    });
    await waitFor(() => expect(result.current).not.toBeNull());
    rerender({ email: null });
    expect(result.current).toBeNull();
  });
});

describe('possible matches when the page has no email', () => {
  it('asks ActiveCampaign by name and company, and not when the page gave an email', async () => {
    const sent = fakeBackground({ findMatches: () => ({ ok: true, value: [contact('lvb@example.com')] }) });
    const { result, rerender } = renderHook(({ p }) => useMatches(p), {
      initialProps: { p: person({ company: 'Wien' }) },
    });
    await waitFor(() => expect(result.current.matches).toHaveLength(1));
    expect(sent[0]).toEqual({
      type: 'findMatches',
      data: { name: 'Ludwig van Beethoven', company: 'Wien', profileUrl: undefined },
    });
    rerender({ p: person({ emails: ['lvb@example.com'] }) });
    expect(result.current.matches).toEqual([]);
    expect(typesSent(sent)).toEqual(['findMatches']);
  });
});
