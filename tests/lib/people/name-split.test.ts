import { describe, expect, it } from 'vitest';
import { givenNamesFirst, splitName, surnameCommaFirst } from '@/lib/people/name';

/** First and last name as ActiveCampaign stores them, from names as pages write them. */
const split = (name: string) => {
  const { firstName, lastName, suffix } = splitName(name);
  return suffix ? [firstName, lastName, suffix] : [firstName, lastName];
};

describe('splitting a name', () => {
  it('strips the faculty of a doctorate only after a title: "Phil" and "Nat" are first names too', () => {
    expect(split('Phil Nash')).toEqual(['Phil', 'Nash']);
    expect(split('Nat Turner')).toEqual(['Nat', 'Turner']);
    expect(split('Dr. phil. Anna Huber')).toEqual(['Anna', 'Huber']);
    expect(split('Dr. rer. nat. Hans Meier')).toEqual(['Hans', 'Meier']);
  });

  it('strips the school of a diploma, a habilitation, a hyphenated doctorate and "Maître"', () => {
    expect(split('Dipl.-Ing. (FH) Markus Renner')).toEqual(['Markus', 'Renner']);
    expect(split('Prof. Dr.-Ing. habil. Jana Berg')).toEqual(['Jana', 'Berg']);
    expect(split('Mag. (FH) Eva Gruber')).toEqual(['Eva', 'Gruber']);
    // A French lawyer's title written in full.
    expect(split('Maître Claire Moreau')).toEqual(['Claire', 'Moreau']);
    // German law and tax firms write the profession before the name.
    expect(split('RA Dr. Stefan Hofmann')).toEqual(['Stefan', 'Hofmann']);
    expect(split('RAin Julia Brandt')).toEqual(['Julia', 'Brandt']);
    expect(split('StB Jana Berg')).toEqual(['Jana', 'Berg']);
  });

  it('starts the last name at a particle written with a capital ("De Lazzari", "Al Safi")', () => {
    expect(split('Emilio De Lazzari')).toEqual(['Emilio', 'De Lazzari']);
    expect(split('Farooq Al Safi')).toEqual(['Farooq', 'Al Safi']);
    expect(split('Ludwig van den Berg')).toEqual(['Ludwig', 'van den Berg']);
  });

  it('keeps dotted post-nominals after a comma out of the name', () => {
    expect(split('Sandra L. Klassen, M.S., D.P.T.')).toEqual(['Sandra L.', 'Klassen', 'M.S., D.P.T.']);
    expect(split('Müller, Anna')).toEqual(['Anna', 'Müller']);
  });

  it('writes a name shown surname first, with a comma, first name first, and nothing else so', () => {
    expect(surnameCommaFirst('Weber, Klaus')).toBe('Klaus Weber');
    expect(surnameCommaFirst('Lindqvist-Berg, Ingrid Maria')).toBe('Ingrid Maria Lindqvist-Berg');
    expect(surnameCommaFirst('Jane Doe, CEO')).toBe('Jane Doe, CEO');
    expect(surnameCommaFirst('Anna, Maria')).toBe('Anna, Maria');
    expect(surnameCommaFirst('Weber, Klaus, Jana')).toBe('Weber, Klaus, Jana');
  });

  it('leaves a nickname in quotes or brackets out of first and last name, and in the display name', () => {
    expect(split('Pablo Sainz “Pampa”')).toEqual(['Pablo', 'Sainz']);
    expect(split('Alexandra "Allie" Lesh')).toEqual(['Alexandra', 'Lesh']);
    expect(split('Raquel (Lucas) Platero')).toEqual(['Raquel', 'Platero']);
    expect(splitName('Raquel (Lucas) Platero').name).toBe('Raquel (Lucas) Platero');
  });
});

describe('a listing written surname first', () => {
  it('gives its names first name first when most end in a known first name', () => {
    expect(givenNamesFirst(['Lenci Gabriele', 'Sandrini Marco', 'Freschi Elena', 'Dovera Giuseppe'])).toEqual(
      ['Gabriele Lenci', 'Marco Sandrini', 'Elena Freschi', 'Giuseppe Dovera'],
    );
  });

  it('leaves a listing written first name first, and one with too few such names, as it is', () => {
    const names = ['Anna Berg', 'Jan Holm', 'Paul Martin', 'Ulla Weber'];
    expect(givenNamesFirst(names)).toEqual(names);
    expect(givenNamesFirst(['Lenci Gabriele', 'Sandrini Marco'])).toEqual([
      'Lenci Gabriele',
      'Sandrini Marco',
    ]);
  });
});
