import { describe, expect, it } from 'vitest';
import { emptyCandidate } from '@/lib/page/candidate';
import type { PageLine, PageReading } from '@/lib/page/contract';
import { normalizeCapture } from '@/lib/people';
import { describedInProse } from '@/lib/people/prose-people';
import { proseRoles } from '@/lib/people/prose-role';

/**
 * People whose role a page gives only in a sentence: author bios and the people a press release
 * quotes. No dev page names someone in full with a role in a sentence (their bios use a first
 * name alone, under a card that already states the role), so these read written sentences.
 */

const read = (sentence: string) =>
  proseRoles(sentence).map(({ name, title, company }) => ({ name, title, company }));

describe('proseRoles: bios', () => {
  it.each([
    [
      'Andrés Malamud es politólogo e investigador en la Universidad de Lisboa.',
      { name: 'Andrés Malamud', title: 'politólogo e investigador', company: 'Universidad de Lisboa' },
    ],
    [
      'Jane Doe is a senior reporter at The Guardian, where she covers health.',
      { name: 'Jane Doe', title: 'senior reporter', company: 'The Guardian' },
    ],
    [
      'Max Muster ist Professor für Informatik an der TU Berlin.',
      { name: 'Max Muster', title: 'Professor für Informatik', company: 'TU Berlin' },
    ],
    [
      'Marie Dupont est journaliste au Monde.',
      { name: 'Marie Dupont', title: 'journaliste', company: 'Monde' },
    ],
    // "now" in the bio's language is no part of the role; a sentence's full stop none of the firm.
    [
      'Marie Dupont est maintenant développeuse principale chez Nordwind Hat.',
      { name: 'Marie Dupont', title: 'développeuse principale', company: 'Nordwind Hat' },
    ],
    // A newsroom's unit is where the role is, not an employer.
    [
      'Jana Berg ist Redakteurin im Ressort Unternehmen.',
      { name: 'Jana Berg', title: 'Redakteurin', company: undefined },
    ],
    [
      'Jana Berg ist jetzt Leiterin Vertrieb bei Nordwind Co.',
      { name: 'Jana Berg', title: 'Leiterin Vertrieb', company: 'Nordwind Co.' },
    ],
    [
      'Jan de Vries is hoogleraar aan de Universiteit Utrecht.',
      { name: 'Jan de Vries', title: 'hoogleraar', company: 'Universiteit Utrecht' },
    ],
    [
      'Mario Rossi è giornalista presso il Corriere della Sera.',
      { name: 'Mario Rossi', title: 'giornalista', company: 'Corriere della Sera' },
    ],
    [
      'João Silva é engenheiro na Petrobras.',
      { name: 'João Silva', title: 'engenheiro', company: 'Petrobras' },
    ],
    [
      'Anna Svensson är projektledare på Volvo.',
      { name: 'Anna Svensson', title: 'projektledare', company: 'Volvo' },
    ],
    [
      'Anders Jensen er direktør hos Novo Nordisk.',
      { name: 'Anders Jensen', title: 'direktør', company: 'Novo Nordisk' },
    ],
    ['Dr. Jane Doe is the founder of Acme.', { name: 'Jane Doe', title: 'founder', company: 'Acme' }],
    [
      'Jane Doe works as a nurse at St. Mary Hospital.',
      { name: 'Jane Doe', title: 'nurse', company: 'St. Mary Hospital' },
    ],
  ])('%s', (sentence, person) => {
    expect(read(sentence)).toEqual([person]);
  });

  it('reads each bio of a line, one with a role and no organisation too', () => {
    const line =
      'Andrés Malamud es politólogo e investigador en la Universidad de Lisboa. Martín Schapiro es abogado administrativista y analista internacional';
    expect(read(line).map((p) => [p.name, p.title, p.company])).toEqual([
      ['Andrés Malamud', 'politólogo e investigador', 'Universidad de Lisboa'],
      ['Martín Schapiro', 'abogado administrativista y analista internacional', undefined],
    ]);
  });

  it('reads the office held after "and the", not the description before it; both when both are offices', () => {
    expect(
      read('Jane Doe is a seasoned tax expert and the Founding Managing Director at Nordwind Advisory.'),
    ).toEqual([{ name: 'Jane Doe', title: 'Founding Managing Director', company: 'Nordwind Advisory' }]);
    expect(read('Jane Doe is the CEO and the Founder of Nordwind.')).toEqual([
      { name: 'Jane Doe', title: 'CEO and the Founder', company: 'Nordwind' },
    ]);
  });

  it('reads the employer a bio names after its role, and no place or person as one', () => {
    expect(
      read(
        'Jane Doe is an engineering lead, currently leading the data team at Nordwind Research, where she works.',
      ),
    ).toEqual([{ name: 'Jane Doe', title: 'engineering lead', company: 'Nordwind Research' }]);
    expect(read('Max Muster ist Grafikdesigner, seit 2019 bei Nordwind Medien.')).toEqual([
      { name: 'Max Muster', title: 'Grafikdesigner', company: 'Nordwind Medien' },
    ]);
    expect(read('Jane Doe is a nurse, living in Berlin with her family.')).toEqual([
      { name: 'Jane Doe', title: 'nurse', company: undefined },
    ]);
    expect(read('Jane Doe is a nurse, often working at John Smith’s side.')).toEqual([
      { name: 'Jane Doe', title: 'nurse', company: undefined },
    ]);
  });

  it('reads a Polish role after "jest" in its nominative, and leaves out an employer in the genitive', () => {
    expect(read('Jan Kowalski jest prezesem w Orlen.')).toEqual([
      { name: 'Jan Kowalski', title: 'prezes', company: 'Orlen' },
    ]);
    expect(read('Anna Nowak jest redaktorką naczelną w Polnoc Media.')).toEqual([
      { name: 'Anna Nowak', title: 'redaktorka naczelna', company: 'Polnoc Media' },
    ]);
    expect(read('Jan Kowalski jest dziennikarzem Gazety Północnej.')).toEqual([
      { name: 'Jan Kowalski', title: 'dziennikarz' },
    ]);
    expect(read('Jan Kowalski jest w domu.')).toEqual([]);
  });

  it('ends a role without an organisation where the sentence goes on to where or since when', () => {
    expect(read('Max Muster ist freier Journalist in Berlin und schreibt über Technik.')).toEqual([
      { name: 'Max Muster', title: 'freier Journalist' },
    ]);
    expect(read('Anna Berg ist Redakteurin seit 2015.')).toEqual([
      { name: 'Anna Berg', title: 'Redakteurin' },
    ]);
    expect(read('Jane Doe is a leader in cloud software.')).toEqual([]);
  });

  it('reads the role "als" gives, up to where a new phrase starts after its noun', () => {
    expect(
      read('Bernd Berg ist als Firmengründer staatlich geprüfter Steintechniker und Meister seines Fachs.'),
    ).toEqual([{ name: 'Bernd Berg', title: 'Firmengründer' }]);
    expect(read('Anna Berg ist als Geschäftsführerin für den Vertrieb zuständig.')).toEqual([
      { name: 'Anna Berg', title: 'Geschäftsführerin für den Vertrieb' },
    ]);
  });

  it('reads a quote too long to read whole up to its last whole word, without a cut word as the organisation', () => {
    const tail = ', sagt Max Muster, Geschäftsführender Vorstand der Stiftung Nordwerk.';
    // The sentence is cut at 400 characters: here, inside "Stiftung".
    const quote = `„${'und wir forschen gern '.repeat(30)}`.slice(0, 400 - tail.indexOf('Stiftung') - 6);
    const [found] = read(`${quote}“${tail}`);
    expect(found).toMatchObject({ name: 'Max Muster', title: 'Geschäftsführender Vorstand' });
    expect(found?.company).toBeUndefined();
  });

  it('reads the people an article lists with their credentials and roles', () => {
    expect(
      read(
        'Jane Doe, PhD, senior research scientist; and John Smith, MD, PhD, visiting scholar at Nordwerk University, share lead authorship.',
      ),
    ).toEqual([
      { name: 'Jane Doe', title: 'senior research scientist' },
      { name: 'John Smith', title: 'visiting scholar', company: 'Nordwerk University' },
    ]);
    // A place set off by commas is no person.
    expect(read('Berlin, Germany, is a city.')).toEqual([]);
  });

  it('reads a bio whose name is followed by pronouns', () => {
    expect(read('Jane Doe (she/her) is CEO at Nordwerk. Send her a note.')).toEqual([
      { name: 'Jane Doe', title: 'CEO', company: 'Nordwerk' },
    ]);
  });

  it('ends the role where the sentence goes on to the named unit it works in', () => {
    expect(read('Jane Doe is a science writer in the Office of Communications.')).toEqual([
      { name: 'Jane Doe', title: 'science writer' },
    ]);
    expect(read('Jane Doe is a lecturer in Physics at Nordwerk University.')).toEqual([
      { name: 'Jane Doe', title: 'lecturer in Physics', company: 'Nordwerk University' },
    ]);
  });

  it('ends the role where the sentence goes on to describe the work', () => {
    expect(read('Jane Doe is a Product Manager at Figma focused on developer tools.')).toEqual([
      { name: 'Jane Doe', title: 'Product Manager', company: 'Figma' },
    ]);
  });

  it('takes a business function after "of" for the rest of the role, not for the organisation', () => {
    expect(read('Jane Doe is Head of Sales.')).toEqual([
      { name: 'Jane Doe', title: 'Head of Sales', company: undefined },
    ]);
  });

  it('marks a bio that names a known first name alone', () => {
    expect(proseRoles('Tom is a software consultant specialising in web systems.')).toEqual([
      { name: 'Tom', title: 'software consultant', firstNameOnly: true },
    ]);
  });
});

