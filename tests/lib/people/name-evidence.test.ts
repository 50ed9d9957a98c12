import { describe, expect, it } from 'vitest';
import type { PageLine, PageReading } from '@/lib/page/contract';
import { normalizeCapture } from '@/lib/people';
import { isJobTitle } from '@/lib/people/job-title';
import { nameIn } from '@/lib/people/name-line';

/**
 * Evidence beyond a name's shape, on small pages written as the content script's lines: the
 * address that spells a name (email-name.ts) and a known first name (given-name.ts).
 */

/** A line of element `el` inside the container `card` (elements card … card + 9) of the page. */
const line = (text: string, el: number, card: number, extra: Partial<PageLine> = {}): PageLine => ({
  text,
  heading: 0,
  chrome: false,
  emails: [],
  phones: [],
  scope: [el, el, card, card + 9, 0, 99],
  shape: 0,
  ...extra,
});

/** The people of the page at `url` titled `title` whose content the script read as `lines`. */
const read = (url: string, title: string, lines: PageLine[]) =>
  normalizeCapture({ source: 'generic', url, title, candidates: [], lines } satisfies PageReading);

/** A listing of cards, one per [name, role], each in its own element: the name line as `nameLine` says, the role under it. */
const cards = (entries: string[][], nameLine: Partial<PageLine>): PageLine[] =>
  entries.flatMap(([name = '', role = ''], k) => [
    line(name, 10 * k + 1, 10 * k, nameLine),
    line(role, 10 * k + 2, 10 * k, { shape: (nameLine.shape ?? 0) + 1 }),
  ]);

const people = (lines: PageLine[]) =>
  normalizeCapture({
    source: 'generic',
    url: 'https://firma.de/kontakt',
    title: 'Kontakt',
    candidates: [],
    lines,
  } satisfies PageReading).map((c) => ({ name: c.name, emails: c.emails }));

describe('names and the addresses that spell them', () => {
  it('gives an address beside two names to the one it spells, even in part', () => {
    const found = people([
      line('Anna Schmidt', 2, 1, { heading: 3 }),
      line('Peter Braun', 3, 1, { heading: 3 }),
      line('Schreiben Sie uns', 4, 1),
      line('braun.berlin@firma.de', 5, 1),
    ]);
    expect(found).toContainEqual({ name: 'Peter Braun', emails: ['braun.berlin@firma.de'] });
  });

  it('gives an address far from any card to the person whose name it spells', () => {
    const filler = Array.from({ length: 30 }, (_, k) => line(`Absatz ${k}`, 20 + k, 19));
    const found = people([
      line('Sabrina Pfeifer', 2, 1, { heading: 3 }),
      line('Pressesprecherin', 3, 1),
      ...filler,
      line('Pressekontakt: sabrina.pfeifer@firma.de', 60, 59),
    ]);
    expect(found[0]).toEqual({ name: 'Sabrina Pfeifer', emails: ['sabrina.pfeifer@firma.de'] });
  });

  it('ranks a person whose own address spells their name before one whose does not', () => {
    // Two cards of different shapes: no listing, whose order would stand.
    const found = people([
      line('Max Muster', 2, 1, { heading: 3, shape: 1 }),
      line('Geschäftsführer', 3, 1),
      line('chef@muster.de', 4, 1),
      line('Eva Klein', 12, 11, { heading: 3, shape: 2 }),
      line('Vertriebsleiterin', 13, 11),
      line('eva.klein@muster.de', 14, 11),
    ]);
    expect(found.map((p) => p.name)).toEqual(['Eva Klein', 'Max Muster']);
  });

  it('takes a line the shape rules doubt (all capitals) as a name when the address under it spells it', () => {
    const found = people([line('ANNA SCHMIDT', 2, 1), line('anna.schmidt@firma.de', 3, 1)]);
    expect(found[0]).toEqual({ name: 'ANNA SCHMIDT', emails: ['anna.schmidt@firma.de'] });
  });

  it('finds the person an address spells inside a line of role, name and address', () => {
    const found = normalizeCapture({
      source: 'generic',
      url: 'https://verein.de/vorstand',
      title: 'Vorstand',
      candidates: [],
      lines: [
        line('Herzlich Willkommen', 1, 0),
        line('1. Vorsitzender Max Muster EMail: muster.max@verein.de', 12, 11),
        line('2. Vorsitzende Eva Klein EMail: eva.klein@verein.de', 22, 21),
      ],
    } satisfies PageReading).map((c) => [c.name, c.title, c.emails]);
    expect(found.slice(0, 2)).toEqual([
      ['Max Muster', '1. Vorsitzender', ['muster.max@verein.de']],
      ['Eva Klein', '2. Vorsitzende', ['eva.klein@verein.de']],
    ]);
  });

  it('never makes a name out of an address alone', () => {
    const found = people([line('Kontakt', 2, 1), line('anna.schmidt@firma.de', 3, 1)]);
    expect(found).toEqual([{ name: '', emails: ['anna.schmidt@firma.de'] }]);
  });
});

describe('a main heading as the page’s person', () => {
  it('is a person when it starts with a known first name, not when it only has a name’s shape', () => {
    const found = people([
      line('Quantum Leap', 1, 0, { heading: 1 }),
      line('Anika Schön', 12, 11, { heading: 3 }),
      line('Inhaberin', 13, 11),
      line('+49 5191 979238', 14, 11, { phones: ['+49 5191 979238'] }),
    ]);
    expect(found.map((p) => p.name)).toEqual(['Anika Schön']);
    const named = people([line('Anika Schön', 1, 0, { heading: 1 }), line('Willkommen', 2, 0)]);
    expect(named.map((p) => p.name)).toEqual(['Anika Schön']);
  });
});

describe('a firm’s name a logo breaks over two headings', () => {
  it('is no person; the imprint’s manager is', () => {
    const found = people([
      line('Nordlicht Shared', 1, 0, { heading: 1 }),
      line('Services GmbH', 2, 0, { heading: 1 }),
      line('+49 351 6556107', 3, 0, { phones: ['+49 351 6556107'] }),
      line('Impressum', 11, 10, { heading: 1 }),
      line('Geschäftsführer', 12, 10, { heading: 2 }),
      line('Jan Berg', 13, 10),
    ]);
    expect(found.map((p) => p.name)).toEqual(['Jan Berg']);
  });

  it('leaves a person in a heading over their firm in a heading of the same level', () => {
    const found = people([
      line('Anna Berg', 1, 0, { heading: 1 }),
      line('Berg Consulting GmbH', 2, 0, { heading: 1 }),
      line('+49 351 6556107', 3, 0, { phones: ['+49 351 6556107'] }),
    ]);
    expect(found.map((p) => p.name)).toEqual(['Anna Berg']);
  });
});

