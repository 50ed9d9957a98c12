import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPage } from '@/lib/page';
import { LIMITS } from '@/lib/page/limits';
import { canonicalProfileUrl } from '@/lib/page/linkedin';
import { decodeCfEmail } from '@/lib/page/text';
import { normalizeCapture } from '@/lib/people';
import { findEmails, findPhones, isName } from '@/lib/people/recognise';
import { extractSelection } from '@/lib/people/selection';

/**
 * Extractor behaviours on parsed documents (happy-dom's DOMParser), one block per source: what
 * the content script returns, and (`people`) what the side panel reads from it.
 */

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The capture of `doc` as the side panel offers it: read and normalised by lib/people. */
function people(doc: Document, url: string) {
  return normalizeCapture(extractPage(doc, url));
}

function fixture(name: string): Document {
  return parse(readFileSync(`tests/fixtures/pages-synthetic/${name}`, 'utf8'));
}

const SAVED = 'file:///tmp/saved.html';

describe('choosing the extractor', () => {
  it('goes by the URL on live pages', () => {
    const doc = parse('<main><h1>Jane Doe</h1></main>');
    expect(extractPage(doc, 'https://www.linkedin.com/in/jane-doe/').source).toBe('linkedin-profile');
    expect(extractPage(doc, 'https://www.linkedin.com/search/results/people/?keywords=x').source).toBe(
      'linkedin-list',
    );
    expect(extractPage(doc, 'https://mail.google.com/mail/u/0/#inbox/abc').source).toBe('gmail');
    expect(extractPage(doc, 'https://example.com/team').source).toBe('generic');
  });

  it('recognises saved pages by their declared address or their markup', () => {
    expect(extractPage(fixture('52-linkedin-public-profile.html'), SAVED).source).toBe('linkedin-profile');
    expect(extractPage(fixture('51-linkedin-logged-in-contact-info.html'), SAVED).source).toBe(
      'linkedin-profile',
    );
    expect(extractPage(fixture('53-linkedin-search-results.html'), SAVED).source).toBe('linkedin-list');
    expect(extractPage(fixture('54-gmail-thread.html'), SAVED).source).toBe('gmail');
    // Markup alone does not make a live page on another site a LinkedIn page.
    expect(
      extractPage(fixture('51-linkedin-logged-in-contact-info.html'), 'https://example.com/').source,
    ).toBe('generic');
  });

  it('returns a structured-cloneable capture', () => {
    const capture = extractPage(fixture('55-team-page.html'), SAVED);
    expect(structuredClone(capture)).toEqual(capture);
  });
});

describe('LinkedIn profile', () => {
  it('reads the logged-in top card, the grouped current position and the open Contact info overlay', () => {
    const [person, ...rest] = extractPage(
      fixture('51-linkedin-logged-in-contact-info.html'),
      SAVED,
    ).candidates;
    // "People also viewed" follows the owner, with its own headline.
    expect(rest.map((c) => [c.name, c.title])).toEqual([['Otto Normal', 'CEO at Example AG']]);
    expect(person).toMatchObject({
      name: 'Martina Keller 🚀',
      title: 'Head of Partnerships',
      company: 'Helio Labs GmbH',
      location: 'Munich, Bavaria, Germany',
      emails: ['martina.keller@helio-labs.example'],
      // The phone section's text as shown; lib/people finds the number in it.
      phones: ['Phone +49 151 2345 6789 (Mobile)'],
      profileUrl: 'https://www.linkedin.com/in/martina-keller-8a1b2c',
      websites: ['https://helio-labs.example'],
    });
    expect(people(fixture('51-linkedin-logged-in-contact-info.html'), SAVED)[0]?.phones).toEqual([
      { value: '+4915123456789', raw: '+49 151 2345 6789', e164: '+4915123456789' },
    ]);
  });

  it('reads the public layout and its JSON-LD, with the canonical URL from a locale subdomain', () => {
    const [person] = extractPage(fixture('52-linkedin-public-profile.html'), SAVED).candidates;
    expect(person).toMatchObject({
      name: 'Jonas Berger',
      title: 'Senior Data Engineer',
      company: 'Northwind Analytics',
      location: 'Hamburg',
      profileUrl: 'https://www.linkedin.com/in/jonas-berger-42',
    });
  });

  it('keeps the headline as the title when there is no position (lib/people splits "… at …")', () => {
    const doc = parse(
      '<main><section><h1>Ana Ruiz</h1><div class="text-body-medium break-words">CTO at Foo</div></section></main>',
    );
    expect(extractPage(doc, 'https://www.linkedin.com/in/ana-ruiz').candidates[0]).toMatchObject({
      title: 'CTO at Foo',
    });
  });

  it.each([
    ['https://www.linkedin.com/in/jane-doe/?trk=abc', 'https://www.linkedin.com/in/jane-doe'],
    ['https://de.linkedin.com/in/jane-doe/de', 'https://www.linkedin.com/in/jane-doe'],
    ['/in/jane-doe/overlay/contact-info/', 'https://www.linkedin.com/in/jane-doe'],
    ['https://www.linkedin.com/company/acme/', undefined],
    ['https://evil.example/in/jane', undefined],
  ])('canonical profile URL of %s', (href, want) => {
    expect(canonicalProfileUrl(href)).toBe(want);
  });
});

