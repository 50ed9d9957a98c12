import { namesInstitution } from './affiliation';
import { isFunctionWord } from './function-word';
import { startsWithGivenName } from './given-name';
import { isJobTitle } from './job-title';
import { withoutPronouns } from './name';
import { CREDENTIAL, courtesyTitled, isHonorific } from './name-words';
import { ownerIn } from './owner-sentence';
import { isPostcodeTown, isStreet } from './postal-address';
import { personName } from './recognise';
import { splitRoleOrg, titleThenName } from './role-line';

/**
 * The person one line of text names: "Name <address>" in mail headers, a byline ("By Jane Doe",
 * "Name | Place | 08/01/2014"), a labelled person ("Geschäftsführer: Max Muster"), or a line that
 * starts with a name ("Jane Doe, Head of Sales, +44 …"). cards.ts builds cards around these lines.
 */

/** Footnote marks and list bullets before a line ("*Correspondence: …", "† Deceased", "– Jan Berg (Acme)"). */
const MARKS = /^(?:[*†‡]+|[–—•·-](?=\s))\s*/;
/**
 * "By Jane Doe", "// By …" (after an icon), "Von …", "Por …", "Par …", "Door …", "Av …", "Af …",
 * "Autor: …", "Written by …", "Kirjoittaja …" (Finnish), "Szerző: …" (Hungarian), "Yazar: …" (Turkish).
 */
const BYLINE =
  /^\P{L}{0,3}(?:(?:written|escrito|écrit|scritto|geschrieben|skrevet|skriven)\s+(?:by|por|par|da|von|af|av)|by|von|por|par|door|av|af|di|przez|aut(?:hor|orin|orka|or):?|texto?:?|kirjoittaja:?|szerző:?|yazar:?)\s+(.+)$/iu;
/** A date or a time in a byline ("08/01/2014", "26 Feb 2025", "12:30"). */
const DATED =
  /^(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d|(?:19|20)\d\d-\d\d-\d\d|\d{1,2}\.? \p{L}{3,10}\.? (?:19|20)\d\d|\p{L}{3,10}\.? \d{1,2},? (?:19|20)\d\d)\b/u;
/**
 * "Geschäftsführer: Max Muster", "Titular del Sitio: Dr. …", "Formand: …": a label, then the
 * person; a label may run longer with the legal paragraph it cites (a section sign and its number).
 */
const LABELLED = /^([^:]{2,40}|[^:\u00a7]{2,40}\u00a7[^:]{1,25}):\s*(.+)$/;
/** Where the next label on a line starts (", Geschäftsführer: …"), and how many a line may hold. */
const NEXT_LABEL = /[,;|]\s+(?=[^,;:|]{2,40}:\s)/;
/**
 * The label an imprint names the one responsible for its content with ("Verantwortlich für den
 * Inhalt", "V.i.S.d.P.", "Responsible for content", "Verantwoordelijke uitgever"): a role before a
 * colon only, as "Responsible Business Alliance" is none.
 */
const RESPONSIBLE =
  /^(?:(?:inhaltlich |redaktionell )?verantwortlich|responsible|person responsible|verantwoordelijke?)(?:\s|$)|^v\.\s?i\.\s?s\.\s?d\.\s?p\.$/i;
/** True when `label`, written before a colon, names who is responsible ("Verantwortlich", "V.i.S.d.P."). */
export const isResponsibleLabel = (label: string): boolean => RESPONSIBLE.test(label);
const MAX_LABELS = 4;
/** An organisation in brackets, up to its first comma: capitalised, no digits, no pronouns ("she/her"). */
const AFFILIATION = /^(\p{Lu}[^\d,/]{1,60})(?:,|$)/u;
/** Where a list of names joins: commas and "and" in the languages we read. */
const LIST_JOIN = /,? (?:and|und|en|et|y|e|i|och|og|oraz|&) |, /;

interface NameHit {
  name: string;
  title?: string;
  /** The organisation a byline gives after the title. */
  company?: string;
  /** Named as the author of what the page shows. */
  byline?: boolean;
  /** Named as the site's owner or the firm's founder in a sentence (owner-sentence.ts). */
  owner?: boolean;
  /** Named first in a labelled list of people ("Redaktion: A und B"): the others it names. */
  credited?: string[];
}

