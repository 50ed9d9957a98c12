import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PageLine, PageReading } from '@/lib/page/contract';
import { emailProblem, normalizeCapture, normalizeEmail, normalizePhone } from '@/lib/people';
import { pageCountry } from '@/lib/people/country';
import { splitName } from '@/lib/people/name';
import { cleanText } from '@/lib/people/text';

describe('emails', () => {
  it.each([
    [' Foo@Example.COM ', 'Foo@example.com'],
    ['Jane <jane@acme.io>', 'jane@acme.io'],
    ['"Jane Doe" <Jane@ACME.io>', 'Jane@acme.io'],
    ['mailto:jane@acme.io?subject=Hi', 'jane@acme.io'],
    ['jane@acme.io.', 'jane@acme.io'],
  ])('%j → %j', (raw, want) => {
    expect(normalizeEmail(raw)).toBe(want);
    expect(emailProblem(raw)).toBeNull();
  });

  it.each([
    ['jane@acme', /full domain/],
    ['jane@@acme.io', /only one @/],
    ['.jane@acme.io', /dot/],
    ['jane..d@acme.io', /two dots/],
    ['jane.acme.io', /needs an @/],
    ['', /Enter an email/],
    [`${'a'.repeat(250)}@acme.io`, /254/],
  ])('rejects %j with a message', (raw, message) => {
    expect(normalizeEmail(raw)).toBeNull();
    expect(emailProblem(raw)).toMatch(message);
  });
});

describe('phones', () => {
  it.each([
    ['(213) 373-4253', 'US', { value: '+12133734253', e164: '+12133734253' }],
    ['+44 20 7946 0958', undefined, { value: '+442079460958', e164: '+442079460958' }],
    ['020 7946 0958', 'GB', { value: '+442079460958', e164: '+442079460958' }],
    ['+44 (0) 78 1760 5162', undefined, { value: '+447817605162' }],
    ['+49 69 630\u200b2-309', undefined, { value: '+49696302309', raw: '+49 69 6302-309' }],
    ['555-1234', undefined, { value: '555-1234', raw: '555-1234' }],
    ['(530) 583-6985 x302', 'US', { value: '+15305836985', e164: '+15305836985', ext: '302' }],
    ['+1 (530) 583-6985 ext. 12', undefined, { value: '+15305836985', ext: '12' }],
    // French Canada's "poste", Brazil's "ramal".
    ['450-743-7922 poste 232', 'CA', { value: '+14507437922', ext: '232' }],
    ['(11) 2308-1083 ramal 21', 'BR', { value: '+551123081083', ext: '21' }],
  ])('%j (%s)', (raw, country, want) => {
    expect(normalizePhone(raw, country)).toMatchObject(want);
  });

  it('keeps the raw text of a number it cannot place', () => {
    expect(normalizePhone('555-1234')?.e164).toBeUndefined();
  });

  it('has no phone without digits', () => {
    expect(normalizePhone('call us', 'US')).toBeNull();
  });
});

describe('names', () => {
  it.each([
    ['Ludwig van Beethoven', 'Ludwig van Beethoven', 'Ludwig', 'van Beethoven'],
    ['Michiel B. de Jong', 'Michiel B. de Jong', 'Michiel B.', 'de Jong'],
    ['Maria da Silva', 'Maria da Silva', 'Maria', 'da Silva'],
    ['Martin Luther King Jr.', 'Martin Luther King Jr.', 'Martin Luther', 'King'],
    ['Jane Doe, PhD, MBA', 'Jane Doe, PhD, MBA', 'Jane', 'Doe'],
    ['Doe, Jane', 'Doe, Jane', 'Jane', 'Doe'],
    ['Abgar Gulo (He/Him)', 'Abgar Gulo', 'Abgar', 'Gulo'],
    ['Martina Keller 🚀', 'Martina Keller', 'Martina', 'Keller'],
    ['Martin B.', 'Martin B.', 'Martin', 'B.'],
    ['Dr. Anna Schmidt', 'Dr. Anna Schmidt', 'Anna', 'Schmidt'],
    ['\u202eJane\u200b Doe\u2066', 'Jane Doe', 'Jane', 'Doe'],
    ['Cher', 'Cher', 'Cher', undefined],
    // Family name first in Japanese, Korean and Chinese; unspaced, the split is not marked.
    ['山田 太郎', '山田 太郎', '太郎', '山田'],
    ['김 민준', '김 민준', '민준', '김'],
    ['山田太郎', '山田太郎', '山田太郎', undefined],
  ])('%j', (full, name, firstName, lastName) => {
    const split = splitName(full);
    expect([split.name, split.firstName, split.lastName]).toEqual([name, firstName, lastName]);
  });

  it('drops LinkedIn placeholders', () => {
    expect(splitName('LinkedIn Member')).toEqual({ name: '' });
  });

  it('keeps credentials apart from first and last name', () => {
    expect(splitName('Jane Doe, PhD').suffix).toBe('PhD');
  });

  it('caps a 5000-character name', () => {
    const split = splitName('A'.repeat(5_000));
    expect(split.name.length).toBeLessThanOrEqual(200);
    expect(split.firstName?.length).toBeLessThanOrEqual(100);
  });
});

