import { emptyCandidate, setField } from '@/lib/page/candidate';
import type { PageLine, RawCandidate } from '@/lib/page/contract';
import { startsWithGivenName } from './given-name';
import { fullNameKey, withoutPronouns } from './name';
import { proseRoles } from './prose-role';
import { personName } from './recognise';

/**
 * Sentences a page may have read by the name and title rules: the most any page of the corpus
 * needs is under 100; a hostile page repeating "said Ab Cd, " stops here.
 */
const MAX_CHECKS = 400;
/** cards.ts gives a listing's guessed title 0.45, a role word's 0.6. */
const GUESS = 0.5;

/**
 * The people the page's sentences give a role. Someone among `known` (a byline, a card) takes the
 * title and organisation their bio gives when they have none, or only the organisation when their
 * card states that role; named in full or by their first name alone (the full name may stand on
 * the line above: "Lars Berg" / "Lars is …"); or the role a sentence gives them in passing when
 * their card has no title. Others named in full are returned as new people, at most `max`, with a
 * title less sure than a card's (a sentence suggests, a card states). Those a sentence only gives
 * a role in passing come after those a bio or a quote describes.
 */
export function describedInProse(lines: PageLine[], known: RawCandidate[], max: number): RawCandidate[] {
  const found = new Map<string, RawCandidate>();
  for (const c of known) if (fullNameKey(c.name)) found.set(fullNameKey(c.name), c);
  const added: RawCandidate[] = [];
  /** Those only given a role in passing ("El politólogo Jane Doe"): after those a bio or a quote describes. */
  const passing = new Set<RawCandidate>();
  const budget = { checks: MAX_CHECKS, mentions: MAX_CHECKS };
  /** The full names of those quoted by surname, each looked up once. */
  const fullNames = new Map<string, string | undefined>();
  lines.forEach((line, i) => {
    if (line.chrome || !/\s\S+\s/.test(line.text)) return;
    for (const role of proseRoles(line.text, budget)) {
      // A first name alone names the full name on the line above ("Lars Berg he/him" / "Lars is …").
      const above = personName(withoutPronouns(lines[i - 1]?.text ?? ''));
      const full = role.firstNameOnly && above?.split(' ')[0] === role.name ? above : undefined;
      // A surname alone names the one whose full name the page writes on a line of its own.
      if (role.surnameOnly && !fullNames.has(role.name))
        fullNames.set(role.name, writtenInFull(lines, role.name, known));
      const written = role.surnameOnly ? fullNames.get(role.name) : undefined;
      if (role.surnameOnly && !written) continue;
      const { name, title, company, quoted, mentioned, credentialed } = full
        ? { ...role, name: full }
        : written
          ? { ...role, name: written }
          : role;
      const firstNameOnly = role.firstNameOnly && !full;
      // A first name alone describes someone found only when it is the first name of one of them.
      const named = firstNameOnly
        ? known.filter((c) => c.name?.split(' ')[0] === name)
        : [found.get(fullNameKey(name))].filter((c) => c !== undefined);
      let person = named.length === 1 ? named[0] : undefined;
      // A role given in passing ("Chancellor Jane Doe", "vertreten durch den Vorsitzenden Jan Berg")
      // names someone new, or gives someone found the role their card lacks; it is no bio.
      if (person && mentioned && person.title) continue;
      // Someone new needs a person's signal beyond the shape of the name: a quote, a credential after
      // it, or a known first name ("Acme Labs is a leader …" is a business).
      const newcomer = !firstNameOnly && (quoted || credentialed || !!full || startsWithGivenName(name));
      if (!person && newcomer && added.length < max) {
        person = emptyCandidate();
        setField(person, 'name', name, 0.5);
        found.set(fullNameKey(name), person);
        added.push(person);
        if (mentioned) passing.add(person);
      }
      // Described again in a bio or a quote: no longer only in passing.
      else if (person && !mentioned) passing.delete(person);
      // A listing's guess (the line under a name, no role word in it) yields to a bio's role, and
      // is the affiliation when the bio names none ("Christine Bauer" / "Johannes Kepler University Linz").
      const guessed = person?.title && (person.confidence.title ?? 0) < GUESS;
      if (!person) continue;
      // A card that states the role keeps it; a bio of the same role ("CEO & Founder" and "the CEO
      // & co-founder of Acme") says where it is held, one of another role ("professeur au
      // Conservatoire" under "chef de chœur") does not.
      if (person.title && !guessed) {
        if (!mentioned && sameRole(person.title, title)) setField(person, 'company', company, 0.5);
        continue;
      }
      if (guessed) {
        if (!company && !person.company) setField(person, 'company', person.title, 0.45);
        person.title = undefined;
      }
      setField(person, 'title', title, 0.5);
      setField(person, 'company', company, 0.5);
    }
  });
  return [...added.filter((p) => !passing.has(p)), ...added.filter((p) => passing.has(p))];
}

/** Whether two roles share a word of three letters or more ("CEO & Founder", "CEO & co-founder"). */
function sameRole(a: string, b: string): boolean {
  const words = (s: string) =>
    s
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length >= 3);
  const mine = new Set(words(a));
  return words(b).some((w) => mine.has(w));
}

/** Lines read for the full name of someone quoted by their surname. */
const FULL_NAME_LINES = 2_000;

/**
 * The full name of someone the page quotes by `surname` alone: of one found ("Jane Berg"), else the
 * first short line that is a name ending in it (a photo's caption "Jane “Jo” Berg").
 */
function writtenInFull(lines: PageLine[], surname: string, known: RawCandidate[]): string | undefined {
  const ends = (name: string | undefined) => !!name && name.endsWith(` ${surname}`);
  const found = known.filter((c) => ends(c.name));
  if (found.length === 1) return found[0]?.name;
  for (let k = 0; k < lines.length && k < FULL_NAME_LINES; k++) {
    const text = (lines[k] as PageLine).text;
    if (text.length > 60 || !text.includes(surname)) continue;
    const name = personName(text.trim());
    if (ends(name)) return name;
  }
  return undefined;
}
