import { describe, expect, it } from 'vitest';
import type { PageLine } from '@/lib/page/contract';
import { normalizeCapture } from '@/lib/people';

/** A personal page with a CV: its one person works where the newest position is held (cv-experience.ts). */

const line = (text: string, el: number, heading = 0): PageLine => ({
  text,
  heading,
  chrome: false,
  emails: [],
  phones: [],
  scope: [el, el, 0, 99],
  shape: 0,
});

const cv = (experience: PageLine[]) =>
  normalizeCapture({
    source: 'generic',
    url: 'https://jeanberg.example/equipe',
    title: 'Jean Berg kinésithérapeute',
    candidates: [],
    lines: [
      line('Notre équipe', 1, 2),
      line('Jean Berg', 2, 4),
      line('Masseur-kinésithérapeute du sport', 3),
      line('Ostéopathe D.O', 4),
      line('Résumé', 4, 5),
      line('Kinésithérapie spécialisée de l’épaule, recherche clinique.', 5),
      ...experience,
    ],
  }).map((c) => [c.name, c.title, c.company]);

describe('a CV’s newest position', () => {
  it('gives the page’s one person the organisation where it is held', () => {
    const experience = [
      line('Expérience', 6, 5),
      line('Masseur-Kinésithérapeute et Ostéopathe DO', 7, 5),
      line('Cabinet Kiné du Port', 8),
      line('Depuis août 2015', 9),
      line('Masseur-Kinésithérapeute', 10, 5),
      line('Cabinet de groupe Nordville', 11),
      line('Septembre 2011 à novembre 2013', 12),
    ];
    expect(cv(experience)).toEqual([
      ['Jean Berg', 'Masseur-kinésithérapeute du sport', 'Cabinet Kiné du Port'],
    ]);
  });

  it('gives nothing where the line after the role only dates it', () => {
    const experience = [
      line('Expérience', 6, 5),
      line('Masseur-Kinésithérapeute', 7, 5),
      line('Depuis août 2015', 8),
    ];
    expect(cv(experience)[0]?.[2]).not.toBe('Depuis août 2015');
  });
});
