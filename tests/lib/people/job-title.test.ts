// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { titleAndOrg } from '@/lib/people/card-lines';
import { isJobTitle, namesRole } from '@/lib/people/job-title';
import { titleThenName } from '@/lib/people/role-line';
import { nominativeRole } from '@/lib/people/role-phrase';
import { parseContactLines } from '@/lib/people/signature';
import { isTopRole } from '@/lib/people/top-role';

/**
 * The job-title signal on lines as pages write them, in the languages the product meets: role
 * heads derived from ESCO plus the reviewed roles it lacks, behind a title shape.
 */

describe('a job title', () => {
  it.each([
    // English: ESCO heads, executive roles ESCO lacks, roles of several words
    'Buyer',
    'Head of Sales',
    'Senior Software Engineer',
    'VP Sales',
    'Co-Founder & CEO',
    'Managing Partner',
    'Chief Happiness Officer',
    'PR & Communications',
    // Roles of legal, property and writing offices ESCO's labels miss
    'Notary Public',
    'Paralegal',
    'Realtor',
    'Copywriter',
    'Sachverständiger',
    'Bausachverständige',
    'Gutachterin',
    'Immobilienmakler',
    // Occupations the old hand-grown stems never met, named by ESCO
    'Field Service Technician',
    'Quality Inspector',
    'Shift Supervisor',
    'Receptionist',
    'Ingeniera de datos',
    'Técnica de laboratorio',
    'Coordenadora de projetos',
    'Conseillère clientèle',
    'Docent Nederlands',
    // German: compounds by their ending, feminine and gender-star forms
    'Geschäftsführer',
    'Leiterin Vertrieb',
    'Pressesprecherin',
    'Pressesprecher*in',
    'Steuerberaterin',
    'Vorstandsmitglied',
    'Inhaber',
    'Praxisinhaberin',
    'Domaininhaber und verantwortlich für den Inhalt',
    // French, Spanish, Portuguese, Italian
    'directeur commercial',
    'Fondateur & CEO',
    'Responsable marketing',
    'abogado',
    'Jefa de prensa',
    'Diretora técnica',
    'Avvocato',
    'Responsabile commerciale',
    // Dutch, Danish, Swedish, Norwegian, Polish, Czech
    'Accountmanager',
    'Verkoopleider',
    'Voorzitter',
    'Salgschef',
    'Projektleder',
    'Ordförande',
    'IT-konsult',
    'Daglig leder',
    'Kierownik sprzedaży',
    'Doradca Klienta',
    'Prezes Zarządu',
    'Jednatel',
  ])('"%s"', (line) => {
    expect(isJobTitle(line)).toBe(true);
  });

  // The common occupations of each language: heads derived from ESCO's labels in 23 languages,
  // Swedish compounds from Språkbanken's occupation names, offices and professions from reviewed lists.
  it.each([
    [
      'German',
      [
        'Rechtsanwalt',
        'Fachanwältin für Arbeitsrecht',
        'Zahnärztin',
        'Pflegefachkraft',
        'Psychologin',
        'Technischer Zeichner',
        'Medizinische Fachangestellte',
        'Sozialarbeiterin',
        'Zerspanungsmechaniker',
        'Teamleiterin Buchhaltung',
      ],
    ],
    ['Swedish', ['Advokat', 'Specialistläkare', 'Sjuksköterska', 'Lärare', 'Revisor', 'Civilingenjör']],
    [
      'Danish',
      [
        'Overlæge',
        'Sygeplejerske',
        'Advokatfuldmægtig',
        'Folkeskolelærer',
        'Psykolog',
        'Bogholder',
        'Montør',
      ],
    ],
    [
      'Norwegian',
      [
        'Spesialist i allmennmedisin',
        'Lege under spesialisering',
        'Fastlege',
        'Sykepleier',
        'Lærer',
        'Salgssjef',
      ],
    ],
    ['Italian', ['Infermiera', 'Psicologa', 'Ragioniere', 'Sviluppatore software', 'Consigliere comunale']],
    // Public and board offices and the liberal professions, from a reviewed list.
    ['Dutch offices', ['Advocaat', 'Notaris', 'Huisarts', 'Bestuurslid', 'Woordvoerder', 'Wethouder']],
    ['Spanish offices', ['Diputada', 'Senador', 'Concejal', 'Alcaldesa', 'Tesorero', 'Presidenta']],
    ['Portuguese offices', ['Advogado', 'Enfermeiro', 'Vereador', 'Prefeita', 'Deputado federal']],
    ['French offices', ['Député', 'Sénatrice', 'Ministre', 'Médecin', 'Notaire', 'Trésorière']],
    ['Polish offices', ['Adwokat', 'Radca prawny', 'Skarbnik', 'Członek Zarządu', 'Poseł', 'Radna']],
    ['Czech offices', ['Advokát', 'Poslankyně', 'Předseda', 'Místopředseda']],
    ['Finnish compounds', ['Toimitusjohtaja', 'Päätoimittaja', 'Puheenjohtaja', 'Myyntipäällikkö']],
    ['German trainees', ['Auszubildende', 'Volontärin']],
    // ESCO's labels in the other EU languages, derived like the first seven
    ['Hungarian', ['Ügyvezető igazgató', 'Értékesítési vezető', 'Tanácsadó', 'Könyvelő', 'Mérnök']],
    [
      'Czech and Slovak',
      [
        'Manažerka prodeje',
        'Vedoucí provozu',
        'Obchodní ředitel',
        'Riaditeľ',
        'Účetní',
        'organizátor',
        'Generální sekretář',
      ],
    ],
    ['Italian from ESCO', ['Direttore commerciale', 'Addetta stampa', 'Tecnico di laboratorio']],
    ['Romanian', ['Director general', 'Inginer', 'Consilier juridic', 'Manager de proiect']],
    ['Croatian and Slovenian', ['Voditeljica prodaje', 'Direktor', 'Vodja projekta', 'Svetovalec']],
    ['Baltic', ['Projektu vadītāja', 'Direktorius', 'Pārdošanas vadītājs', 'Juhataja']],
    ['Greek and Bulgarian', ['Διευθυντής πωλήσεων', 'Σύμβουλος', 'Търговски директор', 'Мениджър продажби']],
    // Scientists and physicians by "-ologist" in every language
    [
      '-ologists',
      [
        'Meteorologist',
        'glaciólogo',
        'Psicóloga clínica',
        'Kardiologin',
        'Psycholoog',
        'Psycholog',
        'Neumonólogo',
      ],
    ],
    // Polish and Czech feminine forms: "-ka" after the masculine head
    ['Polish feminine', ['Koordynatorka projektu', 'Redaktorka naczelna', 'Prezeska zarządu', 'Dyrektorka']],
    // Typed without accents, as a keyboard without them does.
    [
      'Polish and Czech without accents',
      ['Czlonek Zarzadu', 'Wlasciciel', 'Zalozyciel', 'Reditel', 'Predseda'],
    ],
  ])('in %s', (_language, lines) => {
    expect(lines.filter((line) => !isJobTitle(line))).toEqual([]);
  });
});

