import { isFunctionWord } from './function-word';
import { LEGAL_FORM_KEYS } from './legal-forms';
import { POSSESSIVE } from './prose-words';

/**
 * Legal forms after an organisation's name ("Muster GmbH", "Volvo AB (publ)", "Acme Pty Ltd",
 * "トヨタ自動車株式会社"), read with GLEIF's Entity Legal Forms list (ISO 20275, derived into
 * legal-forms.ts by scripts/derive-legal-forms.ts). A form of two letters or fewer ("AG", "AS",
 * "SA", "e.V.") is weak: it is also a word ("as well") and counts only written as a form, in
 * capitals or with dots, right after a capitalised name and at the end of the line or a clause.
 */

/** The normal form of a legal form as written: NFKC, lower case, no dots or spaces ("S.à r.l." → "sàrl"). */
export function legalFormKey(s: string): string {
  // NFKC only where it can change something: most text is ASCII, and this runs per word.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range is the point.
  const folded = /^[\x00-\x7f]*$/.test(s) ? s : s.normalize('NFKC');
  return folded.toLowerCase().replace(/[.\s]/g, '');
}

const FORMS = new Set(LEGAL_FORM_KEYS.split(/\s+/).filter(Boolean));
/** Every start of a form's key ("g", "gm", "gmb", "gmbh", …): a word whose key is none starts no form. */
const FORM_STARTS = new Set([...FORMS].flatMap((key) => [...key].map((_, i) => key.slice(0, i + 1))));
/** True when a form may start with `word` (quick: one lookup, most words fail it). */
function mayStartForm(word: string): boolean {
  const key = legalFormKey(word);
  return FORM_STARTS.has(key) || FORM_STARTS.has(key.replace(TRAILING_KEY, ''));
}
const TRAILING_KEY = /[,;:)!?]+$/;
/** Forms in scripts written without spaces: they end the name's own word ("ソニー株式会社"). */
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;
const UNSPACED_FORMS = [...FORMS].filter((key) => UNSPACED.test(key));
/** The most words a form is written in ("GmbH & Co. KG", "sp. z o.o."). */
const FORM_WORDS = 4;
/** The most words of a name before its form. */
const NAME_WORDS = 8;
/** A word of an organisation's name: capitalised or a number ("WENDORF | LÜCK"). */
const NAME_WORD = /^[\p{Lu}\d|][\p{L}\p{M}\d&'’.|-]{0,40}$/u;
/**
 * Small words inside a name ("Muster & Partner", "Ministerio de Cultura", "Stiftung für …"); at its
 * start they are none of it ("Die Stadtwerke Nordheim GmbH haben …").
 */
const CONNECTOR = /^(?:&|\+|und|and|og|och|y|et|e|de|del|der|des|du|für|van|von|di|die|das|dem|den)$/i;
/** Punctuation that may follow a form: end of a clause. */
const TRAILING = /[,;:)!?]+$/;

function isWeak(key: string): boolean {
  return key.length <= 2;
}

/** The key of `written` if it is a legal form ("GmbH", "e.V.", "Ltd.,", "AB (publ)"), else ''. */
function formKey(written: string): string {
  const key = legalFormKey(written);
  if (FORMS.has(key)) return key;
  const bare = legalFormKey(written.replace(TRAILING, ''));
  return FORMS.has(bare) ? bare : '';
}

/** True when `written` (a word or words) is a legal form; a weak one only in capitals or with dots ("AS", not "as"). */
export function isLegalForm(written: string): boolean {
  const key = formKey(written);
  return !!key && (!isWeak(key) || writtenAsForm(written));
}

/** A word in a script without spaces that starts or ends with a form and holds a name besides ("株式会社サンプル"). */
function unspacedName(word: string): boolean {
  return (
    UNSPACED.test(word) &&
    UNSPACED_FORMS.some((k) => word.length > k.length && (word.endsWith(k) || word.startsWith(k)))
  );
}

/** Quotes around a name after its form: ООО «Ромашка», SC "Exemplu" SRL. */
const QUOTED_NAME = /^(?:«[^»]{1,60}»|"[^"]{1,60}"|„[^“”]{1,60}[“”]|“[^”]{1,60}”)/u;

/**
 * `name` without its legal form: "Muster & Partner GmbH & Co. KG" → "Muster & Partner",
 * "ООО «Ромашка»" → "Ромашка", "トヨタ自動車株式会社" → "トヨタ自動車".
 */
