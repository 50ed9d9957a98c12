import type { PageReading, RawCandidate } from '@/lib/page/contract';
import { squash } from '@/lib/page/text';
import { namesInstitution } from './affiliation';
import { nameMatchesLabel, squeeze } from './domain';
import { startsWithGivenName } from './given-name';
import { isJobTitle } from './job-title';
import { isLegalForm, legalFormName } from './legal-form';
import { withoutHonorifics } from './name-words';
import { isStreet } from './postal-address';
import { personName } from './recognise';
import { domainName, LINES_READ, siteLabels, spelled, spelledByDomain, spelledInText } from './spelled-name';
import { HEADLINE_WORDS, siteShaped, titleParts, titleSite } from './title-site';

/**
 * The organisation a page's written people belong to when their own card names none, from the
 * surest evidence down: the organisation the page declares (og:site_name, a JSON-LD
 * organisation), a part of the title that is the site's own address ("Physiotherapie
 * Frankenhausen" on physiotherapie-frankenhausen.de), the copyright holder, a name with a legal
 * form on a line of its own ("… Steuerberatungsgesellschaft mbH", "… Aktiebolag"; legal-form.ts), the name
 * an address block opens with ("Praxis Berg" over its street), a short line the site's or the
 * people's domain spells ("Brf Nordskogen" on brfnordskogen.se), and the person's email domain as
 * the page writes it ("no2id.net" → "NO2ID"). Among the holder, the names with a legal form, the
 * address block's name and the title's parts, one the site's or the people's domain spells
 * (domain.ts: "Bayerische Motoren Werke AG" on bmw.de) comes first. After these, the title's
 * site part, the logo's text that opens the page when it names an organisation ("… Lab"), then
 * a name with a legal form in a sentence (a supplier, a client). A title part
 * shaped as a page's name ("Anfahrt", "Kontakt") is never taken.
 */

/**
 * "© 2022 Emory University - All Rights Reserved", "Copyright © 2014 by DSO", "© 2015 Copyright
 * Praxis Berg Powered by …" → whoever holds it (not the site's maker), '' if none.
 */
function copyrightNamed(text: string): string {
  const m =
    /(?:(?:copyright *)?(?:©|\(c\))(?: *copyright)?|copyright) *(?:(?:19|20)\d\d[ ,.–-]*)*(?:copyright )?(?:by )?([^|\n]+?)(?: (?:19|20)\d\d)?(?: [|–·•-] |\.(?:\s|$)|\n| all rights| alle rechte| (?:powered|designed|developed|hosted|made|built|website|site|webdesign)\b)/i.exec(
      text,
    ) ?? RESERVED_BY.exec(text);
  // The full stop that ended the match may be an abbreviation's ("LeanData, Inc. All rights reserved",
  // "Consulenze S.r.l.s. - P.IVA").
  const holder = (m?.[1] ?? '')
    .replace(/[\s/,;:–-]+$/, '')
    .trim()
    .replace(/\b(?:Inc|Ltd|Corp|Co|Pty|Pte|Bros)$|(?:^|\s)\p{L}{1,3}(?:\.\p{L}{1,3})+$/u, '$&.');
  // The name ends with its last legal form; a footer's links may follow ("… GmbH Impressum").
  const words = holder.split(' ');
  const last = words.findLastIndex((w) => isLegalForm(w));
  return last > 0 ? words.slice(0, last + 1).join(' ') : holder;
}

/** The reservation a copyright line may hold in the holder's place ("© 2020. All rights reserved."). */
const RIGHTS_WORDS =
  'all rights|alle rechte|tous droits|todos los derechos|tutti i diritti|alle rettigheder|alle rechten|alla rättigheter|wszelkie prawa|všechna práva';
const RIGHTS = new RegExp(`^(?:${RIGHTS_WORDS})`, 'i');

/** A line a name opens and the reservation ends, without "©": "TechTalent. All rights reserved." */
const RESERVED_BY = new RegExp(`^([^\\n|©:]{2,60}?)[.,]? *[–-]? *(?:${RIGHTS_WORDS})`, 'imu');

/** The copyright holder when it may be the site's organisation: a name, not a person's or a credit. */
function copyrightHolder(named: string): string {
  // A labelled credit ("© 2007 Teksten: Erven A.") names whose work it is, not the site's owner.
  const credit = named.includes(':');
  return /^\p{L}/u.test(named) &&
    named.split(' ').length < 7 &&
    !credit &&
    !RIGHTS.test(named) &&
    !personName(named)
    ? named
    : '';
}

/** Labels an address block opens with ("Anschrift", "Postal address", "Dirección"), not a firm. */
const ADDRESS_LABEL =
  /^(?:post(?:al)?|besöks|besøks|visiting|office|head ?office)?\s?(?:anschrift|adresse?|address|adress|dirección|direccion|indirizzo|endereço|sede|sitz|contact|kontakt|impressum|c\/o)\b/i;

/** Lines above an address's street that may still be its firm ("LSVD-Bundesverband" / "Hauptstadtbüro" / street). */
const BLOCK_LINES = 3;

