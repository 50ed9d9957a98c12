import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPage } from '@/lib/page';
import type { PageLine } from '@/lib/page/contract';
import { LIMITS } from '@/lib/page/limits';
import { normalizeCapture } from '@/lib/people';
import { readMail } from '@/lib/people/mail-body';
import { parseContactLines } from '@/lib/people/signature';

/**
 * E-mail shown in a page: the real HTML mails of the dev corpus (tests/fixtures/pages), read as
 * the side panel reads them, and reply headers, sign-offs and signatures in the languages users
 * write them in. No real Outlook-on-the-web page is in the corpus: Outlook is covered by its
 * mails' text (the "From: / Sent: / To: / Subject:" block and its translations), not selectors.
 */

const SAVED = 'file:///tmp/saved.html';

function page(file: string) {
  const html = readFileSync(`tests/fixtures/pages/${file}`, 'utf8');
  return extractPage(new DOMParser().parseFromString(html, 'text/html'), SAVED);
}

const people = (file: string) => normalizeCapture(page(file));

/** Lines as the content script returns them, one element each. */
function lines(...texts: string[]): PageLine[] {
  return texts.map((text, i) => ({
    text,
    heading: 0,
    chrome: false,
    emails: [],
    phones: [],
    scope: [i, i],
    shape: 0,
  }));
}

describe('an HTML e-mail in a page', () => {
  it('puts the newest author first: a first-name sign-off matched to the address of her own forward', () => {
    // "Makala" signs a note above "From: makala@nylas.com / … / To: Michael Grinich <…>, Christine Spang <…>".
    const found = people('108-email-mailspring-forward-refresh-massage-signup.html');
    expect(found[0]).toMatchObject({ name: 'Makala', emails: ['makala@nylas.com'] });
    expect(found.slice(1).map((c) => [c.name, c.emails])).toEqual([
      ['Michael Grinich', ['mg@nylas.com']],
      ['Christine Spang', ['spang@nylas.com']],
    ]);
  });

  it('puts a quoted sender with an address before a reply author known only by the first name he signs with', () => {
    const found = people('09-email-gmail-reply-quote.html');
    expect(found.map((c) => [c.name, c.emails])).toEqual([
      ['Alexander L', ['a@example.com']],
      ['Alex', []],
    ]);
  });

  it('puts a reply author whose signature gives full name and role before the quoted sender', () => {
    const found = readMail(
      lines(
        'Hi Jana,',
        'Thursday works.',
        'Best,',
        'Tom Lindqvist',
        'Account Executive, Nordlys AS',
        'On Mon, Mar 3, 2025 at 10:12 AM <jana.berg@fjordline.example> wrote:',
        'Hi Tom, can we meet?',
      ),
    );
    expect(found?.map((c) => c.name ?? '')).toEqual(['Tom Lindqvist', '']);
  });

  it('offers nobody for a redacted signature: not the greeted reader, not the closing word', () => {
    // "Hi Omar" … "Sincerly / Persons name / System Administrator / phone Number / …".
    expect(people('109-email-outlook-nl-redacted-signature-disclaimer.html')).toEqual([]);
  });

  it("takes a newsletter's signer with the address under her name, not its section headings", () => {
    const found = people('110-email-tempo-newsletter-mossy-earth.html');
    expect(found[0]).toMatchObject({ name: 'Hannah Kirkland', emails: ['hannah@mossy.earth'] });
    expect(found).toHaveLength(1);
  });
});