describe('proseRoles: quoted people', () => {
  it.each([
    [
      '“We are thrilled,” said John Smith, Chief Executive Officer of Acme Corp.',
      { name: 'John Smith', title: 'Chief Executive Officer', company: 'Acme Corp' },
    ],
    [
      'Jane Roe, VP of Marketing at Initech, said the launch went well.',
      { name: 'Jane Roe', title: 'VP of Marketing', company: 'Initech' },
    ],
    [
      '„Wir freuen uns“, sagte Anna Berg, Geschäftsführerin der Beispiel GmbH.',
      { name: 'Anna Berg', title: 'Geschäftsführerin', company: 'Beispiel GmbH' },
    ],
    [
      '"Most companies only analyze their website," said Peter Reinhardt, CEO and co-founder of Segment. "To build great experiences"',
      { name: 'Peter Reinhardt', title: 'CEO and co-founder', company: 'Segment' },
    ],
    [
      '"Customers want raw access," said Scott Williamson, Senior Director, Product Management at SendGrid.',
      { name: 'Scott Williamson', title: 'Senior Director, Product Management', company: 'SendGrid' },
    ],
    [
      'Sales doubled last year, according to Jane Roe, Chief Financial Officer of Initech.',
      { name: 'Jane Roe', title: 'Chief Financial Officer', company: 'Initech' },
    ],
    [
      'Según María López, directora general de Acme Ibérica, las ventas crecieron.',
      { name: 'María López', title: 'directora general', company: 'Acme Ibérica' },
    ],
    // Norwegian "sier", and "i" before the workplace.
    [
      '– Barneidretten er viktig, sier Per Hansen, generalsekretær i Idrettslaget.',
      { name: 'Per Hansen', title: 'generalsekretær', company: 'Idrettslaget' },
    ],
    // The role before the name.
    [
      '– Vi er stolte, sier sponsorsjef i Meieriet, Kari Nordmann.',
      { name: 'Kari Nordmann', title: 'sponsorsjef', company: 'Meieriet' },
    ],
    ['"Sales doubled," said CEO Jane Smith.', { name: 'Jane Smith', title: 'CEO' }],
    [
      '„Rechtssicherheit ist unabdingbar“, fordert Knut Berg, Bundesvorsitzender des Nordbundes. Die Verbände stehen bereit.',
      { name: 'Knut Berg', title: 'Bundesvorsitzender', company: 'Nordbundes' },
    ],
    [
      '„Eine Investitionsoffensive ist unabdingbar“, sagt der Präsident des Nordhilfe Hilfsdienst, Georg Berg. Aus diesem Grund fordern sie mehr.',
      { name: 'Georg Berg', title: 'Präsident', company: 'Nordhilfe Hilfsdienst' },
    ],
    // A news report's other attribution verbs, and scientists named by "-ologist" in any language.
    [
      '“Tenemos dudas”, opina Lucía Torres, meteoróloga del Servicio Nacional de Meteorología.',
      { name: 'Lucía Torres', title: 'meteoróloga', company: 'Servicio Nacional de Meteorología' },
    ],
    [
      '"The trend matters more," warned Jane Roe, glaciologist at the Polar Institute.',
      { name: 'Jane Roe', title: 'glaciologist', company: 'Polar Institute' },
    ],
  ])('%s', (sentence, person) => {
    expect(read(sentence)).toEqual([person]);
  });
});

