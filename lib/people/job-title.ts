import { isFunctionWord } from './function-word';
import { COMMON_ROLE_HEADS, ROLE_ENDINGS, ROLE_HEADS } from './role-heads';
import { SWEDISH_ROLE_ENDINGS } from './swedish-role-endings';

/**
 * Whether a line is a job title: the one home of that rule. A title is a short line that holds a
 * role head ("Head of Sales", "Leiterin Vertrieb", "directeur commercial", "kierownik sprzedaży")
 * and has a title's shape, not a sentence's ("We build software for hospitals" is no title).
 * The heads come from ESCO's occupation labels (role-heads.ts, derived); ESCO names occupations,
 * so the lists below add what it lacks, each reviewed by hand.
 */

const words = (s: string): string[] => s.split(' ');

/**
 * Executive and business roles ESCO's occupations do not name (O*NET's executive titles and the
 * official roles of GLEIF's OOR list: managing director, board member, partner, founder,
 * owner, …), with the academic and newsroom roles people list on team and author pages.
 */
const BUSINESS = words(
  'chief ceo cfo cto coo cmo cio ciso cso cpo cdo cro vp svp evp avp founder co-founder cofounder partner ' +
    'president vice-president chairman chairwoman chairperson chair owner proprietor principal trustee ' +
    'treasurer provost chancellor rector fellow intern student postdoc lead editor-in-chief spokesperson ' +
    'spokesman spokeswoman attorney counsel recruiter webmaster sysadmin evangelist ambassador physician board author ' +
    'entrepreneur minister notary paralegal realtor copywriter',
);

/**
 * Functions people give as their role on team pages ("PR & Communications", "IT Consulting").
 * Alone on a line they are as likely a menu item ("Press", "Marketing"), and in a long line a
 * phrase, so they make a title only in a line of two to four words.
 */
const FUNCTIONS = new Set(
  words(
    'communications communication kommunikation marketing sales partnerships pr hr press presse consulting',
  ),
);

/**
 * Heads ESCO's occupations name too rarely to be derived: the liberal professions of Danish,
 * Norwegian, Italian and Czech, which this list gave before ESCO's labels in those languages were
 * read (Swedish compounds: swedish-role-endings.ts), German heads its ESCO labels name too rarely, and
 * founders, owners and board roles in all (fondateur, socio, eigenaar, prezes, zaakvoerder, …).
 * Several forms of a word where the language inflects it. Reviewed lists of the common
 * occupations (doctors, nurses, lawyers, teachers, accountants, …), without trades that are
 * common surnames there (Müller, Schneider, Koch, Richter; Smed, Møller, Bager, Præst; Cuoco,
 * Pastore, Giudice).
 */