describe('an Outlook reply as HTML (its documented reply markup, no saved Outlook page)', () => {
  const html = `<div class="WordSection1"><p class="MsoNormal">Hi Ole,</p>
    <p class="MsoNormal">The revised offer is attached.</p><p class="MsoNormal">Kind regards,</p>
    <p class="MsoNormal">Ingrid Dahl<br>Buyer at Fjordline Optics<br>M: +47 912 34 567</p>
    <div id="appendonsend"></div><hr style="display:inline-block;width:98%">
    <div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif"><b>From:</b> Ole Berg &lt;ole@berg.example&gt;<br>
    <b>Sent:</b> Monday, March 4, 2024 10:02 AM<br><b>To:</b> <a href="mailto:ingrid@fjordline.example">Ingrid Dahl</a><br>
    <b>Subject:</b> Lenses</font></div><div>Could you send the offer again?</div></div>`;
  const found = normalizeCapture(
    extractPage(new DOMParser().parseFromString(html, 'text/html'), 'https://mail.example/'),
  );

  it('offers the author of the reply first, with her signature, then the quoted sender', () => {
    expect(found.map((c) => c.name)).toEqual(['Ingrid Dahl', 'Ole Berg']);
    expect(found[0]).toMatchObject({
      emails: ['ingrid@fjordline.example'],
      title: 'Buyer',
      company: 'Fjordline Optics',
      phones: [{ value: '+4791234567' }],
    });
  });
});