describe('not a job title', () => {
  it.each([
    // Sentences, even with a role word in them
    'We build software for hospitals',
    'We are looking for a developer',
    'Our manager will call you back.',
    'Wir suchen eine Projektleiterin für unser Team!',
    'Is your engineer available?',
    // Navigation and page furniture
    'Contact us',
    'About us',
    'Press',
    'Marketing',
    'Read more',
    'Impressum',
    'Datenschutzerklärung',
    'Nuestros servicios',
    // A book's parts end as "-ologist" does
    'Prologue',
    'Monólogo',
    // Short words of another language that a head loses its accents to ("chargé", "patrón")
    'Free Charge',
    'Patron',
    // Organisations, products and places
    'Fjordline Optics',
    'Acme GmbH',
    'Natural Dog Food',
    'Fernhill Wildlife Trust',
    'Berlin, Germany',
    'Energie Gebäude Energietechnik',
    // People
    'Anna Rass',
    'Dean Bluhm',
    // Long lines are prose, not titles
    'Director of the institute for applied research on regional development and innovation policy',
  ])('"%s"', (line) => {
    expect(isJobTitle(line)).toBe(false);
  });

  it.each([
    [
      'German',
      [
        'Ihr Arzt in Berlin ist für Sie da.',
        'Über uns',
        'Stellenangebote',
        'Kontakt',
        'Hilfe',
        'Hersteller',
        'Leider ausverkauft',
      ],
    ],
    ['Swedish', ['Vi söker en lärare till vår skola.', 'Kontakta oss', 'Om oss', 'Startsida']],
    ['Danish', ['Vi søger en erfaren sygeplejerske.', 'Kontakt os', 'Om os', 'Forside']],
    ['Norwegian', ['Vi har ledig stilling som lege.', 'Om oss', 'Nyheter', 'Indianapolis', 'College']],
    ['Italian', ["Cerchiamo un'infermiera per il reparto.", 'Chi siamo', 'Lavora con noi', 'Ufficio stampa']],
    // A head-first language's adjectives open role labels ("Obchodní ředitel") but name no role alone.
    ['Czech', ['Osobní údaje', 'Obchodní podmínky', 'Ochrana osobních údajů', 'O nás', 'Technická podpora']],
    ['Hungarian', ['Adatvédelmi nyilatkozat', 'Általános szerződési feltételek', 'Kapcsolat', 'Rólunk']],
    [
      'Croatian and Romanian',
      ['Opći uvjeti', 'Financijski izvještaji', 'Termeni și condiții', 'Date personale'],
    ],
  ])('sentences and menu items in %s', (_language, lines) => {
    expect(lines.filter(isJobTitle)).toEqual([]);
  });

  it('reads German roles ESCO names too rarely ("Gesellschafterin", "Teamassistenz", "Doktorandin")', () => {
    for (const title of [
      'Geschäftsführende Gesellschafterin',
      'Teamassistenz',
      'Doktorandin',
      'Werkstudentin',
    ])
      expect(isJobTitle(title), title).toBe(true);
  });

  it('reads French and Polish partners and spokeswomen ("Cofondatrice", "Associée", "Rzeczniczka prasowa")', () => {
    for (const title of ['Cofondatrice', 'Avocate associée', 'Wspólnik', 'Rzeczniczka prasowa'])
      expect(isJobTitle(title), title).toBe(true);
  });

  it('reads Dutch compounds of a role ESCO gives alone ("Hoofdredacteur", "Persvoorlichter")', () => {
    for (const title of ['Hoofdredacteur', 'Eindredacteur', 'Persvoorlichter', 'Praktijkhouder'])
      expect(isJobTitle(title), title).toBe(true);
  });

  it('reads Turkish titles, which ESCO does not cover, and their compound forms', () => {
    for (const title of [
      'Genel Müdür',
      'Satış Müdürü',
      'Kurucu',
      'Hukuk Danışmanı',
      'Yönetim Kurulu Başkanı',
    ])
      expect(isJobTitle(title), title).toBe(true);
    expect(isJobTitle('Genel Kurul')).toBe(false);
  });

  it('keeps a name whose surname is a trade, in every language whose roles are read', () => {
    const surnames = [
      // The most frequent German surnames, many of them trades
      ...'Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter Bauer Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster Simon Ludwig Böhm Winter Kraus Martin Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch Bergmann Thomas Voigt Sauer Arnold Wolff Pfeiffer'.split(
        ' ',
      ),
      // Nordic and Italian trades that are surnames
      ...'Smed Møller Skomager Bonde Kock Bager Skriver Præst Forman Fisker Skytte Ferrari Fabbri Barbieri Molinari Sarti Pastore Pescatore Giudice Cuoco Sartori Ferraro Sarto'.split(
        ' ',
      ),
      // and in the other languages whose ESCO labels are read
      ...'Kovács Szabó Molnár Halász Kertész Juhász Kovář Krejčí Kováč Kovač Kuhar Kalējs Sepp Rätsep Croitoru Ciobanu'.split(
        ' ',
      ),
      // Turkish offices that are surnames too
      'Başkan',
      'Uzman',
      'Şef',
      // Offices that are surnames too
      'Alcalde',
      'Starosta',
      'Maire',
    ];
    const names = surnames.map((surname) => `Anna ${surname}`);
    expect(names.filter((name) => namesRole(name) || isJobTitle(name))).toEqual([]);
  });

  it('keeps a name whose surname is also a trade, and sees a role in a role line', () => {
    const names = ['John Smith', 'Tom Cook', 'Adam Driver', 'Leen Provost', 'Anna Kaufmann', 'Dean Bluhm'];
    expect(names.filter(namesRole)).toEqual([]);
    expect(
      ['Sales Manager', 'Geschäftsführerin', 'Chief Executive Officer', 'Directrice'].map(namesRole),
    ).toEqual([true, true, true, true]);
  });
});

