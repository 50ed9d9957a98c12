import { namesInstitution } from './affiliation';
import { scanEmails } from './email';
import { isFunctionWord } from './function-word';
import { startsWithGivenName } from './given-name';
import { namesRole } from './job-title';
import { isLegalForm } from './legal-form';
import { CREDENTIAL, isHonorific, NICKNAME, PARTICLES, withoutHonorifics } from './name-words';
import { EXTENSION_WORDS } from './phone';

/**
 * Recognisers for text as pages write it: emails (plain and obfuscated), phone-like strings
 * with their labels, person-name lines and job-title lines. They return the text they found;
 * email.ts and phone.ts normalise it.
 */

/** Every email address in `text`, including "jane [at] acme [dot] io", "jane(at)acme.io", "jane at acme dot io". */
export function findEmails(text: string): string[] {
  if (!/@|\bat\b|ät|arroba|[[({]a[\])}]/i.test(text)) return [];
  // Bounded repeats (RFC 5321's 64-character local part and 63-character labels): linear on any text.
  // "jane (at) acme (dot) de", "jane [ät] acme [punkt] de", "jane(a)acme.de", "jane @ acme.de".
  const clear = text
    .replace(/\s{0,3}[[({]\s{0,3}(?:at|ät|a|arroba|@)\s{0,3}[\])}]\s{0,3}/gi, '@')
    .replace(/\s{0,3}[[({]\s{0,3}(?:dot|punkt|punto|point|\.)\s{0,3}[\])}]\s{0,3}/gi, '.')
    .replace(/(?<=\w) {1,3}@ {1,3}(?=\w)/g, '@')
    .replace(
      /\b([\w.+-]{1,64}) at ([\w-]{1,63}(?: dot [\w-]{1,63}){1,8})\b/gi,
      (_m, user: string, host: string) => `${user}@${host.replace(/ dot /gi, '.')}`,
    )
    // A mailing-list archive's "roberto.polli at babel.it": a local part with a dot, hyphen or
    // underscore in it ("look at example.com" is a sentence).
    .replace(/\b(\w{1,30}[._-][\w.-]{1,33}) at ([\w-]{1,63}(?:\.[\w-]{1,63}){1,8})\b/g, '$1@$2');
  return scanEmails(archiveSender(clear));
}