export function withoutLegalForm(name: string): string {
  const words = name.split(' ');
  if (words.length > 1 && formKey(words[0] as string) && !isWeak(formKey(words[0] as string)))
    return words
      .slice(1)
      .join(' ')
      .replace(/^[«"„“](.*)[»"“”]$/u, '$1');
  for (let start = 1; start < words.length; start++) {
    if (isLegalForm(words.slice(start).join(' '))) return words.slice(0, start).join(' ');
  }
  if (words.length > 1) return name;
  const form = UNSPACED_FORMS.find((k) => name.length > k.length && (name.endsWith(k) || name.startsWith(k)));
  if (!form) return name;
  return name.endsWith(form) ? name.slice(0, -form.length) : name.slice(form.length);
}

/** A weak form counts only as written by a company: "AG", "S.A.", "e.V.", never "as" or "Se". */
function writtenAsForm(written: string): boolean {
  return (written.match(/\p{Lu}/gu)?.length ?? 0) >= 2 || /\p{L}\.\p{L}/u.test(written);
}

/**
 * The first organisation's name with its legal form in `line`, or '': "Impressum: Muster &
 * Partner Steuerberatungsgesellschaft mbH, Berlin" → "Muster & Partner
 * Steuerberatungsgesellschaft mbH". Bounded work per word: linear in the line.
 */
export function legalFormName(line: string): string {
  const words = line.split(/\s+/).filter(Boolean);
  for (let start = 0; start < words.length; start++) {
    const word = words[start] as string;
    if (UNSPACED.test(word) && unspacedName(word.replace(TRAILING, ''))) return word.replace(TRAILING, '');
    if (!mayStartForm(word)) continue;
    // A form before its quoted name (the Russian and Romanian way): ООО «Ромашка».
    const quoted = /^[«"„“]/.test(words[start + 1] ?? '')
      ? QUOTED_NAME.exec(words.slice(start + 1, start + 1 + NAME_WORDS).join(' '))?.[0]
      : undefined;
    if (quoted && !isWeak(formKey(word)) && formKey(word)) return `${word} ${quoted}`;
    if (start === 0 || !NAME_WORD.test(words[start - 1] as string)) continue;
    for (let end = Math.min(words.length, start + FORM_WORDS); end > start; end--) {
      const written = words.slice(start, end).join(' ');
      const key = formKey(written);
      if (!key) continue;
      const next = words[end] ?? '';
      // A form written with its final dot ("e.V.", "Ltd.") or followed by punctuation is closed.
      const closed = TRAILING.test(written) || written.endsWith('.');
      const clauseEnds = !next || closed || !/\p{L}/u.test(next);
      // A capitalised word after an open form goes on with the name ("Limited Time Offer"): no form there.
      if (!closed && NAME_WORD.test(next) && /\p{L}/u.test(next)) continue;
      if (isWeak(key) && !(writtenAsForm(written) && clauseEnds)) continue;
      // A weak form after a small word is none: a menu's "LIDT OM OS" ("a little about us").
      const before = words[start - 1] as string;
      if (isWeak(key) && before.length <= 3 && isFunctionWord(before.toLowerCase())) continue;
      let from = start - 1;
      while (from > 0 && start - from < NAME_WORDS) {
        const before = words[from - 1] as string;
        if (!NAME_WORD.test(before) && !CONNECTOR.test(before)) break;
        from--;
      }
      // A possessive opens a phrase about the firm, not its name ("Nuestra asociación", "Unsere Stiftung").
      while (CONNECTOR.test(words[from] as string) || POSSESSIVE.test(words[from] as string)) from++;
      // Numbers alone name no firm ("Office Tower, 22. OG": a floor, not an "OG").
      if (!words.slice(from, start).some((w) => /\p{L}/u.test(w))) continue;
      // A sentence's full stop after a form in capitals is none of it ("… i ShipNet AS.").
      const named = words
        .slice(from, end)
        .join(' ')
        .replace(/(?<= \p{Lu}{2,4})\.$/u, '');
      // "Volvo AB (publ)" keeps its bracket; "Muster GmbH," loses the comma.
      return FORMS.has(legalFormKey(written)) ? named : named.replace(TRAILING, '');
    }
  }
  return '';
}
