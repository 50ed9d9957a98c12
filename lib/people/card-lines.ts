import type { PageLine } from '@/lib/page/contract';
import { institutionOfUnit, namesInstitution, namesUnit } from './affiliation';
import { isFunctionWord } from './function-word';
import { isJobTitle } from './job-title';
import { legalFormName, withoutLegalForm } from './legal-form';
import { isResponsibleLabel } from './name-line';
import { isStreet } from './postal-address';
import { proseRoles } from './prose-role';
import { isName } from './recognise';
import { splitRoleOrg } from './role-line';

/**
 * The short lines after a name in a card, read as its job title and organisation (cards.ts,
 * and signature blocks in signature.ts).
 */

/** Titles sit within TITLE_LINES lines of the name. */
export const TITLE_LINES = 4;
/** "Phone:" (value on the next line) and "Office: W428" (a labelled value, not a title). */
const LABEL = /^[^:]{1,25}:(?:\s|$)/;
/** A label of a card's job title ("Funktion:", "Position:", "Cargo:", "Poste :"): its value is the title. */
const TITLE_LABEL =
  /^(?:funktion|position|job ?title|title|role|rolle|cargo|puesto|poste|fonction|stanowisko|funzione|ruolo|qualifica|functie|befattning|titel|stilling|ansvar|tehtävä|pozice|funkce|função)\s?:\s*([^\d@]{2,80}?)\.?$/iu;
/** A label of where a card's person works ("Firma:", "Company:", "Empresa:", "Société :"). */
const COMPANY_LABEL =
  /^(?:company|organi[sz]ation|employer|firma|unternehmen|arbeitgeber|empresa|organización|société|entreprise|azienda|società|bedrijf|organisatie|företag|virksomhed|selskap|yritys|organizacja|společnost|instituição)\s?:\s*([^\d@]{2,80})$/iu;
/** A title broken over two lines ("Referentin Energie & Europa und" + "Ansprechpartnerin …", "GNSS Engineer /" + "Ingeniero GNSS"). */
export const DANGLING = /(?:\b(?:und|and|of|for|für)|[&,/])$/i;
/** A link's call to see more ("Zobacz CV", "View profile", "Mehr erfahren", "Ver perfil"): no organisation. */
const SEE_MORE =
  /^(?:see|view|read|zobacz|ver|voir|lire|leggi|scopri|bekijk|lees|läs|les|se|vis|mehr|more|weiter|zum|en savoir)\s+(?:more|plus|profile?|profil|perfil|profilo|profiel|cv|bio|biography|biografie|erfahren|lesen|más|mais|di più|meer|mer|mere|więcej|details?)$/iu;
/**
 * Since when a role is held, after it ("Advocaat sinds 1998", "Partnerin seit 2010"), or its term
 * ("Presidente 2025 - Presente", "Secretario 2016-2019"): no part of the role.
 */
const SINCE_YEAR =
  /\s+(?:(?:since|seit|sinds|depuis|desde|dal|sedan|siden|od)\s+(?:19|20)\d\d|(?:19|20)\d\d\s*[-–—]\s*(?:(?:19|20)\d\d|present|presente|heute|today|now|nu|obecnie|dosud|oggi|actualidad|atual))\.?$/iu;
/** An organisation line: a few capitalised words, no sentence punctuation, its short name in brackets ("(BRO)"). */
const ORG_LINE = /^[ʻ'’]?[\p{Lu}\d][\p{L}\d&'’ -]{1,60}(?: \(\p{Lu}[\p{L}\d ]{0,20}\))?$/u;

/** True when `line` is a firm's name with its legal form ("Nordwerk GmbH", "Fjordline Optics AS"). */
const legal = (line: string): boolean => {
  const [first = '', ...rest] = line.split(' ');
  // Its own words, not a phrase about it ("ein Projekt der nordlicht GmbH", "im Auftrag der Nordwerk AG").
  const named =
    !isFunctionWord(first.toLowerCase()) && rest.every((w) => /^[\p{Lu}\d&]/u.test(w) || isFunctionWord(w));
  return named && withoutLegalForm(line) !== line;
};

/**
 * Job title and organisation from the short lines after a name: the first that reads like a
 * job title (in a listing of cards, the first short line) is the title, split when written
 * "Title, Org" or "Title at Org"; a short capitalised line before it is the organisation
 * ("Michiel B. de Jong" / "IndieHosters").
 */