describe('a role line under a name is a title and a company, never a company alone', () => {
  it.each([
    ['Buyer at Fjordline Optics', 'Buyer', 'Fjordline Optics'],
    ['Head of Sales, Acme', 'Head of Sales', 'Acme'],
    ['Leiterin Vertrieb bei Nordwind GmbH', 'Leiterin Vertrieb', 'Nordwind GmbH'],
    ['directeur chez Fromagerie Blanc', 'directeur', 'Fromagerie Blanc'],
    // A role we have no word for: the "at" still makes it a role line.
    ['Chief Happiness Wrangler at Fjordline Optics', 'Chief Happiness Wrangler', 'Fjordline Optics'],
    ['Growth Hacker at Fjordline Optics', 'Growth Hacker', 'Fjordline Optics'],
    ['Developer Advocate @ Fjordline', 'Developer Advocate', 'Fjordline'],
    ['Data Scientist @Nordwind', 'Data Scientist', 'Nordwind'],
    ['Bankkaufmann bei der Sparkasse Nordheide', 'Bankkaufmann', 'Sparkasse Nordheide'],
    // Other languages' words, a bar, a dash or brackets: after a role, before a name that is none.
    ['Säljchef på Nordwind Bil', 'Säljchef', 'Nordwind Bil'],
    ['Responsabile vendite presso Fjordline', 'Responsabile vendite', 'Fjordline'],
    ['Product Manager bij Nordwind', 'Product Manager', 'Nordwind'],
    ['Principal Engineer | Fjordline', 'Principal Engineer', 'Fjordline'],
    ['CTO – Nordwind', 'CTO', 'Nordwind'],
    ['VP Engineering (Fjordline)', 'VP Engineering', 'Fjordline'],
    // A sentence's full stop is no part of the name; a unit before its institution is not where it is held.
    ['Head of Public Affairs, Nordwind.', 'Head of Public Affairs', 'Nordwind'],
    [
      'Seniorprofessor, Medizinische Fakultät – Universität Nordheim',
      'Seniorprofessor',
      'Universität Nordheim',
    ],
  ])('"%s" in a card', (line, title, company) => {
    expect(titleAndOrg([line], false)).toEqual({ title, company });
  });

  it.each([
    // An area after the role: a country, a market, a department.
    'Sales Manager – Germany',
    'Geschäftsführer – Deutschland',
    'VP Sales (EMEA)',
    'Partner | Tax',
    // A list of roles.
    'Especialista En Sueño | Neumonólogo | Clínico',
  ])('"%s" in a card is a title alone', (line) => {
    expect(titleAndOrg([line], false)).toEqual({ title: line });
  });

  it('in a signature under the sender’s name', () => {
    const c = parseContactLines(
      ['Jane Doe', 'Leiterin Vertrieb bei Nordwind GmbH', '+49 30 1234567'],
      'Jane Doe',
    );
    expect(c).toMatchObject({ title: 'Leiterin Vertrieb', company: 'Nordwind GmbH' });
  });

  it('takes an organisation whose name holds a digit or its short name in brackets, not a street', () => {
    expect(titleAndOrg(['Y2K Centre of Expertise (BRO)'], false)).toEqual({
      company: 'Y2K Centre of Expertise (BRO)',
    });
    expect(titleAndOrg(['3M Deutschland'], false)).toEqual({ company: '3M Deutschland' });
    // Hawaiian names open with an ʻokina.
    expect(titleAndOrg(['ʻOhana Nordwind Alliance'], false)).toEqual({ company: 'ʻOhana Nordwind Alliance' });
    expect(titleAndOrg(['Heidjerweg 1', '29614 Soltau'], false)).toEqual({});
    expect(titleAndOrg(['Tel. 030 1234567'], false)).toEqual({});
  });

  it('reads a German role after an oblique article in its nominative, not a noun or a verb', () => {
    expect(nominativeRole('den', 'Vorsitzenden')).toBe('Vorsitzender');
    expect(nominativeRole('dem', 'Präsidenten')).toBe('Präsident');
    expect(nominativeRole('des', 'Prokuristen')).toBe('Prokurist');
    expect(nominativeRole('den', 'Kunden')).toBe('');
    // A weak noun that is no role ("den Mandanten"): no role either.
    expect(nominativeRole('den', 'Mandanten')).toBe('');
    expect(nominativeRole('wir', 'Beraten')).toBe('');
    expect(nominativeRole('den', 'beraten')).toBe('');
  });

  it("takes the firm's name with its legal form over a department's line above it", () => {
    expect(titleAndOrg(['Einkauf', 'Fjordline Optics GmbH', 'Tel. +49 30 1234567'], false)).toEqual({
      company: 'Fjordline Optics GmbH',
    });
    expect(titleAndOrg(['Nordwerk GmbH', 'Berlin Office'], false)).toEqual({ company: 'Nordwerk GmbH' });
    // Not over an institution, nor over the company a role line names.
    expect(titleAndOrg(['Universität Wien', 'Nordwerk GmbH'], false)).toEqual({
      company: 'Universität Wien',
    });
    expect(titleAndOrg(['Head of Sales, Acme', 'Nordwerk GmbH'], false)).toEqual({
      title: 'Head of Sales',
      company: 'Acme',
    });
  });

  it("takes no link's call to see more for an organisation ('Zobacz CV', 'View profile')", () => {
    for (const link of ['Zobacz CV', 'View profile', 'Mehr erfahren', 'Ver perfil', 'En savoir plus'])
      expect(titleAndOrg([link], false), link).toEqual({});
    // Firms whose names start with such a word stay firms.
    for (const firm of ['Nordwerk Studio', 'Zum Goldenen Hirsch', 'Mehr Demokratie', 'Les Nordiques'])
      expect(titleAndOrg([firm], false), firm).toEqual({ company: firm });
  });

  it('takes a firm written in lower case when its legal form names it, not a lower-case sentence', () => {
    expect(titleAndOrg(['nordlicht Agentur und Redaktion GmbH', 'Hafenweg 5'], false)).toEqual({
      company: 'nordlicht Agentur und Redaktion GmbH',
    });
    expect(titleAndOrg(['seit 2010 im Haus'], false)).toEqual({});
    // A phrase about a firm is no firm.
    expect(titleAndOrg(['ein Projekt der nordlicht GmbH'], false)).toEqual({});
    expect(titleAndOrg(['im Auftrag der Nordwerk AG'], false)).toEqual({});
  });

  it('takes no title from a sentence under a name', () => {
    expect(titleAndOrg(['We build software for hospitals'], false).title).toBeUndefined();
  });

  it('reads a speaker’s role broken over lines, a second role, then the organisation', () => {
    const lines = [
      'Enseignant chercheur',
      'en journalisme',
      'Directeur du Laboratoire ABC-LAB',
      'Université de Nice',
    ];
    expect(titleAndOrg(lines, true)).toEqual({
      title: 'Enseignant chercheur en journalisme',
      company: 'Université de Nice',
    });
  });

  it('takes a listing’s line that names an institution for the affiliation, not the title', () => {
    expect(titleAndOrg(['Johannes Kepler University Linz'], true)).toEqual({
      company: 'Johannes Kepler University Linz',
    });
    expect(titleAndOrg(['Deutsches Klimarechenzentrum, DKRZ'], true)).toEqual({
      company: 'Deutsches Klimarechenzentrum, DKRZ',
    });
    // Its other lines are still a title: "Senior Lecturer" under "University of Leeds".
    expect(titleAndOrg(['University of Leeds', 'Senior Lecturer'], true)).toEqual({
      company: 'University of Leeds',
      title: 'Senior Lecturer',
    });
  });
});