describe('LinkedIn lists', () => {
  it('gives one candidate per person card with name, headline and profile URL', () => {
    const { candidates } = extractPage(fixture('53-linkedin-search-results.html'), SAVED);
    expect(candidates.map((c) => [c.name, c.title, c.profileUrl])).toEqual([
      ['Priya Raman', 'VP Sales at Acme Robotics', 'https://www.linkedin.com/in/priya-raman-91'],
      ['Tomasz Nowicki', 'Sales Director EMEA @ Globex', 'https://www.linkedin.com/in/tomasz-nowicki'],
      ['Martin B.', 'Head of Sales DACH at Umbrella Corp', 'https://www.linkedin.com/in/martin-b-4411'],
    ]);
  });

  it('reads the 2026 connections list, whose cards are plain divs around a photo link and a name link', () => {
    // Shaped as LinkedIn's server-driven "Connections" screen (May 2026): hashed classes, no list rows.
    const card = (slug: string, name: string, headline: string) =>
      `<div componentkey="auto-component-${slug}"><a href="https://www.linkedin.com/in/${slug}/"><figure><img alt="${name}"></figure></a>
        <div><div><a href="https://www.linkedin.com/in/${slug}/"><p>${name}</p></a><p>${headline}</p></div>
        <p>Nawiązano kontakt 3 maja 2026</p></div><a href="/messaging/compose/?recipient=${slug}"><span>Wiadomość</span></a></div>`;
    const doc =
      parse(`<main data-sdui-screen="com.linkedin.sdui.flagshipnav.mynetwork.Connections"><h1>17 008 kontaktów</h1>
      <div componentkey="ConnectionsPage_ConnectionsList">
      ${card('justyna-z-2a29b6166', 'Justyna Zązel', 'Doradca Klienta w ING')}
      ${card('szymon-kracik-96825974', 'Szymon Kracik', 'Sales Manager w Bosch')}
      </div></main>`);
    // Saved from the list; its address names the first card's profile, its markup says it is a list.
    const read = people(doc, 'https://www.linkedin.com/in/justyna-z-2a29b6166/');
    expect(read.map((c) => [c.name, c.title, c.company, c.profileUrl])).toEqual([
      ['Justyna Zązel', 'Doradca Klienta', 'ING', 'https://www.linkedin.com/in/justyna-z-2a29b6166'],
      ['Szymon Kracik', 'Sales Manager', 'Bosch', 'https://www.linkedin.com/in/szymon-kracik-96825974'],
    ]);
  });

  it("gives everyone on a company's People tab that company, and their headline's title", () => {
    // The 2020–2024 People tab as scrapers describe it: a photo link, then a name link, the headline beside it.
    const card = (slug: string, name: string, headline: string) =>
      `<li class="org-people-profile-card__profile-card-spacing"><section class="org-people-profile-card">
        <a href="/in/${slug}/"><img alt=""></a>
        <a href="/in/${slug}/"><div class="org-people-profile-card__profile-title">${name}</div></a>
        <span> · 2nd</span><div class="lt-line-clamp">${headline}</div><button>Connect</button>
      </section></li>`;
    const doc =
      parse(`<main><div class="org-top-card"><h1 class="org-top-card-summary__title">Fjordline Optics</h1>
      <p>Optical components · Bergen</p></div><ul>
      ${card('ingrid-dahl', 'Ingrid Dahl', 'Purchasing Manager at Fjordline Optics')}
      ${card('ola-berg', 'Ola Berg', 'Mechanical Engineer')}
      ${card('kari-lund', 'Kari Lund', 'Advisor at Oslo Angels')}
      <li><section class="org-people-profile-card"><div>LinkedIn Member</div><div>Buyer</div></section></li>
      </ul></main>`);
    const read = people(doc, 'https://www.linkedin.com/company/fjordline-optics/people/');
    expect(read.map((c) => [c.name, c.title, c.company])).toEqual([
      ['Ingrid Dahl', 'Purchasing Manager', 'Fjordline Optics'],
      ['Ola Berg', 'Mechanical Engineer', 'Fjordline Optics'],
      // Listed on Fjordline's People tab, so working there; the headline keeps the side role whole.
      ['Kari Lund', 'Advisor at Oslo Angels', 'Fjordline Optics'],
    ]);
    // Anywhere else on LinkedIn a list row's company is only what its headline says.
    const search = people(doc, 'https://www.linkedin.com/search/results/people/?keywords=optics');
    expect(search.map((c) => c.company)).toEqual(['Fjordline Optics', undefined, 'Oslo Angels']);
  });
});