describe('a press contact’s card', () => {
  it('reads the line under the name that repeats the words of the role as where it is held, not a second person', () => {
    const found = people([
      line('Nordcon Philippines', 1, 0, { heading: 1 }),
      line('CONTACT:', 11, 10),
      line('Jane Berg, Nordcon Philippines Conference Chair', 12, 10),
      line('Nordcon Philippines', 13, 10),
      line('press@nordcon.example', 14, 10, { emails: ['press@nordcon.example'] }),
    ]);
    expect(found).toEqual([{ name: 'Jane Berg', emails: ['press@nordcon.example'] }]);
  });

  it('reads a labelled contact written on one line as one person with a title and a company', () => {
    const found = read('https://nordwind.example/news/eu-region', 'Nordwind Cloud launches EU region', [
      line('Nordwind Cloud launches EU region', 1, 0, { heading: 1 }),
      line(
        'Media contact: Tove Aalberg, Head of Communications, Nordwind Cloud, +1 (415) 555-0142, tove@nordwind.example',
        11,
        10,
      ),
    ]);
    expect(found.map((c) => [c.name, c.title, c.company, c.phones.length])).toEqual([
      ['Tove Aalberg', 'Head of Communications', 'Nordwind Cloud', 1],
    ]);
  });

  it('takes no phone for the company after a labelled contact’s role', () => {
    const [found] = read('https://nordwind.example/presse', 'Presse', [
      line('Pressekontakt: Tove Aalberg, Leiterin Kommunikation, Tel. +49 30 1234567', 11, 10),
    ]);
    expect([found?.title, found?.company]).toEqual(['Leiterin Kommunikation', undefined]);
  });
});

describe('a name and what stands beside it', () => {
  it('reads a firm, then a role and who holds it, as that person with title and company', () => {
    expect(nameIn('Nordwind Krankentransfer, Inhaber Seriban Balta', false)).toEqual({
      name: 'Seriban Balta',
      title: 'Inhaber',
      company: 'Nordwind Krankentransfer',
    });
    expect(nameIn('Fjordline Robotics, CEO Jane Doe', false)).toMatchObject({
      name: 'Jane Doe',
      title: 'CEO',
    });
    // A person first is a person with a role.
    expect(nameIn('Jane Doe, CEO', false)).toEqual({ name: 'Jane Doe', title: 'CEO' });
  });

  it('reads a full name and its role run together on one line, as a bold name and an italic role read', () => {
    expect(nameIn('Jane Holloway Head of Marketing', false)).toEqual({
      name: 'Jane Holloway',
      title: 'Head of Marketing',
    });
    expect(nameIn('Mary Ann Smith Director', false)).toEqual({ name: 'Mary Ann Smith', title: 'Director' });
    expect(nameIn('John Smith Memorial Foundation', false)).toBeUndefined();
  });

  it('prefers the role written after a labelled name to the label', () => {
    expect(
      nameIn(
        'Sales enquiries: John Whitaker, Sales Director | john@redwood.example | +44 20 7946 0101',
        true,
      ),
    ).toMatchObject({ name: 'John Whitaker', title: 'Sales Director' });
    expect(nameIn('Geschäftsführer: Max Muster, Tel. +49 30 1234567', true)).toMatchObject({
      name: 'Max Muster',
      title: 'Geschäftsführer',
    });
  });

  it('splits a name from its role at a box-drawing or full-width bar, spaced or not', () => {
    expect(nameIn('Krystal Lindqvist │Sales Director', false)).toEqual({
      name: 'Krystal Lindqvist',
      title: 'Sales Director',
    });
    expect(nameIn('Jana Berg ｜ Geschäftsführerin', false)).toEqual({
      name: 'Jana Berg',
      title: 'Geschäftsführerin',
    });
  });

  it('reads the organisation in brackets after a listed name, up to its first comma', () => {
    expect(nameIn('Laura Alonso (FAMAF, UNC)', false)).toMatchObject({
      name: 'Laura Alonso',
      company: 'FAMAF',
    });
    expect(nameIn('Ana Ruiz (UTN Córdoba, Motorola)', false)).toMatchObject({ company: 'UTN Córdoba' });
    // A role in brackets is the title; pronouns and years are neither.
    expect(nameIn('Max Muster (Vorsitzender)', false)).toEqual({ name: 'Max Muster', title: 'Vorsitzender' });
    expect(nameIn('Jane Doe (she/her)', false)?.company).toBeUndefined();
    expect(nameIn('Jane Doe (2019)', false)?.company).toBeUndefined();
  });

  it('reads a role after the comma and where it is held in brackets after it', () => {
    expect(nameIn('Jane Doe, Chercheuse principale (University of Guelph)', false)).toEqual({
      name: 'Jane Doe',
      title: 'Chercheuse principale',
      company: 'University of Guelph',
    });
  });

  it('reads a name after a title written in lower case ("mr. T.Peters")', () => {
    expect(nameIn('mr. T.Peters', true)).toEqual({ name: 'T. Peters' });
    expect(nameIn('mr. R.C. van der Weele', true)).toEqual({ name: 'R.C. van der Weele' });
  });

  it('reads a name after a list’s bullet ("– Jan Berg (Nordic Institute)")', () => {
    expect(nameIn('– prof. Jan Wiśniewski (Instytut Badań Rynku)', false)).toEqual({
      name: 'Jan Wiśniewski',
      company: 'Instytut Badań Rynku',
    });
    expect(nameIn('• Jane Doe, CEO', false)).toEqual({ name: 'Jane Doe', title: 'CEO' });
  });

  it('reads the role after the comma up to the address that follows it', () => {
    expect(nameIn('Mgr. Jan Dvořák, předseda KČT dvorak@example.cz', true)).toEqual({
      name: 'Jan Dvořák',
      title: 'předseda KČT',
    });
  });

  it('reads a role in lower case glued to the name by a dash ("Anna Nowak-prezes")', () => {
    expect(nameIn('Anna Nowak-prezes', true)).toEqual({ name: 'Anna Nowak', title: 'prezes' });
    expect(nameIn('Ewa Lis- wiceprezes', true)).toEqual({ name: 'Ewa Lis', title: 'wiceprezes' });
  });

  it('reads a name after the academic titles of Southern and Central Europe, without them', () => {
    expect(nameIn('dr hab. inż. Anna Kowalczyk', false)).toEqual({ name: 'Anna Kowalczyk' });
    expect(nameIn('prof. dr hab. Jan Wiśniewski', false)).toEqual({ name: 'Jan Wiśniewski' });
    expect(nameIn('PhDr. Jana Dvořáková, CSc.', false)).toEqual({ name: 'Jana Dvořáková' });
    expect(nameIn('Dott.ssa Maria Ferri', false)).toEqual({ name: 'Maria Ferri' });
    expect(nameIn('Dra. Lucía Paredes', false)).toEqual({ name: 'Lucía Paredes' });
    expect(nameIn('Enfª. Rita Lopes', false)).toEqual({ name: 'Rita Lopes' });
  });

  it('reads a name with its postal address as a person ("Henry Hentschel, Unterstr. 68, 45359 ESSEN")', () => {
    expect(nameIn('Henry Hansen, Unterstr. 68 , 45359 ESSEN', false)).toMatchObject({ name: 'Henry Hansen' });
    expect(nameIn('Henry Hansen, Unterstr. 68', false)).toBeUndefined();
  });

  it('reads a board list of names with their streets, a role in brackets before the dash', () => {
    expect(nameIn('David Lind (Ordförande) - Storgatan 10', false)).toEqual({
      name: 'David Lind',
      title: 'Ordförande',
    });
    expect(nameIn('Vasso Berg - Storgatan 10', false)).toEqual({ name: 'Vasso Berg' });
    expect(nameIn('Kristian Holm – Surtsövägen 4', false)).toEqual({ name: 'Kristian Holm' });
    // Not a dash and a word with its number: an event's line.
    expect(nameIn('Kristian Holm – Session 4', false)).toBeUndefined();
  });

  it('reads a committee’s line of a name and an institution run together as both', () => {
    expect(nameIn('Jana Berg University of Nordheim', false)).toEqual({
      name: 'Jana Berg',
      company: 'University of Nordheim',
    });
    expect(nameIn('Jana Berg Nordheim University of Applied Sciences', false)).toEqual({
      name: 'Jana Berg',
      company: 'Nordheim University of Applied Sciences',
    });
    // A sentence about them is prose-role.ts's; a name we do not know as a first name, nobody.
    expect(
      nameIn('Jana Berg is a professor in Sociology at Nordheim University. Her research', false),
    ).toBeUndefined();
    expect(nameIn('Nordwind Berg University of Nordheim', false)).toBeUndefined();
    // An institution named after a person.
    expect(nameIn('Johannes Kepler University Linz', false)).toBeUndefined();
    expect(
      nameIn('Jana Berg Since 2010 she has taught at the Nordheim University of Applied Sciences', false),
    ).toBeUndefined();
  });

  it('reads a Spanish licentiate’s title and an Italian role line ending its sentence before the address', () => {
    expect(nameIn('Lda. Carmen Ruiz Ortega', false)).toEqual({ name: 'Carmen Ruiz Ortega' });
    expect(nameIn('Dott.ssa Giulia Neri – Consulente del lavoro. g.neri@studio.example', true)).toEqual({
      name: 'Giulia Neri',
      title: 'Consulente del lavoro',
    });
    // The firm such a titled line names ends before the address too.
    expect(nameIn('Dott. Marco Berg – Studio Nordwind m.berg@studio.example', true)).toEqual({
      name: 'Marco Berg',
      company: 'Studio Nordwind',
    });
  });

  it('reads a name behind the school of a diploma or a hyphenated doctorate as the person', () => {
    expect(nameIn('Dipl.-Ing. (FH) Markus Renner', true)).toEqual({ name: 'Markus Renner' });
    expect(nameIn('Prof. Dr.-Ing. habil. Jana Berg', false)).toEqual({ name: 'Jana Berg' });
  });

  it('reads a titled name, a dash and the firm it leads, as a contact page opens its address block', () => {
    expect(nameIn('Dipl.-Ing. Jan Berg - Gutachten und Sachverständigenbüro', false)).toEqual({
      name: 'Jan Berg',
      company: 'Gutachten und Sachverständigenbüro',
    });
    // Without the title the line may be anything ("Jan Berg - Fotografie", a gallery's caption).
    expect(nameIn('Jan Berg - Gutachten und Sachverständigenbüro', false)).toBeUndefined();
  });
});

