import { describe, expect, it } from 'vitest';
import type { PageLine } from '@/lib/page/contract';
import { normalizeCapture } from '@/lib/people';

/** An imprint credits the firms that made and host the site: their contacts are not the organisation's. */

const line = (text: string, el: number, extra: Partial<PageLine> = {}): PageLine => ({
  text,
  heading: 0,
  chrome: false,
  emails: [],
  phones: [],
  scope: [el, el, 1, 99, 0, 99],
  shape: 0,
  ...extra,
});

const read = (lines: PageLine[]) =>
  normalizeCapture({
    source: 'generic',
    url: 'https://hotel-berg.example/impressum',
    title: 'Impressum',
    candidates: [],
    lines,
  });

describe('credits of the site’s makers', () => {
  it('leaves the web agency’s contacts under a credit heading out of the organisation’s', () => {
    const found = read([
      line('Impressum', 1, { heading: 1 }),
      line('Hotel Berg GmbH', 2, { heading: 3 }),
      line('Bergstraße 85, 8200 Eggersdorf', 3),
      line('hotel@hotel-berg.example', 4),
      line('Web', 5, { heading: 3 }),
      line('Konzept, Webdesign & technische Umsetzung', 6, { heading: 4 }),
      line('Nordwerk Internetagentur', 7, { heading: 4 }),
      line('Tel.: +43 800 400 877', 8),
      line('E-Mail: office@nordwerk.example', 9),
    ]);
    expect(found.map((c) => [c.emails, c.phones.map((p) => p.value)])).toEqual([
      [['hotel@hotel-berg.example'], []],
    ]);
  });

  it('leaves a host labelled in a French legal notice out, with the lines of its address and number', () => {
    const found = read([
      line('Mentions légales', 1, { heading: 1 }),
      line('Éditeur : Hôtel Berg SARL, contact@hotel-berg.example', 2),
      line('Hébergeur : Nuage SAS', 3),
      line('2 rue Kellermann, 59100 Roubaix', 4),
      line('Tél : +33 9 72 10 10 07', 5),
      line('Directeur de la publication : Jean Dupont', 6),
    ]);
    const phones = found.flatMap((c) => c.phones.map((p) => p.value));
    expect(phones).toEqual([]);
    expect(found.flatMap((c) => c.emails)).toEqual(['contact@hotel-berg.example']);
  });

  it('leaves a team page’s designers, under their "Design" heading, their contacts', () => {
    const found = read([
      line('Unser Team', 1, { heading: 1 }),
      line('Design', 2, { heading: 2 }),
      line('Anna Berg', 3, { heading: 3 }),
      line('Art Director', 4),
      line('anna.berg@hotel-berg.example', 5),
    ]);
    expect(found[0]).toMatchObject({ name: 'Anna Berg', emails: ['anna.berg@hotel-berg.example'] });
  });
});
