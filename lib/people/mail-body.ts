import { addValues, listKey, mergeInto } from '@/lib/page/candidate';
import type { PageLine, RawCandidate } from '@/lib/page/contract';
import { type MailHeader, mailHeaders } from './mail-headers';
import { nameIn } from './name-line';
import { findEmails, findPhones, isName } from './recognise';
import { parseContactLines } from './signature';

/**
 * The people of an e-mail shown in a page (an HTML mail, a webmail's reading pane, a Gmail
 * thread's quoted history), read from its lines. Reply and forward headers cut the mail into
 * messages, newest on top; each message's author is its header's sender, and the newest one's
 * is whoever signs it ("Thanks, / Makala"), matched to a header person by first name or
 * address ("Makala" ↔ "From: makala@nylas.com"). Signatures give phone, title and company.
 *
 * Order: the newest author when reachable, then each header's sender and recipients, top to
 * bottom, then an author known only by name. Greetings ("Hi Omar") name the reader, not a person
 * to save.
 */

/** Valedictions in English, German, French, Spanish, Portuguese, Italian, Dutch, Swedish, Danish/Norwegian, Polish; "--". */
const CLOSING_WORDS =
  '--|(?:best|kind|warm|warmest|many|with)? ?(?:regards|wishes|thanks)|best|cheers|thanks(?: again| so much)?|thank you|sincere?ly(?: yours)?|yours(?: truly| sincerely)?|all the best|take care|cordialement|bien (?:à vous|cordialement)|salutations|(?:mit )?(?:freundlichen|besten|herzlichen|viele|beste|liebe|schöne) grüßen?|grüße|gruß|lg|mfg|vg|(?:un )?saludos?(?: cordiales)?|atentamente|cordiales saludos|(?:met )?(?:vriendelijke|hartelijke) groet(?:en)?|groet(?:en|jes)?|mvg|(?:med )?vänliga hälsningar|hälsningar|mvh|(?:med )?venlig(?:e|ste)? hilsen?|hilsen|pozdrawiam|z poważaniem|pozdrowienia|(?:cordiali|distinti)? ?saluti|atenciosamente|abraços?';
const CLOSING = new RegExp(`^(?:${CLOSING_WORDS})[\\s,.!—–-]*$`, 'iu');
/** "Best, Jane": a closing and the name on one line. */
const CLOSING_NAME = new RegExp(`^(?:${CLOSING_WORDS})[,.!—–-]\\s*(\\S.{0,40})$`, 'iu');
/** "Hi Omar,", "Dear Ms Lind", "Hallo zusammen": the mail's first line addresses its reader. */
const GREETING =
  /^(?:hi|hello|hey|dear|good (?:morning|afternoon)|hallo|liebe[rs]?|sehr geehrte[rs]?|moin|bonjour|salut|cher|chère|hola|estimad[oa]s?|buenos días|olá|caro|cara|ciao|buongiorno|gentile|beste|hoi|goedemorgen|hej|hei|dzień dobry|cześć)\b[^.!?]{0,60}[,!:]?$/iu;