describe('bylines', () => {
  it('reads bylines in more languages ("Written by …", "Kirjoittaja …", "Szerző: …", "Yazar: …")', () => {
    for (const line of [
      'Written by Nuray Yilmaz',
      'Kirjoittaja Nuray Yilmaz',
      'Szerző: Nuray Yilmaz',
      'Yazar: Nuray Yilmaz',
    ])
      expect(nameIn(line, false), line).toEqual({ name: 'Nuray Yilmaz', byline: true });
  });

  it('reads a byline after an icon or a dash ("// By …", "— Von …")', () => {
    expect(nameIn('// By Jane Doe • Nov 11, 2020', false)).toEqual({ name: 'Jane Doe', byline: true });
    expect(nameIn('— Von Anna Schmidt', false)).toEqual({ name: 'Anna Schmidt', byline: true });
    expect(nameIn('12 von 30 Plätzen frei', false)).toBeUndefined();
  });

  it('reads the title and organisation a byline gives after the name', () => {
    expect(
      nameIn(
        'By Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy, and Technology Project',
        false,
      ),
    ).toEqual({
      name: 'Daniel Kahn Gillmor',
      byline: true,
      title: 'Senior Staff Technologist',
      company: 'ACLU Speech, Privacy, and Technology Project',
    });
    expect(nameIn('By Jane Doe, March 5, 2020', false)).toEqual({ name: 'Jane Doe', byline: true });
    expect(nameIn('Par Matthieu Hy le 07 Mai 2020', false)).toEqual({ name: 'Matthieu Hy', byline: true });
  });

  it('reads a name followed by several roles ("…, Professor of … | Director, Jacques Delors Centre")', () => {
    const line =
      'Markus Jachtenfuchs, Professor of European and Global Governance | Director, Jacques Delors Centre';
    expect(nameIn(line, false)).toEqual({
      name: 'Markus Jachtenfuchs',
      title: 'Professor of European and Global Governance',
    });
    // A list of four capitalised phrases without a role is an enumeration.
    expect(
      nameIn('High Speed Networks, Multicast Routing, Sensor Networks, Grid Computing', false),
    ).toBeUndefined();
  });

  it('takes a labelled name without a contact only with a known first name or a role as its label', () => {
    expect(nameIn('Vertreten durch: Matthias Wenk', false)).toMatchObject({ name: 'Matthias Wenk' });
    expect(nameIn('Geschäftsführer: Nuray Yilmaz', false)).toMatchObject({ name: 'Nuray Yilmaz' });
    expect(nameIn('Scegli il prodotto per: Profilo Professionale', false)).toBeUndefined();
  });

  it('takes a first name then a role of several capitalised words as a team member, not a sentence or a surname', () => {
    expect(nameIn('Lena UX Designer', false)).toEqual({ name: 'Lena', title: 'UX Designer' });
    expect(nameIn('Lena Directeur Technique / Associé', false)).toEqual({
      name: 'Lena',
      title: 'Directeur Technique / Associé',
    });
    expect(nameIn('Lena Pastor', false)?.title).toBeUndefined();
    expect(nameIn('Lena Vogt Geschäftsführerin', false)?.name).not.toBe('Lena');
    expect(nameIn('Lena is a Senior Engineer at JKU.', false)).toBeUndefined();
  });

  it('takes a role in capitals after a name and its comma, not a credential', () => {
    expect(nameIn('Nuray Yilmaz, CEO', false)).toEqual({ name: 'Nuray Yilmaz', title: 'CEO' });
    expect(nameIn('Nuray Yilmaz, VD', false)).toEqual({ name: 'Nuray Yilmaz', title: 'VD' });
    expect(nameIn('Nuray Yilmaz, MBA', false)).toEqual({ name: 'Nuray Yilmaz' });
  });

  it('takes a labelled name after a courtesy title, and a role in brackets after it', () => {
    expect(nameIn('Ansprechpartner: Herr Nuray Yilmaz', false)).toMatchObject({ name: 'Nuray Yilmaz' });
    expect(nameIn('Contact : Monsieur Nuray Yilmaz', false)).toMatchObject({ name: 'Nuray Yilmaz' });
    expect(nameIn('Contatto: Sig.ra Nuray Yilmaz', false)).toMatchObject({ name: 'Nuray Yilmaz' });
    expect(nameIn('Contact: Mr. Nuray Yilmaz (Sales Manager)', false)).toEqual({
      name: 'Nuray Yilmaz',
      title: 'Sales Manager',
    });
    expect(nameIn('Contact: Nordwerk Studio (Berlin)', false)).toBeUndefined();
  });

  it("takes an imprint's responsible person with their label as the role, its legal citation and all", () => {
    expect(nameIn('Verantwortlich für den Inhalt: Nuray Yilmaz', false)).toEqual({
      name: 'Nuray Yilmaz',
      title: 'Verantwortlich für den Inhalt',
    });
    expect(nameIn('Verantwortlich für den Inhalt nach \u00a7 55 Abs. 2 RStV: Nuray Yilmaz', false)).toEqual({
      name: 'Nuray Yilmaz',
      title: 'Verantwortlich für den Inhalt nach \u00a7 55 Abs. 2 RStV',
    });
    expect(nameIn('V.i.S.d.P.: Nuray Yilmaz', false)).toMatchObject({ title: 'V.i.S.d.P.' });
    // Outside a label a responsibility is no job title.
    expect(isJobTitle('Responsible Business Alliance')).toBe(false);
    expect(nameIn('Responsible for content: Nuray Yilmaz', false)).toMatchObject({
      title: 'Responsible for content',
    });
  });

  it('reads each label of a line that holds several ("Herausgeber: Nordwerk GmbH, Geschäftsführer: …")', () => {
    expect(nameIn('Herausgeber: Nordwerk GmbH, Geschäftsführer: Nuray Yilmaz', false)).toEqual({
      name: 'Nuray Yilmaz',
      title: 'Geschäftsführer',
    });
    expect(nameIn('Herausgeber: Nordwerk GmbH, Sitz: Berlin', false)).toBeUndefined();
    // One label of two roles is one label.
    expect(nameIn('Vorstand, Geschäftsführer: Nuray Yilmaz', false)).toMatchObject({
      title: 'Vorstand, Geschäftsführer',
    });
  });

  it('reads "Name | Place | date" as a byline, but not a place and a date ("Den Haag, 24.02.2005")', () => {
    expect(nameIn('Patricio Candia | Palma | 08/01/2014', false)).toEqual({
      name: 'Patricio Candia',
      byline: true,
    });
    expect(nameIn('Den Haag, 24.02.2005', false)).toBeUndefined();
  });
});