describe('reply and forward headers', () => {
  const sent = (from: string, sentLine: string, to: string, subject: string) =>
    lines('Sounds good, see you then.', from, sentLine, to, subject, 'Original text.');

  it.each([
    [
      'en',
      'From: Jana Krüger <jana@kruger.example>',
      'Sent: Monday',
      'To: Ole Berg <ole@berg.example>',
      'Subject: Hi',
    ],
    [
      'de',
      'Von: Jana Krüger <jana@kruger.example>',
      'Gesendet: Montag',
      'An: Ole Berg <ole@berg.example>',
      'Betreff: Hallo',
    ],
    [
      'fr',
      'De : Jana Krüger <jana@kruger.example>',
      'Envoyé : lundi',
      'À : Ole Berg <ole@berg.example>',
      'Objet : Salut',
    ],
    [
      'nl',
      'Van: Jana Krüger <jana@kruger.example>',
      'Verzonden: maandag',
      'Aan: Ole Berg <ole@berg.example>',
      'Onderwerp: Hoi',
    ],
    [
      'sv',
      'Från: Jana Krüger <jana@kruger.example>',
      'Skickat: måndag',
      'Till: Ole Berg <ole@berg.example>',
      'Ämne: Hej',
    ],
    [
      'da',
      'Fra: Jana Krüger <jana@kruger.example>',
      'Sendt: mandag',
      'Til: Ole Berg <ole@berg.example>',
      'Emne: Hej',
    ],
    [
      'pl',
      'Od: Jana Krüger <jana@kruger.example>',
      'Wysłano: poniedziałek',
      'Do: Ole Berg <ole@berg.example>',
      'Temat: Cześć',
    ],
    [
      'es',
      'De: Krüger, Jana [mailto:jana@kruger.example]',
      'Enviado el: lunes',
      'Para: Ole Berg <ole@berg.example>',
      'Asunto: Hola',
    ],
  ])('reads the sender and recipients of an Outlook-style header block (%s)', (_lang, ...block) => {
    const found = readMail(sent(...(block as [string, string, string, string])));
    expect(found?.map((c) => c.emails[0])).toEqual(['jana@kruger.example', 'ole@berg.example']);
    expect(found?.[1]?.name).toBe('Ole Berg');
  });

  it.each([
    'On Thu, Jun 26, 2014 at 2:14 PM, Jana Krüger <jana@kruger.example> wrote:',
    'Am 26.06.2014 um 14:14 schrieb Jana Krüger <jana@kruger.example>:',
    'Am Do., 26. Juni 2014 um 14:14 Uhr schrieb Jana Krüger <jana@kruger.example>:',
    'Le jeu. 26 juin 2014 à 14:14, Jana Krüger <jana@kruger.example> a écrit :',
    'El jue., 26 jun. 2014 a las 14:14, Jana Krüger (<jana@kruger.example>) escribió:',
    'Op do 26 jun. 2014 om 14:14 schreef Jana Krüger <jana@kruger.example>:',
    'Den 26 juni 2014 kl. 14:14 skrev Jana Krüger <jana@kruger.example>:',
  ])('reads the writer of an attribution line: %s', (attribution) => {
    const found = readMail(lines('Fine, thanks.', attribution, 'How are you?'));
    expect(found?.[0]).toMatchObject({ name: 'Jana Krüger', emails: ['jana@kruger.example'] });
  });

  it('reads a plain-text reply flattened onto one line: the quoted writer, and the reply’s author who signs with a dash', () => {
    const found = readMail(
      lines(
        'Oh thanks.',
        'Having the function would be great.',
        '-Arvind Rao',
        'On 01/03/11 7:07 PM, Ross Bell wrote: > Hi, > On Tue, 2011-03-01 at 18:02 +0530, Arvind Rao wrote: >> Hi folks',
      ),
    );
    expect(found?.map((c) => c.name)).toEqual(['Ross Bell', 'Arvind Rao']);
  });

  it('signs a reply with the full name its signature writes under the sign-off’s first name', () => {
    const found = readMail(
      lines(
        'Sounds good, let’s talk Thursday.',
        'Cheers,',
        'Mark',
        'Mark Ellison | VP Partnerships | Brightwater Analytics',
        '+1 415 555 0199 | mark@brightwater.example',
        'On Tue, Mar 4, 2025 at 3:02 PM Sofia Reyes <sofia@quantica.example> wrote:',
        'Hi Mark, following up on our call.',
      ),
    );
    expect(found?.[0]).toMatchObject({
      name: 'Mark Ellison',
      title: 'VP Partnerships',
      company: 'Brightwater Analytics',
      emails: ['mark@brightwater.example'],
    });
  });

  it('reads a long corporate signature under a sign-off’s first name down to its phone', () => {
    const found = readMail(
      lines(
        'On Nov 15, 2021, at 12:17 PM, Ingrid Dahl Berg <ingrid@fjordline.example> wrote:',
        'The config file is in place.',
        'Best,',
        'Ingrid',
        '<image001.png>',
        'Ingrid Dahl Berg',
        'Sales Engineer /',
        'Ingeniera de Ventas',
        'Fjordline',
        'Storgata 11',
        'Bygg B',
        '0155 Oslo, Norway',
        'Tel.: +47 22 80 21 00',
      ),
    );
    expect(found?.[0]).toMatchObject({ name: 'Ingrid Dahl Berg', phones: ['+47 22 80 21 00'] });
  });

  it('reads a sender shown without a label above the recipients (a reading pane, a print view)', () => {
    const found = readMail(
      lines(
        'Re: Lenses',
        'Ingrid Dahl <ingrid@fjordline.example>',
        'Mon, Mar 4, 2024 at 10:02 AM',
        'To: Ole Berg <ole@berg.example>',
        'The offer is attached.',
      ),
    );
    expect(found?.map((c) => c.emails[0])).toEqual(['ingrid@fjordline.example', 'ole@berg.example']);
    // The reader's own account shown above the mail signs nothing.
    const pane = readMail(
      lines(
        'Ole Berg <ole@berg.example>',
        'Lenses',
        '1 message',
        'Ingrid Dahl <ingrid@fjordline.example>',
        'Mon, Mar 4, 2024 at 10:02 AM',
        'To: ole@berg.example',
        'The offer is attached.',
      ),
    );
    expect(pane?.map((c) => c.emails[0])).toEqual(['ingrid@fjordline.example', 'ole@berg.example']);
    // A name and an address on a contact page, with no recipients under it, is no mail.
    expect(readMail(lines('Ingrid Dahl <ingrid@fjordline.example>', 'Buyer', 'Oslo'))).toBeNull();
  });

  it("fills a quoted sender's title, company and phone from the signature of her own message", () => {
    const found = readMail(
      lines(
        'Forwarding this.',
        '---------- Forwarded message ---------',
        'From: Ingrid Dahl <ingrid@fjordline.example>',
        'Date: Mon, 4 Mar 2024',
        'Subject: Lenses',
        'Please find the offer attached.',
        'Kind regards,',
        'Ingrid Dahl',
        'Buyer at Fjordline Optics',
        'Mobile: +47 912 34 567',
      ),
    );
    expect(found?.[0]).toMatchObject({
      name: 'Ingrid Dahl',
      title: 'Buyer',
      company: 'Fjordline Optics',
      phones: ['+47 912 34 567'],
    });
  });

  it('reads a short text signed at its end as a letter even without a greeting', () => {
    const found = readMail(
      lines(
        'Thanks for the call today.',
        'The offer is attached.',
        'Best regards,',
        'Ingrid Dahl',
        'Buyer at Fjordline Optics',
        '+47 912 34 567',
      ),
    );
    expect(found).toEqual([
      expect.objectContaining({
        name: 'Ingrid Dahl',
        title: 'Buyer',
        company: 'Fjordline Optics',
        phones: ['+47 912 34 567'],
      }),
    ]);
  });

  it("reads a mailing's contact written on one line: name, title and phone", () => {
    const found = readMail(
      lines(
        'Our spring programme is out.',
        'Jane Doe, Head of Press, +44 20 7946 0000',
        'Unsubscribe',
        'You are receiving this email because you signed up on our website.',
      ),
    );
    expect(found).toEqual([
      expect.objectContaining({ name: 'Jane Doe', title: 'Head of Press', phones: ['+44 20 7946 0000'] }),
    ]);
  });

  it('matches a sign-off first name to the full name in a header below it', () => {
    const found = readMail(
      lines(
        'Adding Carol for the numbers.',
        'Best,',
        'Omar',
        'On Mon, Mar 4, 2024 at 10:02 AM Omar Haddad <o.haddad@acme.example> wrote:',
        'Hi all',
      ),
    );
    expect(found).toHaveLength(1);
    expect(found?.[0]).toMatchObject({ name: 'Omar Haddad', emails: ['o.haddad@acme.example'] });
    const outlook = readMail(
      lines(
        'See below.',
        'Thanks,',
        'Ingrid',
        'From: Dahl, Ingrid <id@fjordline.example>',
        'Sent: Monday',
        'To: Ole Berg <ole@berg.example>',
      ),
    );
    expect(outlook?.map((c) => c.name)).toEqual(['Ingrid Dahl', 'Ole Berg']);
  });

  it('writes a recipient Outlook shows surname first with the first name first, one person with her signature', () => {
    const found = readMail(
      lines(
        'Sehr geehrte Frau Berg,',
        'anbei die unterschriebene Version.',
        'Mit freundlichen Grüßen',
        'Ingrid Dahl',
        'Leiterin Einkauf',
        'Tel. +49 421 555 210',
        'Von: Berg, Jana <jana@berg.example>',
        'Gesendet: Montag, 3. März 2025 09:14',
        'An: Dahl, Ingrid <id@fjordline.example>',
        'Betreff: Rahmenvertrag',
      ),
    );
    expect(found?.map((c) => c.name)).toEqual(['Ingrid Dahl', 'Jana Berg']);
    expect(found?.[0]?.emails).toEqual(['id@fjordline.example']);
  });
});

