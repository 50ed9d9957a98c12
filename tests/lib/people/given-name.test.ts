import { describe, expect, it } from 'vitest';
import { startsWithGivenName } from '@/lib/people/given-name';
import { isName, personName } from '@/lib/people/recognise';

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

describe('a surname written in capitals', () => {
  it('reads a known first name and a surname in capitals, either way round, first name first', () => {
    expect(personName('BERGER Pierre-Yves')).toBe('Pierre-Yves Berger');
    expect(personName('Pierre-Yves BERGER')).toBe('Pierre-Yves Berger');
    expect(personName('Jeanne DUPONT-MOREAU')).toBe('Jeanne Dupont-Moreau');
  });

  it('takes no acronym beside a first name for a surname, nor two words in capitals', () => {
    expect(personName('IBM Watson')).toBeUndefined();
    expect(personName('Anna SAP')).toBeUndefined();
    expect(personName('BERGER DUPONT Anna')).toBeUndefined();
    expect(personName('BERGER Lorem')).toBeUndefined();
  });
});
