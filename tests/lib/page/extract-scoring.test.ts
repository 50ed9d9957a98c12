import { describe, expect, it } from 'vitest';
import type { NormalizedCandidate } from '@/lib/people/types';
import { emptyTallies, type ManifestEntry, score } from '@/tests/support/extract-scoring';

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
});
