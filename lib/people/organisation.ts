import type { PageReading, RawCandidate } from '@/lib/page/contract';
import { squash } from '@/lib/page/text';
import { personName } from './recognise';

/**
 * The organisation a page's written people belong to when their own card names none, from the
 * surest evidence down: the organisation the page declares (og:site_name, a JSON-LD
 * organisation), a part of the title that is the site's own address ("Physiotherapie
 * Frankenhausen" on physiotherapie-frankenhausen.de), the copyright holder, a name with a legal
 * form in the text ("… Steuerberatungsgesellschaft mbH", "… Aktiebolag"), and the person's email
 * domain as the page writes it ("no2id.net" → "NO2ID"). A part of the title that matches none of
 * these is the page's name ("Anfahrt", "Kontakt"), never taken.
 */

/** Free-mail domains say nothing about where someone works. */
const FREE_MAIL =
  /^(?:gmail|googlemail|yahoo|hotmail|outlook|live|aol|icloud|me|gmx|web|proton|yandex|mail|t-online|arcor|freenet|orange|wanadoo|libero|seznam|wp|o2|onet|interia)$/;

/**
 * Legal forms that end an organisation's name (ISO 20275 abbreviations in common use, and the
 * long forms that stand alone): GmbH, e.V., Ltd, Inc, SE, S.A., S.L., s.r.o., AB, AS, K.K., …
 * Two-letter forms count only after a capitalised name (the pattern requires one before). Read
 * one line at a time, with bounded words: linear on any page.
 */
const LEGAL_FORM =
  /(?:^| )(\p{Lu}[\p{L}\d&'’.-]{0,40}(?: (?:[\p{Lu}\d|][\p{L}\d&'’.-]{0,40}|&|und|and|og|och|y|et|de|der|für)){0,7} (?:GmbH(?: & Co\.? KG)?|mbH|gGmbH|AG|KG|OHG|GbR|UG|e\.\s?V\.|eG|SE|Ltd\.?|Limited|LLC|LLP|L\.L\.C\.|Inc\.?|Corp\.?|Corporation|PLC|plc|Co\.|S\.A\.S?\.?|SAS|SARL|S\.à r\.l\.|S\.L\.U?\.?|S\.R\.L\.|SRL|S\.p\.A\.|B\.V\.|BV|N\.V\.|NV|AB|Aktiebolag|AS|ASA|A\/S|ApS|Oy|Oyj|s\.r\.o\.|a\.s\.|sp\. z o\.o\.|K\.K\.|Pty\.? Ltd\.?|GesmbH|Stiftung|Steuerberatungsgesellschaft(?: mbH)?))(?=$|[\s,.;:)])/u;

/** A name's letters and digits only, lower case, without accents: "Ultima Hora" → "ultimahora". */
function squeeze(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^\p{L}\d]/gu, '');
}

/** The labels that name the site: the page's host ("www.ultimahora.es" → "ultimahora") and the people's email domains. */
function siteLabels(url: string, people: RawCandidate[]): string[] {
  const hosts: string[] = [];
  try {
    hosts.push(new URL(url).hostname);
  } catch {
    // A page without an address of its own (a saved file): the email domains still name it.
  }
  for (const p of people) for (const e of p.emails) hosts.push(e.slice(e.lastIndexOf('@') + 1));
  // "mossy.earth" may be written "Mossy Earth": the label with its suffix first, then the label alone.
  const labels = hosts
    .flatMap((host) => {
      const [label = '', suffix = ''] = host.toLowerCase().split('.').slice(-2);
      return [label + suffix, label];
    })
    .map(squeeze)
    .filter(
      (label) => label.length > 3 && !FREE_MAIL.test(label) && !/^(?:github|localhost|\d+)$/.test(label),
    );
  return [...new Set(labels)];
}

const ARTICLE = /^(?:the|die|der|das|la|le|les|el|los|las|de|het|il|lo)$/i;
/** Words that end a company's name after its own: "Systems", "Group", "GmbH", "Inc." … */
const ORG_TAIL =
  /^(?:systems?|group|gruppe|groep|technolog(?:y|ies)|tech|solutions|software|labs?|media|studios?|consulting|partners|services|holdings?|digital|company|co\.?|corp\.?|corporation|international|gmbh|ag|se|ltd\.?|limited|llc|inc\.?|plc|ab|as|a\/s|aps|oy|bv|b\.v\.|nv|sa|s\.a\.|sl|s\.l\.|srl|s\.r\.l\.|e\.v\.)$/i;