const ROLES_ELSEWHERE = words(
  // German (compounds are found by ENDINGS below)
  'inhaber gründer vorstand vorsitz prokurist geschäftsführung geschäftsleitung leitung kassenwart ' +
    'notar notarin pfarrer pfarrerin heilpraktiker heilpraktikerin obmann obfrau psychologe psycholog ' +
    'hebamme logopäde krankenschwester ' +
    // Danish, Swedish, Norwegian
    'ordfører kasserer vd adm ejer ägare eier grundlægger grundare indehaver ' +
    'innehavare stifter suppleant jordemoder studerende lege overlege fastlege tannlege ' +
    'spesiallege allmennlege sykehuslege turnuslege vernepleier regnskapsfører jordmor sosionom ' +
    'farmasøyt veterinær stipendiat ' +
    // French, Spanish, Portuguese, Polish, Dutch: founders, owners, officers of an association
    'fondateur fondatrice cofondateur cofondatrice associé associée wspólnik wspólniczka rzeczniczka président présidente avocat avocate commerciale abogado abogada delegado delegada ' +
    'presidente socio socia fundador fundadora propietario propietaria titular sócio sócia proprietário ' +
    'prezes wiceprezes zastępca ambasador właściciel właścicielka handlowiec prokurent założyciel założycielka voorzitter ' +
    'penningmeester schatbewaarder ' +
    'secretaris eigenaar eigenaresse oprichter directie vennoot zaakvoerder ' +
    // Italian
    'direttore direttrice responsabile amministratore amministratrice titolare avvocato avvocata ' +
    'giornalista ingegnere consulente fondatore fondatrice impiegato impiegata segretario segretaria ' +
    'addetto addetta coordinatore coordinatrice architetto medico dottore dottoressa commercialista ' +
    'notaio farmacista insegnante ricercatore ricercatrice professore professoressa redattore ' +
    'redattrice dirigente collaboratore collaboratrice esperto esperta infermiere infermiera psicologo ' +
    'psicologa psicoterapeuta fisioterapista odontoiatra dentista geometra ragioniere ragioniera ' +
    'contabile operaio operaia elettricista cameriere cameriera commesso commessa venditore venditrice ' +
    'programmatore programmatrice sviluppatore sviluppatrice progettista traduttore traduttrice ' +
    'interprete magistrato assessore consigliere consigliera vicepresidente imprenditore imprenditrice ' +
    'professionista educatore educatrice ostetrica biologo biologa geologo geologa economista ' +
    'funzionario funzionaria ispettore ispettrice specialista ' +
    // Czech
    'jednatel jednatelka ředitel ředitelka vedoucí majitel majitelka organizátor sekretář ' +
    // Italian and Portuguese board members ("organizzatore", "vogal")
    'organizzatore organizzatrice vogal ' +
    // Public offices, board offices and the liberal professions the ESCO heads miss, in each language
    // we read: members of parliament and councils, mayors, treasurers, lawyers, doctors, editors;
    // not those that are surnames too (Alcalde, Maire, Starosta).
    'advocaat notaris huisarts tandarts onderzoeker bestuurslid redacteur woordvoerder woordvoerster fotograaf ' +
    'wethouder burgemeester kamerlid ' +
    'presidenta diputado diputada senador senadora concejal concejala alcaldesa tesorero tesorera vocal ' +
    'advogado advogada enfermeiro deputado deputada vereador vereadora prefeito prefeita tesoureiro tesoureira ' +
    'député députée sénateur sénatrice ministre médecin notaire trésorier trésorière ' +
    'auszubildende auszubildender azubi volontär ' +
    'adwokat radca skarbnik członek poseł posłanka radny radna prezydent burmistrz wójt wykładowczyni ' +
    'advokát poslanec poslankyně senátor předseda předsedkyně místopředseda ' +
    'sindaco deputato deputata senatore senatrice presidentessa maskinmester ' +
    // Turkish, which ESCO does not cover, and its compound form ("Genel Müdür", "Satış Müdürü"); not
    // the bare forms that are surnames too (Başkan, Uzman, Şef)
    'müdür müdürü yönetici yöneticisi direktör direktörü uzmanı mühendis mühendisi avukat danışman ' +
    'danışmanı sorumlusu başkanı kurucu kurucusu temsilci temsilcisi koordinatör koordinatörü ' +
    'sekreter sekreteri muhasebeci öğretmen editör editörü muhabir asistan asistanı şefi',
);

/**
 * Germanic compound heads ESCO's German and Dutch labels and Språkbanken's Swedish names do not
 * give: German ("Pressesprecherin", "Zahnärztin", "Rechtsanwalt") and Danish and Norwegian
 * ("salgschef", "projektleder", "overlæge", "intensivsykepleier"). A word ending in one of these,
 * or equal to it, is a role; German feminine "-in"/"-innen" is read off first.
 */
const ENDINGS_ELSEWHERE = words(
  'führer sprecher gründer inhaber präsident vorsitzende vorsitzender anwalt anwältin apotheker planer ' +
    'verkäufer erzieher mitglied abgeordnete abgeordneter programmierer profi beisitzer masseur arzt ' +
    'ärztin informatiker dolmetscher übersetzer buchhalter beamtin polizist gesellschafter doktorand ' +
    'werkstudent assistenz sachverständige sachverständiger gutachter makler ' +
    // Danish, Norwegian; Swedish where Språkbanken's names lack them (swedish-role-endings.ts)
    'leder rådgiver rådgivare ansvarlig ansvarig medarbejder medarbetare medarbeider ' +
    'sekretær sælger selger ingeniør medlem udvikler utvecklare utvikler læge plejerske ' +
    'psykolog lærer pædagog økonom bogholder programmør tømrer forsker fuldmægtig fullmektig ' +
    'sagsbehandler hjælper formand sjef sykepleier spesialist amanuensis fagarbeider lektor läkare ' +
    'sköterska ' +
    // Finnish compounds ("toimitusjohtaja", "myyntipäällikkö", "puheenjohtaja")
    'johtaja päällikkö asiantuntija sihteeri toimittaja ' +
    // Dutch compounds ("hoofdredacteur", "persvoorlichter", "praktijkhouder")
    'redacteur voorlichter praktijkhouder',
);