describe('proseRoles: roles given in passing, before the name', () => {
  it.each([
    ['Gestern eröffnete der Bürgermeister Jan Berg das Fest.', 'Jan Berg', 'Bürgermeister'],
    ['The talks ended the career of Prime Minister Maria Lopez for now.', 'Maria Lopez', 'Prime Minister'],
  ])('%s', (sentence, name, title) => {
    expect(proseRoles(sentence)).toEqual([{ name, title, mentioned: true }]);
  });

  it.each([
    [
      'O presidente do Senado, Rodrigo Pacheco (PSD-MG), viu uma oportunidade.',
      { name: 'Rodrigo Pacheco', title: 'presidente', company: 'Senado', mentioned: true },
    ],
    [
      'Gestern sprach die Vorsitzende der Partei, Maria Lopez, vor der Presse.',
      { name: 'Maria Lopez', title: 'Vorsitzende', company: 'Partei', mentioned: true },
    ],
  ])('reads a role and its organisation set off by a comma: %s', (sentence, person) => {
    expect(proseRoles(sentence)).toEqual([person]);
  });

  it('leaves the possessive out of a role set off before a name ("Our founder, Jane Doe, …")', () => {
    expect(proseRoles('Our founder, Jane Doe, started the firm in 2010.')).toEqual([
      { name: 'Jane Doe', title: 'founder', mentioned: true },
    ]);
  });

  it('takes no role of a list for the next name ("Anna Berg, Direktorin, Jan Berg")', () => {
    expect(proseRoles('Gestern kamen Anna Berg, Direktorin, Jan Berg und andere.')).toEqual([]);
  });

  it.each([
    ['Die Firma wird vertreten durch den Vorsitzenden Jan Berg.', 'Vorsitzender'],
    ['Das Grußwort hielt sie mit dem Präsidenten Jan Berg.', 'Präsident'],
    ['Die Vollmacht des Prokuristen Jan Berg endet.', 'Prokurist'],
  ])('reads a role after an oblique article in its nominative: %s', (sentence, title) => {
    expect(proseRoles(sentence)).toEqual([{ name: 'Jan Berg', title, mentioned: true }]);
  });

  it.each(['Die Bürgermeister zum Start der Arbeit gratulierten.', 'Der Bürgermeister Skopje Nord sprach.'])(
    'names nobody in %s',
    (sentence) => {
      expect(proseRoles(sentence)).toEqual([]);
    },
  );
});