describe('a role written before the name', () => {
  it.each([
    ['1. Vorsitzender Matthias Wenk EMail: matthias@example.org', '1. Vorsitzender', 'Matthias Wenk'],
    ['Geschäftsführerin Anna Berg EMail: a.berg@example.de', 'Geschäftsführerin', 'Anna Berg'],
    ['Program Director, Denise Hale: denise@example.org', 'Program Director', 'Denise Hale'],
    ['Geschäftsführer Max Mustermann', 'Geschäftsführer', 'Max Mustermann'],
    // A role whose last word is in lower case, as Polish and French write them.
    ['Kierownik produkcji Jan Nowak', 'Kierownik produkcji', 'Jan Nowak'],
    ['Directeur commercial Jean Dupont', 'Directeur commercial', 'Jean Dupont'],
    // The role follows "our" in a heading that introduces the person.
    ['Lernen Sie unseren Co-Gründer Max Muster kennen', 'Co-Gründer', 'Max Muster'],
    ['Meet our CEO Jane Doe', 'CEO', 'Jane Doe'],
  ])('"%s"', (line, title, name) => {
    expect(titleThenName(line)).toEqual({ title, name });
  });

  it.each([
    'Head Office London',
    'Sales Manager Jobs',
    // A headline: the role ends in a connector.
    'Engineer at Acme Jane Doe',
    'Dean Bluhm',
    'Energie Gebäude Energietechnik Europa Elektrifizierung',
    // A firm with its legal form: "Expert" is part of its name.
    'EDC Expert Direct Communication Sp.z o.o.',
    // After a comma, a name without a known first name is the role's place.
    'Head of Communications, Nordwind Robotics',
  ])('not in "%s"', (line) => {
    expect(titleThenName(line)).toBeUndefined();
  });
});

describe('the role that heads a firm (top-role.ts)', () => {
  it.each([
    'CEO',
    'Geschäftsführerin',
    'VD',
    'Prezes Zarządu',
    'directeur général',
    'toimitusjohtaja',
    'Daglig leder',
  ])('%s heads it', (title) => expect(isTopRole(title)).toBe(true));

  it.each(['Vice President Sales', 'Head of Sales', 'Kierownik Spedycji', 'Assistant to the CEO', ''])(
    '"%s" does not',
    (title) => expect(isTopRole(title)).toBe(false),
  );
});