/** True when `line` may name a firm: capitalised, short, no label, person, role or number. */
const firmShaped = (line: string): boolean =>
  /^\p{Lu}/u.test(line) &&
  line.length <= 80 &&
  line.split(' ').length <= HEADLINE_WORDS &&
  !/[:@]|\d{3}/.test(line) &&
  !ADDRESS_LABEL.test(line) &&
  !personName(line) &&
  !isJobTitle(line);

/**
 * The organisation an address block names: its first line above the street ("Praxis Berg" /
 * "Kantstraße 14" / "10623 Berlin"; "LSVD-Bundesverband" / "Hauptstadtbüro" / …), as an imprint
 * or a contact page writes the firm behind the site. A person's name, a role or a label there
 * names no organisation and ends the block.
 */
function addressedName(text: string): string {
  const lines = text.split('\n', LINES_READ).map((line) => line.trim().replace(/[,;]$/, ''));
  const street = lines.findIndex((line, i) => i > 0 && isStreet(line));
  let top = street;
  while (top > 0 && street - top < BLOCK_LINES && firmShaped(lines[top - 1] as string)) top--;
  return top < street ? (lines[top] as string) : '';
}

/** Nouns that make a name an organisation's ("Mayhew Sensory Lab", "Nordic Research Group"). */
const ORG_NOUN =
  /\b(?:lab|labs|laboratory|group|institute|center|centre|clinic|society|association|foundation|network|initiative|council|agency|studio)$/i;

/**
 * The page's first line when it names an organisation, as a logo's text does ("Mayhew Sensory
 * Lab"), or a firm named after one of its people, their trade beside their name ("Platnéřství
 * Pavel Zátrapa" over Pavel Zátrapa's page).
 */
function bannerName(text: string, people: RawCandidate[]): string {
  const [first = '', ...next] = text.split('\n', BANNER_LINES).map((line) => line.trim());
  // The logo may follow a link to skip to the content.
  // The trade is capitalised words and no role ("Jan Berg he/him", "Jan Berg Geschäftsführer" name no firm),
  // Nor are titles before the name ("Dr. Helen Brooks").
  const trade = (rest: string) =>
    rest.split(' ').every((w) => /^\p{Lu}/u.test(w)) &&
    withoutHonorifics(rest.split(' '), 0).length > 0 &&
    !isJobTitle(rest) &&
    !/[\d:@|/]/.test(rest);
  const owned = [first, ...next].find(
    (line) =>
      line.split(' ').length <= HEADLINE_WORDS &&
      people.some(
        (p) =>
          p.name &&
          p.name !== line &&
          ` ${line} `.includes(` ${p.name} `) &&
          trade(squash(line.replace(p.name, ''))),
      ),
  );
  return owned ?? (firmShaped(first) && (ORG_NOUN.test(first) || namesInstitution(first)) ? first : '');
}

/** The page's first lines, where a logo's text stands. */
const BANNER_LINES = 3;

/** The names with a legal form kept of a page. */
const LEGAL_NAMES = 20;

/**
 * Names with a legal form in `text`, first ones first ("Muster GmbH", "Volvo AB (publ)"), of fewer
 * than nine words, and the first of them on a short line of its own (a firm over an imprint's
 * address, not a supplier in a sentence). One pass: the page's lines are many.
 */
function legalFormNames(text: string): { names: string[]; onShortLine: string } {
  const names: string[] = [];
  let onShortLine = '';
  for (const line of text.split('\n', LINES_READ)) {
    const name = legalFormName(line);
    if (!name || name.split(' ').length >= 9) continue;
    if (!onShortLine && line.length <= SHORT_LINE) onShortLine = name;
    if (names.length < LEGAL_NAMES && !names.includes(name)) names.push(name);
    if (names.length === LEGAL_NAMES && onShortLine) break;
  }
  return { names, onShortLine };
}

/**
 * The organisation an e-mail's person writes for: their own address's domain as the mail spells
 * it ("hannah@mossy.earth" and "Mossy Earth"), or a name with a legal form that the domain
 * spells ("Bayerische Motoren Werke AG" for …@bmw.de), else ''. Webmail's own site name says nothing;
 * a free-mail address names no organisation. A name counts on lines of `longest` characters at most.
 */
export function mailOrganisation(
  person: RawCandidate,
  text: string,
  longest = Number.POSITIVE_INFINITY,
): string {
  const labels = siteLabels('', [person]);
  if (!labels.length) return '';
  const named = spelledInText(labels, text, longest, (name) => name !== person.name);
  return named || spelledByDomain(legalFormNames(text).names, labels);
}