describe('Gmail thread', () => {
  const capture = extractPage(fixture('54-gmail-thread.html'), SAVED);
  const candidates = normalizeCapture(capture);

  it('offers every participant, newest sender first, never the signed-in account', () => {
    expect(candidates.map((c) => c.emails[0])).toEqual([
      'dan.whitfield@brightline-logistics.example',
      'carol.diaz@brightline-logistics.example',
      'logistics-desk@globex.example',
      'eve@initech.example',
    ]);
  });

  it("reads the newest sender's signature: title, company and phone, not the fax", () => {
    expect(capture.candidates[0]?.lines?.length).toBeGreaterThan(0);
    expect(candidates[0]).toMatchObject({
      name: 'Dan Whitfield',
      title: 'Director of Operations',
      company: 'Brightline Logistics',
      phones: [{ raw: '+1 (415) 555-0142' }],
    });
    expect(candidates[0]?.phones).toHaveLength(1);
  });

  it('offers a quoted header\'s sender ("From: … Sent:") after every participant, never as the sender', () => {
    expect(candidates[0]?.name).toBe('Dan Whitfield');
    expect(candidates.at(-1)).toMatchObject({
      name: 'Eve Mallory',
      title: 'Procurement Lead',
      company: 'Initech',
      phones: [{ raw: '+44 20 7946 0958' }],
    });
    // The account's own quoted "On … Pat Owner <pat.owner@…> wrote:" never reaches lib/people.
    const quoted = capture.lines?.map((line) => line.text).join('\n');
    expect(quoted).toContain('From: Eve Mallory');
    expect(quoted).not.toContain('pat.owner@example.com');
  });

  it('leaves out quoted lines naming the account by its full name ("On …, Pat Ortega wrote:")', () => {
    const doc = fixture('54-gmail-thread.html');
    for (const chip of doc.querySelectorAll('span[email="pat.owner@example.com"][name="Pat Owner"]'))
      chip.setAttribute('name', 'Pat Ortega');
    doc
      .querySelector('blockquote.gmail_quote')
      ?.insertAdjacentHTML(
        'beforeend',
        '<div>On Fri, Mar 1, 2024 at 9:00 AM Pat Ortega wrote:</div><div>Hi</div>',
      );
    const names = normalizeCapture(extractPage(doc, SAVED)).map((c) => c.name);
    expect(names).not.toContain('Pat Ortega');
    expect(names).toContain('Eve Mallory');
  });

  it('offers nobody on the thread list (no thread open)', () => {
    const doc = parse(readFileSync('tests/fixtures/pages/08-gmail-inbox-list-inboxsdk.html', 'utf8'));
    expect(extractPage(doc, SAVED)).toMatchObject({ source: 'gmail', candidates: [] });
  });
});

