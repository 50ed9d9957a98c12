/**
 * The words around a person's name, one list each, shared by splitting a name (name.ts) and
 * recognising one in text (recognise.ts).
 */

/** Lower-case particles that start a last name ("Ludwig van Beethoven", "Ahmad ibn Hanbal"). */
export const PARTICLES: ReadonlySet<string> = new Set(
  "van von de der den del della di da das dos du la le ter ten zu bin ibn al el van't van’t 't ’t op".split(
    ' ',
  ),
);

/** Credentials written after a name ("Jr.", "PhD", "MBA", "CSc."), in any case. */
const CREDENTIAL_WORD =
  /^(?:jr|sr|phd|ph\.d|md|mba|msc|bsc|ma|ba|cpa|esq|dds|rn|pmp|cfa|csc|drsc|dis|ll\.?m)\.?$/i;
/** Generational suffixes, in capitals only: Czech and Slovak "v" is a preposition ("Společně v Jehnicích"). */
const GENERATION = /^(?:II|III|IV|V)\.?$/;

/** Generational suffixes and credentials written after a name ("Jr.", "III", "PhD", "MBA"). */
export const CREDENTIAL = {
  test: (word: string): boolean => CREDENTIAL_WORD.test(word) || GENERATION.test(word),
};

/** Courtesy titles ("Herr", "Mrs.", "Mme", "Monsieur", "Sra.", "Dhr.", "Pani", "Sig.ra"). */
const COURTESY_TITLES =
  'mr mrs ms mx miss herr frau sr sra srta mme madame monsieur mlle dhr mevr mw pan pani sig sig.ra signor signora';

/**
 * Honorifics and academic titles written before a name, one token each ("Dr.", "Dipl.-Ing.",
 * "Prof.", "Mme", "Sra.", "Dhr.", the French "Dre" and "Me" ("Maître") of a doctor and a lawyer): not part
 * of the first name. Also those of Southern and Central Europe: "Dra.", "Lcdo." (Spanish),
 * "Dott.ssa", "Avv.", "Geom." (Italian), "Eng.ª", "Enf." (Portuguese), "dr hab. inż." (Polish), "Bc.",
 * "PhDr.", "MUDr.", "doc." (Czech and Slovak), and German law and tax firms' "RA", "RAin", "StB", "WP".
 */
const HONORIFIC = new RegExp(
  `^(?:${COURTESY_TITLES.replace(/\./g, '\\.').split(' ').join('|')}|dr|dra|dre|me|maître|maitre|prof|prof\\.ssa|don|doña|dña|dª|m|ing|dipl\\.?-?\\w*|dr\\.?-\\w+|mag|lic|lcdo|lcda|ldo|lda|abog|arq|arch|ir|drs|mgr|sir|dame|hon|rev|dott|dott\\.ssa|avv|geom|eng|eng\\.ª|eng\\.º|dr\\.ª|prof\\.ª|enf|enfª|hab|inż|inz|doc|bc|mudr|judr|phdr|rndr|mvdr|paeddr|thdr|ra|rain|ra['’]in|stb|wp)\\.?$`,
  'i',
);

/**
 * A courtesy title before a capitalised word ("Herr Muster", "Mrs. Smith", "Mme Dubois"): a
 * person, whatever their first name.
 */
export function courtesyTitled(value: string): boolean {
  const [title = '', next = ''] = value.split(/\s+/);
  return COURTESY_TITLES.split(' ').includes(title.toLowerCase().replace(/\.$/, '')) && /^\p{Lu}/u.test(next);
}

/**
 * The faculty of a doctorate ("Dr. med.", "Dr. rer. nat.", "Dr. phil."), its habilitation and
 * the school of a diploma ("Dipl.-Ing. (FH)"): a title only after another one, since "Phil Nash"
 * and "Nat Turner" start with first names.
 */
const FACULTY =
  /^(?:med|rer|nat|phil|jur|univ|dent|vet|oec|pol|theol|h\.c|habil|\((?:fh|tu|th|ba|univ\.?)\))\.?$/i;

/** Titles written together ("Prof.dr.ir.", "Mw.Prof.dr."), as Dutch and Flemish pages do. */
const GLUED = /^(?:\p{L}{1,5}\.){2,}$/u;

/** True when `token` is an honorific, or several written together, each one. */
export function isHonorific(token: string): boolean {
  return (
    HONORIFIC.test(token) ||
    (GLUED.test(token) &&
      token
        .split('.')
        .slice(0, -1)
        .every((t) => HONORIFIC.test(t)))
  );
}

/** `tokens` without the honorifics and academic titles that start them, keeping at least `keep` tokens. */
export function withoutHonorifics(tokens: readonly string[], keep: number): string[] {
  let n = 0;
  while (
    tokens.length - n > keep &&
    (isHonorific(tokens[n] as string) || (n > 0 && FACULTY.test(tokens[n] as string)))
  )
    n++;
  return tokens.slice(n);
}

/** A nickname in quotes ("Alexandra “Allie” Lesh"): shown, but not a part of the name to split. */
export const NICKNAME = /^["“„«‘'][^"”“»’']+["”“»’']$/;
