import { t } from '@/lib/i18n';
import type { NormalizedCandidate } from './types';

/**
 * What the user should check before saving a person, in words, from the evidence the reader
 * left: which fields it found and how sure it was of each. The confidences follow the readers'
 * scale (lib/page, lib/people): 0.9 and up for markup that names the field (a profile header,
 * schema.org, a mail header), about 0.7–0.85 for a signature or a contact line next to a name,
 * 0.5–0.6 for a headline or a name read from plain text, 0.4 for a company guessed from the
 * site, and 0 for the organisation's own contact lines (a contact block or the page footer).
 */

/** Below this, a value was read from text rather than from markup that names it. */
const READ_FROM_TEXT = 0.8;
/** At or below this, the value is the organisation's or guessed from the site, not this person's. */
const GUESSED = 0.45;

export function whatToCheck(person: NormalizedCandidate): string[] {
  const sure = person.fieldConfidence;
  const checks: string[] = [];
  if (!person.name) checks.push(t('check_no_name'));
  else if ((sure.name ?? 0) < 0.75) checks.push(t('check_name_from_text'));
  else if (person.firstName && person.lastName && person.name.split(' ').length > 2)
    checks.push(t('check_name_split'));
  if (person.emails.length === 0) checks.push(t('check_no_email'));
  else if ((sure.emails ?? 0) <= GUESSED) checks.push(t('check_email_organisation'));
  else if ((sure.emails ?? 0) < READ_FROM_TEXT) checks.push(t('check_email_from_text'));
  if (person.phones.length > 0) {
    if ((sure.phones ?? 0) <= GUESSED) checks.push(t('check_phone_organisation'));
    else if ((sure.phones ?? 0) < READ_FROM_TEXT) checks.push(t('check_phone_from_text'));
  }
  if (person.company && (sure.company ?? 0) <= GUESSED) checks.push(t('check_company_guessed'));
  if (person.title && (sure.title ?? 0) <= 0.5) checks.push(t('check_title_from_headline'));
  return checks;
}