describe('any page', () => {
  it('reads JSON-LD Person and Organization, @graph included', () => {
    const doc = parse(`<script type="application/ld+json">{"@graph":[{"@type":"Organization","name":"Acme"},
      {"@type":"Person","name":"Eva Lind","jobTitle":"CFO","email":"mailto:eva@acme.example","telephone":"+46 8 123 456 78"}]}</script>`);
    expect(extractPage(doc, 'https://acme.example/')).toMatchObject({
      siteName: 'Acme',
      candidates: [
        { name: 'Eva Lind', title: 'CFO', emails: ['mailto:eva@acme.example'], phones: ['+46 8 123 456 78'] },
      ],
    });
    expect(people(doc, 'https://acme.example/')[0]).toMatchObject({
      name: 'Eva Lind',
      emails: ['eva@acme.example'],
      phones: [{ value: '+46812345678' }],
    });
  });

  it('reads microdata, with a nested Organization as the company', () => {
    const doc =
      parse(`<div itemscope itemtype="https://schema.org/Person"><span itemprop="name">Kai Berg</span>
      <span itemprop="jobTitle">Editor</span><div itemprop="worksFor" itemscope itemtype="https://schema.org/Organization">
      <span itemprop="name">Daily Planet</span></div><a itemprop="email" href="mailto:kai@planet.example">kai@planet.example</a></div>`);
    expect(extractPage(doc, 'https://planet.example/').candidates[0]).toMatchObject({
      name: 'Kai Berg',
      title: 'Editor',
      company: 'Daily Planet',
      emails: ['kai@planet.example'],
    });
  });

  it('reads hCard v1 and h-card v2', () => {
    const v1 = parse(
      '<div class="vcard"><span class="fn">Jo Bloggs</span><span class="org">Bloggs Ltd</span><span class="tel">+44 20 7946 0000</span></div>',
    );
    const v2 = parse(
      '<div class="h-card"><a class="p-name u-url" href="https://jo.example">Jo Bloggs</a> <span class="p-job-title">Owner</span></div>',
    );
    expect(extractPage(v1, 'https://jo.example/').candidates[0]).toMatchObject({
      name: 'Jo Bloggs',
      company: 'Bloggs Ltd',
      phones: ['+44 20 7946 0000'],
    });
    expect(extractPage(v2, 'https://jo.example/').candidates[0]).toMatchObject({
      name: 'Jo Bloggs',
      title: 'Owner',
    });
  });

  it('returns the text of any other page as lines, with link targets the visible text does not show', () => {
    const { candidates, lines } = extractPage(
      parse(
        '<p>Write to <a href="mailto:grace%40acme.example?subject=Hi">Grace</a></p><p><a href="tel:+44-20-7946-0958">☎</a></p>',
      ),
      'https://acme.example/',
    );
    expect(candidates).toEqual([]);
    expect(lines?.map((l) => [l.text, l.emails, l.phones])).toEqual([
      ['Write to Grace', ['grace@acme.example'], []],
      ['☎', [], ['+44-20-7946-0958']],
    ]);
  });

  it('gives one candidate per person on a team page, with names and roles near mailto:/tel: links', () => {
    const candidates = people(fixture('55-team-page.html'), 'https://nordlicht-studio.example/team/');
    expect(candidates.map((c) => [c.name, c.title, c.emails[0]])).toEqual([
      ['Lena Hoffmann', 'Managing Director', 'lena.hoffmann@nordlicht-studio.example'],
      ["Sam O'Connor", 'Design Lead', 'sam@nordlicht-studio.example'],
      ['Ana Lucía da Silva', 'Producer', 'ana@nordlicht-studio.example'],
      ['', undefined, 'hello@nordlicht-studio.example'],
    ]);
    // The organisation's phone, not its fax; footer contacts are not needed when the page has others.
    expect(candidates[3]?.phones.map((p) => p.raw)).toEqual(['020 7946 0100']);
  });

  it('caps candidates on a page with thousands of people', () => {
    const letters = (i: number) =>
      String.fromCharCode(97 + (i % 26), 97 + ((i / 26) % 26), 97 + ((i / 676) % 26));
    let rows = '';
    for (let i = 0; i < 2_000; i++)
      rows += `<li>Ann Smith${letters(i)}, <a href="mailto:p${i}@big.example">Sales Manager</a></li>`;
    expect(people(parse(`<ul>${rows}</ul>`), 'https://big.example/').length).toBe(LIMITS.candidates);
  });
});

