import { squash } from '@/lib/page/text';
import { startsWithGivenName } from './given-name';
import { personName } from './recognise';

/**
 * The site's own name in a page's title: the part of "Page | Site" that is no page's name
 * ("Kontakt", "Board of Directors") and no person's. organisation.ts weighs it with the rest.
 */

/** A title's parts: "Impressum - Werbeagentur MARKE ICH | Soltau" → three. */
export function titleParts(title: string): string[] {
  return squash(title).split(/ [|–—·:»-] /);
}

/** More words than an organisation's name has: a headline. */
export const HEADLINE_WORDS = 8;

/**
 * Title parts that name the page, not the site ("Contact Us", "Über uns", "Anfahrt", "Aviso legal"),
 * in the languages we read: "our" ("Nuestra asociación", "Náš tým", "Il nostro team"), a team, a
 * legal page ("Note legali", "Ochrana osobních údajů").
 */
const PAGE_WORDS =
  /(?:^|\s)(?:contact|about|team|home|impressum|kontakt|über|people|staff|faculty|members?|press|our|board|directors|committees?|speakers|vorstand|bestuur|styrelse|styret|anfahrt|startseite|datenschutz|news|blog|contacto|inicio|aviso|accueil|mentions|kontakta|om|individual|department|nuestra|nuestro|nuestros|nossa|nosso|nostra|nostro|nasz|nasza|náš|naše|notre|unser|unsere|equipo|equipa|équipe|squadra|zespół|tým|legali|privacy|privacidad|ochrana)(?:\s|$)/iu;

/** A title part shaped like a site's name: two words or more, no headline, no page's name. */
export const siteShaped = (part: string): boolean =>
  !PAGE_WORDS.test(part) && part.split(' ').length > 1 && part.split(' ').length <= HEADLINE_WORDS;

/** The site part of a "Page | Site" title: shaped like a site's name, and no person's. */
export function titleSite(parts: string[], text: string): string {
  // A title of one short part that the page also opens with, as its logo or main heading ("AFEAES"), is
  // the site's name; one word only when written as a name is ("Talk" is a page's).
  const [only = ''] = parts;
  const opening = text.slice(0, text.indexOf('\n')).trim();
  const named = only.includes(' ') || (only.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
  if (parts.length === 1)
    return only === opening &&
      named &&
      only.split(' ').length <= 4 &&
      !PAGE_WORDS.test(only) &&
      !personName(only)
      ? only
      : '';
  // Beside a page's name ("Board of Directors — Hawaiʻi Appleseed") a name-shaped part is the
  // site's unless it starts with a known first name.
  const paged = parts.some((part) => PAGE_WORDS.test(part));
  const notPerson = (part: string) => {
    const name = personName(part);
    return !name || (paged && !startsWithGivenName(name));
  };
  return parts.findLast((part) => siteShaped(part) && notPerson(part)) ?? '';
}
