import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js';
import { cleanText } from './text';
import type { NormalizedPhone } from './types';

/**
 * Phones to E.164 with libphonenumber-js (its small default metadata: a length check, which
 * the library's author recommends over strict validation because numbering plans change).
 * A number that does not parse keeps its cleaned text; extensions are kept apart because
 * E.164 cannot hold them.
 */

/**
 * The words that set an extension after a number: "x", "ext.", German "Durchwahl", French
 * (Canada) "poste", Portuguese "ramal", Spanish "anexo". recognise.ts finds numbers with them.
 */
export const EXTENSION_WORDS = 'x|ext\\.?|extension|#|durchwahl|dw|poste|ramal|anexo';
const EXTENSION = new RegExp(`\\s*(?:[,;]\\s*)?(?:${EXTENSION_WORDS})\\s*(\\d{1,6})\\s*$`, 'i');
const MAX_PHONE = 40;

export function normalizePhone(raw: string, country?: string): NormalizedPhone | null {
  const text = cleanText(raw, 100);
  if (!/\d/.test(text)) return null;
  const ext = EXTENSION.exec(text)?.[1];
  const base = ext ? text.replace(EXTENSION, '') : text;
  const defaultCountry = country && /^[A-Z]{2}$/.test(country) ? (country as CountryCode) : undefined;
  const parsed = parsePhoneNumberFromString(base, defaultCountry ? { defaultCountry } : undefined);
  if (parsed?.isPossible()) {
    const e164 = parsed.number;
    const extension = ext ?? parsed.ext;
    return { value: e164, raw: text, e164, ...(extension ? { ext: extension } : {}) };
  }
  return { value: cleanText(base, MAX_PHONE), raw: text, ...(ext ? { ext } : {}) };
}
