/**
 * The lines of a postal address as imprints, contact pages and cards write them: a street and its
 * house number, a postcode and its town. The one home of these shapes (name-line.ts reads a
 * name's address by them, organisation.ts the firm an address block names).
 */

/** A postcode and its town ("45359 ESSEN", "D-10115 Berlin", "1010 Wien"). */
const POSTCODE_TOWN = /^(?:\p{Lu}{1,2}-)?\d{4,5} \p{Lu}/u;
/**
 * A street and its house number ("Storgatan 10", "Hauptstr. 5a", "Calle Mayor 4"), a flat's
 * number and a postcode after it ("ul. Ursynowska 22/2 02-605").
 */
const STREET =
  /^(?:\p{Lu}[\p{L}'-]*(?:gatan|vägen|gata|gade|vej|veien|gate|straße|strasse|str\.|weg|gasse|platz|allee|straat|laan|plein)|(?:calle|rue|via|avenida|ulica|ul\.) \p{Lu}[\p{L} '-]{1,40}) \d{1,4}(?:\s?\p{L}|\/\d{1,4})?(?:,? (?:\d{2}-\d{3}|\d{4,5}))?$/iu;
/** The house number first: "12, rue de la Paix", "350 Fifth Avenue", "10 Downing Street". */
const NUMBER_FIRST =
  /^\d{1,5}[a-z]?,? (?:(?:rue|avenue|boulevard|bd|place|chemin|allée|impasse|quai) |\p{Lu}[\p{L} .'-]{1,40} (?:street|st\.?|avenue|ave\.?|road|rd\.?|boulevard|blvd\.?|lane|drive|way|place|court)$)/iu;

/** True when `text` is a postcode and its town. */
export const isPostcodeTown = (text: string): boolean => POSTCODE_TOWN.test(text.trim());

/** True when `text` is a street and its house number. */
export const isStreet = (text: string): boolean => STREET.test(text.trim()) || NUMBER_FIRST.test(text.trim());