describe('recognisers', () => {
  it.each([
    ['jane [at] acme [dot] io', 'jane@acme.io'],
    ['jane(at)acme.io', 'jane@acme.io'],
    ['jane at acme dot io', 'jane@acme.io'],
    ['write to jane@acme.io.', 'jane@acme.io'],
    // German, Spanish and one-letter spellings of "at" and "dot", and an "@" set apart by spaces.
    ['jane [ät] acme [punkt] de', 'jane@acme.de'],
    ['E-Mail: jane(a)acme.de', 'jane@acme.de'],
    ['jane (arroba) acme (punto) es', 'jane@acme.es'],
    ['jane @ acme.de', 'jane@acme.de'],
    // A mailing-list archive's spelling: a local part with a dot, or a sender line that the
    // name spells or that repeats the address.
    ['Jana Berg jana.berg at nordwerk.example', 'jana.berg@nordwerk.example'],
    ['Jana Berg berg at nordwerk.example', 'berg@nordwerk.example'],
    ['lindqvist at nordwerk.example lindqvist at nordwerk.example', 'lindqvist@nordwerk.example'],
  ])('finds the email in %s', (text, email) => {
    expect(findEmails(text)).toEqual([email]);
  });

  it.each([
    'Follow us @ acme',
    'price @ 5.00 each',
    'see (a) and (b) at the end',
    'look at example.com',
    'Please look at example.com',
  ])('finds no email in %s', (text) => {
    expect(findEmails(text)).toEqual([]);
  });

  it('decodes Cloudflare email protection', () => {
    expect(decodeCfEmail('f09f9696999395b0839891929b91de9f8297')).toBe('office@shabka.org');
  });

  it.each([
    ['Tel: +49 69 6302-309', ['+49 69 6302-309']],
    ['Phone (404) 727-7580 (M-F 9AM-5PM)', ['(404) 727-7580']],
    ['Fax: +1 415 555 0199', []],
    ['Tel +1 415 555 0100 Fax +1 415 555 0199', ['+1 415 555 0100']],
    ['Telefon 0201 869510 - Telefax 0201 869511', ['0201 869510']],
    // A carrier's name before a mobile number.
    ['Tel. Handy D2 0172/ 2876873', ['0172/ 2876873']],
    ['Phone : (970) 453 - 8025 eFax : (413) 403 - 8025', ['(970) 453 - 8025']],
    ['Expires: 2014-12-15, pages 1998-2022', []],
    ['Mail Stop: 1131-002-1AC', []],
    ['T +45 22 21 00 96 | M: 0171 234 5678', ['+45 22 21 00 96', '0171 234 5678']],
    // A reference list: DOIs, page ranges and an author's initial before them are no phones.
    ['Smith, M. (2007). Psychol. Rev. 14, 2573–603. doi: 10.1037/0033-2909.114', []],
    ['J. Exp. Psychol. 10.1037/a0045186', []],
    ['Nature 0045186 and (850 - 750) - (785 - 745)', []],
    // Numbers that go on from a part number or a path.
    ['Part A555-123-4567, see example.com/p/212-555-0100', []],
    // An icon link's word run into an international number ("Email" + tel: link) does not hide it.
    ['Email+353 1 234 5678', ['+353 1 234 5678']],
    // A number labelled phone and fax at once is a phone; a fax alone, or a Telefax, none.
    ['Tel./Fax: 030 1234567', ['030 1234567']],
    ['Tel: 030 1234568 Fax: 030 1234567', ['030 1234568']],
    ['Telefax 030 1234567', []],
    // A signature's one-letter "F:" labels a fax.
    ['T: +39 06 9826 9651 M: +39 340 652 2736 F: +39 06 9826 9680', ['+39 06 9826 9651', '+39 340 652 2736']],
    // Two whole numbers set side by side are two phones; an area code's slash keeps one.
    ['Tel: 91 555 12 34 / 600 12 34 56', ['91 555 12 34', '600 12 34 56']],
    ['Tel. +49 30 / 12 34 56', ['+49 30 / 12 34 56']],
    // Tax and register numbers in an imprint or a footer.
    ['P.I. 00876481003 - © Copyright ANSA', []],
    ['Sad Rejonowy, KRS nr 0000545379, NIP 725-208-30-93.', []],
    ['SIRET 123 456 789 00012 - Tél. 01 23 45 67 89', ['01 23 45 67 89']],
    ['Tél : 04 78 00 00 00', ['04 78 00 00 00']],
    // A grouped number with its trunk prefix alone on its line; not a bare run of digits, not in a sentence.
    ['06 - 51 51 00 30', ['06 - 51 51 00 30']],
    ['0123456789', []],
    // A North American number alone on its line, with its extension.
    ['248-555-0100 ext. 110', ['248-555-0100 ext. 110']],
    ['450-743-7922 poste 232', ['450-743-7922 poste 232']],
    ['Order 06 - 51 51 00 30 shipped', []],
    // Alone on its line in groups of two to four digits, as countries without a trunk prefix write them;
    // not an amount, an ISBN or a bank account.
    ['22 844 73 55', ['22 844 73 55']],
    ['702 090 858', ['702 090 858']],
    ['1 000 000', []],
    ['978-3-16-148410-0', []],
    ['29 2130 0004 2001 0343 2101 0001', []],
  ])('phones in %s', (text, phones) => {
    expect(findPhones(text)).toEqual(phones);
  });

  it.each([
    ['Michiel B. de Jong', true],
    ['F. Kooman', true],
    ['Anna Rass, PhD', true],
    ['Jane Doe, MS, PT', true],
    // A Czech directory's surname, first name and academic title after the comma.
    ['Dvořák Jan, Ing.', true],
    // Initials written together, and glued to the surname (Dutch "mr. T.Peters").
    ['R.C. van der Weele', true],
    ['mr. T.Peters', true],
    // A firm with its legal form.
    ['Land Pro, LLC', false],
    // A Swedish housing co-operative by its abbreviated legal form; a first name that is one stays a name.
    ['Brf Solgården', false],
    ['Per Holm', true],
    // Initials that spell a legal form lead a name; a legal form after a name is a firm's.
    ['P.A. Soeter', true],
    ['Soeter P.A.', false],
    ['Vienna, Austria', false],
    ['Contact Us', false],
    // "About the company" in Polish: a menu's heading.
    ['O Firmie', false],
    // The names of a legal page and of a board, in Italian and Portuguese.
    ['Note Legali', false],
    ['Comissão Organizadora', false],
    // "Where we are" in Czech: a menu's heading, by its function word.
    ['Kde Jsme', false],
    // An organisation by its kind, in Spanish.
    ['Clínica Norte Salud', false],
    // A law office, in Polish.
    ['Kancelaria Adwokacka', false],
    ['Head of Finance', false],
    ['IT Consulting', false],
    ['Jane', false],
  ])('isName(%s) is %s', (text, want) => {
    expect(isName(text)).toBe(want);
  });
});

describe('selection', () => {
  const read = (text: string) => {
    const person = extractSelection(text);
    return normalizeCapture({ source: 'selection', url: '', title: '', candidates: person ? [person] : [] });
  };

  it('reads a selected signature as one contact', () => {
    expect(
      read(
        'Best,\nJane Doe\nHead of Marketing | Acme Corp\nM: +1 (213) 373-4253\njane.doe@acme.example\nwww.acme.example',
      ),
    ).toMatchObject([
      {
        name: 'Jane Doe',
        title: 'Head of Marketing',
        company: 'Acme Corp',
        phones: [{ value: '+12133734253' }],
        emails: ['jane.doe@acme.example'],
      },
    ]);
  });

  it('finds nobody in text without a contact, and nothing in an empty selection', () => {
    expect(read('lorem ipsum dolor sit amet')).toEqual([]);
    expect(extractSelection(' \n ')).toBeNull();
  });
});
