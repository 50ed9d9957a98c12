import { describe, expect, it } from 'vitest';
import type { PageLine, PageReading, RawCandidate } from '@/lib/page/contract';
import { normalizeCapture } from '@/lib/people';
import { mailOrganisation, pageOrganisation } from '@/lib/people/organisation';

/** The organisation of a page's written people, from the surest evidence down (organisation.ts). */

const page = (url: string, title: string, siteName?: string): PageReading => ({
  source: 'generic',
  url,
  title,
  siteName,
  candidates: [],
});
/** A line of a card: the element it is, a heading's level. */
const line = (text: string, el: number, heading = 0): PageLine => ({
  text,
  heading,
  chrome: false,
  emails: [],
  phones: [],
  scope: [el, el, 1, 4, 0, 99],
  shape: heading,
});
const person = (emails: string[], name?: string): RawCandidate => ({
  name,
  emails,
  phones: [],
  confidence: {},
});

describe('the organisation of a page’s people', () => {
  it('takes what the page declares first', () => {
    expect(pageOrganisation(page('https://acme.example/team', 'Team | Acme', 'Acme Corp'), [], '')).toBe(
      'Acme Corp',
    );
  });

  it('takes the name with its legal form of a declared site name that adds a tagline', () => {
    const declared = page(
      'http://127.0.0.1/t',
      'Team',
      'Nordwerk Software AG – Cloud-IT-Lösungen für Unternehmen',
    );
    expect(pageOrganisation(declared, [], '')).toBe('Nordwerk Software AG');
  });

  it('takes the site’s part of a declared site name the CMS filled with the page’s headline', () => {
    const headline =
      'Land zahlte rund 1,4 Millionen Euro Erlegungsprämie für Wildschweine im Jagdjahr 2020/2021';
    const declared = page('https://mluk.brandenburg.de/x', `${headline} | MLUK`, `${headline}  | MLUK`);
    expect(pageOrganisation(declared, [], '')).toBe('MLUK');
  });

  it('takes the title’s part in full when it starts with the name the address spells and the copyright holds it', () => {
    const title = 'Smart toilet monitors for signs of disease | News Center | Nordwerk Medicine';
    const people = [person(['jane@nordwerk.example'], 'Jane Doe')];
    const held = 'Nordwerk Medicine\nJane Doe\n©2020 Nordwerk Medicine\n';
    expect(pageOrganisation(page('https://med.nordwerk.example/news', title), people, held)).toBe(
      'Nordwerk Medicine',
    );
    // A logo's line alone may add an edition ("Ultima Hora Mallorca" for "Ultima Hora"): the spelled name.
    expect(
      pageOrganisation(page('https://med.nordwerk.example/news', title), people, 'Nordwerk Medicine\n'),
    ).toBe('Nordwerk');
  });

  it('takes the associates after the name the address spells ("Berg Abogados Asociados")', () => {
    const people = [person(['ana@bergabogados.example'])];
    expect(pageOrganisation(page('http://127.0.0.1/e', 'Equipo — Berg Abogados Asociados'), people, '')).toBe(
      'Berg Abogados Asociados',
    );
  });

  it('takes the part of the title the site’s address spells, with its article and its generic tail', () => {
    const people = [person(['ada@fernhill.example'])];
    expect(pageOrganisation(page('http://127.0.0.1/t', 'Our team — Fernhill Systems'), people, '')).toBe(
      'Fernhill Systems',
    );
    expect(
      pageOrganisation(page('https://ultimahora.es/x', 'News » Local » Ultima Hora Mallorca'), [], ''),
    ).toBe('Ultima Hora');
    expect(
      pageOrganisation(
        page('http://127.0.0.1/c', "The Five C's - Contact Us"),
        [person(['x@fivecs.org.uk'])],
        '',
      ),
    ).toBe("The Five C's");
  });

  it('takes a name-shaped site part beside a board’s page name, not a person’s nor the page’s', () => {
    const board = (title: string) => pageOrganisation(page('http://127.0.0.1/b', title), [], '');
    expect(board('Board of Directors — Nordwind Appleseed')).toBe('Nordwind Appleseed');
    expect(board('Vorstand | Lindenhof Aktiv')).toBe('Lindenhof Aktiv');
    // A known first name makes it a person's page.
    expect(board('Board of Directors — Jana Berg')).toBe('');
  });

  it('never takes a personal site’s owner, the page’s own name or a person as the organisation', () => {
    const owner = person(['petra@petrapaling.de'], 'Petra Paling');
    expect(
      pageOrganisation(page('https://petrapaling.de/a', 'Homöopathie - Petra Paling - Anfahrt'), [owner], ''),
    ).toBe('');
    expect(
      pageOrganisation(page('http://127.0.0.1/k', 'Kontakt'), [], '© 2020 Karl-Heinz Erdmann/ alle Rechte'),
    ).toBe('');
    // A labelled credit names whose work it is: the texts' heirs, not the site's owner.
    expect(
      pageOrganisation(page('http://127.0.0.1/c', 'Colofon'), [], '© 2007 Teksten: Erven A. Laurens\n'),
    ).toBe('');
  });

  it('takes the site’s part of a title whose other part is the page’s, in the languages we read', () => {
    for (const [title, site] of [
      ['Náš tým - Společně v Jehnicích', 'Společně v Jehnicích'],
      ['Společně v Jehnicích - Náš tým', 'Společně v Jehnicích'],
      ['Clínica Norte Salud | Nuestro equipo', 'Clínica Norte Salud'],
      ['Agriturismo Il Poggio - Note legali', 'Agriturismo Il Poggio'],
    ])
      expect(pageOrganisation(page('http://127.0.0.1/t', title as string), [], ''), title).toBe(site);
  });

  it('takes the title’s site part whose first word is a first name when a firm’s word ends it', () => {
    for (const site of ['Nils Technologies', 'Nils Systems', 'Anna Labs', 'Nils Software'])
      expect(pageOrganisation(page('http://127.0.0.1/t', `Meet The Team | ${site}`), [], '')).toBe(site);
  });

  it('takes the name a line opens and a reservation of rights ends, without "©", as the holder', () => {
    const footer = 'Hem\nKontakt\nNordtalent. All rights reserved.\nPowered by Nordtalent\n';
    expect(pageOrganisation(page('http://127.0.0.1/k', 'Document'), [], footer)).toBe('Nordtalent');
    expect(
      pageOrganisation(
        page('http://127.0.0.1/i', 'Impressum'),
        [],
        'Nordwerk GmbH – Alle Rechte vorbehalten\n',
      ),
    ).toBe('Nordwerk GmbH');
    // A reservation alone names nobody.
    expect(pageOrganisation(page('http://127.0.0.1/k', 'Document'), [], 'All rights reserved.\n')).toBe('');
  });

  it('takes a copyright holder, in full where the title says it in full', () => {
    const title = 'Aviso Legal | Estudio Jurídico Dr. Lionel Zurita';
    expect(
      pageOrganisation(
        page('http://127.0.0.1/a', title),
        [],
        '© 2025 Estudio Jurídico Dr. Lionel Zurita | Todos',
      ),
    ).toBe('Estudio Jurídico Dr. Lionel Zurita');
    // "© Copyright ANSA": the holder, not the word.
    expect(
      pageOrganisation(
        page('http://127.0.0.1/n', 'News'),
        [],
        'P.I. 0087 - © Copyright ANSA - Tutti i diritti riservati\n',
      ),
    ).toBe('ANSA');
    // The full stop of a dotted legal form is the form's, not the end of the line.
    expect(
      pageOrganisation(
        page('http://127.0.0.1/c', 'Chi siamo'),
        [],
        '© 2024-2026 Rossi Consulenze Aziendali S.r.l.s. - P.IVA 01671740916\n',
      ),
    ).toBe('Rossi Consulenze Aziendali S.r.l.s.');
    // The holder's name ends with its legal form: the footer's links after it are none of it.
    expect(
      pageOrganisation(
        page('http://127.0.0.1/t', 'Team'),
        [],
        '© 2026 NORD-WERK GmbH Impressum · Datenschutzerklärung\n',
      ),
    ).toBe('NORD-WERK GmbH');
    // A holder that is only an address yields to the name with a legal form the page gives.
    expect(
      pageOrganisation(
        page('http://127.0.0.1/k', 'Kontakt'),
        [],
        'Organizatorem targów jest Nordwerk Sp. z o.o.\n(c) 2016-2019 nordwerk-targi.pl | Wszystkie prawa zastrzeżone\n',
      ),
    ).toBe('Nordwerk Sp. z o.o.');
    // A title's part that holds the name the people's domain spells says it in full when it is the
    // copyright holder too.
    expect(
      pageOrganisation(
        page('http://127.0.0.1/t', 'Advocatenkantoor Berg & Van Dam | Brugge & Assebroek'),
        [person(['info@vandam.example'])],
        '© 2024 Advocatenkantoor Berg & Van Dam. Alle rechten voorbehouden.\n',
      ),
    ).toBe('Advocatenkantoor Berg & Van Dam');
    // A full stop after the year is none of the holder; a reservation is no holder.
    expect(
      pageOrganisation(
        page('http://127.0.0.1/k', 'Kontakt'),
        [],
        '© Copyright 2024. Nordby Bryghus ApS\nAll rights reserved.\n',
      ),
    ).toBe('Nordby Bryghus ApS');
    expect(
      pageOrganisation(page('http://127.0.0.1/k', 'Kontakt'), [], '© 2020. All rights reserved.\n'),
    ).toBe('');
    // A weak legal form after a small word is none: a menu's "LIDT OM OS" ("a little about us").
    expect(pageOrganisation(page('http://127.0.0.1/k', 'Kontakt'), [], 'VORES ØL\nLIDT OM OS\n')).toBe('');
    // A Nordic centre or clinic written as one word is no person's name ("Hudlegesenter").
    expect(
      pageOrganisation(
        page('http://127.0.0.1/a', 'Ansatte - Nordby Hudlegesenter'),
        [],
        '© 2025 Nordby Hudlegesenter\n',
      ),
    ).toBe('Nordby Hudlegesenter');
    // "Copyright" after the year, and the site's maker after the holder, are no part of the holder.
    expect(
      pageOrganisation(
        page('http://127.0.0.1/m', 'Medewerkers'),
        [],
        '© 2015 Copyright Huisartspraktijk Berg Powered by-example.nl\n',
      ),
    ).toBe('Huisartspraktijk Berg');
  });

  it('takes a name with a legal form from the text, reading a line at a time', () => {
    const text = `Impressum\nAngaben nach dem Telemediengesetz\nMuster & Partner Steuerberatungsgesellschaft mbH\n${'All Dog Food\n'.repeat(5000)}`;
    expect(pageOrganisation(page('http://127.0.0.1/i', 'Impressum'), [], text)).toBe(
      'Muster & Partner Steuerberatungsgesellschaft mbH',
    );
  });

  it('takes the firm an address block opens with, not a person, a role or a label above the street', () => {
    const org = (text: string) => pageOrganisation(page('http://127.0.0.1/i', 'Impressum'), [], text);
    expect(org('Praxis Berg\nKantstraße 14\n10623 Berlin\nTel. 030 1234567\n')).toBe('Praxis Berg');
    // A branch's line between the firm and its street; the contact's own line ends the block.
    expect(
      org('Pressesprecherin Anna Berg\nNordwind-Verband\nHauptstadtbüro\nAlmstadtstraße 7\n10119 Berlin\n'),
    ).toBe('Nordwind-Verband');
    expect(org('Anschrift:\nKantstraße 14\n10623 Berlin\n')).toBe('');
    expect(org('Dr. Anna Berg\nKantstraße 14\n')).toBe('');
    expect(org('Nordlicht Studio\n350 Fifth Avenue\nNew York, NY 10118\n')).toBe('Nordlicht Studio');
    // A flat's number and the postcode after the street ("ul. Ursynowska 22/2 02-605").
    expect(org('Fundacja Przykład\nul. Ogrodowa 22/2 02-605\nWarszawa\n')).toBe('Fundacja Przykład');
  });

  it("takes the site's name from a short line its address spells, not a handle, an address or a sentence", () => {
    const org = (text: string) =>
      pageOrganisation(page('https://www.brfnordskogen.se/kontakt', 'Kontakt'), [], text);
    expect(org('Brf Nordskogen\nStyrelsen\nOrdförande: Anna Berg\n')).toBe('Brf Nordskogen');
    expect(org('Följ oss: @brfnordskogen\nbrf-nordskogen.se\n')).toBe('');
    expect(
      org(
        'Vi i Brf Nordskogen är en förening som sedan 1998 samlar boende i området kring sjön och skogen.\n',
      ),
    ).toBe('');
  });

  it('reads a page full of legal forms within the text cap and names no organisation from them', () => {
    // Speed is measured in npm run bench:extract; here, that the reading ends with nothing made up.
    const text = `${'Ltd '.repeat(500)}\n`.repeat(100);
    expect(pageOrganisation(page('https://www.acme.example/x', 'Impressum'), [], text)).toBe('');
  });

  it('takes a copyright holder with a name’s shape that the title repeats for the site, not a person', () => {
    const text = 'Nuestro equipo\n© Fjord Capital. Todos los derechos reservados.\n';
    expect(pageOrganisation(page('http://127.0.0.1/equipo', 'FjordCapital'), [], text)).toBe('Fjord Capital');
    const own = '© Anna Berg. All rights reserved.\n';
    expect(pageOrganisation(page('http://127.0.0.1/about', 'AnnaBerg'), [], own)).toBe('');
  });

  it('names an e-mail person’s organisation by their own domain as the mail spells it', () => {
    expect(
      mailOrganisation(person(['hannah@mossy.earth'], 'Hannah Kirkland'), 'Thanks,\nHannah\nMossy Earth\n'),
    ).toBe('Mossy Earth');
    expect(mailOrganisation(person(['jo@gmail.com'], 'Jo Doe'), 'Gmail\n')).toBe('');
    // Punctuation after the name is not the name's ("Brightwave: the API for …").
    expect(mailOrganisation(person(['ann@brightwave.example'], 'Ann Lee'), 'Brightwave: the API\n')).toBe(
      'Brightwave',
    );
    // Nor is a bracket or a quote around it ("[Nordwerk Official Use Only]").
    const tove = person(['tove@nordwerk.example'], 'Tove Berg');
    expect(mailOrganisation(tove, '[Nordwerk Official Use Only]\nHi all\n')).toBe('Nordwerk');
    expect(mailOrganisation(tove, 'Sent for „Nordwerk“\n')).toBe('Nordwerk');
    expect(mailOrganisation(tove, 'Tove (Nordwerk)\n')).toBe('Nordwerk');
  });

  it('never names an organisation after a free-mail provider', () => {
    const jo = person(['jo.doe@protonmail.com'], 'Jo Doe');
    expect(mailOrganisation(jo, 'Thanks,\nJo\nSent with ProtonMail secure email\n')).toBe('');
    expect(pageOrganisation(page('http://127.0.0.1/c', 'Kontakt'), [person(['jo@gmx.ch'])], 'GMX\n')).toBe(
      '',
    );
  });

  it('takes a signature’s name with a legal form when the sender’s domain spells it, by initials too', () => {
    const klaus = person(['k.jansen@bmw.de'], 'Klaus Jansen');
    const body = 'Regards,\nKlaus Jansen\nBayerische Motoren Werke Aktiengesellschaft\nPetuelring 130\n';
    expect(mailOrganisation(klaus, body)).toBe('Bayerische Motoren Werke Aktiengesellschaft');
  });
});

