import type { RawCandidate } from '@/lib/page/contract';
import { hostOf, isFreeMail, nameMatchesLabel, publicSuffix, registrableLabel, squeeze } from './domain';
import { isLegalForm } from './legal-form';

/**
 * Names a domain spells: the site's and the people's domains as labels ("mossy.earth" → "mossyearth",
 * "mossy"), and the words of a text that write one of them ("Mossy Earth", "NO2ID", the initials
 * "Fernhill Wildlife Trust" of "fwt"). organisation.ts takes the organisation from them.
 */

/** The most lines of a page's text read for an organisation's name. */
export const LINES_READ = 5_000;

/** The labels that name the site: the page's host ("www.ultimahora.es" → "ultimahora"), the people’s email domains. */
export function siteLabels(url: string, people: RawCandidate[]): string[] {
  // A page without an address of its own (a saved file): the email domains still name it.
  const hosts = [hostOf(url)];
  for (const p of people)
    for (const e of p.emails) if (!isFreeMail(e)) hosts.push(e.slice(e.lastIndexOf('@') + 1).toLowerCase());
  // "mossy.earth" may be written "Mossy Earth": the label with its suffix first, then the label alone.
  const labels = hosts
    .flatMap((host) => {
      const label = registrableLabel(host);
      // "pointtakenweb", "getnordwerk", "nordwerkhq": the name is the label without its web word.
      const bare = label.replace(WEB_WORD, '');
      return label
        ? [label + publicSuffix(host).split('.')[0], label, ...(bare.length >= 5 ? [bare] : [])]
        : [];
    })
    .map(squeeze)
    // A code host's pages are its users' (github.com/jane), not GitHub's.
    .filter((label) => label.length >= 3 && label !== 'github');
  return [...new Set(labels)];
}

/** Words a site's address adds to its name: "…web", "…online", "…hq", "get…", "try…". */
const WEB_WORD = /(?:-?(?:web|website|site|online|hq|app)$|^(?:get|try|join)-?)/;

const ARTICLE = /^(?:the|die|der|das|la|le|les|el|los|las|de|het|il|lo)$/i;
/** Generic words that end a company's name after its own ("Systems", "Group"); legal forms end it too. */
const ORG_TAIL =
  /^(?:systems?|group|gruppe|groep|technolog(?:y|ies)|tech|solutions|software|labs?|media|studios?|consulting|partners|associates|asociados|associados|associés|associati|services|holdings?|digital|company|international)$/i;

/** What `word` adds to a run's initials: "Baden-Württemberg" → "bw", a small word nothing, any other lower-case word ends the run. */
function initialsOf(word: string): string | undefined {
  if (SMALL_WORD.test(word)) return '';
  if (!/^\p{Lu}/u.test(word)) return undefined;
  return squeeze(
    word
      .split('-')
      .map((part) => part.slice(0, 1))
      .join(''),
  );
}
/** The most words of a name spelled by a domain. */
const NAME_WORDS = 10;
const SMALL_WORD = /^(?:&|and|und|of|for|für|de|der|des|du|van|von|y|et)$/i;

/**
 * The shortest run of words in `text` that spells `label`, written together ("Ultima Hora
 * Mallorca", "ultimahora" → "Ultima Hora") or as the initials of capitalised words ("Contact the
 * Fernhill Wildlife Trust", "fwt" → "Fernhill Wildlife Trust").
 */
export function spelled(text: string, label: string): string {
  const words = text.split(/\s+/);
  for (let from = 0; from < words.length; from++) {
    // A run starts at a word ("© Jagd Example" spells "Jagd Example", not "© Jagd Example").
    if (!squeeze(words[from] as string)) continue;
    let joined = '';
    let initials: string | undefined = '';
    const last = Math.min(words.length, from + NAME_WORDS);
    for (let to = from; to < last && (joined.length < label.length || initials !== undefined); to++) {
      const word = words[to] as string;
      joined += squeeze(word);
      const more = initialsOf(word);
      initials = initials === undefined || more === undefined ? undefined : initials + more;
      if (initials !== undefined && initials.length > label.length) initials = undefined;
      // Initials spell a label of three letters or more, from a capitalised word on.
      const byInitials = label.length >= 3 && initials === label && !SMALL_WORD.test(words[from] as string);
      if (joined !== label && !byInitials) continue;
      // A leading article belongs to the name ("The Five C's" on fivecs.org.uk).
      const start = from > 0 && ARTICLE.test(words[from - 1] as string) && !byInitials ? from - 1 : from;
      // Generic words and legal forms after it belong to the name ("Fernhill Systems", "Acme GmbH").
      let end = to + 1;
      while (end < words.length && (ORG_TAIL.test(words[end] as string) || isLegalForm(words[end] as string)))
        end++;
      // Brackets and quotes around it are no part of it ("[AMD Official Use Only]", "„Nordwerk“").
      const name = words
        .slice(start, end)
        .join(' ')
        .replace(/^[[(„“"«]+|[,;:]+$/g, '');
      return /[[(]/.test(name) ? name : name.replace(/[\])“”"»]+$/, '');
    }
  }
  return '';
}

/** "campaigns@no2id.net" → "NO2ID" when the page writes the domain's name as a word of its own. */
export function domainName(labels: string[], text: string): string {
  for (const label of labels) {
    const m = new RegExp(`(?:^|[^\\w.@-])(${label})(?=$|[^\\w.@-])`, 'i').exec(text);
    if (m) return m[1] as string;
  }
  return '';
}

/** The first of `names` that one of the `labels` spells (domain.ts), else ''. */
export function spelledByDomain(names: string[], labels: string[]): string {
  return names.find((name) => labels.some((label) => nameMatchesLabel(name, label))) ?? '';
}

/**
 * The first run of words that one of `labels` spells ("Brf Nordskogen" on brfnordskogen.se) on a
 * line of `text` of at most `longest` characters, that `keep` accepts.
 */
export function spelledInText(
  labels: string[],
  text: string,
  longest: number,
  keep: (name: string) => boolean,
): string {
  for (const line of text.split('\n', LINES_READ)) {
    if (line.length > longest) continue;
    for (const label of labels) {
      const named = spelled(line, label);
      if (named && keep(named)) return named;
    }
  }
  return '';
}
