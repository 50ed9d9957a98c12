import { describe, expect, it } from 'vitest';
import { whatToCheck } from '@/lib/people/checks';
import type { NormalizedCandidate } from '@/lib/people/types';

const person = (over: Partial<NormalizedCandidate>): NormalizedCandidate => ({
  name: 'Ada Lovelace',
  firstName: 'Ada',
  lastName: 'Lovelace',
  emails: ['ada@example.com'],
  phones: [],
  confidence: 0.9,
  fieldConfidence: { name: 0.95, emails: 0.95 },
  source: 'generic',
  ...over,
});

describe('what to check before saving', () => {
  it('asks nothing when the page states name and email in its markup', () => {
    expect(whatToCheck(person({}))).toEqual([]);
  });

  it('says the email was not found when the page has none (a LinkedIn profile)', () => {
    expect(whatToCheck(person({ emails: [], fieldConfidence: { name: 0.9 } }))).toEqual([
      'email not found on the page',
    ]);
  });

  it("points at a name read from text, the organisation's phone, a guessed company and a headline", () => {
    const checks = whatToCheck(
      person({
        phones: [{ value: '+442079460958', raw: '020 7946 0958' }],
        company: 'Brightwater',
        title: 'VP Sales',
        fieldConfidence: { name: 0.6, emails: 0.85, phones: 0, company: 0.4, title: 0.5 },
      }),
    );
    expect(checks).toEqual([
      'name read from the page text: check its spelling',
      "phone from the page's contact lines or footer",
      "company guessed from the website's name",
      'job title taken from a headline',
    ]);
  });

  it('asks to check the split of a three-word name, and asks for a missing name', () => {
    expect(whatToCheck(person({ name: 'Eduardo Alvarez Nowak', firstName: 'Eduardo Alvarez' }))).toEqual([
      'first and last name: a middle name and a double surname look alike',
    ]);
    expect(whatToCheck(person({ name: '', firstName: undefined, lastName: undefined }))).toContain(
      'no name on the page: type it',
    );
  });

  it("tells a signature's email from the organisation's", () => {
    expect(whatToCheck(person({ fieldConfidence: { name: 0.9, emails: 0.7 } }))).toEqual([
      'email read from the text near their name',
    ]);
    expect(whatToCheck(person({ fieldConfidence: { name: 0.9, emails: 0 } }))).toEqual([
      "email is the organisation's, not necessarily theirs",
    ]);
  });
});