describe('cleanText', () => {
  it('strips zero-width, bidi and control characters, applies NFC and collapses whitespace', () => {
    expect(cleanText('  Jose\u0301\u200b  \u202eMa\u0000rtin\u2069 \n')).toBe('José Martin');
  });
});

/** A line of page text in element `el` of the card (container) `card`, as lib/page/lines.ts returns it. */
const pageLine = (text: string, el: number, card = 1, heading = 0): PageLine => ({
  text,
  heading,
  chrome: false,
  emails: [],
  phones: [],
  scope: [el, el, card, card + 10, 0, 99],
  shape: heading,
});

describe('normalizeCapture', () => {
  const page = (candidates: PageReading['candidates'], extra: Partial<PageReading> = {}): PageReading => ({
    source: 'generic',
    url: 'https://acme.co.uk/team',
    title: 'Team',
    candidates,
    ...extra,
  });

  it('cleans, validates, merges by email, and keeps https profile URLs only', () => {
    const out = normalizeCapture(
      page([
        {
          name: 'Jane Doe',
          emails: ['Jane@ACME.io', 'not-an-email'],
          phones: ['020 7946 0958'],
          profileUrl: 'http://x.example/jane',
          confidence: { name: 0.8, emails: 0.9 },
        },
        {
          name: 'J. Doe',
          emails: ['jane@acme.io'],
          phones: [],
          title: 'CTO at Acme',
          confidence: { title: 0.5 },
        },
        { name: 'LinkedIn Member', emails: [], phones: [], confidence: {} },
      ]),
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({
      name: 'Jane Doe',
      firstName: 'Jane',
      lastName: 'Doe',
      emails: ['Jane@acme.io'],
      phones: [{ value: '+442079460958', raw: '020 7946 0958', e164: '+442079460958' }],
      title: 'CTO',
      company: 'Acme',
      source: 'generic',
    });
    expect(out[0]?.profileUrl).toBeUndefined();
    expect(out[0]?.confidence).toBeGreaterThan(0);
  });

  it('drops the article a title was written with, not a capitalised word that starts one', () => {
    const titled = (title: string) =>
      normalizeCapture(page([{ name: 'Jana Berg', emails: [], phones: [], title, confidence: {} }]))[0]
        ?.title;
    expect(titled('Der Direktor des Instituts')).toBe('Direktor des Instituts');
    expect(titled('The Treasurer')).toBe('Treasurer');
    expect(titled('La Directrice')).toBe('Directrice');
    expect(titled('Theatre Director')).toBe('Theatre Director');
    expect(titled('the organiser')).toBe('the organiser');
  });

  it("keeps board members apart when every card shows the club's shared info@ mailbox", () => {
    const card = (name: string, phone: string) => ({
      name,
      emails: ['info@pigeons.dk'],
      phones: [phone],
      confidence: {},
    });
    const out = normalizeCapture(
      page([
        card('Danijel Deletic', '+45 60187989'),
        card('Daniel Flamgaard', '+45 2883 0424'),
        card('D. Deletic', ''),
      ]),
    );
    expect(out.map((c) => [c.name, c.phones.map((p) => p.value)])).toEqual([
      ['Danijel Deletic', ['+4560187989']],
      ['Daniel Flamgaard', ['+4528830424']],
    ]);
  });

  it('keeps a contact apart from a colleague named by surname and from the switchboard that share the firm’s info@', () => {
    const card = (name: string | undefined, phone: string) => ({
      ...(name ? { name } : {}),
      emails: ['info@stahl.de'],
      phones: [phone],
      confidence: {},
    });
    const out = normalizeCapture(
      page([
        card('Helmut Becker', '+49 7467 91030-32'),
        card(undefined, '+49 7467 91030-31'),
        card('Tennert', '+49 7467 91030-33'),
      ]),
    );
    expect(out.map((c) => [c.name, c.phones.map((p) => p.value)])).toEqual([
      ['Helmut Becker', ['+4974679103032']],
      ['', ['+4974679103031']],
      ['Tennert', ['+4974679103033']],
    ]);
    // Named by surname alone and without a number of their own, still someone else.
    const two = normalizeCapture(page([card('Helmut Becker', '+49 7467 91030-32'), card('Tennert', '')]));
    expect(two.map((c) => c.name)).toEqual(['Helmut Becker', 'Tennert']);
  });

  it('merges by profile URL', () => {
    const url = 'https://www.linkedin.com/in/jane';
    const out = normalizeCapture(
      page([
        { name: 'Jane Doe', emails: [], phones: [], profileUrl: url, confidence: {} },
        { emails: ['jane@acme.io'], phones: [], profileUrl: url, confidence: {} },
      ]),
    );
    expect(out).toHaveLength(1);
    expect(out[0]?.emails).toEqual(['jane@acme.io']);
  });

  it.each([
    [{ url: 'https://acme.co.uk/', lang: 'en' }, 'GB'],
    [{ url: 'https://acme.example/', lang: 'en-US' }, 'US'],
    [{ url: 'https://www.zvei.org/', lang: 'de' }, 'DE'],
    [{ url: 'https://acme.com/' }, undefined],
  ])('page country of %j is %s', (p, want) => {
    expect(pageCountry(p)).toBe(want);
  });

  it('finds emails and phones in the text the page showed them in', () => {
    const [person] = normalizeCapture(
      page([
        {
          name: 'Jane Doe',
          emails: ['mailto:jane@acme.io?subject=Hi', 'jane [at] acme [dot] io', 'write to us'],
          phones: ['Phone +44 20 7946 0958 (Mobile)', 'Fax: +44 20 7946 0000', 'tel:+442079460100'],
          confidence: {},
        },
      ]),
    );
    expect(person?.emails).toEqual(['jane@acme.io']);
    expect(person?.phones.map((p) => p.e164)).toEqual(['+442079460958', '+442079460100']);
  });

  it('reads the people written in a page’s lines, with the page’s organisation', () => {
    // <article><h3>Jane Doe</h3><p>Head of Sales</p><p>jane@acme.io</p></article>, twice over.
    const line = (text: string, el: number, card: number, heading = 0) => ({
      ...pageLine(text, el, card, heading),
      scope: [el, el, card, card + 3, 0, 99],
    });
    const lines = [
      line('Jane Doe', 2, 1, 3),
      line('Head of Sales', 3, 1),
      line('jane@acme.io', 4, 1),
      line('John Roe', 6, 5, 3),
      line('Engineer', 7, 5),
      { ...pageLine('Mail', 8, 5), emails: ['john@acme.io'] },
    ];
    expect(
      normalizeCapture(page([], { lines, siteName: 'Acme' })).map((c) => [
        c.name,
        c.title,
        c.company,
        c.emails,
      ]),
    ).toEqual([
      ['Jane Doe', 'Head of Sales', 'Acme', ['jane@acme.io']],
      ['John Roe', 'Engineer', 'Acme', ['john@acme.io']],
    ]);
  });

  it('gives the contact under each card’s repeated button to the card’s named person, not the button', () => {
    // <article><h5>Name</h5><p>Role</p><div><a>Book Visit</a><a href="mailto:…"><i/></a></div></article>,
    // three times.
    const card = (name: string, role: string, email: string, n: number) => {
      const line = (text: string, el: number, heading = 0) => ({
        ...pageLine(text, n * 10 + el, n * 10, heading),
        shape: heading ? 1 : el,
      });
      // The button and the icon link share a box of their own inside the card.
      const boxed = (text: string, el: number) => {
        const plain = line(text, el);
        return {
          ...plain,
          scope: [n * 10 + el, n * 10 + el, n * 10 + 3, n * 10 + 5, ...plain.scope.slice(2)],
        };
      };
      return [line(name, 1, 5), line(role, 2), boxed('Book Visit', 4), { ...boxed('', 5), emails: [email] }];
    };
    const lines = [
      ...card('Lena Brandt', 'Physiotherapist', 'lena@acme.io', 1),
      ...card('Oskar Falk', 'Dietitian', 'oskar@acme.io', 2),
      ...card('Mira Holt', 'Secretary', 'mira@acme.io', 3),
    ];
    expect(normalizeCapture(page([], { lines })).map((c) => [c.name, c.title, c.emails])).toEqual([
      ['Lena Brandt', 'Physiotherapist', ['lena@acme.io']],
      ['Oskar Falk', 'Dietitian', ['oskar@acme.io']],
      ['Mira Holt', 'Secretary', ['mira@acme.io']],
    ]);
  });

  it('puts a reachable press contact before a one-word "person" the page declares (a company as author)', () => {
    const lines = [
      pageLine('MEDIA CONTACT:', 1),
      pageLine('Nikki Garcia', 2),
      pageLine('Bateman Group', 3),
      { ...pageLine('nikki@bateman-group.com', 4), emails: ['nikki@bateman-group.com'] },
    ];
    const declared = { name: 'Segment', emails: [], phones: [], confidence: { name: 0.95 } };
    const out = normalizeCapture(
      page([declared], { lines, url: 'https://www.globenewswire.com/news-release/x' }),
    );
    expect(out.map((c) => [c.name, c.company])).toEqual([
      ['Nikki Garcia', 'Bateman Group'],
      ['Segment', undefined],
    ]);
  });

  it('keeps page order among staff whose addresses spell them, a short first name too ("chris@" for Christopher)', () => {
    const lines = [
      {
        ...pageLine('Executive Director, Christopher Moss: [email protected]', 1, 1),
        emails: ['chris@acme-trust.org'],
      },
      {
        ...pageLine('Program Director, Denise Hale: [email protected]', 12, 12),
        emails: ['deniseh@acme-trust.org'],
      },
    ];
    const out = normalizeCapture(page([], { lines, url: 'https://acme-trust.org/contact.htm' }));
    expect(out.map((c) => c.name)).toEqual(['Christopher Moss', 'Denise Hale']);
  });

  it('splits a LinkedIn headline written "Title, Company, tagline" into title and company', () => {
    const headline = 'Founder, Pefin, The Worlds First AI Financial Advisor';
    const author = {
      name: 'Ramya Joseph',
      title: headline,
      emails: [],
      phones: [],
      confidence: { name: 0.9 },
    };
    const [person] = normalizeCapture(page([author], { source: 'linkedin-list' }));
    expect(person).toMatchObject({ title: 'Founder', company: 'Pefin' });
    // A headline of roles alone stays the title.
    const roles = { ...author, title: 'Designer, Teacher, Public Speaker' };
    expect(normalizeCapture(page([roles], { source: 'linkedin-list' }))[0]?.title).toBe(roles.title);
  });

  it('takes the owner a colophon names in its sentences, again and again, with the mailbox that spells her name', () => {
    const lines = [
      pageLine('Colofon & privacy', 1, 1, 1),
      pageLine(
        'Ik ben Sanne Visser, zelfstandig ondernemer en eigenaar van Visser Data Advies, een adviesbureau.',
        2,
        2,
      ),
      pageLine('Deze website is eigendom van Sanne Visser, gevestigd in Nederland.', 3, 3),
      pageLine('Alle teksten zijn eigendom van Sanne Visser, tenzij anders vermeld.', 4, 4),
      // The footer's mailbox: the site's, which is hers.
      { ...pageLine('info@sannevisser.nl', 50, 50), chrome: true },
    ];
    const out = normalizeCapture(
      page([], { lines, url: 'https://sannevisser.nl/colofon', title: 'Colofon' }),
    );
    expect(out.map((c) => [c.name, c.title, c.company, c.emails])).toEqual([
      ['Sanne Visser', 'zelfstandig ondernemer en eigenaar', 'Visser Data Advies', ['info@sannevisser.nl']],
    ]);
  });

  it('takes the founder an about page names in a sentence as its person, without the web designer’s credit for a company', () => {
    const lines = [
      pageLine('Quem somos', 1, 1, 1),
      pageLine('Soy Ana Gil y trabajo aquí.', 2, 2),
      pageLine(
        'A Rocha Planos é uma empresa de planos de saúde. Fundada em 1997, por Cláudio Rocha, é uma empresa de nome.',
        3,
        3,
      ),
      pageLine('Desenvolvido por McM', 4, 3),
    ];
    const out = normalizeCapture(
      page([], { lines, url: 'https://rochaplanos.com.br/quem-somos', title: 'Rocha Planos' }),
    );
    expect(out[0]?.name).toBe('Cláudio Rocha');
    expect(out[0]?.company).not.toBe('Desenvolvido por McM');
  });

  it('takes a person named with their role in the footer, after the people of the content', () => {
    const footer = (text: string, el: number, card: number): PageLine => ({
      ...pageLine(text, el, card),
      chrome: true,
    });
    const lines = [
      pageLine('Steuerrecht', 1, 1),
      footer('© 2016 Anja Muschiol', 40, 40),
      footer('Johannes N. Viehbacher - Rechtsanwalt', 51, 50),
      { ...footer('muenchen@viehbacher.com', 52, 50), emails: ['muenchen@viehbacher.com'] },
    ];
    const out = normalizeCapture(page([], { lines, url: 'https://viehbacher.com/de/steuerrecht' }));
    expect(out.map((c) => [c.name, c.title, c.emails])).toEqual([
      ['Johannes N. Viehbacher', 'Rechtsanwalt', ['muenchen@viehbacher.com']],
    ]);
    // Before them, a person of the content.
    const withAuthor = [pageLine('Anna Berg', 2, 2), pageLine('Steuerberaterin', 3, 2), ...lines];
    const names = normalizeCapture(page([], { lines: withAuthor })).map((c) => c.name);
    expect(names).toEqual(['Anna Berg', 'Johannes N. Viehbacher']);
  });

  it('reaches the one person of a firm named after them through the firm’s contacts, and names the firm in full', () => {
    const lines = [
      pageLine('Acme Real Estate - Summit County', 1, 1, 1),
      pageLine('Email :', 2, 2),
      { ...pageLine('info@acme.example', 3, 2), emails: ['info@acme.example'] },
      pageLine('Phone :', 4, 2),
      { ...pageLine('(970) 555 - 0125', 5, 2), phones: ['(970) 555 - 0125'] },
      ...Array.from({ length: 30 }, (_, k) => pageLine(`Listing ${k + 1}`, 10 + k, 10 + k)),
      // The document's title, read last, in no card of its own.
      { ...pageLine('Ted Acme, Owner/Broker - Acme Real Estate', 40), scope: [40, 40, 0, 40, 0, 99] },
    ];
    const title = 'Ted Acme, Owner/Broker - Acme Real Estate';
    const [ted, ...others] = normalizeCapture(page([], { lines, title }));
    expect(ted).toMatchObject({
      name: 'Ted Acme',
      company: 'Acme Real Estate',
      emails: ['info@acme.example'],
    });
    expect(ted?.phones).toHaveLength(1);
    expect(others).toEqual([]);
    // A firm not named after the person keeps its contacts to itself.
    const press = lines.map((l) => ({ ...l, text: l.text.replaceAll('Ted Acme', 'Ted Bloggs') }));
    const out = normalizeCapture(page([], { lines: press, title: title.replace('Ted Acme', 'Ted Bloggs') }));
    expect(out[0]).toMatchObject({ name: 'Ted Bloggs', emails: [] });
  });

  it('gives an imprint’s contacts to the name with its postal address right above them', () => {
    const flat = (text: string, el: number, extra: Partial<PageLine> = {}): PageLine => ({
      ...pageLine(text, el, el),
      scope: [el, el, el - 1, el, 0, 60],
      ...extra,
    });
    const lines = [
      flat('Impressum', 3),
      flat('Als neuer Webmaster arbeitet seit Oktober 2011:', 6),
      flat('Henry Hansen, Unterstr. 68 , 45359 ESSEN', 14),
      flat('Email : Club-Webmaster', 16, { emails: ['club-web@example.de'] }),
      flat('Tel. Festnetz 0201/ 8690000', 19),
      flat('Tel. Handy D2 0172/ 2870000', 24),
      flat('Zähler von Hermann Haller (haller.example.com)', 30),
    ];
    const [first] = normalizeCapture(page([], { lines }));
    expect(first).toMatchObject({ name: 'Henry Hansen', emails: ['club-web@example.de'] });
    expect(first?.phones).toHaveLength(2);
  });

  it('takes no link after a card’s contacts for the person’s organisation ("Algemene voorwaarden")', () => {
    const lines = [
      pageLine('mr. T.Peters', 14, 10),
      { ...pageLine('06 - 51 51 00 30', 15, 10), phones: [] },
      pageLine('Algemene voorwaarden', 18, 10),
    ];
    const [peters] = normalizeCapture(page([], { lines }));
    expect(peters).toMatchObject({ name: 'T. Peters' });
    expect(peters?.phones).toHaveLength(1);
    expect(peters?.company).toBeUndefined();
  });

  it('takes a footer card whose role stands on the line under the name, with contacts under it', () => {
    const footer = (text: string, el: number, extra: Partial<PageLine> = {}): PageLine => ({
      ...pageLine(text, el, 50),
      chrome: true,
      ...extra,
    });
    const lines = [
      pageLine('Error 404', 1, 1),
      footer('Acme Direct Sp. z o.o.', 50, { phones: ['+48 44 306 11 00'] }),
      footer('Katarzyna Nowak', 51),
      footer('Sales Manager', 52),
      footer('T: +48 661 000 007', 53, { phones: ['+48 661 000 007'] }),
      footer('k.nowak@acme.example', 54, { emails: ['k.nowak@acme.example'] }),
      // A name with a role and no contact under it is not taken: a credit, not a card.
      footer('Maria Lewandowska', 60),
      footer('Photographer', 61),
    ];
    const out = normalizeCapture(page([], { lines }));
    expect(out[0]).toMatchObject({
      name: 'Katarzyna Nowak',
      title: 'Sales Manager',
      emails: ['k.nowak@acme.example'],
    });
    expect(out.map((c) => c.name)).not.toContain('Maria Lewandowska');
  });

  it('gives a blog’s declared author the organisation the page’s own address spells ("LeanData" on leandatainc.com)', () => {
    const author = { name: 'Mark Emmons', emails: [], phones: [], confidence: { name: 0.95 } };
    const lines = [
      pageLine('The Winds of Change', 1),
      pageLine('Copyright © 2016 LeanData, Inc. All rights reserved', 90, 90),
    ];
    const blog = page([author], {
      lines,
      url: 'http://www.leandatainc.com/blog/x',
      title: 'LeanData | The Winds of Change',
    });
    expect(normalizeCapture(blog)[0]).toMatchObject({ name: 'Mark Emmons', company: 'LeanData, Inc.' });
    // A personal site's address spells its owner: no employer.
    const own = page([{ ...author, name: 'Petra Paling' }], {
      lines: [],
      url: 'https://petrapaling.de/',
      title: 'Petra Paling',
    });
    expect(normalizeCapture(own)[0]?.company).toBeUndefined();
  });

  it('takes no news agency the page declares as its author ("AFP") for a person', () => {
    const agency = { name: ' AFP', emails: [], phones: [], confidence: { name: 0.95 } };
    const author = { name: 'Laurence Defranoux', emails: [], phones: [], confidence: { name: 0.95 } };
    const out = normalizeCapture(page([agency, author], { url: 'https://www.liberation.fr/monde/x' }));
    expect(out.map((c) => c.name)).toEqual(['Laurence Defranoux']);
  });

  it('takes no group the page declares as its author ("DCC and AGAC Teams") for a person', () => {
    const group = { name: 'DCC and AGAC Teams', emails: [], phones: [], confidence: { name: 0.95 } };
    const author = { name: 'Leonor Prates', emails: [], phones: [], confidence: { name: 0.95 } };
    expect(normalizeCapture(page([group, author], {})).map((c) => c.name)).toEqual(['Leonor Prates']);
  });

  it('takes no newsroom the page declares by the site’s own name ("Redação Diário 24") for a person', () => {
    const newsroom = { name: 'Redação Diário 24', emails: [], phones: [], confidence: { name: 0.95 } };
    const author = { name: 'Leonor Prates', emails: [], phones: [], confidence: { name: 0.95 } };
    const site = { url: 'https://www.diario24.com.br/x', siteName: 'Diário 24' };
    expect(normalizeCapture(page([newsroom, author], site)).map((c) => c.name)).toEqual(['Leonor Prates']);
    // A personal site's owner, named as the site is, is a person.
    const owner = { ...author, name: 'Leonor Prates' };
    const own = { url: 'https://leonorprates.pt/', siteName: 'Leonor Prates' };
    expect(normalizeCapture(page([owner], own)).map((c) => c.name)).toEqual(['Leonor Prates']);
  });

  it('makes one person of a name written twice: a byline, then the author’s card with title and address', () => {
    const lines = [
      pageLine('Von Daniel Braun', 1, 1),
      pageLine('Die Lage in Nordmazedonien vor der Wahl', 2, 1),
      pageLine('Ansprechpartner', 20, 20),
      pageLine('Daniel Braun', 21, 20),
      pageLine('Leiter des Auslandsbüros Nordmazedonien', 22, 20),
      { ...pageLine('daniel.braun@kas.de', 23, 20), emails: ['daniel.braun@kas.de'] },
      pageLine('Anna Berg', 31, 30),
      { ...pageLine('anna.berg@kas.de', 33, 30), emails: ['anna.berg@kas.de'] },
    ];
    const out = normalizeCapture(page([], { lines, url: 'https://www.kas.de/de/laenderberichte/x' }));
    expect(out.map((c) => [c.name, c.title, c.emails])).toEqual([
      ['Daniel Braun', 'Leiter des Auslandsbüros Nordmazedonien', ['daniel.braun@kas.de']],
      ['Anna Berg', undefined, ['anna.berg@kas.de']],
    ]);
  });

  it('keeps a board in its order when only its last card shows the board’s mailbox', () => {
    const board = [
      ['Claudia Meier', '1. Vorsitzende'],
      ['Jens Ohlsen', 'Schatzmeister'],
      ['Birgit Krause', 'Schriftführerin'],
    ].flatMap(([name, role], k) => [
      pageLine(name as string, 10 * k, 10 * k, 3),
      pageLine(role as string, 10 * k + 1, 10 * k),
    ]);
    const lines = [...board, pageLine('Kontakt: vorstand@verein.example', 22, 20)];
    const out = normalizeCapture(
      page([], { lines, url: 'https://verein.example/vorstand', title: 'Vorstand' }),
    );
    expect(out.map((c) => c.name)).toEqual(['Claudia Meier', 'Jens Ohlsen', 'Birgit Krause']);
  });

  it('takes a speaker page’s main heading for its person when the page’s address spells the name', () => {
    // No role, no contact, a first name we do not know: only the address vouches for the name.
    const lines = [
      pageLine('Ponents', 1),
      pageLine('Zerbine Castro', 2, 2, 1),
      pageLine('Com formar i reinventar la teva empresa', 3, 2, 3),
    ];
    const names = (url: string) =>
      normalizeCapture(page([], { lines, url, title: 'Jornades 2022' })).map((c) => c.name);
    expect(names('https://jornades.example/speakers/zerbine_castro/')).toEqual(['Zerbine Castro']);
    expect(names('https://jornades.example/speakers/index.html')).toEqual([]);
  });

  it('gives a person named under a heading that labels them no title from the next label heading', () => {
    // An imprint's labels, each an h5 over its value: the owner's name, then the photo credit's.
    const lines = [
      pageLine('Praxis Berg', 1),
      pageLine('Tel. 030 / 313 30 53', 2),
      pageLine('Zuständige Aufsichtsbehörde', 3, 1, 5),
      pageLine('Ärztekammer Berlin', 4),
      pageLine('Verantwortlich für den Inhalt', 5, 1, 5),
      pageLine('Dr. med. Anna Berg', 6),
      pageLine('Fotos', 7, 1, 5),
      pageLine('Dr. med. Anna Berg', 8),
      pageLine('Design', 9, 1, 5),
      pageLine('Tom Kraft', 10),
    ];
    const out = normalizeCapture(page([], { lines, url: '', title: '' }));
    expect(out.map((c) => [c.name, c.title]).slice(0, 2)).toEqual([
      ['Anna Berg', undefined],
      ['Tom Kraft', undefined],
    ]);

    // A role as an h6 over the name, then the next section's h5: that heading is no organisation.
    const team = [
      pageLine('Equipo', 1, 1, 5),
      pageLine('Abogada Fundadora', 2, 1, 6),
      pageLine('Lucía Torres', 3),
      pageLine('Áreas de trabajo', 4, 1, 5),
      pageLine('Derecho Inmobiliario', 5),
    ];
    expect(normalizeCapture(page([], { lines: team, url: '', title: '' }))[0]?.company).toBeUndefined();
  });

  it("offers the organisation's own mailbox and switchboard as the organisation's, a personal address as someone's", () => {
    const read = (...texts: string[]) =>
      normalizeCapture(page([], { lines: texts.map((text, i) => pageLine(text, i + 1)), title: '' }));
    const imprint = read(
      'Impressum',
      'Nordwerk GmbH',
      'Hafenweg 5',
      'E-Mail: info@nordwerk.de',
      'Tel. 030 1234567',
    );
    expect(imprint.map((c) => [c.name, c.emails, c.organisation])).toEqual([
      ['', ['info@nordwerk.de'], true],
    ]);
    // The page names nobody, but the address is a person's.
    const personal = read('Kontakt', 'E-Mail: lena.vogt@nordwerk.de', 'Tel. 030 1234567');
    expect(personal.map((c) => [c.emails, c.organisation])).toEqual([[['lena.vogt@nordwerk.de'], undefined]]);
    // It comes after every person, one a sentence quotes too.
    const release = read(
      'Nordwerk wächst',
      '"Wir wachsen", sagte Anna Berg, Geschäftsführerin der Nordwerk GmbH.',
      'E-Mail: info@nordwerk.de',
    );
    expect(release.map((c) => [c.name, c.organisation])).toEqual([
      ['Anna Berg', undefined],
      ['', true],
    ]);
    // A named person whose card repeats the mailbox is no organisation.
    const named = read('Kontakt', 'Lena Vogt', 'Geschäftsführerin', 'E-Mail: info@nordwerk.de');
    expect(named.map((c) => [c.name, c.organisation])).toEqual([['Lena Vogt', undefined]]);
  });

  it("puts a press release's press contact first, before a spokesperson the release quotes with a title", () => {
    // Labels, names and details each in their own element shape, as a release's markup writes them.
    const line = (text: string, el: number, card: number, shape: number) => ({
      ...pageLine(text, el, card),
      shape,
    });
    const release = (label: string) => [
      pageLine('Nordwerk liefert die neue Plattform aus', 1, 1, 1),
      line(label, 19, 1, 7),
      line('Lena Vogt', 21, 20, 8),
      line('Hafen Agentur GmbH', 22, 20, 9),
      line('Tel. +49 721 160 88 78', 23, 20, 9),
      line('eMail: lena@hafen-agentur.de', 24, 20, 9),
      line('Weitere Informationen:', 35, 1, 7),
      line('Jonas Weber', 41, 40, 8),
      line('Leiter Marketing, Nordwerk AG', 42, 40, 9),
      line('jonas.weber@nordwerk.de', 43, 40, 9),
    ];
    const first = (label: string) =>
      normalizeCapture(page([], { lines: release(label), url: '', title: '' }))[0];
    expect(first('Pressekontakt:')).toMatchObject({ name: 'Lena Vogt', company: 'Hafen Agentur GmbH' });
    expect(first('Media contact')?.name).toBe('Lena Vogt');
    // Under any other label the one whose title and address name them comes first.
    expect(first('Adresse:')?.name).toBe('Jonas Weber');
  });

  it('takes everyone a labelled list of people names ("Vertreten durch: A und B"), the first first, not a list of things', () => {
    const read = (text: string) =>
      normalizeCapture(page([], { lines: [pageLine('Impressum', 1), pageLine(text, 2)] })).map((c) => [
        c.name,
        c.title,
      ]);
    expect(read('Vertreten durch: Max Muster und Erika Muster')).toEqual([
      ['Max Muster', undefined],
      ['Erika Muster', undefined],
    ]);
    expect(read('Editie: Peter de Bruijn, Vincent Neyt en Dirk Van Hulle')).toEqual([
      ['Peter de Bruijn', undefined],
      ['Vincent Neyt', undefined],
      ['Dirk Van Hulle', undefined],
    ]);
    expect(read('Geschäftsführer: Anna Berg, Jonas Lind')).toEqual([
      ['Anna Berg', 'Geschäftsführer'],
      ['Jonas Lind', 'Geschäftsführer'],
    ]);
    expect(read('Themen: Energie und Klima')).toEqual([]);
  });

  it('takes no web address under a name for a job title ("Web www.acme.de")', () => {
    // Three cards of one shape: a listing, whose first short line under a name is taken as a title.
    const lines = ['Anika Schön', 'Jonas Berg', 'Lena Vogt'].flatMap((name, k) => [
      pageLine(name, 10 * k + 1, 10 * k, 3),
      pageLine(`Web www.${name.split(' ')[1]?.toLowerCase()}.de`, 10 * k + 2, 10 * k),
    ]);
    expect(normalizeCapture(page([], { lines })).map((c) => [c.name, c.title])).toEqual([
      ['Anika Schön', undefined],
      ['Jonas Berg', undefined],
      ['Lena Vogt', undefined],
    ]);
  });

  it('keeps no label punctuation at the end of a company or title ("Nylas:")', () => {
    const out = normalizeCapture(
      page([
        { name: 'Ben Gotow', company: 'Nylas:', title: 'Engineer –', emails: [], phones: [], confidence: {} },
      ]),
    );
    expect(out[0]).toMatchObject({ company: 'Nylas', title: 'Engineer' });
  });

  it('takes the default country from the options before the page', () => {
    const out = normalizeCapture(
      page([{ name: 'A B', emails: [], phones: ['(213) 373-4253'], confidence: {} }]),
      {
        defaultCountry: 'US',
      },
    );
    expect(out[0]?.phones[0]?.e164).toBe('+12133734253');
  });
});

describe('properties', () => {
  const anyText = fc.string({ unit: 'binary', maxLength: 300 });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        normalizeEmail(s);
        emailProblem(s);
        normalizePhone(s, 'US');
        splitName(s);
        cleanText(s);
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const clean = cleanText(s);
        expect(cleanText(clean)).toBe(clean);
        const email = normalizeEmail(s);
        if (email) expect(normalizeEmail(email)).toBe(email);
        const name = splitName(s).name;
        expect(splitName(name).name).toBe(name);
        const phone = normalizePhone(s, 'GB');
        if (phone?.e164) expect(normalizePhone(phone.e164, 'GB')?.e164).toBe(phone.e164);
      }),
    );
  });

  it('normalises any capture without throwing, within the caps', () => {
    const candidate = fc.record({
      name: fc.option(anyText, { nil: undefined }),
      emails: fc.array(anyText, { maxLength: 5 }),
      phones: fc.array(anyText, { maxLength: 5 }),
      title: fc.option(anyText, { nil: undefined }),
      profileUrl: fc.option(fc.webUrl(), { nil: undefined }),
      confidence: fc.constant({}),
    });
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 5 }), (candidates) => {
        for (const c of normalizeCapture({
          source: 'generic',
          url: 'https://x.example',
          title: '',
          candidates,
        })) {
          expect(c.name.length).toBeLessThanOrEqual(200);
          expect(c.profileUrl === undefined || c.profileUrl.startsWith('https://')).toBe(true);
          expect(c.confidence).toBeGreaterThanOrEqual(0);
          expect(c.confidence).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});
