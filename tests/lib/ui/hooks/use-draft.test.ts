import { act, renderHook, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { ExistingContact } from '@/lib/messaging/protocol';
import type { NormalizedCandidate } from '@/lib/people/types';
import type { SaveRequest } from '@/lib/save/request';
import { useDraft } from '@/lib/ui/hooks/use-draft';
import { fakeBackground, payloadOf, typesSent } from './fake-background';

vi.mock('@/lib/messaging/protocol', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  sendMessage: vi.fn(),
}));

const person = (name: string, emails: string[]): NormalizedCandidate => ({
  name,
  firstName: name.split(' ')[0],
  emails,
  phones: [],
  confidence: 0.9,
  fieldConfidence: {},
  source: 'generic',
});
const ada = person('Ada Lovelace', ['ada@example.com']);
const held: ExistingContact = {
  id: '7',
  email: 'ada@example.com',
  firstName: 'Ada',
  lastName: '',
  phone: '',
  lists: [],
  tags: [],
  fields: {},
};
const saved = () => ({ ok: true, value: { id: '00000000-0000-4000-8000-000000000001' } });

describe('the form draft', () => {
  it("shows the page's best person, keeping what the user typed while the page was read", () => {
    const { result } = renderHook(() => useDraft({ country: 'US' }));
    act(() => result.current.beginRead());
    act(() => result.current.setField('note', 'Met at the expo', null));
    act(() => result.current.showPeople([ada]));
    expect(result.current.draft).toMatchObject({ email: 'ada@example.com', note: 'Met at the expo' });

    act(() => result.current.beginRead());
    act(() => result.current.showPeople([ada]));
    expect(result.current.draft.note).toBe('');
  });

  it('saves an edited email of a contact ActiveCampaign holds as an email change', async () => {
    const sent = fakeBackground({ saveCapture: saved });
    const { result } = renderHook(() => useDraft({ country: 'US' }));
    act(() => result.current.showPeople([ada]));
    act(() => result.current.setField('email', 'ada@newmail.io', held));
    await act(async () => void (await result.current.save(null)));
    const { capture } = payloadOf<{ capture: SaveRequest }>(sent, 'saveCapture');
    expect(capture.contact.email).toBe('ada@newmail.io');
    expect(capture.previousEmail).toBe('ada@example.com');
    expect(result.current.savedIds).toEqual(['00000000-0000-4000-8000-000000000001']);
  });

  it('files the save under the default preset', async () => {
    const sent = fakeBackground({ saveCapture: saved });
    const preset = { name: 'Expo', lists: ['3'], tags: ['Lead'] };
    const { result } = renderHook(() => useDraft({ country: 'US', defaultPreset: preset }));
    await waitFor(() => expect(result.current.tags).toEqual(['Lead']));
    act(() => result.current.showPeople([ada]));
    await act(async () => void (await result.current.save(null)));
    expect(sent[0]?.data).toMatchObject({ capture: { lists: ['3'], tags: ['Lead'] } });
  });

  it("sends nothing while a field is wrong, and shows the background's refusal as it is worded", async () => {
    const sent = fakeBackground({ saveCapture: () => ({ ok: false, error: 'Sidecard is not set up yet.' }) });
    const { result } = renderHook(() => useDraft({ country: 'US' }));
    act(() => result.current.showPeople([person('Nobody', [])]));
    expect(await result.current.save(null)).toBe(false);
    expect(sent).toEqual([]);

    act(() => result.current.showPeople([ada]));
    await act(async () => void (await result.current.save(null)));
    expect(result.current.saveError).toBe('Sidecard is not set up yet.');
  });

  it('saves the ticked people with a valid email as one batch', async () => {
    const sent = fakeBackground({ saveBatch: () => ({ ok: true, value: { ids: ['b1'] } }) });
    const people = [ada, person('Nobody', [])];
    const { result } = renderHook(() => useDraft({ country: 'US' }));
    act(() => result.current.showPeople(people));
    act(() => result.current.setBatch([1]));
    await act(() => result.current.saveBatch(people, null));
    expect(result.current.saveError).toBe('None of the chosen people has a valid email address.');

    act(() => result.current.setBatch([0, 1]));
    await act(() => result.current.saveBatch(people, null));
    expect(typesSent(sent)).toEqual(['saveBatch']);
    const { captures } = payloadOf<{ captures: SaveRequest[] }>(sent, 'saveBatch');
    expect(captures.map((c) => c.contact.email)).toEqual(['ada@example.com']);
    expect(result.current.savedIds).toEqual(['b1']);
  });
});