/** A name that is only a host: "www.kas.de", "Libération.fr". */
const HOST_LIKE = /^[^\s]+\.\p{L}{2,}$/u;
/** True when the organisation's name `name` is only a host ("jagd-oesterreich.at"). */
export const isHostLike = (name: string): boolean => HOST_LIKE.test(name);
/** A template the site never filled in: "{$plugin.tx_news.opengraph.site_name}", "%SITE_NAME%". */
const PLACEHOLDER = /[{}$%]|\[\[/;

/**
 * The organisation the page declares (og:site_name, a JSON-LD organisation), as a name: '' for a
 * template left unfilled, and of "Werbeagentur MARKE ICH | Soltau im Heidekreis" the part the
 * site's address spells.
 */
export function declaredOrganisation(page: PageReading): string {
  const name = squash(page.siteName ?? '');
  if (!name || PLACEHOLDER.test(name)) return '';
  const parts = titleParts(name);
  if (parts.length < 2) return name;
  const labels = siteLabels(page.url, []);
  const spelled = parts.find((part) => labels.some((label) => nameMatchesLabel(part, label)));
  // A site name the CMS filled with the page's title ("Land zahlte rund 1,4 Millionen … | MLUK"):
  // the site is its last short part, not the headline.
  const headline = parts.some((part) => part.split(' ').length > HEADLINE_WORDS);
  // A name with its legal form beside a tagline ("Nordwerk AG – Cloud-IT für Unternehmen") is the name.
  const legal = parts.find((part) => legalFormName(part) === part);
  return (
    spelled ??
    legal ??
    (headline ? parts.findLast((part) => part.split(' ').length <= HEADLINE_WORDS) : name) ??
    ''
  );
}

/** The organisation for the written people of `page` (whose text is `text`), or ''. */
export function pageOrganisation(page: PageReading, people: RawCandidate[], text: string): string {
  const declared = declaredOrganisation(page);
  // A site name that is only an address ("www.kas.de") yields to the name its title spells.
  if (declared && !HOST_LIKE.test(declared)) return declared;
  const labels = siteLabels(page.url, people);
  const parts = titleParts(page.title);
  const copyright = copyrightNamed(text);
  for (const label of labels) {
    // A personal site's address spells its owner ("petrapaling.de"): that is no organisation; nor
    // is the address itself ("… - jagd-oesterreich.at").
    const named = parts
      .map((part) => [part, spelled(part, label)] as const)
      .filter(([, name]) => name && !isHostLike(name) && !people.some((p) => p.name === name));
    // A part that starts with the spelled name says it in full when it is a firm named after its
    // owner ("Ted Amenta, Owner/Broker - Amenta Real Estate"); a part that holds it, when it is
    // the copyright holder ("©2020 Stanford Medicine" on med.stanford.edu: not "Stanford";
    // "Advocatenkantoor Missault & Van Volcem" for vanvolcem.be). A logo's line may add an
    // edition ("Ultima Hora Mallorca"), so it does not count.
    const surname = (name: string) => people.some((p) => p.name?.endsWith(` ${name}`));
    const whole = named.find(
      ([part, name]) =>
        ((part.startsWith(name) && surname(name)) || part === copyright) &&
        siteShaped(part) &&
        !people.some((p) => p.name === part),
    )?.[0];
    if (whole ?? named[0]) return whole ?? (named[0]?.[1] as string);
  }
  const { names: legal, onShortLine } = legalFormNames(text);
  // A holder that is only an address ("© 2019 realconnect.pl") yields to a name with a legal form.
  // A holder with a name's shape that the title repeats ("© Cross Capital" on "CrossCapital") is the
  // site's, unless a known first name starts it.
  const titled =
    parts.some((part) => squeeze(part) === squeeze(copyright)) && !startsWithGivenName(copyright);
  const named = copyrightHolder(copyright) || (titled && /^\p{Lu}/u.test(copyright) ? copyright : '');
  const holder = HOST_LIKE.test(named) && legal.length ? '' : named;
  // A title part that starts with the holder's name says it in full ("Estudio Jurídico Dr. Lionel Zurita").
  const fullHolder = holder && (parts.find((part) => part.startsWith(holder) && part.length < 80) ?? holder);
  // The domain picks among the page's own names: the holder, the names with a legal form, the
  // address block's name, the title's site part.
  const site = titleSite(parts, text);
  // The title's site part may say the address block's name in full ("Steingestaltung" under the
  // owner's name, "Bernd Siegel Steingestaltung" in the title).
  const block = addressedName(text);
  const addressed =
    (block && parts.find((part) => siteShaped(part) && ` ${part} `.includes(` ${block} `))) || block;
  const spelledName = spelledByDomain([fullHolder, ...legal, addressed, site].filter(Boolean), labels);
  return (
    spelledName ||
    fullHolder ||
    // A firm with its legal form on a line of its own names the site ("Muster GmbH" over an
    // imprint's address); one in a sentence may be a supplier ("Grabmale der Firma Gräf Granit
    // GmbH"), after the title's site part.
    onShortLine ||
    addressed ||
    spelledInText(labels, text, SHORT_LINE, notAddress) ||
    domainName(labels, text) ||
    site ||
    bannerName(text, people) ||
    legal[0] ||
    // A site name that is only an address ("jagd-oesterreich.at") names the site when nothing else does.
    declared
  );
}

/** Short lines (a heading, a logo's text, a footer's name) are where a site writes its own name. */
export const SHORT_LINE = 80;

/** A handle or an address ("@nordwerk", "nordwerk-berlin.de"): no name. */
const notAddress = (name: string): boolean => !/[@/]|\.\p{L}/u.test(name);
