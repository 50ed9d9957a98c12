// @vitest-environment node
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Extracted, withBrowser } from '@/tests/cli/extract-page';
import { type ManifestEntry, readManifest } from '@/tests/support/extract-scoring';

/**
 * LinkedIn on the real saved pages of the dev corpus (tests/fixtures/pages): 2013–2026 profiles,
 * the 2026 hashed-class layout, lists, and the people shown beside a profile. Each page is read
 * in headless Chromium with the address it was saved from, as the content script reads the live
 * page: the browser's parser matters here (the 2026 search results nest links, which the HTML
 * parser splits; happy-dom does not).
 */

const DIR = 'tests/fixtures/pages';
const PAGES = ['01-', '07-', '101-', '102-', '103-', '104-', '105-', '106-', '107-'];
const manifest = readManifest(DIR);
const pages: Record<string, Extracted & { entry: ManifestEntry }> = {};

beforeAll(async () => {
  await withBrowser(async (session) => {
    for (const prefix of PAGES) {
      const entry = manifest.find((e) => e.file.startsWith(prefix)) as ManifestEntry;
      pages[prefix] = {
        entry,
        ...(await session.extract(join(DIR, entry.file), { url: entry.url ?? undefined })),
      };
    }
  });
}, 180_000);

function read(prefix: string) {
  const { entry, capture, candidates } = pages[prefix] as Extracted & { entry: ManifestEntry };
  return { entry, capture, people: candidates };
}

/** The names the labellers list for the page, in page order. */
function listed(entry: ManifestEntry): string[] {
  return (entry.all_people ?? []).map((p) => p.name ?? '');
}

describe('LinkedIn lists', () => {
  it('reads the 2026 people search as one candidate per result row, in order, without the mutual connections named in each row', () => {
    const { entry, capture } = read('101-');
    // Its address is the first result's profile: the markup says it is a list.
    expect(capture.source).toBe('linkedin-list');
    expect(capture.candidates.map((c) => c.name)).toEqual(listed(entry));
    expect(capture.candidates[0]).toMatchObject({
      title: 'Dyrektor okręgu w Mariusz Fedorowski OVB',
      location: 'Ostrów Wielkopolski i okolice',
      profileUrl: 'https://www.linkedin.com/in/mariusz-fedorowski-1645a4173',
    });
  });

  it('takes a result’s current position ("Aktualne: …") over its headline, and never its past one', () => {
    const { capture } = read('101-');
    const byName = new Map(capture.candidates.map((c) => [c.name, c]));
    expect(byName.get('Tomek Kler')?.title).toBe(
      'Kierownik okręgu w OVB Allfinanz Polska Spółka Finansowa Sp. z o.o.',
    );
    // Kinga Jasiak's position line says "Wcześniejsze:" (past): her headline stands.
    expect(byName.get('Kinga Jasiak')?.title).toBe(
      'Dyrektor Okręgu w OVB Allfinanz Polska Spółka Finansowa Sp. z o.o.',
    );
  });

  it('finds nobody on a company page', () => {
    const { capture, people } = read('107-');
    expect(capture.source).toBe('linkedin-list');
    expect(people).toEqual([]);
  });
});

describe('LinkedIn profiles', () => {
  it('reads the 2026 hashed-class profile: owner from the top card, then the people suggested beside it', () => {
    const { entry, capture } = read('105-');
    const [owner, ...others] = capture.candidates;
    expect(owner).toMatchObject({
      name: 'Mateusz Majkowski',
      title: 'Terenowy przedstawiciel handlowy w Bosch Home Comfort Group',
      profileUrl: 'https://www.linkedin.com/in/mateusz-majkowski-08b03220a',
    });
    // His own posts repeat his name; the suggestions carry their own headlines.
    expect(others.map((c) => c.name)).toEqual(listed(entry).slice(1));
    expect(others[0]?.title).toBe('Przedstawiciel Handlowy Bosch Home Comfort w Robert Bosch Sp. z o.o.');
  });

  it.each([
    ['106-', 'Julian (Beisenkötter) Amelung', 'CEO', 'eXalted IT'], // public, 2016
    ['102-', 'Sean Cahalan', 'Front-end Lead', 'Bounce'], // logged in, 2018
    ['01-', 'Eduardo Alvarez Nowak', 'Tech Education Team Lead', 'Novare Potential'], // logged in, 2024
    ['07-', 'Justin Grevich', 'Programmer / Analyst', 'UC San Diego, Institute of Engineering in Medicine'], // public, 2013
  ])(
    'takes the current position from the Experience section of %s before the headline',
    (page, name, title, company) => {
      const [owner] = read(page).people;
      expect(owner).toMatchObject({ name, title, company });
    },
  );

  it('lists the people beside a profile after its owner, each with their own headline', () => {
    for (const page of ['102-', '104-', '106-']) {
      const { entry, people } = read(page);
      const names = people.map((c) => c.name);
      expect(names[0]).toBe(entry.expected.name);
      for (const person of entry.all_people ?? []) expect(names).toContain(person.name);
    }
    const kathy = read('102-').people.find((c) => c.name === 'Kathy Jiang');
    expect(kathy).toMatchObject({ title: '2LS Support Engineer', company: 'Alcatel-Lucent' });
  });

  it('reads 2024 cards by their visible copies, and leaves out the authors of the owner’s Activity and the voices they follow', () => {
    const { capture } = read('01-');
    const names = capture.candidates.map((c) => c.name);
    // A recommender: the headline, not the caption beside it, and no caption as a place.
    expect(capture.candidates.find((c) => c.name === 'Ivan F.')).toMatchObject({
      title: 'Into Social Media',
    });
    expect(capture.candidates.find((c) => c.name === 'Ivan F.')?.location).toBeUndefined();
    expect(names).toContain('Erik Dreborg'); // People also viewed
    expect(names).not.toContain('Linda Rydälv (f.d. Heikkilä)'); // a post the owner reposted
    expect(names).not.toContain('Simon Sinek'); // Interests → Top Voices
  });

  it('keeps the open Contact info overlay’s email with the owner', () => {
    expect(read('102-').people[0]?.emails).toEqual(['sean.mcahalan@gmail.com']);
    expect(read('104-').people[0]?.emails).toEqual(['szymonkracikbiz@gmail.com']);
  });

  it('reads a /details/ page: owner from its header, then the people also viewed and the open messaging list', () => {
    const { entry, capture } = read('103-');
    const names = capture.candidates.map((c) => c.name);
    expect(capture.candidates[0]).toMatchObject({
      name: 'Harith Al-Safi',
      title: 'Software Engineer | Computer Engineer | AI Enthusiast',
    });
    expect(names).toEqual(expect.arrayContaining(listed(entry).filter((n) => n !== 'Thea Maloney')));
    // "3rd year …" is a headline, not a degree badge.
    expect(capture.candidates.find((c) => c.name === 'Laith Alfar')?.title).toBe(
      '3rd year Electronics and Computer engineer at University of Nottingham',
    );
  });
});