const COMMON = new Set([...words(COMMON_ROLE_HEADS), ...BUSINESS, ...ROLES_ELSEWHERE]);
const HEADS = new Set([...COMMON, ...words(ROLE_HEADS)]);
/**
 * Common heads of six letters or more end compounds too ("Screendesigner", "Physiotherapist");
 * not Polish "technik", "mechanik", which end German fields ("Energietechnik", "Feinmechanik").
 */
const FIELDS = new Set(['technik', 'mechanik']);
const ENDINGS = [
  ...words(ROLE_ENDINGS),
  ...words(SWEDISH_ROLE_ENDINGS),
  ...ENDINGS_ELSEWHERE,
  ...words(COMMON_ROLE_HEADS).filter((h) => h.length >= 6 && !FIELDS.has(h)),
];
/**
 * Common heads and endings that are also frequent surnames ("Adam Driver", "George Foreman",
 * "Leen Provost", "Anna Kaufmann", "Tom Lehrer"): a name may hold them.
 */
const NAME_LIKE = new Set(
  words(
    'driver foreman merchant cutter coach fitter setter tender porter provost chancellor rector ' +
      'kaufmann meister lehrer pfleger maker',
  ),
);

/** Lower-case word tokens of `s`, with the parts of hyphenated ones ("co-founder" → also "co", "founder"). */
function tokens(s: string): string[] {
  const out: string[] = [];
  for (const raw of s.toLowerCase().split(/[\s/,&|()+·•–—]+/)) {
    // French inclusive writing ("Ingénieur.e", "Développeur·euse") reads as the first form.
    const t = raw
      .replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')
      .replace(/[.·(](?:e|se|euse|rice|trice|ne|ère)\)?s?$/u, '');
    if (!t) continue;
    out.push(t);
    if (t.includes('-')) out.push(...t.split('-').filter(Boolean));
  }
  return out;
}

/**
 * "Geschäftsführerin", "Pressesprecher*in", "Expertin": the German feminine ending read off; and
 * the Polish and Czech one ("koordynatorka", "redaktorka", "prezeska": "-ka" after the masculine).
 */
const stemOf = (t: string): string =>
  /\p{L}{4}[*:_]?(?:in|innen)$/u.test(t)
    ? t.replace(/[*:_]?(?:in|innen)$/, '')
    : /\p{L}{5}ka$/u.test(t)
      ? t.slice(0, -2)
      : t;

/** Endings by length, so a word is checked against a few of its own suffixes, not every ending. */
interface Endings {
  set: Set<string>;
  lengths: number[];
}
const endingsOf = (list: string[]): Endings => ({
  set: new Set(list),
  lengths: [...new Set(list.map((e) => e.length))],
});
const ALL_ENDINGS = endingsOf(ENDINGS);
const NAME_SAFE_ENDINGS = endingsOf(ENDINGS.filter((e) => !NAME_LIKE.has(e)));

/** True when `w` is an ending or a compound of three letters or more before one. */
function endsIn(w: string, endings: Endings): boolean {
  return endings.set.has(w) || endings.lengths.some((n) => w.length >= n + 3 && endings.set.has(w.slice(-n)));
}

/**
 * Heads that alone are an everyday word of another language we read: Dutch "leider" is German
 * "unfortunately" ("Leider ausverkauft"). They count in compounds only ("Teamleider").
 */
const COMPOUND_ONLY = new Set(['leider']);