/** A mailing-list archive's sender line: "Jana Berg jana at nordwerk.example", "jana at nordwerk.example jana at …". */
const ARCHIVE_SENDER =
  /^((?:\p{Lu}[\p{L}'’-]*\s){0,4})([\w.+-]{1,64}) at ([\w-]{1,63}(?:\.[\w-]{1,63}){1,8})(\s\2 at \3)?$/u;

/** `line` with its archive sender's address written with "@": the address repeated, or spelling a word of the name. */
function archiveSender(line: string): string {
  const [, name = '', user = '', host = '', again] = ARCHIVE_SENDER.exec(line.trim()) ?? [];
  const spelled = name.split(/\s+/).some((w) => w.length > 2 && user.toLowerCase().includes(w.toLowerCase()));
  return user && (again || spelled) ? `${name}${user}@${host}` : line;
}

/** A number starts at "+", "00" or a word's start: "Handy D2 0172/ 2876873" is a carrier's name, then the number. */
const PHONE = new RegExp(
  `(?:\\+|\\b00|(?<![\\p{L}\\d]))\\(?\\d[\\d ()./–-]{5,32}\\d(?:\\s*(?:${EXTENSION_WORDS})\\s*\\d{1,6})?`,
  'giu',
);
/** A North American number, with its extension: "248-555-0100 ext. 110". */
const NORTH_AMERICAN = new RegExp(
  `^\\d{3}[ .-]\\d{3}[ .-]\\d{4}(?:\\s*(?:${EXTENSION_WORDS})\\s*\\d{1,6})?$`,
  'i',
);
/** Labels in the text before a number (or on the line above it): "Fax", "Telefax", "eFax", a signature's "F:". */
const FAX = /fax\b|(?:^|[\s|,;(])f:\s*$/i;
/** A tax or register number's label ("P.I. 00876481003", "USt-IdNr.", "Org.nr", "KvK", "SIRET", "KRS nr"): no phone. */
const REGISTRY =
  /(?:^|[\s(|,;])(?:p\.\s?i(?:va)?|partita iva|c\.\s?f|codice fiscale|vat(?: (?:no|number|id|reg))?|ust[.-]?id(?:nr)?|uid|steuer(?:nummer|-?nr)|siret|siren|tva|cif|nif|kvk|btw|org\.?\s?nr|cvr|nip|regon|krs|hrb|hra|registernummer|reg(?:istration)?\.? ?(?:no|nr|number))\.?(?:\s?(?:nr|no|n[°o])\.?)?:?\s*$/i;
/**
 * Phone labels in the languages of the pages we read: "Tel.", "Tlf." (Danish, Norwegian), "Tfno."
 * and "Teléfono" (Spanish), "Tél." (French), "Puh." (Finnish), "Móvil", "Celular", "Natel", and
 * Japanese, Korean and Chinese "電話", "전화", "电话".
 */
const PHONE_LABEL =
  /\b(?:t[eé]l|tlf|tfno?|t[eé]l[eé]f(?:on[eo]?|ono)?|t[eé]l[eé]phone|phone|telefon|telefono|fon|puh(?:elin)?|mobile?|mobil|m[oó]vil|mob|cell|celular|cel|natel|call|handy|direct|direkt)\b|☎|📞|電話|전화|电话/i;
/** "T +49 …", "M: 0171 …", "P. (555) …", "Ph 02 …": one-letter labels, only right before the number ("p. 128" is a page). */
const LETTER_LABEL = /(?:^|[\s|,;(])(?:ph|t|m|p)\.?:?\s*$/i;
/** The number goes on from a word, a path or a DOI ("doi:10.1037/0033-2909", "a0045186"): no phone. */
const GLUED = /(?:[\p{L}\d/=_#&?]|\d\.)$/u;
/** "(030) 1234 567", "(213) 373-4253": a parenthesis opens an area code, not a sum ("(850 - 750)"). */
const AREA_CODE = /^\(\d{1,5}\)/;
/** Dates and year ranges look like numbers but are not ones to call. */
const NOT_PHONE = /^(?:\d{1,4}[./-]\d\d?[./-]\d{1,4}|(?:19|20)\d\d\s*[-/]\s*(?:19|20)\d\d)$/;

/**
 * The label the line above gives a number at the start of the next: "Phone:", or a label alone
 * on its line as a table writes it ("FAX" / "052-622-6182", "電話番号" / …); '' for any other line.
 */
export function labelAbove(prev: string): string {
  const lone = prev.length <= 25 && !/\d/.test(prev) && (FAX.test(prev) || PHONE_LABEL.test(prev));
  return /^[^:]{1,25}:$/.test(prev) || lone ? prev : '';
}

/**
 * Phone-like strings in `text` that are labelled as phones (`lineLabel` labels a number at the
 * start, as "Phone:" on the line above does), or written internationally ("+44 …", "0049 …") or
 * as "(213) 373-4253" / "213-373-4253". Fax numbers are skipped.
 */
export function findPhones(text: string, lineLabel = ''): string[] {
  const out: string[] = [];
  // Seven digits at least, in any grouping ("22 21 00 96").
  if (!/\d(?:[ ()./–-]*\d){6}/.test(text)) return out;
  let from = 0;
  for (const m of text.matchAll(PHONE)) {
    const label = text.slice(from, m.index).slice(-30) || (from ? '' : lineLabel);
    from = m.index + m[0].length;
    // Two whole numbers set side by side ("91 555 12 34 / 600 12 34 56"), not an area code's slash.
    const parts = m[0].trim().split(' / ');
    const both = parts.length === 2 && parts.every((part) => part.replace(/\D/g, '').length >= 7);
    for (const raw of both ? parts : [m[0].trim()]) {
      const digits = raw.replace(/\D/g, '').length;
      if (
        digits < 7 ||
        digits > 17 ||
        NOT_PHONE.test(raw.replace(/^\(|\)$/g, '')) ||
        // "Tel./Fax:" labels a number that is a phone too.
        (FAX.test(label) && !PHONE_LABEL.test(label)) ||
        REGISTRY.test(label)
      )
        continue;
      const before = text.slice(0, m.index);
      // A "+" starts a number even after a word run into it ("Email+353 1 …").
      if (GLUED.test(before) && !(raw.startsWith('+') && /\p{L}$/u.test(before))) continue;
      const labelled = PHONE_LABEL.test(label) || LETTER_LABEL.test(label);
      // Written internationally: a country code and a subscriber number, eight digits at least.
      const international = /^(?:\+|00)/.test(raw) && digits >= (raw.startsWith('+') ? 8 : 10);
      // A grouped number with its trunk prefix alone on its line ("06 - 51 51 27 30" under a name).
      // So is a number written in groups of two to four digits, as countries without a trunk prefix
      // write theirs ("22 844 73 55", "702 090 858"); not an amount ("1 000 000") or an ISBN.
      const grouped = /^(?:\d{2,4}[ -]){2,4}\d{2,4}$/.test(raw) && digits >= 8 && digits <= 12;
      const alone = raw === text.trim() && ((/^0\d/.test(raw) && /\d[ ./–-]+\d/.test(raw)) || grouped);
      // A contact list's "Rebecca Berg: 0677/62522982": a number with its trunk prefix after a name.
      const named =
        /^0\d/.test(raw) && digits >= 9 && /: *$/.test(label) && !!personName(label.replace(/: *$/, ''));
      if (labelled || named || international || alone || AREA_CODE.test(raw) || NORTH_AMERICAN.test(raw)) {
        if (!out.includes(raw)) out.push(raw);
      }
    }
  }
  return out;
}

/** A capitalised word, an initial ("B."), initials written together ("R.C."), or a single capital ("Alexander L"). */
const NAME_WORD = /^(?:\p{Lu}\.?|(?:\p{Lu}\.){2,3}|\p{Lu}\p{Lu}?[\p{Ll}'’-][\p{L}'’.-]*)$/u;
/** Post-nominals of three dotted parts or more: "Reg.Mem.BACP". */
const POST_NOMINAL = /^\p{L}+(?:\.\p{L}+){2,}\.?$/u;
/** Dotted initials: "P.A.", "J.R.R.". */
const INITIALS = /^(?:\p{Lu}\.){2,3}$/u;
/** Words that make a capitalised line a heading, a place or an organisation rather than a person. */
const NOT_NAME = new Set(
  (
    'best blog center college company contact copyright department email events group help home ' +
    'impressum information institute kingdom kontakt library login media menu network news notice office ' +
    'online open page phone press privacy profile search service site status street support team united ' +
    'university welcome über uns büro inc ltd gmbh ' +
    // Heading words the function-word lists (function-words.ts) lack ("Weitere Verfahren", "Why Us").
    'weitere aktuelles neue new get why how when nuestro nuestra til onze ' +
    // Nouns that name an organisation or a page, never a person ("Estudio Jurídico …", "Een Nieuwe Website").
    'estudio jurídico juridico praxis kanzlei studio agentur bureau cabinet despacho clinic klinik centre centro firma firmie ' +
    'gruppe verein club klubben school schule hospital pharmacy apotheke association foundation stiftung society ' +
    'clínica clinica asociación associação associazione fundación fundação fondazione fundacja nadace spolek ' +
    // Offices and practices ("Kancelaria Adwokacka", "Gabinet Psychologiczny", "Advokátní kancelář").
    'kancelaria kancelář biuro gabinet przychodnia ordinace ' +
    'services solutions consulting partners law legal website portfolio nieuwe food accessories shop store ' +
    // The generic words a firm's name ends with ("Ion Technologies", "Nordic Systems", "Acme Labs").
    'technologies technology tech systems software labs digital international holdings associates ' +
    // The names of legal and policy pages ("Mentions Légales", "Aviso Legal", "Terms Conditions"),
    // and a firm's registered seat written as label and value ("Säte Stockholm", "Sitz Berlin").
    'mentions légales legales aviso colofon colophon datenschutz datenschutzerklärung disclaimer cookies terms conditions ' +
    'legali informativa privacidad privacidade riservatezza regulamin prywatności ochrana údajů podmínky ' +
    // Boards and committees ("Comissão Organizadora", "Junta Directiva", "Komisja Rewizyjna"), and teams.
    'comissão comisión commissione komise komisja comité comitato komitet junta consiglio consejo conselho ' +
    'direttivo directiva diretoria zarząd výbor equipo equipa squadra zespół tým ' +
    'säte sitz sede siège ' +
    // A firm's offices and branches ("Vestiging Assebroek", "Niederlassung Nord", "Sucursal Centro").
    'vestiging hoofdkantoor filiale niederlassung standort hauptsitz headquarters sucursal succursale ' +
    // Countries, as an organisation's national branch ends its name ("Watchdog Polska", "… Deutschland"),
    // not those that are surnames too (England, Holland, France, Ireland).
    'deutschland österreich schweiz suisse svizzera polska česko slovensko magyarország românia italia españa ' +
    'nederland belgië belgique danmark norge sverige suomi germany austria switzerland poland spain italy ' +
    'sweden norway denmark finland netherlands belgium'
  ).split(' '),
);
/** A post-nominal written in capitals, with or without dots ("M.S.", "D.P.T.", "P.T.A", "ATC", "C."). */
const INITIALISM = /^(?:\p{Lu}\.?){1,5}$/u;

function isCredential(part: string): boolean {
  // An initialism of three letters may be a firm's legal form ("Land Pro, LLC"), which makes the
  // whole no person; shorter ones are credentials as often ("Jane Doe, MS, PT").
  const firm = part.length >= 3 && !part.includes('.') && isLegalForm(part);
  // Czech and Slovak directories write the academic title after the name ("Novák Jan, Ing.").
  return CREDENTIAL.test(part) || isHonorific(part) || (INITIALISM.test(part) && !firm);
}

/**
 * The person's name in `s`, as the page shows it, without what surrounds a name: honorifics and
 * academic titles before it ("Dr. med.", "Dipl.-Ing.", "Prof."), credentials set off by commas
 * after it ("Sandra L. Klassen, M.S., D.P.T."), a closing full stop, a nickname in quotes.
 * Undefined when what is left does not read as a name.
 */
export function personName(s: string): string | undefined {
  if (s.length > 120 || /[\d@:|/]/.test(s)) return undefined;
  const [head = '', ...rest] = s.replace(/(\p{Ll}{2})\.$/u, '$1').split(',');
  // A comma may only set off credentials ("Anna Rass, PhD"); "Vienna, Austria" is a place.
  if (!rest.every((part) => isCredential(part.trim()))) return undefined;
  // Initials glued to the surname ("mr. T.Peters", as Dutch pages write them) are set apart.
  const spaced = head.trim().replace(/(^|\s)((?:\p{Lu}\.){1,3})(?=\p{Lu}\p{Ll})/gu, '$1$2 ');
  const tokens = withoutHonorifics(spaced.split(/\s+/), 2);
  // A membership written after the name ("Reg.Mem.BACP", "M.Sc.Psych.") is no part of it.
  // A legal form so written ("S.r.l.s.") stays: it makes a firm's name.
  while (
    tokens.length > 2 &&
    POST_NOMINAL.test(tokens.at(-1) as string) &&
    !isLegalForm(tokens.at(-1) as string)
  )
    tokens.pop();
  const name = capitalSurname(tokens.filter((t) => !NICKNAME.test(t))).join(' ');
  return nameShaped(name) ? name : undefined;
}

/** A surname written in capitals, as French pages and imprints write it: "BARON", "DUPONT-MOREAU". */
const CAPITALS = /^\p{Lu}{4,}(?:[-'’]\p{Lu}{2,})*$/u;

/**
 * "BARON Pierre-Yves", "Pierre-Yves BARON": a known first name and one surname in capitals, first
 * or last, read as "Pierre-Yves Baron", the first name first and the surname as names are written.
 */
function capitalSurname(tokens: string[]): string[] {
  const [first = '', last = ''] = [tokens[0], tokens.at(-1)];
  const at = CAPITALS.test(last) ? tokens.length - 1 : CAPITALS.test(first) ? 0 : -1;
  if (at < 0 || tokens.length > 4 || tokens.filter((t) => CAPITALS.test(t)).length !== 1) return tokens;
  const given = tokens.filter((_, i) => i !== at);
  if (!startsWithGivenName(given.join(' '))) return tokens;
  const surname = (tokens[at] as string).toLowerCase().replace(/(^|[-'’])\p{Ll}/gu, (m) => m.toUpperCase());
  return [...given, surname];
}

/** True when the whole of `s` reads like a person's name ("Michiel B. de Jong", "F. Kooman", "Anna Rass, PhD"). */
export function isName(s: string): boolean {
  return personName(s) !== undefined;
}

/** `s` without its first word when that is a known first name that is also a role's ("Dean Bluhm"). */
function roleWords(s: string): string {
  return startsWithGivenName(s) ? s.replace(/^\S+/, '') : s;
}

/** Capitalised words, two to five of them, none of them a heading's, a place's or a role's. */
function nameShaped(s: string): boolean {
  if (s.length > 60 || /[\d@:|/,]/.test(s) || namesRole(roleWords(s))) return false;
  let words = 0;
  let full = 0;
  for (const t of s.split(' ')) {
    const lower = t.toLowerCase();
    if (!t || CREDENTIAL.test(t) || (PARTICLES.has(lower) && words)) continue;
    if (
      NOT_NAME.has(lower) ||
      NOT_NAME.has(lower.replace(/s$/, '')) ||
      // An organisation's word ("Technische Universität Berlin", "Ärztekammer Berlin").
      namesInstitution(lower) ||
      isFunctionWord(lower) ||
      !NAME_WORD.test(t) ||
      // A legal form is a firm's word ("Brf Skagagård", "Kft"), unless it is a known first name too
      // ("Per") or initials leading the name ("P.A. Soeter", not the legal form "P.A.").
      (lower.length >= 3 &&
        isLegalForm(lower) &&
        !startsWithGivenName(t) &&
        !(words === 0 && INITIALS.test(t)))
    )
      return false;
    words++;
    if (/\p{Ll}/u.test(t)) full++;
  }
  return words > 1 && words < 6 && full > 0;
}
