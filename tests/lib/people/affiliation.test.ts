import { describe, expect, it } from 'vitest';
import { institutionOf } from '@/lib/people/affiliation';

describe('an affiliation filed under its institution', () => {
  it.each([
    ['School of Psychology, University of Sussex, United Kingdom', 'University of Sussex'],
    [
      'Institut für Informatik, Rheinische Friedrich-Wilhelms-Universität Bonn, Deutschland',
      'Rheinische Friedrich-Wilhelms-Universität Bonn',
    ],
    ['Departamento de Física, Universidad de Chile, Santiago', 'Universidad de Chile'],
    ['Klinik für Kardiologie, Universitätsklinikum Köln', 'Universitätsklinikum Köln'],
  ])('%s → %s', (affiliation, institution) => {
    expect(institutionOf(affiliation)).toBe(institution);
  });

  it.each([
    'University of Missouri',
    'Acme, Inc.',
    'Fjordline Optics AS, Bergen',
    // A unit with no institution named after it stays whole.
    'Department of Health, London',
  ])('keeps %s as it is', (company) => {
    expect(institutionOf(company)).toBe(company);
  });
});
