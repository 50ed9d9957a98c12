import { describe, expect, it } from 'vitest';
import { startsWithGivenName } from '@/lib/people/given-name';
import { isName } from '@/lib/people/recognise';

describe('known first names', () => {
  it('knows first names across the languages of the pages, folded', () => {
    for (const name of [
      'Jörg Müller',
      'Søren Høj',
      'Łukasz Wójcik',
      'María José García',
      'Karl-Heinz Erdmann',
    ])
      expect(startsWithGivenName(name), name).toBe(true);
    for (const name of ['Anna', 'Dean', 'Pia', 'Trine', 'Sabrina', 'François', 'Agnieszka', 'Иван'])
      expect(startsWithGivenName(name), name).toBe(true);
  });

  it('does not take the words of headings and menus for first names', () => {
    for (const heading of [
      'Show Map',
      'Inside Figma',
      'Dog Food',
      'Zur Praxis',
      'Task Scheduling',
      'Google Scholar',
    ])
      expect(startsWithGivenName(heading), heading).toBe(false);
  });

  it('lets a first name that is also a role word start a name ("Dean Bluhm"), not a role ("Dean of Students")', () => {
    expect(isName('Dean Bluhm')).toBe(true);
    expect(isName('Dean Of Students')).toBe(false);
    expect(isName('Head Office')).toBe(false);
  });
});