describe('proseRoles: roles given in passing, after "as"', () => {
  it.each([
    [
      'La Asamblea aprobó la planilla, con Manuel Ortiz Díaz (Socio #1299) como Presidente.',
      { name: 'Manuel Ortiz Díaz', title: 'Presidente', mentioned: true },
    ],
    [
      'The board confirmed Jane Doe as Treasurer of the Rowing Club.',
      { name: 'Jane Doe', title: 'Treasurer', company: 'Rowing Club', mentioned: true },
    ],
  ])('%s', (sentence, person) => {
    expect(proseRoles(sentence)).toEqual([person]);
  });

  it.each(['Firms such as Google as well as Apple.', 'Known as Jane to friends, she left.'])(
    'names nobody in %s',
    (sentence) => {
      expect(proseRoles(sentence)).toEqual([]);
    },
  );
});

describe('proseRoles: sentences that give no one a role', () => {
  it.each([
    'The company is a leader in cloud software.',
    'Acme Labs is a leader in cloud software.',
    'This is a great day.',
    'John Smith is here today.',
    '“We did it,” said John Smith.',
    '"We grow," said the company in a statement.',
    'John Doe is one of those names you always have issues with.',
  ])('%s', (sentence) => {
    expect(proseRoles(sentence)).toEqual([]);
  });

  it('reads a hostile line (4,000 characters of "said Ab Cd, ") with a bounded number of name checks', () => {
    // Work, not time, is what is bounded (speed is measured in npm run bench:extract): the sentences
    // are cut to a few hundred characters, so a line of them costs a few checks each.
    const budget = { checks: 10_000, mentions: 10_000 };
    expect(proseRoles('said Ab Cd, '.repeat(400), budget)).toEqual([]);
    expect(proseRoles('Abc def. '.repeat(500), budget)).toEqual([]);
    expect(10_000 - budget.checks).toBeLessThan(100);
  });
});

