import { startsWithGivenName } from './given-name';
import { isJobTitle } from './job-title';
import { personName } from './recognise';

/**
 * People whose role a page writes only in a sentence: an author's bio ("Andrés Malamud es
 * politólogo e investigador en la Universidad de Lisboa.", "Max Muster ist Professor für
 * Informatik an der TU Berlin.") and a press release's quoted people ("…,” said John Smith,
 * Chief Executive Officer of Acme Corp.", "Jane Roe, VP of Marketing at Initech, said …").
 * A sentence counts only when its name passes the name rules (recognise.ts) and its role the
 * job-title rule (job-title.ts); one that merely mentions someone ("said John Smith") gives nobody.
 * Work is bounded: sentences are cut to a few hundred characters and read word by word.
 */

interface ProseRole {
  name: string;
  title: string;
  company?: string;
  /** Named as the one who says what the page quotes ("said John Smith, CEO of Acme"). */
  quoted?: boolean;
  /** Named by a known first name alone ("Tom is a software consultant"), as bios under a post do. */
  firstNameOnly?: boolean;
}

/** Characters of a line read, of a sentence, and words before a copula that may be a name. */
const MAX_LINE = 4_000;
const MAX_SENTENCE = 400;
const MAX_NAME_WORDS = 6;
const MAX_ROLE_WORDS = 16;
const MAX_ORG_WORDS = 8;

const set = (s: string): ReadonlySet<string> => new Set(s.split(' '));

/**
 * "is", "es", "ist", "est", "è", "é", "är", "er" (and their past forms), and "works as" in each
 * language: what joins a name to the role it is given in a bio. Not Polish "jest", which puts the
 * role in the instrumental ("jest prezesem"), a form the job-title vocabulary does not hold.
 */
const COPULAS = set(
  'is was es fue era ist war est était è é foi är var er ' +
    'works_as serves_as trabaja_como arbeitet_als travaille_comme werkt_als lavora_come trabalha_como ' +
    'arbetar_som arbejder_som pracuje_jako',
);
/** Articles and adverbs between the copula and the role ("is a", "is currently the", "ist seit"). */
const BEFORE_ROLE = set(
  'a an the un una uno ein eine einer une le la el een de het um uma il lo en ett et currently now also ' +
    'actualmente también derzeit aktuell auch actuellement aussi momenteel ook attualmente anche atualmente',
);
/**
 * Verbs that introduce a quoted person ("said", "sagte", "dijo", "a déclaré", "zei", "ha detto", …)
 * and the words that attribute a statement to one ("according to", "laut", "según", "selon").
 */
const SAID = set(
  'said says added explained noted commented stated announced sagte sagt erklärte erklärt betonte ergänzte so dijo dice ' +
    'according_to laut según selon volgens secondo segundo enligt ifølge ' +
    'afirmó afirma explicó explica señaló declaró comentó añadió déclare explique ajoute souligne affirme ' +
    'précise indique zei zegt aldus verklaarde afferma spiega disse afirmou explicou declarou säger ' +
    'sade sa siger sagde powiedział powiedziała a_déclaré a_expliqué a_ajouté a_souligné ha_detto ha_dichiarato',
);
/**
 * Prepositions before a workplace: "at", "an"/"bei", "en", "à"/"au"/"chez", "bij"/"aan",
 * "presso", "na"/"em", "på"/"hos"/"vid", "w". Tried before OF.
 */
const AT = set('at an bei am im en à au aux chez bij aan presso al alla na no em på hos vid ved w we');
/**
 * Prepositions that may also join a role's own words ("Head of Sales", "Professor für
 * Informatik", "director de marketing"): "of", "der", "de", "du", "van", "di", "da", "för".
 */
const OF = set('of for der des von vom de del para du van di della dello do da för');
/**
 * Business functions a role names after "of"/"de" ("Head of Sales", "Director of Marketing",
 * "directora de Comunicación"): the rest of the role, not an organisation.
 */
const FUNCTIONS = set(
  'sales marketing engineering product products operations finance research communications communication ' +
    'analytics business human resources technology it hr pr design strategy policy people legal partnerships ' +
    'content growth data security customer development procurement purchasing logistics public ' +
    'ventas comunicación ingeniería finanzas recursos producto ventes ingénierie ressources ' +
    'vertrieb kommunikation entwicklung personal einkauf verkoop communicatie',
);
/** Lower-case articles before an organisation's name, dropped ("la Universidad de Lisboa"). */
const ARTICLES = set("the la el los las le les l' der die das den dem de het il lo o a os as");
/** Lower-case words an organisation's name may hold between capitalised ones ("Universidad de Lisboa", "Bank of America"). */
const ORG_JOINS = set('of de del la für and & y und et van der den di della do da for e i og och');
/**
 * Words after which a clause no longer names the role: relative pronouns ("who", "que", "qui",
 * "som") and the participles that go on to describe the work ("focused on", "specialising in",
 * "zuständig für", "especializado en").
 */