describe('a name’s shape alone', () => {
  const team = (lines: PageLine[]) => read('https://dach.example/team', 'Team', lines);

  it('ranks a name with a known first name, or initials, before words that only look like a name', () => {
    const strengths = [
      line('Jahrelange Erfahrung', 1, 0),
      line('Motivierte und ausgebildete Mitarbeiter', 2, 0),
    ];
    const boss = [line('Stefan Berg', 11, 10), line('Geschäftsführer', 12, 10)];
    expect(team([...strengths, ...boss])[0]?.name).toBe('Stefan Berg');
    const doctor = [line('P.A. Berg | huisarts', 11, 10)];
    expect(team([...strengths, ...doctor])[0]?.name).toBe('P.A. Berg');
  });
});

describe('people in a banner or footer', () => {
  it('takes a name there with its role labelled above it and its contacts under it', () => {
    const footer = [
      line('Kontakt:', 1, 0, { chrome: true, heading: 3 }),
      line('Kierownik:', 2, 0, { chrome: true }),
      line('Jan Nowak', 3, 0, { chrome: true }),
      line('kom. +48 535 509 950', 4, 0, { chrome: true }),
      line('Zobacz także', 5, 0, { chrome: true }),
      line('Anna Kowalska', 6, 0, { chrome: true }),
      line('kom. +48 533 909 209', 7, 0, { chrome: true }),
    ];
    const found = read('https://firma.example/', 'Firma', footer);
    expect(found[0]).toMatchObject({ name: 'Jan Nowak', title: 'Kierownik' });
    // A name there without a role is none.
    expect(found.map((c) => c.name)).not.toContain('Anna Kowalska');
  });

  it('takes a name there with its own address under it, as the same person the page presents', () => {
    const found = read('https://praxis.example/team', 'Team', [
      line('Sarah Berg', 1, 0, { heading: 2 }),
      line('Sarah Berg has counselled in schools for fifteen years.', 2, 0),
      line('Contact', 30, 29, { chrome: true }),
      line('Sarah Berg Reg.Mem.BACP', 31, 29, { chrome: true }),
      line('Email: sarah@praxis.example', 32, 29, { chrome: true }),
    ]);
    expect(found.map((c) => [c.name, c.emails])).toEqual([['Sarah Berg', ['sarah@praxis.example']]]);
  });

  it('takes no person from a banner’s menu run together into one line', () => {
    const found = read('https://choeur.example/presse', 'Revue de presse', [
      line('Chœur de Nordville', 1, 0, { chrome: true }),
      line('Accueil Chef Répétitrice Citations Presse Accès membres', 2, 0, { chrome: true }),
      line('Revue de presse', 11, 10, { heading: 1 }),
      line('Contact', 21, 20, { chrome: true }),
      line('May Berg', 22, 20, { chrome: true }),
      line('présidente', 23, 20, { chrome: true }),
      line('choeur@example.ch', 24, 20, { chrome: true, emails: ['choeur@example.ch'] }),
    ]);
    expect(found.map((c) => [c.name, c.title])).toEqual([['May Berg', 'présidente']]);
  });

  it('gives a menu entry in the content no role from the banner after it', () => {
    // A menu outside any landmark ends in a phrase shaped like a name, and the banner goes on with
    // the network's links ("Nordwerk Consulting" reads as a role line).
    const found = read('https://nordwerk.example/people', 'Nordwerk', [
      line('Offices', 1, 0),
      line('Global Presence', 2, 0),
      line('Nordwerk Global', 11, 10, { chrome: true }),
      line('Nordwerk Consulting', 12, 10, { chrome: true }),
      line('Our People', 21, 20, { heading: 1 }),
      line('Olive Berg', 22, 20, { heading: 3 }),
      line('Managing Director', 23, 20),
    ]);
    expect(found.map((c) => [c.name, c.title])).toEqual([['Olive Berg', 'Managing Director']]);
  });
});

