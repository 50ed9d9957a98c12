/**
 * The label a press release writes above (or before) the person to call: "Pressekontakt:",
 * "Media contact", "Contacto de prensa", "Ufficio stampa", "Perscontact", "Kontakt dla mediów".
 * The person under it is the one a reader of the release reaches out to: its page's person.
 */
const PRESS_CONTACT = new RegExp(
  `^(?:${[
    '(?:press|media|pr)\\s+(?:contacts?|enquiries|inquiries|office)',
    'for\\s+(?:press|media)\\s+(?:enquiries|inquiries|information)',
    '(?:presse|medien)(?:kontakte?|stelle|sprecher(?:in)?)',
    'kontakt\\s+für\\s+(?:die\\s+)?(?:presse|medien)',
    'contacts?\\s+(?:presse|médias?)',
    'contactos?\\s+(?:de\\s+|para\\s+)?(?:prensa|medios)',
    'gabinete\\s+de\\s+(?:prensa|imprensa)',
    'contatt[oi]\\s+(?:stampa|per\\s+la\\s+stampa)|ufficio\\s+stampa',
    'contatos?\\s+(?:de\\s+|para\\s+)?imprensa|assessoria\\s+de\\s+imprensa',
    'pers(?:contact|voorlichting)|contact\\s+voor\\s+(?:de\\s+)?pers',
    'kontakt\\s+(?:dla\\s+(?:mediów|prasy)|prasowy)|biuro\\s+prasowe',
    'press(?:kontakt|kontakter)|mediekontakt|pressehenvendelser|presseansvarlig',
    'tiskový\\s+kontakt|kontakt\\s+pro\\s+média',
  ].join('|')})\\s*:?$`,
  'iu',
);

/** True when `label` (a line, or the text before a colon) is a press release's press-contact label. */
export function isPressContactLabel(label: string): boolean {
  return label.length <= 40 && PRESS_CONTACT.test(label.trim());
}