describe('the domain choosing among the page’s own names', () => {
  it('prefers the name with a legal form the address spells over the copyright holder and other companies', () => {
    const text = 'Hosting: Serverfarm AG\nNordlicht Handels GmbH\nWeg 1\n© 2024 Webdesign Studio XY\n';
    expect(pageOrganisation(page('https://www.nordlicht-handel.de/impressum', 'Impressum'), [], text)).toBe(
      'Nordlicht Handels GmbH',
    );
  });

  it('reads a title’s name by its initials ("mbra" → "Maple-Birch River Association")', () => {
    expect(
      pageOrganisation(
        page('http://www.mbra.org/contact.htm', 'Contact the Maple-Birch River Association'),
        [],
        '',
      ),
    ).toBe('Maple-Birch River Association');
  });

  it('takes of a declared site name the part the address spells, never an unfilled template', () => {
    const site = (url: string, title: string, siteName: string) =>
      pageOrganisation(page(url, title, siteName), [], '');
    expect(
      site('https://www.funkeeins.de/impressum', 'Impressum', 'Werbeagentur FUNKE EINS | Celle im Allertal'),
    ).toBe('Werbeagentur FUNKE EINS');
    expect(
      site('https://www.example.org/news/1', 'Neuer Bericht', '{$plugin.tx_news.opengraph.site_name}'),
    ).toBe('');
  });

  it('takes the name a site’s address spells without the web word it adds ("pointtakenweb")', () => {
    const post = page('https://nordpunktweb.azurewebsites.net/blog/2018/x/', 'Gjestet Oslo');
    const footer = 'Kontakt\nNordpunkt\nArbeidersamfunnets plass 1\n0181 Oslo\n';
    expect(pageOrganisation(post, [], footer)).toBe('Nordpunkt');
  });

  it('takes the logo’s text that opens the page when it names an organisation', () => {
    const people = page('http://127.0.0.1/people', 'index');
    expect(pageOrganisation(people, [], 'Nordby Sensory Lab\nPeople\nResearch\n')).toBe('Nordby Sensory Lab');
    expect(pageOrganisation(people, [], 'Skip to content\nPeople\nResearch\n')).toBe('');
  });

  it('takes a title of one short part that the page opens with as the site’s name, not a page’s or a person’s', () => {
    const opened = (title: string) =>
      pageOrganisation(page('http://127.0.0.1/e', title), [], `${title}\nInicio\n`);
    expect(opened('AFEAS')).toBe('AFEAS');
    expect(opened('Nuestro Equipo')).toBe('');
    expect(opened('Talk')).toBe('');
    expect(opened('Jan Berg')).toBe('');
    expect(pageOrganisation(page('http://127.0.0.1/e', 'AFEAS'), [], 'Inicio\nAFEAS\n')).toBe('');
  });

  it('takes the logo’s text that names one of the page’s people with their trade, after a skip link', () => {
    const owner = person([], 'Jan Berg');
    const text = 'Přeskočit na obsah\nPlatnéřství Jan Berg\nO mně\nSlužby\n';
    expect(pageOrganisation(page('http://127.0.0.1/gdpr', 'Ochrana osobních údajů'), [owner], text)).toBe(
      'Platnéřství Jan Berg',
    );
    // Pronouns or a role beside the name are no trade.
    for (const line of ['Jan Berg he/him', 'Jan Berg Geschäftsführer'])
      expect(pageOrganisation(page('http://127.0.0.1/t', 'Talk'), [owner], `Talk\n${line}\n`), line).toBe('');
  });

  it('lets the title’s name beat a site name that is only the address', () => {
    expect(
      pageOrganisation(
        page('https://www.fhs.de/detail/1', 'Friedrich-Hebbel-Stiftung - detail', 'www.fhs.de'),
        [],
        '',
      ),
    ).toBe('Friedrich-Hebbel-Stiftung');
  });

  it('takes the name an address spells from the footer, not the address itself', () => {
    // The site names itself by its address only, in og:site_name and the title's last part; the
    // footer's holder writes the name ("Österreich" for "oesterreich").
    const reading = {
      ...page(
        'https://www.jagd-example.at/2021/12/14/news',
        'Nordjagd: Auf Wildtiere achten - jagd-example.at',
        'jagd-example.at',
      ),
      candidates: [{ name: 'Lea Winter', emails: [], phones: [], confidence: { name: 0.95 } }],
    };
    const footer = 'Nordjagd: Auf Wildtiere achten\n2018 © Jagd Example | Datenschutz | Impressum\n';
    expect(pageOrganisation(reading, [], footer)).toBe('Jagd Example');
    // The article's declared author writes for it too.
    const lines = footer
      .split('\n')
      .map((text) => ({ text, heading: 0, chrome: false, emails: [], phones: [], scope: [], shape: 0 }));
    expect(normalizeCapture({ ...reading, lines }).map((c) => [c.name, c.company])).toEqual([
      ['Lea Winter', 'Jagd Example'],
    ]);
  });
});