describe('roles in headings', () => {
  it('takes the role under a name written in a heading of the same level, and stops at the next heading', () => {
    const team = [
      line('Medewerkers', 1, 0, { heading: 4 }),
      line('Merel Nabuurs', 2, 0, { heading: 6 }),
      line('doktersassistente', 3, 0, { heading: 6 }),
      line('Spreekuur', 4, 0, { heading: 6 }),
    ];
    const [first] = read('https://praktijk.example/medewerkers', 'Medewerkers', team);
    expect(first).toMatchObject({ name: 'Merel Nabuurs', title: 'doktersassistente' });
  });
});

describe('titles before a name', () => {
  it('reads titles written together, as Dutch and Flemish pages do ("Prof.dr.", "Mw.Prof.dr.")', () => {
    expect(nameIn('Prof.dr. Theo Huibers', false)).toEqual({ name: 'Theo Huibers' });
    expect(nameIn('Mw.Prof.dr. Marie-Francine Moens', false)).toEqual({ name: 'Marie-Francine Moens' });
  });

  it('reads a name without the pronouns after it, and with a Dutch particle written with an apostrophe', () => {
    expect(nameIn('Lars Berg he/him', false)).toEqual({ name: 'Lars Berg' });
    expect(nameIn('Wies van’t Slot (voorzitter)', false)).toEqual({
      name: 'Wies van’t Slot',
      title: 'voorzitter',
    });
  });

  it('reads a French doctor’s and lawyer’s title before the name ("Dre", "Me")', () => {
    expect(nameIn('Dre Nadia Berg', false)).toEqual({ name: 'Nadia Berg' });
    expect(nameIn('Me Jean Dupont', false)).toEqual({ name: 'Jean Dupont' });
  });

  it('takes the line under a name whose role stands above it for the affiliation, up to the next card’s role', () => {
    const board = [
      ['Voorzitter', 'Theo Huibers', 'Thaesis en Universiteit Twente'],
      ['Lid', 'Edgar Meij', 'Faculty of Science, UvA'],
      ['Lid', 'Paul van der Vet', 'Universiteit Twente'],
    ].flatMap(([role, name, org], k) => [
      line(role as string, 10 * k + 1, 10 * k, { shape: 5 }),
      line(name as string, 10 * k + 2, 10 * k, { shape: 1 }),
      line(org as string, 10 * k + 3, 10 * k, { shape: 1 }),
    ]);
    const [chair] = read('https://wgi.example/bestuur', 'Bestuur', board);
    expect(chair).toMatchObject({
      name: 'Theo Huibers',
      title: 'Voorzitter',
      company: 'Thaesis en Universiteit Twente',
    });
  });

  it('reads a board whose cards write the role above the name, a role it does not know too, and the institution below', () => {
    const card = (role: string, name: string, org: string, email: string, k: number) => [
      line(role, 10 * k + 1, 10 * k, { shape: 5 }),
      line(name, 10 * k + 2, 10 * k, { shape: 1 }),
      line(org, 10 * k + 3, 10 * k, { shape: 1 }),
      line(email, 10 * k + 4, 10 * k, { shape: 1, emails: [email] }),
    ];
    const board = [
      ...card('Voorzitter', 'Theo Huibers', 'Thaesis', 'voorzitter@wgi.example', 0),
      ...card('Lid', 'Edgar Meij', 'Faculty of Science, UvA', 'emeij@science.uva.nl', 1),
      ...card(
        'Penningmeester',
        'Arjen de Vries',
        'Centrum Wiskunde & Informatica',
        'penningmeester@wgi.example',
        2,
      ),
    ];
    const out = read('https://wgi.example/bestuur', 'Bestuur', board);
    // The board in the order it lists its members, each with a contact: the chair first.
    expect(out.map((c) => [c.name, c.title, c.company])).toEqual([
      ['Theo Huibers', 'Voorzitter', 'Thaesis'],
      // The institution his address spells ("science.uva.nl").
      ['Edgar Meij', 'Lid', 'UvA'],
      ['Arjen de Vries', 'Penningmeester', 'Centrum Wiskunde & Informatica'],
    ]);
  });

  it('keeps a contact list in its order: a first contact without a title stays before titled ones', () => {
    const card = (name: string, title: string, email: string, k: number) => [
      line(name, 10 * k + 1, 10 * k, { shape: 1 }),
      ...(title ? [line(title, 10 * k + 2, 10 * k, { shape: 2 })] : []),
      line(email, 10 * k + 3, 10 * k, { shape: 3, emails: [email] }),
    ];
    const out = read('https://agro.example/kontakt', 'Kontakt', [
      line('Dział Handlowy', 1, 0, { heading: 3 }),
      ...card('Jan Nowak', '', 'jan.nowak@agro.example', 1),
      ...card('Anna Kowalska', 'Specjalista ds. maszyn', 'anna.kowalska@agro.example', 2),
      ...card('Piotr Wiśniewski', 'Kierownik Serwisu', 'piotr.wisniewski@agro.example', 3),
    ]);
    expect(out.map((c) => c.name)).toEqual(['Jan Nowak', 'Anna Kowalska', 'Piotr Wiśniewski']);
  });

  it('keeps a team in its order when only a later card’s playful role is a job title', () => {
    const team = cards(
      [
        ['Jane Doe', 'The Jack Of All Trades'],
        ['John Roe', 'The Organiser'],
        ['Ann Lee', 'Alumni Intern'],
      ],
      { heading: 2, shape: 1 },
    );
    const out = read('https://team.example/team', 'Meet The Team', team);
    // The roles' articles are dropped (normalize.ts).
    expect(out.map((c) => [c.name, c.title])).toEqual([
      ['Jane Doe', 'Jack Of All Trades'],
      ['John Roe', 'Organiser'],
      ['Ann Lee', 'Alumni Intern'],
    ]);
  });

  it('keeps each card’s own title in a listing that writes it under the name', () => {
    const team = cards(
      [
        ['Jane Doe', 'Chief Executive Officer'],
        ['John Roe', 'Chief Technology Officer'],
        ['Ann Lee', 'Head of Sales'],
      ],
      { shape: 1 },
    );
    const out = read('https://acme.example/team', 'Team', team);
    expect(out.map((c) => [c.name, c.title])).toEqual([
      ['Jane Doe', 'Chief Executive Officer'],
      ['John Roe', 'Chief Technology Officer'],
      ['Ann Lee', 'Head of Sales'],
    ]);
  });
});