/** The shortest run of words in `text` that spells `label` ("Ultima Hora Mallorca", "ultimahora" → "Ultima Hora"). */
function spelled(text: string, label: string): string {
  const words = text.split(/\s+/);
  for (let from = 0; from < words.length; from++) {
    let joined = '';
    for (let to = from; to < words.length && joined.length < label.length; to++) {
      joined += squeeze(words[to] as string);
      // A leading article belongs to the name ("The Five C's" on fivecs.org.uk).
      const start = from > 0 && ARTICLE.test(words[from - 1] as string) ? from - 1 : from;
      if (joined !== label) continue;
      // Generic words and legal forms after it belong to the name ("Fernhill Systems", "Acme GmbH").
      let end = to + 1;
      while (end < words.length && ORG_TAIL.test(words[end] as string)) end++;
      return words.slice(start, end).join(' ');
    }
  }
  return '';
}

/** "© 2022 Emory University - All Rights Reserved", "Copyright © 2014 by DSO" → the holder. */
function copyrightHolder(text: string): string {
  const m =
    /(?:(?:copyright *)?(?:©|\(c\))|copyright) *(?:(?:19|20)\d\d[ ,–-]*)*(?:by )?([^|\n]+?)(?: (?:19|20)\d\d)?(?: [|–-] |\.(?:\s|$)|\n| all rights| alle rechte)/i.exec(
      text,
    );
  const holder = (m?.[1] ?? '').replace(/[\s/,;:–-]+$/, '').trim();
  return /^\p{L}/u.test(holder) && holder.split(' ').length < 7 && !personName(holder) ? holder : '';
}

/** "campaigns@no2id.net" → "NO2ID" when the page writes the domain's name as a word of its own. */
function domainName(labels: string[], text: string): string {
  for (const label of labels) {
    const m = new RegExp(`(?:^|[^\\w.@-])(${label})(?=$|[^\\w.@-])`, 'i').exec(text);
    if (m) return m[1] as string;
  }
  return '';
}

/**
 * The organisation an e-mail's person writes for: their own address's domain as the mail spells
 * it ("hannah@mossy.earth" and "Mossy Earth"), else ''. Webmail's own site name says nothing.
 */
export function mailOrganisation(person: RawCandidate, text: string): string {
  const labels = siteLabels('', [person]);
  for (const line of text.split('\n', 5_000)) {
    for (const label of labels) {
      const named = spelled(line, label);
      if (named && named !== person.name) return named;
    }
  }
  return '';
}

/** The organisation for the written people of `page` (whose text is `text`), or ''. */
export function pageOrganisation(page: PageReading, people: RawCandidate[], text: string): string {
  if (page.siteName) return page.siteName;
  const labels = siteLabels(page.url, people);
  const parts = squash(page.title).split(/ [|–—·:»-] /);
  for (const label of labels) {
    for (const part of parts) {
      const named = spelled(part, label);
      // A personal site's address spells its owner ("petrapaling.de"): that is no organisation.
      if (named && !people.some((p) => p.name === named)) return named;
    }
  }
  const holder = copyrightHolder(text);
  // A title part that starts with the holder's name says it in full ("Estudio Jurídico Dr. Lionel Zurita").
  if (holder) return parts.find((part) => part.startsWith(holder) && part.length < 80) ?? holder;
  const legal = text
    .split('\n')
    .map((line) => LEGAL_FORM.exec(line)?.[1])
    .find(Boolean);
  if (legal && legal.split(' ').length < 9) return legal;
  return domainName(labels, text) || titleSite(parts);
}

/** Title parts that name the page, not the site ("Contact Us", "Über uns", "Anfahrt", "Aviso legal"). */
const PAGE_WORDS =
  /(?:^|\s)(?:contact|about|team|home|impressum|kontakt|über|people|staff|faculty|members?|press|our|anfahrt|startseite|datenschutz|news|blog|contacto|inicio|aviso|accueil|mentions|kontakta|om|individual|department)(?:\s|$)/i;

/** The site part of a "Page | Site" title: a name of two words or more that is no page's and no person's. */
function titleSite(parts: string[]): string {
  if (parts.length < 2) return '';
  return (
    parts.findLast((part) => !PAGE_WORDS.test(part) && part.split(' ').length > 1 && !personName(part)) ?? ''
  );
}
