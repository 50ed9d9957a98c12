/**
 * The words around a person's name, one list each, shared by splitting a name (name.ts) and
 * recognising one in text (recognise.ts).
 */

/** Lower-case particles that start a last name ("Ludwig van Beethoven", "Ahmad ibn Hanbal"). */
export const PARTICLES: ReadonlySet<string> = new Set(
  'van von de der den del della di da das dos du la le ter ten zu bin ibn al el'.split(' '),
);

/** Generational suffixes and credentials written after a name ("Jr.", "III", "PhD", "MBA"). */
export const CREDENTIAL = /^(?:jr|sr|ii|iii|iv|v|phd|ph\.d|md|mba|msc|bsc|ma|ba|cpa|esq|dds|rn|pmp|cfa)\.?$/i;

/**
 * Honorifics and academic titles written before a name, one token each ("Dr.", "Dipl.-Ing.",
 * "Prof.", "Mme", "Sra.", "Dhr."): not part of the first name.
 */
const HONORIFIC =
  /^(?:mr|mrs|ms|mx|miss|dr|prof|herr|frau|sr|sra|srta|don|doña|dña|dª|m|mme|mlle|dhr|mevr|mw|ing|dipl\.?-?\w*|mag|lic|abog|arq|ir|drs|mgr|pan|pani|sir|dame|hon|rev)\.?$/i;
/** A courtesy title before a capitalised word ("Herr Muster", "Mrs. Smith", "Mme Dubois"): a person, whatever their first name. */
export const COURTESY =
  /^(?:Herr|Frau|Mr\.?|Mrs\.?|Ms\.?|Mme|Madame|Monsieur|Sr\.|Sra\.|Dhr\.|Mevr\.|Pan|Pani|Sig\.(?:ra)?)\s+(?:\p{Lu}\p{L}*\.?\s+)*\p{Lu}/u;

/**
 * The faculty of a doctorate ("Dr. med.", "Dr. rer. nat.", "Dr. phil."): a title only after
 * another one, since "Phil Nash" and "Nat Turner" start with first names.
 */
const FACULTY = /^(?:med|rer|nat|phil|jur|univ|dent|vet|oec|pol|theol|h\.c)\.?$/i;

/** Titles written together ("Prof.dr.ir.", "Mw.Prof.dr."), as Dutch and Flemish pages do. */
const GLUED = /^(?:\p{L}{1,5}\.){2,}$/u;

/** True when `token` is an honorific, or several written together, each one. */
function isHonorific(token: string): boolean {
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
