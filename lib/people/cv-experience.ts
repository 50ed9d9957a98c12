import type { PageLine } from '@/lib/page/contract';
import { isJobTitle } from './job-title';

/**
 * The current position a CV gives under its experience heading ("Expérience" / "Masseur-
 * Kinésithérapeute et Ostéopathe DO" / "Cabinet Kiné / Ostéo d'Audenge" / "Depuis août 2015"):
 * a CV lists the newest position first, its role, then where it is held. A personal page's one
 * person works there, whatever the site's own name is.
 */

/** Headings of a CV's experience section, in the languages of the pages we read. */
const EXPERIENCE =
  /^(?:(?:work|professional|relevant) )?(?:experience|employment|career)|^expériences?(?: professionnelles?)?$|^parcours(?: professionnel)?$|^(?:berufserfahrung|berufliche erfahrung|werdegang|beruflicher werdegang)$|^experiencia(?: profesional| laboral)?$|^esperienz[ae](?: professionali| lavorative)?$|^experiência(?: profissional)?$|^(?:werkervaring|ervaring|arbeidservaring|arbetslivserfarenhet|erfarenhet|erfaring|doświadczenie(?: zawodowe)?)$/i;
/** A line that only dates a position ("Depuis août 2015", "2019 – heute", "Jan 2020 - Present"). */
const DATE_LINE = /(?:19|20)\d\d|\b(?:present|heute|aujourd'hui|actualidad|oggi|nu|nå|dziś)\b/i;
/** An organisation's line: short, capitalised, no sentence. */
const ORG_LINE = /^[\p{Lu}\d][^.!?:]{1,80}$/u;
/** Lines read after the heading. */
const ENTRY_LINES = 4;

/** The organisation of the first position under a CV's experience heading, '' if none. */
export function currentEmployer(lines: PageLine[]): string {
  const at = lines.findIndex((line) => line.heading > 0 && EXPERIENCE.test(line.text.trim()));
  if (at < 0) return '';
  const entry = lines.slice(at + 1, at + 1 + ENTRY_LINES).map((line) => line.text.trim());
  const role = entry.findIndex((text) => !DATE_LINE.test(text) && isJobTitle(text));
  const company = entry[role + 1] ?? '';
  return role < 0 || DATE_LINE.test(company) || !ORG_LINE.test(company) || isJobTitle(company) ? '' : company;
}