/** A word without its accents and strokes ("członek" → "czlonek", "ředitel" → "reditel"). */
const unaccented = (w: string): string =>
  w
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss');
/**
 * Heads written with accents, as pages typed without them spell them ("Czlonek Zarzadu",
 * "Reditel"): only an unaccented word of seven letters or more is looked up here, since shorter
 * ones are often words of another language ("chargé" → "charge", "patrón" → "patron").
 */
const UNACCENTED_HEADS = new Set(
  [...HEADS].filter((h) => !/^[a-z-]*$/.test(h) && h.length >= 7).map(unaccented),
);

/**
 * The scientists and physicians every language names by "-ologist" ("Meteorologist", "glaciólogo",
 * "Kardiologin", "psycholoog", "psycholog", "neumonólogo"), not the prologue and monologue that end alike.
 */
const OLOGIST = /(?<!^pr|^mon)(?:ologists?|ologe|ologin|ologue|ólog[oa]s?|olog[oa]|oloog|olog)$/;

function isRoleWord(t: string, common: boolean): boolean {
  if ((common && NAME_LIKE.has(t)) || COMPOUND_ONLY.has(t)) return false;
  const heads = common ? COMMON : HEADS;
  const endings = common ? NAME_SAFE_ENDINGS : ALL_ENDINGS;
  const stem = stemOf(t);
  const typedPlain = !common && /^[a-z-]+$/.test(t) && UNACCENTED_HEADS.has(t);
  const known = heads.has(t) || heads.has(stem) || endsIn(t, endings) || endsIn(stem, endings);
  return known || typedPlain || (t.length > 6 && OLOGIST.test(t));
}

/**
 * True when `s` holds a word that is a role and rarely anything else ("Sales Manager",
 * "Geschäftsführer"): such a line is not a person's name. Trades that are also surnames
 * ("Baker", "Koch", "Turner") head few occupations and do not count here.
 */
export function namesRole(s: string): boolean {
  return tokens(s).some((t) => isRoleWord(t, true));
}

/** True when one of the words of `s` is a role ("Vorsitzender", "Director"), whatever the line's shape. */
export function hasRoleWord(s: string): boolean {
  return tokens(s).some((t) => isRoleWord(t, false));
}

/**
 * Sentence punctuation: "!", "?", ";", a full stop ending a word inside the line or the line
 * ("Kierownik ds. zakupów", "Sp. z o.o." keep their abbreviations).
 */
const SENTENCE = /[!?;]|\p{L}{4}\.\s+\p{Ll}|\p{Ll}{5}\.\s|\p{Ll}{4}\.$/u;
const MAX_WORDS = 8;
/** Function words ("of", "and", "für") over this share of a line's words make it prose. */
const MAX_STOP_SHARE = 0.5;
/** Where a headline's role ends and its organisation or tagline begins ("… at Acme", "… w Bosch", "… - …"). */
const ROLE_END = / (?:at|@|bei|chez|w|na|en|bij|presso|på|hos) | [-–—|] |, /;

/** True when `role` is shaped like a title: a few words, few function words. */
function titleShaped(role: string): boolean {
  const all = role
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  if (!all.length || all.length > MAX_WORDS) return false;
  // One-letter words are articles and conjunctions here ("a", "y", "e", "w"), not initials.
  const stop = all.filter((w) => /^\p{L}$/u.test(w) || isFunctionWord(w.replace(/[^\p{L}']/gu, ''))).length;
  return stop / all.length <= MAX_STOP_SHARE;
}

/**
 * True when the line `s` reads as a job title: not a sentence, its role part (before "at Acme",
 * ", Acme", " - tagline") title-shaped and holding a role head in any of the languages we read
 * ("Buyer", "Head of Sales", "Leiterin Vertrieb", "directeur commercial").
 */
export function isJobTitle(s: string): boolean {
  const text = s.trim();
  if (!text || text.length > 200 || SENTENCE.test(text)) return false;
  const role = text.split(ROLE_END)[0] as string;
  if (!titleShaped(role)) return false;
  const size = role.split(/\s+/).length;
  return tokens(role).some((t) => isRoleWord(t, false) || (FUNCTIONS.has(t) && size > 1 && size < 5));
}