describe('describedInProse', () => {
  it('reads no more sentences once the page’s budget is spent (a hostile page stops there)', () => {
    const bios = Array.from({ length: 500 }, (_, i) =>
      line(`Jane Doe${'e'.repeat(i % 7)} is a reporter at Acme.`, i),
    );
    const last = line('Max Muster ist Professor für Informatik an der TU Berlin.', 600);
    expect(describedInProse([...bios, last], [], 50).map((c) => c.name)).not.toContain('Max Muster');
    expect(describedInProse([last], [], 50).map((c) => c.name)).toEqual(['Max Muster']);
  });

  it('adds someone a sentence gives a role in passing, and gives someone found that role only when their card has none', () => {
    const card = { ...emptyCandidate(), name: 'Jan Berg' };
    const titled = { ...emptyCandidate(), name: 'Jan Berg', title: 'Kassenwart' };
    const lines = [line('Gestern lobte der Bürgermeister Jan Berg die Direktorin Anna Weber.', 1)];
    const added = describedInProse(lines, [card], 50);
    expect(card.title).toBe('Bürgermeister');
    expect(added.map((c) => [c.name, c.title])).toEqual([['Anna Weber', 'Direktorin']]);
    describedInProse(lines, [titled], 50);
    expect(titled.title).toBe('Kassenwart');
  });

  it("gives an imprint's owner the role a sentence names after 'vertreten durch den' in its nominative", () => {
    const card = { ...emptyCandidate(), name: 'Jan Berg' };
    const lines = [
      line('Anbieter ist der Musterverein Nord e.V., vertreten durch den Vorsitzenden Jan Berg.', 1),
    ];
    describedInProse(lines, [card], 50);
    expect(card.title).toBe('Vorsitzender');
  });

  it('lists someone only given a role in passing after those a later bio describes', () => {
    const lines = [
      line('Wie der Bürgermeister Jan Berg schon sagte, ist das Fest wichtig.', 1),
      line('Anna Weber ist Professorin für Geschichte an der Universität Wien.', 2),
    ];
    expect(describedInProse(lines, [], 50).map((c) => c.name)).toEqual(['Anna Weber', 'Jan Berg']);
  });

  it('reads a hostile page of 5,000 lines repeating "said Ab Cd, " within its budget and finds nobody', () => {
    const lines = Array.from({ length: 5_000 }, (_, i) =>
      line('said Ab Cd, said Ab Cd, said Ab Cd, said', i),
    );
    expect(describedInProse(lines, [], 50)).toEqual([]);
  });
});

/** A line of page text in element `el` of container `card`, as lib/page/lines.ts returns it. */
const line = (text: string, el: number, card = el, extra: Partial<PageLine> = {}): PageLine => ({
  text,
  heading: 0,
  chrome: false,
  emails: [],
  phones: [],
  scope: [el, el, card, card + 3, 0, 99],
  shape: 0,
  ...extra,
});

const page = (lines: PageLine[], extra: Partial<PageReading> = {}): PageReading => ({
  source: 'generic',
  url: 'https://www.globenewswire.com/news-release/x',
  title: 'Segment Launches Sources',
  siteName: 'GlobeNewswire',
  candidates: [],
  lines,
  ...extra,
});

const summary = (p: PageReading) => normalizeCapture(p).map((c) => [c.name, c.title, c.company]);
/** The people of a page at `url` titled `title` that declares no site name. */
const undeclared = (lines: PageLine[], url: string, title: string) =>
  summary(page(lines, { url, siteName: undefined, title }));

