import { addValues, emptyCandidate, setField } from '@/lib/page/candidate';
import type { PageLine, RawCandidate } from '@/lib/page/contract';
import { surnameCommaFirst } from './name';
import { findEmails, isName } from './recognise';

/**
 * The headers a mail client writes above a quoted or forwarded message, as lines of text: the
 * attribution line ("On … Jane Doe <jane@acme.io> wrote:", "Am … schrieb …:", "Le … a écrit :",
 * "El … escribió:", "Op … schreef …:"), the field block ("From: … / Sent: … / To: … / Subject: …"
 * in the languages Outlook, Gmail and Apple Mail localise it to) and the "Original message" and
 * "Forwarded message" banners. Each header names the people of the message below it.
 */

export interface MailHeader {
  /** First line of the header and the line after its end. */
  start: number;
  end: number;
  /** The author of the message below ("From:", the attribution's writer). */
  from: RawCandidate[];
  /** Its recipients ("To:", "Cc:"). */
  to: RawCandidate[];
}

type Field = 'from' | 'sent' | 'to' | 'cc' | 'subject';

/** Field labels: English, German, French, Spanish, Portuguese, Italian, Dutch, Swedish, Danish/Norwegian, Polish. */
const FIELD_LABELS: [Field, string][] = [
  ['from', 'from|von|de|da|van|från|fra|od'],
  [
    'sent',
    'sent|date|datum|gesendet|envoyé|enviado(?: el)?|enviada(?: em)?|fecha|data|inviato|verzonden|skickat|sendt|dato|wysłano',
  ],
  ['to', 'to|an|à|a|para|aan|till|til|do'],
  ['cc', 'cc|kopie|copie à|dw|kopia'],
  ['subject', 'subject|betreff|objet|asunto|assunto|oggetto|onderwerp|ämne|emne|temat'],
];
const FIELD_LINES = FIELD_LABELS.map(
  ([field, labels]) => [field, new RegExp(`^\\*?(?:${labels})\\*?\\s?:\\s*(.*)$`, 'iu')] as const,
);

/** "On <date>, <writer> wrote:" in English, German, French, Spanish, Dutch, Scandinavian, Polish, Italian, Portuguese. */
const ATTRIBUTIONS = [
  /^On\s(.+)\swrote\s?:?$/i,
  /^Am\s(.+)\sschrieb(.*):$/i,
  /^Le\s(.+)\sa écrit\s?:$/i,
  /^El\s(.+)\sescribió\s?:$/i,
  /^Op\s(.+)\sschreef(.*):$/i,
  /^(?:Den|På)\s(.+)\sskrev(.*):$/i,
  /^(?:W dniu|Dnia)\s(.+)\snapisał(?:\(a\)|a)?\s?:$/i,
  /^Il\s(.+)\sha scritto\s?:$/i,
  /^(?:Em|No dia)\s(.+)\sescreveu\s?:$/i,
];

/** An attribution's verb and colon with the quoted text after it on the same line. */
const QUOTE_AFTER =
  /^(.{1,300}?\s(?:wrote|schrieb|a écrit|escribió|schreef|skrev|napisał(?:\(a\)|a)?|ha scritto|escreveu)\s?:)\s*>/i;

