import type { PageLine } from '@/lib/page/contract';

/**
 * The parts of an imprint or legal notice that credit those who made or host the site ("Webdesign",
 * "Konzept & Umsetzung", "Hébergeur", "Fotos", "Hosting"): their contacts are another firm's, not
 * the organisation's own, and no person of the page's. Only on such a notice: on a team page
 * "Design" heads the designers.
 */

/** Headings of a legal notice ("Impressum", "Mentions légales", "Aviso legal", "Colofon"). */
const NOTICE =
  /^(?:impressum|imprint|legal notice|site notice|mentions légales|aviso legal|nota legal|note legali|colofon|colophon|informacje prawne|tiráž|tiraż)\b/iu;

/** Headings and labels of such a credit, in the languages we read. */
const CREDIT =
  /^(?:web|webdesign|web ?design|design|gestaltung|konzept|concept|conception|umsetzung|technische umsetzung|realisierung|realisation|réalisation|realizzazione|realización|programmierung|entwicklung|development|hosting|hoster|host|hébergement|hébergeur|alojamiento|hospedaje|webhosting|fotos?|photos?|photography|fotografie|bildnachweis|bildquellen?|crédits?(?: photos?)?|credits|kooperation|in zusammenarbeit mit|site by|website by)\b/iu;
/** Lines a credit label without a heading may run on for ("Hébergeur :" / "OVH" / "2 rue …" / "Tél …"). */
const LABEL_LINES = 6;

const creditText = (text: string): boolean => CREDIT.test(text.trim());
/** Labels of a contact detail, which go on with the credit they follow ("Tél : …", "E-Mail: …"). */
const CONTACT_LABEL =
  /^(?:tel|tél|téléphone|telefon|phone|fon|mobil|handy|fax|e-?mail|mail|web|site|www|adresse|address)\b/iu;

/**
 * The indexes of `lines` inside a credit, on a page headed as a legal notice: from a heading that credits to the next heading as high
 * or higher that does not, or from a credit label ("Webdesign: …", "Hébergeur :") over the few
 * lines after it up to the next label or heading. The page's banner and footer end a credit.
 */
export function creditedLines(lines: PageLine[]): Set<number> {
  const credited = new Set<number>();
  if (!lines.some((line) => line.heading && NOTICE.test(line.text.trim()))) return credited;
  let level = 0;
  let labelLeft = 0;
  lines.forEach((line, i) => {
    const heading = line.heading;
    if (line.chrome) {
      level = 0;
      labelLeft = 0;
      return;
    }
    if (heading && (!level || heading <= level)) level = creditText(line.text) ? heading : 0;
    const labelled = /^[^:]{1,40}:/.test(line.text) && !CONTACT_LABEL.test(line.text.trim());
    if (heading || labelled) labelLeft = !heading && creditText(line.text) ? LABEL_LINES : 0;
    else if (labelLeft) labelLeft--;
    if (level || labelLeft || (labelled && creditText(line.text))) credited.add(i);
  });
  return credited;
}