/** Lines of a mailing's footer ("This email was sent to …", "Unsubscribe"). */
const UNSUBSCRIBE = /\b(?:unsubscribe|abmelden|désinscri|darse de baja|afmelden|avregistrer|afmeld|wypisz)/i;
const MAILING =
  /this (?:e-?mail|message) was sent to|you(?:'re| are) receiving this|our mailing address is|view (?:this e-?mail|it) in your browser|why did i get this|diese e-?mail wurde an|cet e-?mail a été envoyé/i;
/** A first name signing alone: "Makala", "Sasha.". */
const FIRST_NAME = /^\p{Lu}[\p{Ll}'’-]{1,20}\.?$/u;
/** Where a signature ends: a disclaimer, a copyright line, a mailing's footer, a question. */
const NOT_SIGNATURE = /©|\bcopyright\b|\?$/i;
/**
 * Lines of a signature read under the signer: a sign-off's first name, then the full name, a title
 * over two lines, the firm, a street, a town and the phone ("Best," / "Guillermo" / … / "Tel.: …").
 */
const SIGNATURE_LINES = 12;
const LETTER_LINES = 100;
/** A letter's sign-off sits within its last lines (the signature, a disclaimer). */
const SIGNED_END = 15;

/** Folded for comparing names with addresses: "Müller" ↔ "muller". */
const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const hasContact = (line: PageLine | undefined): boolean =>
  !!line &&
  (line.emails.length + line.phones.length > 0 ||
    findEmails(line.text).length > 0 ||
    findPhones(line.text).length > 0);

/** True when `lines` read as an e-mail: reply headers, a mailing's footer, or a letter (greeting … closing). */
function readsAsMail(lines: PageLine[], headers: MailHeader[]): boolean {
  if (headers.length) return true;
  if (lines.some((l) => UNSUBSCRIBE.test(l.text)) && lines.some((l) => MAILING.test(l.text))) return true;
  // A letter: a short text without headings (a page's "Hello World" post has one) that greets and
  // closes, or that ends signed ("Best, / Jane Doe" in its last lines).
  if (lines.length > LETTER_LINES || lines.some((l) => l.heading)) return false;
  const greeted = lines.slice(0, 3).findIndex((l) => GREETING.test(l.text));
  if (greeted >= 0 && lines.slice(greeted + 1).some((l) => CLOSING.test(l.text))) return true;
  return !!signerIn(lines, Math.max(0, lines.length - SIGNED_END), lines.length)?.closed;
}

interface Signer {
  line: number;
  name: string;
  /** Signed after a closing line or followed by contacts: surely the author. */
  sure: boolean;
  /** Signed after a closing line. */
  closed?: boolean;
  /** The signer's line when it says more than the name ("Jane Doe, Head of Press, +44 …"). */
  text?: string;
}

/** Who signs the message in lines [from, to): after its last closing line, else a name with contacts under it, else its last line. */
function signerIn(lines: PageLine[], from: number, to: number): Signer | undefined {
  for (let k = to - 1; k >= from; k--) {
    const text = (lines[k] as PageLine).text;
    const inline = CLOSING_NAME.exec(text)?.[1];
    if (inline && (isName(inline) || FIRST_NAME.test(inline)))
      return { line: k, name: inline, sure: true, closed: true };
    if (!CLOSING.test(text)) continue;
    for (let j = k + 1; j < to && j <= k + 3; j++) {
      const name = (lines[j] as PageLine).text;
      if (isName(name) || FIRST_NAME.test(name))
        return { line: j, name: name.replace(/\.$/, ''), sure: true, closed: true };
    }
    break;
  }
  for (let k = to - 1; k >= from; k--) {
    const line = lines[k] as PageLine;
    const own = hasContact(line);
    // "Jane Doe", "Jane Doe, Head of Press, +44 …", "Jane Doe <jane@acme.io>" with contacts on or under it.
    const hit = nameIn(line.text, own);
    if (hit && (own || [1, 2, 3].some((d) => k + d < to && hasContact(lines[k + d]))))
      return { line: k, name: hit.name, text: line.text, sure: true };
  }
  // A name signed with a dash before it ("-Jane Doe", "— Jane") as the message's last line is surely its author.
  const written = lines[to - 1]?.text ?? '';
  const last = written.replace(/^[-–—~] ?(?=\p{Lu})/u, '');
  return to > from && (isName(last) || (FIRST_NAME.test(last) && !GREETING.test(last) && !CLOSING.test(last)))
    ? { line: to - 1, name: last.replace(/\.$/, ''), sure: last !== written }
    : undefined;
}

/** The signer with the contacts, title and company of the signature under their name. */
function signed(lines: PageLine[], signer: Signer, to: number): RawCandidate | null {
  const block: PageLine[] = [];
  for (let k = signer.line + 1; k < to && block.length < SIGNATURE_LINES; k++) {
    const line = lines[k] as PageLine;
    if (line.text.length > 100 || NOT_SIGNATURE.test(line.text)) break;
    block.push(line);
  }
  // A sign-off's first name over the signature's full name ("Mark" / "Mark Ellison | VP …") signs as that.
  const first = signer.name.includes(' ') ? '' : `${signer.name} `;
  const fullAt = first
    ? block.slice(0, 2).findIndex((l) => nameIn(l.text, true)?.name.startsWith(first))
    : -1;
  const full = fullAt >= 0 ? nameIn((block[fullAt] as PageLine).text, true)?.name : undefined;
  const texts = full
    ? block.slice(fullAt).map((l) => l.text)
    : [signer.text ?? signer.name, ...block.map((l) => l.text)];
  const c = parseContactLines(texts, full ?? signer.name);
  if (!c) return null;
  // Addresses and numbers behind links ("Email me", a phone icon) are the signer's too.
  for (const line of [lines[signer.line] as PageLine, ...block]) {
    addValues(c, 'emails', line.emails, 0.7);
    addValues(c, 'phones', line.phones, 0.7);
  }
  return c;
}

const sameAddress = (a: RawCandidate, b: RawCandidate): boolean =>
  a.emails.some((e) => b.emails.some((f) => listKey('emails', e) === listKey('emails', f)));

/** True when `signer` (a sign-off name) is `p`: the same first name, or an address that starts with it. */
function signs(signer: string, p: RawCandidate): boolean {
  const first = fold(signer.split(' ')[0] ?? '');
  // Outlook writes "Dahl, Ingrid".
  const name = fold(p.name ?? '')
    .replace(/^([^,]+),\s*(.+)$/, '$2 $1')
    .split(' ');
  const local = p.emails.map((e) => fold(e).split(/[@._+-]/)[0]);
  return first.length > 1 && (name[0] === first || local.includes(first));
}

/**
 * The people of the e-mail in `lines`, or null when they do not read as one. `quoted`: the lines
 * are a thread's quoted history only (Gmail, whose extractor names the senders), so its top
 * message has no author to find.
 */
export function readMail(lines: PageLine[], quoted = false): RawCandidate[] | null {
  const body = lines.filter((l) => !l.chrome);
  const headers = mailHeaders(body);
  if (!quoted && !readsAsMail(body, headers)) return null;

  const people: RawCandidate[] = [];
  // One person per address; a name alone joins the same name unless both have (different) addresses.
  const add = (c: RawCandidate): void => {
    const same = people.find(
      (p) =>
        (c.name && p.name?.toLowerCase() === c.name.toLowerCase() && !(c.emails.length && p.emails.length)) ||
        sameAddress(p, c),
    );
    if (same) mergeInto(same, c);
    else people.push(c);
  };
  headers.forEach((header, h) => {
    const end = headers[h + 1]?.start ?? body.length;
    const [sender] = header.from;
    const signer = signerIn(body, header.end, end);
    const signature = signer && signed(body, signer, end);
    // The message's own signature fills in its sender; a different signer with contacts is a person too.
    const own = !!sender && !!signature && signs(signer.name, sender);
    if (own) mergeInto(sender, signature);
    for (const c of [...header.from, ...header.to]) add(c);
    if (signature && !own && signature.emails.length + signature.phones.length) add(signature);
  });

  const top = headers[0]?.start ?? body.length;
  const signer = quoted ? undefined : signerIn(body, 0, top);
  // A sign-off follows the text it signs: a name on the first line (a webmail's account above the mail) signs nothing.
  const author = signer && signer.line > 0 && signed(body, signer, top);
  if (!author || !signer) return people;
  const known = people.find((p) => signs(signer.name, p) || sameAddress(p, author));
  // The author is the header person they sign as (their own forward, a reply to a thread they are on).
  if (known) {
    mergeInto(known, author);
    return [known, ...people.filter((p) => p !== known)];
  }
  // A signature that names its writer in full with a role ("Tom Berg" / "Account Executive, Nordlys AS")
  // says who wrote the mail as surely as a contact does.
  const reachable = author.emails.length + author.phones.length > 0;
  const described = !!author.name?.includes(' ') && !!author.title;
  if ((reachable || described) && signer.sure) return [author, ...people];
  return signer.sure ? [...people, author] : people;
}