/** "-----Original Message-----", "---------- Forwarded message ---------", "Begin forwarded message:". */
const BANNER =
  /^[-_ ]*(?:original message|forwarded message|ursprüngliche nachricht|weitergeleitete nachricht|message d'origine|message transféré|mensaje original|mensaje reenviado|mensagem original|mensagem encaminhada|messaggio originale|messaggio inoltrato|oorspronkelijk bericht|doorgestuurd bericht|ursprungligt meddelande|vidarebefordrat meddelande|oprindelig meddelelse|videresendt meddelelse|opprinnelig melding|oryginalna wiadomość|wiadomość przekazana|begin forwarded message|anfang der weitergeleiteten nachricht|début du message (?:réexpédié|transféré))[-_ :]*$/i;

/** An address in brackets: "<jane@acme.io>", "[mailto:jane@acme.io]", "(jane@acme.io)", "(<jane@acme.io>)". */
const BRACKETED =
  /(?:\(?<|\[mailto:|\()\s*(?:mailto:)?([^\s<>()[\]]{1,64}@[^\s<>()[\]]{1,255}?)\s*(?:>\)?|\]|\))/gi;
/** The longest name written before an address. */
const NAME_CHARS = 80;

/** Each bracketed address in `text` with the words before it: "Doe, Jane <jane@acme.io>, Ole <ole@…>". Linear in `text`. */
function addressed(text: string): [name: string, email: string][] {
  const out: [string, string][] = [];
  let from = 0;
  for (const m of text.matchAll(BRACKETED)) {
    const before = text.slice(Math.max(from, m.index - NAME_CHARS), m.index);
    out.push([/[<>[\]()]/.test(before) ? '' : before, m[1] as string]);
    from = m.index + m[0].length;
  }
  return out;
}

/** A sender shown without a label: a name and an address, nothing else. */
const SHOWN_SENDER = /^[^:<>@]{1,80}<[^\s<>]+@[^\s<>]+>$/;
/** The date and time an attribution starts with: the writer comes after them. */
const WHEN = /^.*(?:\d{1,2}[:.]\d\d(?:\s?[ap]\.?m\.?)?|\d{4})[,\s]*/i;
const MAX_FIELD_LINES = 8;

function person(name: string, email: string): RawCandidate {
  const c = emptyCandidate();
  const clean = name.replace(/^[\s,;:"'„“]+|[\s,;:"'”]+$/g, '');
  if (clean && !clean.includes('@')) setField(c, 'name', surnameCommaFirst(clean), 0.85);
  if (email) addValues(c, 'emails', [email], 0.9);
  return c;
}

/** The people a header field names; `targets` are the line's hidden mailto: addresses. */
function peopleIn(text: string, targets: string[]): RawCandidate[] {
  const out = addressed(text).map(([name, email]) => person(name, email));
  if (out.length) return out;
  const emails = findEmails(text);
  if (emails.length) return emails.map((email) => person('', email));
  // A name alone ("From: Jane Doe"); a hidden mailto: behind it is her address.
  const names = text.split(/\s*;\s*/).filter(isName);
  return names.map((name) => person(name, names.length === 1 ? (targets[0] ?? '') : ''));
}

function fieldOf(text: string): [Field, string] | undefined {
  for (const [field, re] of FIELD_LINES) {
    const m = re.exec(text);
    if (m) return [field, m[1] as string];
  }
  return undefined;
}

/** The writer named in an attribution line, if `text` is one. */
function attribution(line: string): RawCandidate[] | undefined {
  // A plain-text reply flattened onto one line goes on with the quote ("… wrote: > Hi, > …").
  const text = QUOTE_AFTER.exec(line.slice(0, 400))?.[1] ?? line;
  if (text.length > 400) return undefined;
  for (const re of ATTRIBUTIONS) {
    const m = re.exec(text);
    if (!m) continue;
    // "Am … schrieb Jana <…>:": the writer follows the verb where a language puts them there.
    const who = (m[2]?.trim() ? m[2] : m[1]) as string;
    const writers = addressed(who);
    // A real attribution carries a date or an address; "On Monday, Jane wrote:" in prose does not.
    if (!writers.length && !/\d/.test(who)) return undefined;
    if (writers.length) return writers.map(([name, email]) => person(name.replace(WHEN, ''), email));
    const name = who.replace(WHEN, '').trim();
    const emails = findEmails(who);
    return emails.length ? [person('', emails[0] as string)] : isName(name) ? [person(name, '')] : [];
  }
  return undefined;
}

/** The header starting at line `i`, if one does. */
function headerAt(lines: PageLine[], i: number): MailHeader | undefined {
  const text = (lines[i] as PageLine).text;
  // Gmail and Apple Mail break a long attribution over two lines.
  const joined = lines[i + 1] ? `${text} ${(lines[i + 1] as PageLine).text}` : '';
  const own = attribution(text);
  const writer = own ?? (joined ? attribution(joined) : undefined);
  if (writer) return { start: i, end: own ? i + 1 : i + 2, from: writer, to: [] };
  const banner = BANNER.test(text);
  // A reading pane or a print view shows the sender unlabelled ("Jane Doe <jane@acme.io>"), a date, then "To:".
  const shown = !banner && SHOWN_SENDER.test(text);
  const header: MailHeader = { start: i, end: i + 1, from: shown ? peopleIn(text, []) : [], to: [] };
  const fields = new Set<Field>(shown ? ['from'] : []);
  let dated = !shown;
  for (let k = banner || shown ? i + 1 : i; k < lines.length && k < i + MAX_FIELD_LINES; k++) {
    const line = lines[k] as PageLine;
    const field = fieldOf(line.text);
    if (!field && !dated) {
      dated = true;
      continue;
    }
    // The block is the banner, then consecutive fields, "From:" first.
    if (!field || fields.has(field[0]) || (!fields.size && field[0] !== 'from')) break;
    fields.add(field[0]);
    const people =
      field[0] === 'from' || field[0] === 'to' || field[0] === 'cc' ? peopleIn(field[1], line.emails) : [];
    if (field[0] === 'from') header.from.push(...people);
    else header.to.push(...people);
    header.end = k + 1;
  }
  if (shown) return header.to.length ? header : undefined;
  // "From: 9am / To: 5pm" on an opening-hours page is no mail header: a real one has more fields or an address.
  const addressed = header.from.some((c) => c.emails.length);
  return banner || fields.size > 2 || (fields.size > 1 && addressed) ? header : undefined;
}

/** Every reply and forward header in `lines`, top to bottom. */
export function mailHeaders(lines: PageLine[]): MailHeader[] {
  const out: MailHeader[] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = headerAt(lines, i);
    if (!header) continue;
    out.push(header);
    i = header.end - 1;
  }
  return out;
}