describe('a mailing-list archive’s message', () => {
  it('gives the sender line’s address to the signer whose name it spells', () => {
    const found = normalizeCapture({
      source: 'generic',
      url: 'https://lists.example/pipermail/devel/2015-March/002474.html',
      title: '[devel] Extending the tracker',
      candidates: [],
      lines: lines(
        '[devel] Extending the tracker',
        'lindqvist at institut.example lindqvist at institut.example',
        'Mon Mar 9 15:33:17 CDT 2015',
        'Hi Tom,',
        'the module you need is in the extras repository.',
        'Best,',
        'Ingrid',
        '--',
        'Ingrid Lindqvist',
        'Image Analysis Hub',
        'Institut Nordheim',
      ),
    });
    expect(found[0]).toMatchObject({ name: 'Ingrid Lindqvist', emails: ['lindqvist@institut.example'] });
  });
});

describe('ordinary pages are not e-mail', () => {
  it.each([
    [['Opening hours', 'From: 9am', 'To: 5pm', 'Jane Doe', 'Head of Sales', 'jane@acme.example']],
    [
      [
        'Our history',
        'On Monday, our founder wrote: we will grow.',
        'Team',
        'Jane Doe, CEO, +44 20 7946 0000',
      ],
    ],
    [['Welcome to Acme', 'From: the team', 'Subject: our services', 'Best regards from London']],
  ])('leaves a page with "From:", "wrote" or a closing in its prose to the page reader: %j', (texts) => {
    expect(readMail(lines(...texts))).toBeNull();
  });

  it('leaves a post titled "Hello World" that ends in "Thanks" to the page reader', () => {
    const post = lines('Hello World', 'A blog about gardens.', 'Thanks', 'Jane Doe');
    (post[0] as PageLine).heading = 1;
    expect(readMail(post)).toBeNull();
  });

  it('reads no dev page of another kind as an e-mail', () => {
    const manifest = JSON.parse(readFileSync('tests/fixtures/pages/MANIFEST.json', 'utf8')) as {
      file: string;
      kind: string;
    }[];
    const others = manifest.filter(
      (e) => !/^(?:email|webmail|linkedin)/.test(e.kind) && !/^\d\d-(?:gmail|email)-/.test(e.file),
    );
    expect(others.length).toBeGreaterThan(20);
    const misread = others.filter((e) => {
      const reading = page(e.file);
      return reading.source === 'generic' && reading.lines && readMail(reading.lines) !== null;
    });
    expect(misread.map((e) => e.file)).toEqual([]);
  });
});

