import { describe, expect, it } from 'vitest';
import type { NormalizedCandidate } from '@/lib/people/types';
import { emptyTallies, type ManifestEntry, personCandidates, score } from '@/tests/support/extract-scoring';

describe('scoring a page against its label', () => {
  const entry: ManifestEntry = {
    file: 'press.html',
    kind: 'press-release',
    size_bytes: 0,
    sha256: '',
    notes: '',
    expected: { name: 'Jane Doe', emails: [], phones: ['+1-650-555-0100 x752'], company: null, title: null },
  };
  const found = (ext?: string) =>
    ({
      name: 'Jane Doe',
      emails: [],
      phones: [{ value: '+16505550100', e164: '+16505550100', ...(ext ? { ext } : {}) }],
    }) as unknown as NormalizedCandidate;

  it('counts a phone with its extension as the side panel shows it, and one without it as wrong', () => {
    const tallies = emptyTallies();
    expect(score(entry, found('752'), tallies)).toEqual([]);
    expect(tallies.phones).toMatchObject({ predicted: 1, correct: 1, found: 1 });
    expect(score(entry, found(), emptyTallies())).toEqual([
      'phones: got ["+16505550100"], want ["+1-650-555-0100 x752"]',
    ]);
  });

  it("takes the first person as the page's main person, not the organisation's mailbox offered before them", () => {
    const organisation = {
      name: '',
      emails: ['info@acme.io'],
      phones: [],
      organisation: true,
    } as unknown as NormalizedCandidate;
    const people = personCandidates([organisation, found('752')]);
    expect(people.map((c) => c.name)).toEqual(['Jane Doe']);
    expect(score(entry, people[0], emptyTallies())).toEqual([]);
  });

  it('reads a hand-written label whose alternatives hold a null without failing', () => {
    const labelled = { ...entry, alternatives: { name: [null as unknown as string, 'J. Doe'] } };
    expect(score(labelled, found('752'), emptyTallies())).toEqual([]);
  });
});