const CLAUSE_END = set(
  'who which that whose where since and_is que quien donde desde welche seit qui dont depuis die dat sinds che dove dal som sedan który która ' +
    'focused focusing specialising specializing specialised specialized working based responsible ' +
    'especializado especializada responsable encargado encargada zuständig verantwortlich spécialisé spécialisée chargé chargée',
);

/** The words of `s`, with elided articles set apart ("l'Université" → "l'", "Université"). */
function wordsOf(s: string): string[] {
  return s
    .split(/\s+/)
    .flatMap((w) => {
      const elided = /^((?:d|l|dell|all|nell|sull)['’])(\p{L}.*)$/iu.exec(w);
      return elided ? [(elided[1] as string).toLowerCase().replace('’', "'"), elided[2] as string] : [w];
    })
    .filter(Boolean);
}

const bare = (w: string): string => w.toLowerCase().replace(/^["“„«‘']+|[,;:."”»’']+$/g, '');

/** "Lisboa." → "Lisboa", "JKU." → "JKU"; "Inc." and "S.A." keep their abbreviation's full stop. */
const orgWord = (w: string): string => w.replace(/^(\p{Lu}{2,}|.*\p{L}{4})\.$/u, '$1');

/**
 * The organisation's name that starts `words` (after a lower-case article): capitalised words and
 * the lower-case words that join them, up to the first that is neither or a comma.
 */
function organisationAt(words: string[]): string | undefined {
  let k = 0;
  while (k < words.length && ARTICLES.has(words[k] as string)) k++;
  const out: string[] = [];
  let last = -1;
  for (; k < words.length && out.length < MAX_ORG_WORDS; k++) {
    const w = words[k] as string;
    const capital = /^[\p{Lu}\d]/u.test(w);
    if (!capital && !(out.length && ORG_JOINS.has(w))) break;
    out.push(w.replace(/[,;:]$/, ''));
    if (capital) last = out.length;
    if (/[,;:]$/.test(w) || /\p{L}{4}\.$/u.test(w)) break;
  }
  if (last < 1) return undefined;
  const name = out.slice(0, last).map((w, i) => (i === last - 1 ? orgWord(w) : w));
  return name.join(' ');
}

/**
 * The role, and the organisation after "at"/"of" in its language, that `words` start with:
 * "Director of Analytics at Instacart" → Director of Analytics, Instacart; "CEO and co-founder
 * of Segment"; "politólogo e investigador" alone. Undefined unless the role is a job title.
 */
function roleAndOrganisation(words: string[]): { title: string; company?: string } | undefined {
  const role = words.slice(0, MAX_ROLE_WORDS);
  for (const preps of [AT, OF]) {
    for (let k = 1; k < role.length - 1; k++) {
      if (!preps.has(role[k] as string)) continue;
      const title = role.slice(0, k).join(' ').replace(/,$/, '');
      const company = organisationAt(words.slice(k + 1));
      const field = preps === OF && FUNCTIONS.has(bare(company?.split(' ')[0] ?? ''));
      if (company && !field && isJobTitle(title)) return { title, company };
    }
  }
  // No organisation: the role alone, when it is all the clause says ("Martín Schapiro es abogado"),
  // and not what a business is "in" ("a leader in cloud software").
  const title = role.join(' ').replace(/[.,;:]$/, '');
  return role.length <= 6 && !role.includes('in') && isJobTitle(title) ? { title } : undefined;
}

/** The words of a clause: up to the first that ends it ("who", a comma, a full stop). */
function clause(words: string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as string;
    if (CLAUSE_END.has(bare(w)) || CLAUSE_END.has(`${bare(w)}_${bare(words[k + 1] ?? '')}`)) break;
    out.push(w);
    if (/[,;:"“”«»]$|\p{L}{4}\.$/u.test(w)) break;
  }
  return out;
}

/** How many words at `k` of `low` (a sentence's bare words) are one of `verbs` ("is", "works as", "a déclaré"). */
function verbAt(low: string[], k: number, verbs: ReadonlySet<string>): number {
  if (verbs.has(low[k] ?? '')) return 1;
  return verbs.has(`${low[k]}_${low[k + 1]}`) ? 2 : 0;
}

/** How many more sentences may be read by the name and title rules, the costly part. */
interface Budget {
  checks: number;
}

/** A bio: "Name is a role at Org", "Name ist Rolle an der Org", "Name es rol en la Org". */
function bio(words: string[], low: string[], budget: Budget): ProseRole | undefined {
  for (let k = 1; k <= MAX_NAME_WORDS && k < words.length; k++) {
    const verb = verbAt(low, k, COPULAS);
    if (!verb) continue;
    if (budget.checks-- <= 0) return undefined;
    const named = words
      .slice(0, k)
      .join(' ')
      .replace(/^["“„«‘']+/, '');
    const name = personName(named);
    const first = k === 1 && /^\p{Lu}\p{Ll}+$/u.test(named) && startsWithGivenName(named);
    if (!name && !first) return undefined;
    let r = k + verb;
    while (r < words.length && BEFORE_ROLE.has(words[r] as string)) r++;
    const role = roleAndOrganisation(clause(words.slice(r)));
    if (!role) return undefined;
    return name ? { name, ...role } : { name: named, ...role, firstNameOnly: true };
  }
  return undefined;
}

/** A quoted person: "said Name, role of Org" and "Name, role at Org, said". */
function quoted(words: string[], low: string[], budget: Budget): ProseRole | undefined {
  for (let k = 0; k < words.length; k++) {
    const verb = verbAt(low, k, SAID);
    // A name follows the verb ("said John Smith, …") or a comma ends the one before it ("John Smith, CEO, said").
    const near = /^\p{Lu}/u.test(words[k + verb] ?? '') || !!words[k - 1]?.endsWith(',');
    if (!verb || !near) continue;
    if (budget.checks-- <= 0) return undefined;
    // "…, said John Smith, Chief Executive Officer of Acme Corp."
    const comma = words.findIndex(
      (w, i) => i > k + verb && i <= k + verb + MAX_NAME_WORDS && w.endsWith(','),
    );
    const after =
      comma > 0
        ? personName(
            words
              .slice(k + verb, comma + 1)
              .join(' ')
              .slice(0, -1),
          )
        : undefined;
    const role = after && appositive(words.slice(comma + 1));
    if (after && role) return { name: after, ...role, quoted: true };
    // "Jane Roe, VP of Marketing at Initech, said …": the name starts the sentence or follows a quote.
    if (!words[k - 1]?.endsWith(',')) continue;
    let start = k - 1;
    while (start > 0 && !/["”»]$/.test(words[start - 1] as string)) start--;
    const first = words.slice(start, k).findIndex((w) => w.endsWith(','));
    const before = personName(
      words
        .slice(start, start + first + 1)
        .join(' ')
        .slice(0, -1),
    );
    const described = before && appositive(words.slice(start + first + 1, k));
    if (before && described) return { name: before, ...described, quoted: true };
  }
  return undefined;
}

/**
 * The role an appositive gives, which may hold commas of its own ("Senior Director, Product
 * Management at SendGrid"): the longest run of its comma-separated parts that names an
 * organisation, else its first part alone.
 */
function appositive(words: string[]): { title: string; company?: string } | undefined {
  const text = words.join(' ').split(/[;"“”«»]|\.\s/)[0] as string;
  const parts = text.replace(/[.,]$/, '').split(', ').slice(0, 4);
  for (let n = parts.length; n > 0; n--) {
    const found = roleAndOrganisation(wordsOf(parts.slice(0, n).join(', ')));
    if (found?.company) return found;
  }
  return roleAndOrganisation(wordsOf(parts[0] as string));
}

/** The sentences of a line, each at most MAX_SENTENCE characters ("Dr." and "J." end none). */
function sentencesOf(line: string): string[] {
  return line
    .slice(0, MAX_LINE)
    .split(/(?<=\p{Ll}{2}[.!?]["”»’]?)\s+(?=["“„«\p{Lu}])/u)
    .map((s) => s.slice(0, MAX_SENTENCE));
}

/** Any copula or quoting verb of a line, as a word ("is", "a déclaré"): lines without one are skipped unread. */
const ANY_VERB = new RegExp(
  `(?:^|[\\s"“„«‘'])(?:${[...COPULAS, ...SAID].map((v) => v.replace('_', ' ')).join('|')})(?=[\\s,.;:"”»’']|$)`,
  'iu',
);

/** The people `line` gives a role in a sentence, in the order it names them, within `budget`. */
export function proseRoles(line: string, budget: Budget = { checks: Number.POSITIVE_INFINITY }): ProseRole[] {
  const out: ProseRole[] = [];
  if (!ANY_VERB.test(line.slice(0, MAX_LINE))) return out;
  for (const sentence of sentencesOf(line)) {
    if (budget.checks <= 0) break;
    const words = wordsOf(sentence);
    const low = words.map(bare);
    const found = bio(words, low, budget) ?? quoted(words, low, budget);
    if (found) out.push(found);
  }
  return out;
}