describe('signatures', () => {
  it.each([
    ['Buyer at Fjordline Optics', 'Buyer', 'Fjordline Optics'],
    ['Head of Sales, Acme', 'Head of Sales', 'Acme'],
    ['Leiterin Vertrieb bei Nordlicht GmbH', 'Leiterin Vertrieb', 'Nordlicht GmbH'],
  ])('reads the role line "%s" under a name as a title and a company', (role, title, company) => {
    expect(parseContactLines(['Ingrid Dahl', role, '+47 912 34 567'], 'Ingrid Dahl')).toMatchObject({
      name: 'Ingrid Dahl',
      title,
      company,
    });
  });

  it('reads a bilingual title broken after its slash as one title, the firm under it', () => {
    const lines = [
      'Ingrid Dahl',
      'Sales Engineer /',
      'Ingeniera de Ventas',
      'Fjordline',
      'Tel.: +47 912 34 567',
    ];
    expect(parseContactLines(lines, 'Ingrid Dahl')).toMatchObject({
      title: 'Sales Engineer / Ingeniera de Ventas',
      company: 'Fjordline',
    });
  });
});

describe('hostile text', () => {
  it.each([
    ['From: ', 'a'],
    ['To: ', '(a '],
    ['On 1', ' 1'],
    ['Jane Doe <', '<a@'],
    ['Hi ', '<@'],
  ])('reads a page of lines "%s%s…" as long as the content script returns, to its end', (head, unit) => {
    // Speed is measured in npm run bench:extract, not asserted here; the test's time-out still
    // stops a reading that would not end.
    const text = (head + unit.repeat(LIMITS.lineChars)).slice(0, LIMITS.lineChars);
    const page = lines(...Array.from({ length: LIMITS.textChars / LIMITS.lineChars }, () => text));
    expect(() => readMail(page)).not.toThrow();
    expect(() => readMail(page, true)).not.toThrow();
  });
});