describe('a law firm’s team page', () => {
  it('reads a role without since when it is held, and takes no branch for a person', () => {
    const found = read('https://advocaten.example/', 'Advocaten', [
      line('Onze Advocaten', 1, 0, { heading: 2 }),
      line('Mercedes Van Dam', 2, 0, { heading: 3 }),
      line('Vennoot - Advocaat sinds 1998', 3, 0),
      line('Contactgegevens', 11, 10, { heading: 3 }),
      line('Vestiging Assebroek', 12, 10),
      line('Baron Ruzettelaan 457', 13, 10),
      line('+32 (0)50 31 29 58', 14, 10, { phones: ['+32 (0)50 31 29 58'] }),
    ]);
    expect(found.map((c) => [c.name, c.title])).toEqual([['Mercedes Van Dam', 'Vennoot - Advocaat']]);
  });
});

describe('a craftsman’s own page', () => {
  it('gives the person a sentence describes the firm named after them, their trade before their name', () => {
    const found = read('http://127.0.0.1/o-mne', 'O mně', [
      line('Skip to content', 1, 0),
      line('Armoury Jan Berg', 2, 0),
      line('Jan Berg is the owner of the workshop in Brno since 1990.', 12, 10),
    ]);
    expect(found.map((c) => [c.name, c.company])).toEqual([['Jan Berg', 'Armoury Jan Berg']]);
  });
});

describe('an association’s board', () => {
  it('reads a role without the term it is held for ("Presidente 2025 - Presente")', () => {
    const found = read('https://club.example/equipo', 'Equipo', [
      line('Nuestro Equipo', 1, 0, { heading: 1 }),
      line('Lucía Paredes Gil', 2, 0, { heading: 3 }),
      line('Presidente 2025 - Presente', 3, 0, { heading: 3 }),
      line('Universidad del Norte', 4, 0),
      line('Tomás Rey Soto', 12, 10, { heading: 3 }),
      line('Secretario 2016-2019', 13, 10, { heading: 3 }),
    ]);
    expect(found.map((c) => [c.name, c.title])).toEqual([
      ['Lucía Paredes Gil', 'Presidente'],
      ['Tomás Rey Soto', 'Secretario'],
    ]);
  });

  it('gives a board written surname first its names first name first, with their first names', () => {
    const board = cards(
      [
        ['Lenci Gabriele', 'Presidente'],
        ['Sandrini Marco', 'Vicepresidente'],
        ['Freschi Elena', 'Segretario'],
      ],
      { heading: 3, shape: 3 },
    );
    const found = read('https://proloco.example/direttivo', 'Direttivo', board);
    expect(found.map((c) => [c.name, c.firstName, c.title])).toEqual([
      ['Gabriele Lenci', 'Gabriele', 'Presidente'],
      ['Marco Sandrini', 'Marco', 'Vicepresidente'],
      ['Elena Freschi', 'Elena', 'Segretario'],
    ]);
  });
});

describe('two cards of one shape', () => {
  it('keep the page’s order when each gives a role and contacts, whoever’s address spells their name', () => {
    const found = read('https://pfadfinder.example/kontakt', 'Kontakt', [
      line('Gruppenleitung', 1, 0, { heading: 2 }),
      line('Sepp Berg', 11, 10, { heading: 3, shape: 3 }),
      line('Gruppenleiter', 12, 10),
      line('pfadfinder.nordtal@example.at', 13, 10, { emails: ['pfadfinder.nordtal@example.at'] }),
      line('Verena Kiesberg', 21, 20, { heading: 3, shape: 3 }),
      line('Gruppenleiterin', 22, 20),
      line('verena.kiesberg@example.at', 23, 20, { emails: ['verena.kiesberg@example.at'] }),
    ]);
    expect(found.map((c) => c.name)).toEqual(['Sepp Berg', 'Verena Kiesberg']);
  });
});

describe('a table of contacts', () => {
  // Name, role, phone and address in one cell each, every cell of one shape.
  const row = (k: number, cells: string[]) => cells.map((text, c) => line(text, 10 * k + c + 1, 10 * k));
  const numbers = (k: number) => [`+49 5121 98765-${k}0`, `p${k}@foerder.example`];

  it('reads a role that has a name’s shape as the role of the name beside it, not as a person', () => {
    const found = read('https://foerder.example/kontakt', 'Ansprechpartner', [
      ...row(1, ['Tove Aalberg', 'Geschäftsführerin', ...numbers(1)]),
      ...row(2, ['Ingrid Dahl', 'Leiterin Vertrieb', ...numbers(2)]),
      ...row(3, ['Sepp Berg', 'Technischer Einkauf', ...numbers(3)]),
    ]);
    expect(found.map((c) => [c.name, c.title])).toEqual([
      ['Tove Aalberg', 'Geschäftsführerin'],
      ['Ingrid Dahl', 'Leiterin Vertrieb'],
      ['Sepp Berg', 'Technischer Einkauf'],
    ]);
  });

  it('keeps each name of a list of names without roles a person', () => {
    const found = read('https://foerder.example/beirat', 'Beirat', [
      ...row(1, ['Anna Berg', 'Zerbine Castro', 'Peter Smit', 'Ingrid Dahl']),
    ]);
    expect(found.map((c) => c.name)).toEqual(['Anna Berg', 'Zerbine Castro', 'Peter Smit', 'Ingrid Dahl']);
  });
});