/** The person a line names, if any, and a job title written on the same line. */
export function nameIn(line: string, hasContact: boolean): NameHit | undefined {
  // "Lars Berg he/him": pronouns after a name are none of it (name.ts).
  const text = withoutPronouns(line.replace(MARKS, ''));
  // "Name <address>" in mail headers and signatures.
  const display = text.includes('<') ? /([^,:;<>()"]+?)\s*<[^<>\s]+@[^<>\s]+>/.exec(text)?.[1]?.trim() : '';
  const shown = display && personName(display);
  if (shown) return { name: shown };
  const by = BYLINE.exec(text);
  const credit = by ? (by[1] as string).split(/ ?(?:[,|·•]| [–—-]) /) : [];
  // "Par Matthieu Hy le 07 Mai 2020": the date ends the name.
  const author = by && personName((credit[0] as string).replace(/\s+(?:\p{Ll}{1,4}\s+)?\d.*$/u, ''));
  // "By Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy, and Technology Project"
  const authorRole = author && isJobTitle(credit[1] ?? '') ? credit[1] : undefined;
  if (author) {
    const company = authorRole && credit.slice(2).join(', ');
    return { name: author, byline: true, title: authorRole, company: company || undefined };
  }
  // Otherwise the line starts with the name, and names start with a capital (after titles written
  // in lower case, as Dutch "mr." and "dr." and Polish "dr hab. inż."), or with a numbered role.
  if (!/^(?:\p{Ll}{1,4}\.?\s?){0,4}\p{Lu}/u.test(text))
    return /^\d\d?\. \p{Lu}/u.test(text) ? titleThenName(text) : undefined;
  // "Samuela Migas-prezes", "Anna Nowak- wiceprezes": a role in lower case glued to the name by a dash.
  const [, glued = '', gluedRole = ''] = /^([^,]+?\p{Ll}) ?[-–—] ?(\p{Ll}[^,]*)$/u.exec(text) ?? [];
  const gluedName = gluedRole && isJobTitle(gluedRole) ? personName(glued) : undefined;
  if (gluedName) return { name: gluedName, title: gluedRole };
  const whole = personName(text);
  // "Anna Svensson, VD", "Jane Doe, CEO": a role after the comma is the title; a credential ("MBA") is none.
  const after = / ?, ([^,]+)$/.exec(text)?.[1] ?? '';
  if (whole)
    return after && !CREDENTIAL.test(after) && isJobTitle(after)
      ? { name: whole, title: after }
      : { name: whole };
  // "Rebecca Berg: 0677/62522982": a contact list's name, then the contact.
  const [, listed = '', contact = ''] = /^([^:]{3,60}): (.+)$/.exec(text) ?? [];
  // Only a known first name: organisations are listed so too ("Malteser Hilfsdienst: presse@…").
  const listedName =
    hasContact && /^[+(\d]|@/.test(contact) && startsWithGivenName(listed) ? personName(listed) : undefined;
  if (listedName) return { name: listedName };
  // "Herausgeber: Nordwerk GmbH, Geschäftsführer: Max Muster": each label on the line is tried.
  const labelledHit = text
    // Only a line with several colons holds several labels ("Vorstand, Geschäftsführer: …" is one).
    .split((text.match(/:/g)?.length ?? 0) > 1 ? NEXT_LABEL : /$^/, MAX_LABELS)
    .map((part) => labelledPerson(part, hasContact))
    .find((hit) => hit !== undefined);
  if (labelledHit) return labelledHit;
  // "Name (Title)", "Name, Title[, contact]"; longer lists are enumerations ("High Speed Networks, Multicast …").
  // "David Lind (Ordförande) - Storgatan 10": the brackets may close before the rest of the line.
  const paren = /^(.+?) ?\(([^)]+)\)(?:$| [–—-] )/.exec(text);
  const parenName = paren && personName(paren[1] as string);
  // A box-drawing or full-width bar may stand unspaced ("Krystal Qiu │Sales Director").
  const parts = parenName ? [parenName, paren[2] as string] : text.split(/ ?(?:,| [–—|·-]) | ?[│｜] ?/);
  // "AMS Krankentransfer, Inhaber Seriban Balta": a firm, then its role and who holds it.
  const led = !parenName && parts.length === 2 ? titleThenName(parts[1] as string) : undefined;
  const leader = (parts[0] as string).trim();
  if (led && !startsWithGivenName(leader) && !isJobTitle(leader)) return { ...led, company: leader };
  const first = parenName ?? personName(parts[0] as string);
  if (!first)
    return (
      titleThenName(text) ??
      ownerIn(text) ??
      givenNameThenRole(text) ??
      fullNameThenRole(text) ??
      nameThenInstitution(text)
    );
  // "Name | Place | 08/01/2014": a byline without the word "by" ("Den Haag, 24.02.2005" is a place and a date).
  if (parts.length > 2 && parts.length < 5 && DATED.test((parts[parts.length - 1] as string).trim()))
    return { name: first, byline: true };
  // "Mgr. Jan Novák, předseda KČT novak@kct.cz": the role ends where the contact starts.
  // "Dott.ssa Giulia Neri – Consulente del lavoro. g.neri@…": the role's sentence ends there too.
  const second = (parts[1] ?? '').replace(/\s+\S+@\S+.*$/, '').replace(/(\p{Ll}{2})\.$/u, '$1');
  const stated = isJobTitle(second) ? second : undefined;
  // "Jane Doe, Chercheuse principale (University of Guelph)": the role, and where it is held.
  const [, held = '', at = ''] = /^(.+?) \(([^()]+)\)$/.exec(stated ?? '') ?? [];
  const where = !parenName && isJobTitle(held) ? AFFILIATION.exec(at)?.[1] : undefined;
  const role = where ? held : stated;
  // "Laura Alonso (FAMAF, UNC)": in brackets, anything but a role is where the person works.
  const affiliation = parenName && !role ? AFFILIATION.exec(parts[1] as string)?.[1] : where;
  // "Henry Hentschel, Unterstr. 68, 45359 Essen": a name with its postal address (an imprint's).
  // A board's list gives the street after a dash ("Anna Berg – Storgatan 4").
  const dashed = / [–—-] /.test(text) && isStreet(parts.at(-1) as string);
  const posted = dashed || parts.slice(1).some(isPostcodeTown);
  // "Dipl.-Ing. Jan Berg - Gutachten und Sachverständigenbüro": a name an academic title vouches
  // for, then after a dash the firm it leads, as a contact page's address block opens.
  const titled = isHonorific(text.split(' ')[0] ?? '') && parts.length === 2 && / [–—-] /.test(text);
  const firm = !role && titled ? AFFILIATION.exec(second)?.[1] : undefined;
  // A name and its role may go on ("…, Professor of Governance | Director, Jacques Delors Centre").
  return (parts.length < 4 || role) && (role || hasContact || paren || posted || firm)
    ? { name: first, title: role, company: affiliation ?? firm }
    : undefined;
}

/** Words an institution's name has at most ("Paris Lodron University of Salzburg"); more is a sentence. */
const INSTITUTION_WORDS = 6;

/**
 * "Frank Berg University of Salzburg": a committee's line of a name and the institution it comes
 * from, run together; the name starts with a known first name, and the shortest one is taken.
 */
function nameThenInstitution(text: string): NameHit | undefined {
  const words = text.split(' ');
  for (let k = 2; k <= Math.min(4, words.length - 2); k++) {
    const name = words.slice(0, k).join(' ');
    const from = words.slice(k).join(' ');
    // "Johannes Kepler University Linz" is one name: an institution's noun right after the name
    // needs its "of" ("University of Salzburg").
    const bare = namesInstitution(words[k] as string) && !isFunctionWord(words[k + 1] as string);
    const named =
      !bare && /^\p{Lu}/u.test(from) && words.length - k <= INSTITUTION_WORDS && namesInstitution(from);
    if (named && startsWithGivenName(name) && personName(name) === name && !isJobTitle(from))
      return { name, company: from };
  }
  return undefined;
}

/**
 * "Geschäftsführer: Max Muster", "Vertreten durch: Max Muster und Erika Muster", "Verantwortlich
 * für den Inhalt: Max Muster": the person a label names, with the label as their role when it is one.
 */
function labelledPerson(text: string, hasContact: boolean): NameHit | undefined {
  const labelled = LABELLED.exec(text);
  if (!labelled) return undefined;
  const [label = '', value = ''] = labelled.slice(1);
  // With a contact on the line, the name may lead a list: "Correspondence: Zoltan Dienes, School of …, e-mail: …",
  // "Press contact: Jane Doe, Head of PR, +49 …".
  const [head = '', next = '', after = ''] = hasContact ? value.split(/ ?[,;|] /) : [];
  // Or it lists people: "Vertreten durch: Max Muster und Erika Muster", "Editie: A, B en C" (the first leads).
  const listed = value.split(LIST_JOIN);
  const people = listed.length > 1 && listed.every((p) => personName(p));
  // "Scegli il prodotto per: Profilo Professionale": a label's value without a contact is a
  // person when it starts with a known first name or the label is a role.
  const role = isJobTitle(label) || RESPONSIBLE.test(label);
  const vouched = hasContact || role || startsWithGivenName(value) || courtesyTitled(value);
  // "Contact: Mr. John Smith (Sales Manager)": the role in brackets after the name.
  const [, bracketed = '', inBrackets = ''] = /^(.+?) ?\(([^)]+)\)$/.exec(value) ?? [];
  const bracketRole = isJobTitle(inBrackets) ? inBrackets : undefined;
  const named =
    vouched &&
    (personName(value) ||
      personName(head) ||
      (people && personName(listed[0] as string)) ||
      (bracketRole && personName(bracketed)));
  if (named) {
    const others = people ? listed.slice(1).map((p) => personName(p) as string) : undefined;
    // "Press contact: Jane Doe, Head of PR, Acme Cloud, +1 …": a role, then where it is held.
    const roleLine = after && !/[\d@]/.test(after) ? `${next}, ${after}` : next;
    const [ledRole, company] = isJobTitle(next) ? splitRoleOrg(roleLine) : [];
    // The role written after the name says more than the label ("Sales enquiries: Jane Doe, Sales Director").
    const title = ledRole ?? (role ? label : bracketRole);
    return { name: named, title, company, credited: others };
  }
  return undefined;
}

/**
 * "Jane Holloway Head of Marketing", "Anna Berg Geschäftsführerin": a full name and its role run
 * together, as a card's bold name and italic role read as one line. The name starts with a known
 * first name; the longest name that leaves a capitalised role is taken ("Mary Ann Smith Director").
 */
function fullNameThenRole(text: string): NameHit | undefined {
  const words = text.split(' ');
  for (let k = Math.min(3, words.length - 1); k >= 2; k--) {
    const name = words.slice(0, k).join(' ');
    const role = words.slice(k).join(' ');
    const titled = /^\p{Lu}/u.test(role) && !/[.!?,;:]/.test(role) && words.length - k <= 6;
    if (titled && personName(name) === name && startsWithGivenName(name) && isJobTitle(role))
      return { name, title: role };
  }
  return undefined;
}

/**
 * "Lena UX Designer", "Tom Directeur Technique / Associé": a team that names its people by
 * their first name, the role after it on the line. A role of one word is not read ("Anna Pastor"
 * is a surname as often as a role).
 */
function givenNameThenRole(text: string): NameHit | undefined {
  const [given = '', ...rest] = text.split(' ');
  const role = rest.join(' ');
  // A title's words are capitalised but for the small ones joining them; a sentence's are not
  // ("Alan Said is a …"). A full name before the role is no first name ("Anna Berg Geschäftsführerin").
  const titled =
    rest.every((w) => /^\p{Lu}/u.test(w) || isFunctionWord(w.toLowerCase()) || /^\P{L}+$/u.test(w)) &&
    !/[.!?]$/.test(role);
  const fullName = !!personName(`${given} ${rest[0] ?? ''}`);
  return rest.length > 1 &&
    titled &&
    !fullName &&
    /^\p{Lu}\p{Ll}+$/u.test(given) &&
    startsWithGivenName(given) &&
    isJobTitle(role)
    ? { name: given, title: role }
    : undefined;
}