describe('people described in prose, on a page', () => {
  it('gives an author’s bio the address below it that spells their name, not the site', () => {
    const lines = [
      line('About the author', 1, 1, { heading: 1 }),
      line('Jana Berg is a senior product designer at Nordwind Labs in Stockholm.', 2),
      line('You can reach her at jana@janaberg.example.', 3, 3, { emails: ['jana@janaberg.example'] }),
    ];
    const out = normalizeCapture(
      page(lines, { url: 'https://fieldnotes.example/about', siteName: 'Fieldnotes' }),
    );
    expect(out.map((c) => [c.name, c.emails, c.company])).toEqual([
      ['Jana Berg', ['jana@janaberg.example'], 'Nordwind Labs'],
    ]);
  });

  it('ranks a quoted executive after the press release’s media contact, with the role the quote gives', () => {
    const lines = [
      line(
        '"Most companies only analyze their website," said Peter Reinhardt, CEO and co-founder of Segment.',
        1,
      ),
      line('MEDIA CONTACT:', 10, 10),
      line('Nikki Garcia', 11, 10),
      line('Bateman Group', 12, 10),
      line('segment@bateman-group.com', 13, 10, { emails: ['segment@bateman-group.com'] }),
    ];
    expect(summary(page(lines))).toEqual([
      ['Nikki Garcia', undefined, 'Bateman Group'],
      ['Peter Reinhardt', 'CEO and co-founder', 'Segment'],
    ]);
  });

  it('ranks the byline’s author before a person a bio names, who does not take the page’s organisation', () => {
    const lines = [
      line('By Laura Green', 1),
      line('Max Muster ist Professor für Informatik. Sein Buch erscheint im Mai.', 5),
    ];
    expect(summary(page(lines, { url: 'https://news.example/x', siteName: 'Example News' }))).toEqual([
      ['Laura Green', undefined, 'Example News'],
      ['Max Muster', 'Professor für Informatik', undefined],
    ]);
  });

  it('reads a speaker’s bio that calls them by their first name under their full name', () => {
    const lines = [
      line('Cataloging the world’s data', 1, 1, { heading: 1 }),
      line('Lars Berg he/him', 2),
      line('Lars is an engineering lead and data scientist, currently leading the tech team.', 3),
    ];
    expect(undeclared(lines, 'https://conf.example/talk/1', 'Talk')).toEqual([
      ['Lars Berg', 'engineering lead and data scientist', undefined],
    ]);
  });

  it('takes where a speaker’s stated role is held from a bio of that role, by an unusual first name too', () => {
    const lines = [
      line('Ezer Berkfeld', 1, 1, { heading: 1 }),
      line('CEO & Founder', 2),
      line('Ezer is the CEO & co-founder of Nordwind Labs, a startup for monitoring.', 3),
    ];
    expect(undeclared(lines, 'https://conf.example/speakers/1', 'Speaker')).toEqual([
      ['Ezer Berkfeld', 'CEO & Founder', 'Nordwind Labs'],
    ]);
  });

  it('takes no organisation from a bio of another role than the one the card states', () => {
    const lines = [
      line('Yvan Sennet - chef de chœur', 1, 1, { heading: 1 }),
      line('Yvan Sennet est professeur au Conservatoire de musique de Neuchâtel.', 2),
    ];
    expect(undeclared(lines, 'https://choeur.example/chef', 'Chef')).toEqual([
      ['Yvan Sennet', 'chef de chœur', undefined],
    ]);
  });

  it('lists someone an article names with a credential, whatever their first name, as a new person', () => {
    const lines = [
      line('The toilet was built in a lab.', 1),
      line(
        'Gambo is the senior author. Seong-gu Parko, PhD, senior research scientist, shares lead authorship.',
        2,
      ),
    ];
    expect(undeclared(lines, 'https://med.example/news/1', 'News')).toEqual([
      ['Seong-gu Parko', 'senior research scientist', undefined],
    ]);
    // Without the credential the name alone is no one's we know.
    const bare = [
      line(
        'Gambo is the senior author. Seong-gu Parko, senior research scientist, shares lead authorship.',
        1,
      ),
    ];
    expect(undeclared(bare, 'https://med.example/news/1', 'News')).toEqual([]);
  });

  it('gives someone quoted by their surname the role, under the full name a caption writes', () => {
    const quote = line(
      '“Our idea is old,” said Bergmo, professor and chair of radiology. “People laughed.”',
      1,
    );
    const url = 'https://med.example/news/2';
    expect(undeclared([quote, line('Jane “Jo” Bergmo', 2)], url, 'News')).toEqual([
      ['Jane Bergmo', 'professor and chair of radiology', undefined],
    ]);
    // No full name anywhere: a surname alone is nobody to save.
    expect(undeclared([quote], url, 'News')).toEqual([]);
  });

  it('gives a person a bio names the organisation named after them', () => {
    // The owner's firm bears the owner's name: the title says it in full, the footer's address
    // block splits it over the owner's name, and a supplier with a legal form is in a sentence.
    const lines = [
      line('Über uns', 1),
      line(
        'Bernd Berg ist als Firmengründer staatlich geprüfter Steintechniker und Meister seines Fachs.',
        2,
      ),
      line('Wir beziehen unter anderem Grabmale der Firma Granit Nord GmbH aus dem Fichtelgebirge.', 3),
      line('Bernd Berg', 4),
      line('Steingestaltung', 5),
      line('Bahnhofstraße 13', 6),
      line('74861 Neudenau', 7),
    ];
    expect(
      summary(
        page(lines, {
          url: 'https://www.berg-steinmetz.example/ueber-uns/',
          title: 'Über uns - Bernd Berg Steingestaltung',
          siteName: undefined,
        }),
      ),
    ).toEqual([['Bernd Berg', 'Firmengründer', 'Bernd Berg Steingestaltung']]);
  });

  it('gives a byline’s author the title and organisation of their bio, as one person', () => {
    const lines = [
      line('By Jane Doe', 1),
      line('The article.', 2),
      line('Jane Doe is a senior reporter at The Guardian.', 30),
    ];
    expect(summary(page(lines, { url: 'https://news.example/x', siteName: 'Example News' }))).toEqual([
      ['Jane Doe', 'senior reporter', 'The Guardian'],
    ]);
  });

  it('takes a speaker’s role from their bio over the line a listing guessed, which is their affiliation', () => {
    const speakers = [
      [
        'Christine Bauer',
        'Johannes Kepler University Linz',
        'Christine Bauer is a Senior Postdoc Researcher at JKU.',
      ],
      ['Joseph Konstan', 'GroupLens', 'Joseph Konstan is a Distinguished Professor.'],
      ['Alan Said', 'Spotify', 'Alan Said is a Senior Engineer at Spotify Research.'],
    ].flatMap(([name, affiliation, bio], k) => [
      line(name as string, 10 * k + 1, 10 * k, { heading: 2, shape: 2 }),
      line(affiliation as string, 10 * k + 2, 10 * k, { shape: 3 }),
      line(bio as string, 10 * k + 3, 10 * k, { shape: 4 }),
    ]);
    expect(summary(page(speakers, { url: 'https://school.example/speakers', siteName: '' }))).toEqual([
      // An institution under the name is the affiliation already.
      ['Christine Bauer', 'Senior Postdoc Researcher', 'Johannes Kepler University Linz'],
      ['Joseph Konstan', 'Distinguished Professor', 'GroupLens'],
      ['Alan Said', 'Senior Engineer', 'Spotify Research'],
    ]);
  });

  it('gives a byline’s author the role of a bio that calls them by their first name', () => {
    const lines = [
      line('By Tom Cranstoun', 1),
      line('Tom is a software consultant specialising in web systems.', 30),
    ];
    expect(summary(page(lines, { url: 'https://news.example/x', siteName: 'Example News' }))).toEqual([
      ['Tom Cranstoun', 'software consultant', 'Example News'],
    ]);
  });

  it('adds no one a sentence only mentions, and no business a bio seems to name', () => {
    const lines = [
      line('By Jane Doe', 1),
      line('“We did it,” said John Smith. Acme Labs is a leader in cloud software.', 2),
      line('Zorblax Quimby is a senior reporter at The Guardian.', 3),
    ];
    expect(summary(page(lines, { url: 'https://news.example/x', siteName: 'Example News' }))).toEqual([
      ['Jane Doe', undefined, 'Example News'],
    ]);
  });
});