export function titleAndOrg(texts: string[], listing: boolean): { title?: string; company?: string } {
  const out: { title?: string; company?: string } = {};
  let after = -1;
  // Whether the organisation so far is a plain line of its own (no institution), which a firm with
  // its legal form may replace.
  let fromLine = false;
  for (let k = 0; k < texts.length; k++) {
    const text = (texts[k] as string).replace(SINCE_YEAR, '');
    const words = text.split(' ').length;
    if (k >= TITLE_LINES) break;
    // A second role line ("Directeur du Laboratoire SIC-LAB" under "Enseignant chercheur") leaves
    // the line after it to name the organisation.
    if (out.title && k === after && isJobTitle(text) && !namesInstitution(text)) {
      after = k + 1;
      continue;
    }
    if (out.title && k > after) break;
    // "Funktion: Leiter Netzbetrieb", "Firma: Nordwerk GmbH": the card says what each line is.
    const [, role] = TITLE_LABEL.exec(text) ?? [];
    const [, firm] = COMPANY_LABEL.exec(text) ?? [];
    if (role && !out.title) [out.title, after] = [role, k + 1];
    if (firm) out.company ??= firm;
    if (role || firm) continue;
    if (
      !text ||
      k < after ||
      LABEL.test(text) ||
      // Numbers, addresses and links are contacts; a digit in a name is not ("Y2K Centre", "3M").
      /\d{2}|\d[\s./-]*\d|\S@|^\(|[!?]|www\.|:\/\//.test(text) ||
      isStreet(text) ||
      words > 12 ||
      text.length > 100 ||
      // A sentence that gives someone a role ("Jane Doe is a reporter at …") is prose-role.ts's to read.
      proseRoles(text).length
    )
      continue;
    // "Chief Wrangler at Acme" is a title and a company, whether or not its role is a word we know;
    // in a listing, a line naming an institution is the affiliation ("Johannes Kepler University Linz").
    const institution = listing && !out.company && namesInstitution(text) && !isJobTitle(text);
    if (!out.title && !institution && (isJobTitle(text) || listing || splitRoleOrg(text)[1])) {
      // Broken over two lines: after "and", "&" or ",", or before a line that goes on in lower case ("en journalisme").
      const joined = (DANGLING.test(text) || /^\p{Ll}/u.test(texts[k + 1] ?? '')) && texts[k + 1];
      const split = splitRoleOrg(joined ? `${text} ${texts[k + 1]}` : text);
      out.title = split[0];
      out.company ??= split[1];
      // The line right after the title may name the organisation ("Director of Operations" / "Brightline").
      after = k + (joined ? 2 : 1);
    } else if (
      institution ||
      // A firm's name with its legal form beats a department's line above it ("Einkauf" / "Nordwerk GmbH"),
      // an institution its unit's ("Lehrstuhl für Informatik" / "Universität Nordheim").
      ((!out.company ||
        (legal(text) && fromLine && !legal(out.company)) ||
        institutionOfUnit(out.company, text)) &&
        words < 6 &&
        // It may start in lower case ("nordlicht Agentur und Redaktion GmbH").
        (ORG_LINE.test(text) || legal(text)) &&
        !SEE_MORE.test(text) &&
        (k === after || !isName(text)) &&
        !isJobTitle(text))
    ) {
      out.company = text;
      fromLine = !institution && !namesInstitution(text);
      // The line after a unit may name its institution.
      if (k === after && namesUnit(text)) after = k + 1;
    }
  }
  return out;
}

/**
 * The role of a name in a banner or footer, where only a name with its role is a person: on the
 * next line with a contact right under it ("Jane Doe" / "Sales Manager" / "T: …"), or on the line
 * above as a label ("Kierownik:" / "Jan Nowak" / "kom. +48 …"). `contacts` counts a line's contacts.
 */
export function chromeRole(
  lines: PageLine[],
  i: number,
  contacts: (k: number) => number,
): string | undefined {
  const below = lines[i + 1]?.text ?? '';
  if (isJobTitle(below) && contacts(i + 1) + contacts(i + 2) + contacts(i + 3)) return below;
  const above = (lines[i - 1]?.text ?? '').replace(/:$/, '');
  return !contacts(i - 1) && isJobTitle(above) && contacts(i + 1) + contacts(i + 2) ? above : undefined;
}

/** The role on the line above the name on line `at` ("Formand", "Geschäftsführer:"), where no other name or contact stands. */
export function roleAbove(
  lines: PageLine[],
  at: number,
  names: ReadonlyMap<number, unknown>,
  has: (i: number) => number,
): string | undefined {
  const k = at - 1;
  const label = lines[k]?.text.trim() ?? '';
  const text = (TITLE_LABEL.exec(label)?.[1] ?? label).replace(/\s*:$/, '');
  if (k < 0 || names.has(k) || has(k) || !text || text.split(' ').length > 6 || /[\d@!?]/.test(text)) return;
  // A label of who is responsible ("Verantwortlich:") is their role on an imprint.
  const responsible = label.endsWith(':') && isResponsibleLabel(text);
  return (isJobTitle(text) || responsible) && !isName(text) ? text : undefined;
}

/**
 * A firm's name a logo breaks over two headings of one level ("Digitale Shared" / "Services GmbH"):
 * the first half is no person's name.
 */
export function brokenFirmName(lines: PageLine[], i: number): boolean {
  const [line, next] = [lines[i], lines[i + 1]];
  return (
    !!line?.heading &&
    next?.heading === line.heading &&
    legalFormName(next.text) === next.text.trim() &&
    legalFormName(`${line.text.trim()} ${next.text.trim()}`).startsWith(line.text.trim())
  );
}