describe('a name over its contacts', () => {
  it('reads a name with a known first name and a department after its comma as the person of the contacts under it', () => {
    // Each card one paragraph broken by <br>: its lines share one element.
    const found = read('https://stavby.example/kontakt', 'Kontakt', [
      line('Ing. Jan Dvořák, jednatel', 11, 10),
      line('tel.: +420 602 123 456', 11, 10),
      line('Bc. Petra Zelená, obchodní oddělení', 21, 20),
      line('tel.: +420 603 234 567', 21, 20),
      line('e-mail: info.obchod@stavby.example', 21, 20),
    ]);
    expect(found.map((c) => [c.name, c.phones.length, c.emails])).toEqual([
      ['Jan Dvořák', 1, []],
      ['Petra Zelená', 1, ['info.obchod@stavby.example']],
    ]);
  });

  it('takes no desk over its number for a person: only a known first name vouches for the line', () => {
    const found = read('https://stavby.example/kontakt', 'Kontakt', [
      line('Kundenservice Nord, Montag bis Freitag', 11, 10),
      line('Tel. +49 40 123456', 11, 10),
    ]);
    expect(found.map((c) => c.name)).toEqual(['']);
  });
});

describe('a bare number under a name', () => {
  it('is the person’s phone when it has its trunk prefix; a run of digits elsewhere is none', () => {
    const found = read('https://open.example/yhteystiedot', 'Yhteystiedot', [
      line('Kilpailujohtaja', 1, 0, { heading: 3 }),
      line('Markus Berg', 2, 0),
      line('0505527385', 3, 0),
      line('Tilausnumero', 5, 4, { heading: 3 }),
      line('0123456789', 6, 4),
    ]);
    expect(found.map((c) => [c.name, c.phones.map((p) => p.raw)])).toEqual([['Markus Berg', ['0505527385']]]);
  });
});

describe('sections of a contact page', () => {
  it('ends a name’s card at the next heading as high as the one that labels it', () => {
    const found = read('https://open.example/yhteystiedot', 'Yhteystiedot', [
      line('Kilpailujohtaja', 1, 0, { heading: 3 }),
      line('Markus Berg', 2, 0),
      line('0505527385', 3, 0, { phones: ['tel:0505527385'] }),
      line('markus.berg@tennis.example', 4, 0),
      line('Kentät', 5, 0, { heading: 3 }),
      line('Halli', 6, 0, { heading: 3 }),
      line('09 273 751', 7, 0),
      line('reception@halli.example', 8, 0),
    ]);
    expect(found.map((c) => [c.name, c.emails])).toEqual([
      ['Markus Berg', ['markus.berg@tennis.example']],
      ['', ['reception@halli.example']],
    ]);
  });
});

describe("a contact list's order", () => {
  // Each card: its role and name on one line, then a phone and an address of its own.
  const card = (k: number, line1: string, user: string) => [
    line(line1, 10 * k + 1, 10 * k, { shape: 5 }),
    line(`+48 537 621 94${k}`, 10 * k + 2, 10 * k, { shape: 6 }),
    line(`${user}@trans.example`, 10 * k + 3, 10 * k, { shape: 6 }),
  ];

  it('puts the head of the firm first, wherever the list puts them, and the rest in its order', () => {
    const found = read('https://trans.example/kontakt', 'Kontakt', [
      ...card(1, 'Kierownik Biura - Anna Nowak', 'anna'),
      ...card(2, 'Kierownik Spedycji - Paweł Lis', 'pawel'),
      ...card(3, 'Prezes Zarządu - Konrad Wilk', 'konrad'),
    ]);
    expect(found.map((c) => [c.name, c.title])).toEqual([
      ['Konrad Wilk', 'Prezes Zarządu'],
      ['Anna Nowak', 'Kierownik Biura'],
      ['Paweł Lis', 'Kierownik Spedycji'],
    ]);
  });
});

describe("a law firm's cards", () => {
  it('reads each lawyer behind "RA" or "RAin" as a person with their own contacts', () => {
    const found = read('https://kanzlei.example/team', 'Team', [
      line('RA Dr. Stefan Brenner', 11, 10, { heading: 3 }),
      line('Fachanwalt für Arbeitsrecht, Partner', 12, 10),
      line('T +49 89 123 456-10 · brenner@kanzlei.example', 13, 10),
      line('RAin Julia Brandt', 21, 20, { heading: 3 }),
      line('Rechtsanwältin', 22, 20),
      line('T +49 89 123 456-20 · brandt@kanzlei.example', 23, 20),
    ]);
    expect(found.map((c) => [c.name, c.emails])).toEqual([
      ['Stefan Brenner', ['brenner@kanzlei.example']],
      ['Julia Brandt', ['brandt@kanzlei.example']],
    ]);
  });
});

describe('a card that labels its lines', () => {
  it('takes the value of a role label as the title and of a firm label as the company', () => {
    const [found] = read('https://netz.example/ansprechpartner', 'Ansprechpartner', [
      line('Name: Jana Reuter', 11, 10),
      line('Funktion: Leiterin Netzbetrieb', 11, 10),
      line('Firma: Fjordline Optics', 11, 10),
      line('Telefon: 07131 56-2210', 11, 10),
    ]);
    expect([found?.name, found?.title, found?.company]).toEqual([
      'Jana Reuter',
      'Leiterin Netzbetrieb',
      'Fjordline Optics',
    ]);
  });

  it('takes a labelled role written as a sentence without its full stop', () => {
    const [found] = read('https://bolig.example/kontakt', 'Kontakt', [
      line('Hanne Rosendal', 1, 0, { heading: 4 }),
      line('Ansvar: Projektleder.', 2, 0),
      line('Tlf: (+45) 21 38 18 33.', 3, 0),
    ]);
    expect(found?.title).toBe('Projektleder');
  });

  it('takes a labelled role above the name without its label', () => {
    const [found] = read('https://andina.example/equipo', 'Equipo', [
      line('Cargo: Gerente General', 11, 10),
      line('Nombre: Carlos Méndez', 11, 10),
      line('Teléfono: +51 1 234 5678', 11, 10),
    ]);
    expect([found?.name, found?.title]).toEqual(['Carlos Méndez', 'Gerente General']);
  });
});