describe('a written person’s organisation', () => {
  /** Name, title and company of the people on a page at `url` with `lines`. */
  const firms = (lines: PageLine[], url: string, title: string, siteName?: string) =>
    normalizeCapture({ ...page(url, title, siteName), lines }).map((c) => [c.name, c.title, c.company]);

  it('is the page’s when they write from the domain that spells it, whatever line stood by their name', () => {
    // <article><h3>Jane Doe</h3><p>Head of Sales</p><p>Overview</p><p>jane@…</p></article>
    const lines = [
      line('Jane Doe', 2, 3),
      line('Head of Sales', 3),
      line('Overview', 4),
      line('jane@nordlicht-handel.de', 5),
    ];
    expect(firms(lines, 'https://www.nordlicht-handel.de/team', 'Team | Nordlicht Handel')).toEqual([
      ['Jane Doe', 'Head of Sales', 'Nordlicht Handel'],
    ]);
  });

  it('is the firm their own address spells on a line of its own, on a site that is not theirs', () => {
    // A newswire's release: the contact writes from the issuing firm's domain, whose name the
    // release writes as a heading; a sponsor in a sentence names no employer.
    const release = (firmLine: PageLine) => [
      line('Nordwind opens its first plant in Aarhus', 1, 1),
      line('Media contact', 2, 3),
      line('Jane Doe', 3),
      line('Head of Communications', 4),
      line('jane.doe@nordwind-robotics.com', 5),
      firmLine,
      line('© 2024 PressWire', 7),
    ];
    const sponsor =
      'The fair has the support and sponsorship of Nordwind Robotics, Fjordline Optics and the city of Aarhus.';
    const at = (lines: PageLine[]) =>
      firms(
        lines,
        'https://www.presswire.example/releases/123',
        'Nordwind opens its plant | PressWire',
        'PressWire',
      );
    expect(at(release(line('Nordwind Robotics', 6, 3)))).toEqual([
      ['Jane Doe', 'Head of Communications', 'Nordwind Robotics'],
    ]);
    expect(at(release(line(sponsor, 6)))).toEqual([['Jane Doe', 'Head of Communications', 'PressWire']]);
  });

  it('stays the declared one for someone writing from the site’s own domain', () => {
    // The group's brand site: its own people work for the group it declares.
    const lines = [
      line('Jane Doe', 2, 3),
      line('Head of Sales', 3),
      line('jane@nordlicht.example', 4),
      line('Nordlicht Labs', 5, 3),
    ];
    expect(firms(lines, 'https://www.nordlicht.example/team', 'Team', 'Acme Group')).toEqual([
      ['Jane Doe', 'Head of Sales', 'Acme Group'],
    ]);
  });

  it('is the firm a role line under the name gives after a comma, not a second person', () => {
    const lines = [
      line('Media contact', 2, 3),
      line('Karin Holm', 3),
      line('Head of Communications, Nordwind Robotics', 4),
      line('karin.holm@nordwind.example', 5),
    ];
    expect(firms(lines, 'https://www.presswire.example/r/1', 'Release', 'PressWire')).toEqual([
      ['Karin Holm', 'Head of Communications', 'Nordwind Robotics'],
    ]);
  });
});