describe("an academic's page", () => {
  it('files a chair’s holder under the university named under the chair', () => {
    const [found] = read('https://uni-nordheim.example/feld', 'Prof. Dr. Markus Feld', [
      line('Prof. Dr. Markus Feld', 1, 0, { heading: 1 }),
      line('Lehrstuhlinhaber', 2, 0),
      line('Lehrstuhl für Wirtschaftsinformatik', 3, 0),
      line('Universität Nordheim', 3, 0),
      line('Tel.: +49 921 55-4711', 4, 0),
    ]);
    expect([found?.title, found?.company]).toEqual(['Lehrstuhlinhaber', 'Universität Nordheim']);
  });

  it('takes no doctor’s title before her name for a firm named after her', () => {
    const [found] = read('https://northfield.example/brooks', 'Dr. Helen Brooks | Department of Chemistry', [
      line('Dr. Helen Brooks', 1, 0, { heading: 1 }),
      line('Associate Professor of Physical Chemistry', 2, 0),
      line('Phone: (555) 123-4567', 3, 0),
    ]);
    expect(found?.company).not.toBe('Dr. Helen Brooks');
  });
});

describe("an author's page", () => {
  it('takes no heading that ends with the author’s name for her organisation', () => {
    const [found] = read('https://pipeline.example/author/anna-berg', 'Anna Berg – Author at Pipeline', [
      line('Anna Berg', 1, 0, { heading: 1 }),
      line('Anna is a freelance technology journalist based in Warsaw.', 2, 0),
      line('Latest articles by Anna Berg', 3, 0, { heading: 2 }),
      line('The best CRMs of 2025', 4, 0),
    ]);
    expect(found?.company).not.toBe('Latest articles by Anna Berg');
  });
});

describe('a contact list of names and numbers', () => {
  it('reads "Name: number" as a person with their phone, and an organisation listed so as none', () => {
    const found = read('https://pfadfinder.example/kontakt', 'Kontakt', [
      line('Stufenleiter', 1, 0, { heading: 2 }),
      line('Rebecca Berg: 0677/62522982', 2, 0),
      line('Alina Nordtal: 0650/4414635', 3, 0),
      line('Bootshütte', 5, 4, { heading: 2 }),
      line('Die Bootshütte kann für Lager gemietet werden.', 6, 4),
      line('Pressekontakte:', 11, 10),
      line('Deutsche Lebens-Rettungs-Gesellschaft: presse@hilfe.example, Tel. 05723 / 955-440', 12, 10),
    ]);
    expect(found.filter((c) => c.name).map((c) => [c.name, c.phones.map((p) => p.raw)])).toEqual([
      ['Rebecca Berg', ['0677/62522982']],
      ['Alina Nordtal', ['0650/4414635']],
    ]);
  });
});

describe('a signature laid out in cells', () => {
  it('gives the phone in a cell of its own to the name with a role under it, not to another name further down', () => {
    const found = read('https://praxis.example/signatur', 'Signatur', [
      line('Armal Berg', 17, 14),
      line('IT-Manager', 18, 14),
      line('armal.berg@praxis.example', 26, 14, { emails: ['armal.berg@praxis.example'] }),
      line('+49 173 731 4101', 34, 14, { phones: ['+49 173 731 4101'] }),
      line('Office Tower, 22. OG', 46, 14),
      line('Hamburger Straße 11', 47, 14),
      line('Geschäftsführer: Dr. med. Sekander Nord', 60, 14),
    ]);
    expect(found[0]).toMatchObject({ name: 'Armal Berg', title: 'IT-Manager' });
    expect(found[0]?.phones.map((p) => p.raw)).toEqual(['+49 173 731 4101']);
    expect(found[0]?.company).not.toBe('22. OG');
  });
});

describe('an imprint’s label of who is responsible', () => {
  it('gives the name under "Verantwortlich:" that role', () => {
    const found = read('https://fest.example/impressum', 'Impressum', [
      line('Impressum', 1, 0, { heading: 2 }),
      line('Kulti 9', 2, 0),
      line('St. Karliquai 12', 3, 0),
      line('6004 Luzern', 4, 0),
      line('Verantwortlich:', 5, 0),
      line('Fabio Berg', 6, 0),
      line('fabio@fest.example', 7, 0, { emails: ['fabio@fest.example'] }),
    ]);
    expect(found[0]).toMatchObject({ name: 'Fabio Berg', title: 'Verantwortlich' });
  });
});

describe('a CV’s newest position (cv-experience.ts)', () => {
  const cv = (experience: PageLine[]) =>
    read('https://jeanberg.example/equipe', 'Jean Berg kinésithérapeute', [
      line('Notre équipe', 1, 0, { heading: 2 }),
      line('Jean Berg', 2, 0, { heading: 4 }),
      line('Masseur-kinésithérapeute du sport', 3, 0),
      line('Ostéopathe D.O', 4, 0),
      line('Résumé', 5, 0, { heading: 5 }),
      line('Kinésithérapie spécialisée de l’épaule, recherche clinique.', 6, 0),
      ...experience,
    ]).map((c) => [c.name, c.title, c.company]);

  it('gives the page’s one person the organisation where it is held', () => {
    const experience = [
      line('Expérience', 7, 0, { heading: 5 }),
      line('Masseur-Kinésithérapeute et Ostéopathe DO', 8, 0, { heading: 5 }),
      line('Cabinet Kiné du Port', 9, 0),
      line('Depuis août 2015', 10, 0),
      line('Masseur-Kinésithérapeute', 11, 0, { heading: 5 }),
      line('Cabinet de groupe Nordville', 12, 0),
      line('Septembre 2011 à novembre 2013', 13, 0),
    ];
    expect(cv(experience)).toEqual([
      ['Jean Berg', 'Masseur-kinésithérapeute du sport', 'Cabinet Kiné du Port'],
    ]);
  });

  it('gives nothing where the line after the role only dates it', () => {
    const experience = [
      line('Expérience', 7, 0, { heading: 5 }),
      line('Masseur-Kinésithérapeute', 8, 0, { heading: 5 }),
      line('Depuis août 2015', 9, 0),
    ];
    expect(cv(experience)[0]?.[2]).not.toBe('Depuis août 2015');
  });
});
