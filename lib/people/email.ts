import { t } from '@/lib/i18n';
import { emailSchema } from '@/lib/save/request';
import { cleanText } from './text';

/**
 * Email addresses: unwrapped from `mailto:` links and `Name <address>` forms, validated with
 * the same schema the capture is saved with (zod's `z.email()`, roughly Gmail's rules), and
 * keyed with a lower-case domain. Nothing is guessed: an address that does not validate is
 * dropped from candidates, and `emailProblem` tells the user why when they type one.
 */

const MAX_EMAIL = 254;

/** "mailto:Jane <jane@acme.io>?subject=Hi" → "jane@acme.io" (not yet validated). */
function unwrap(s: string): string {
  let text = cleanText(s, 1_000).replace(/^mailto:/i, '');
  text = text.split('?')[0] ?? '';
  const angle = /<([^<>]*)>/.exec(text);
  if (angle) text = angle[1] as string;
  return text.trim().replace(/^["'(]+|["').,;:]+$/g, '');
}

/** A user-facing sentence saying why `s` is not an email address, or null when it is one. */
export function emailProblem(s: string): string | null {
  const email = unwrap(s);
  if (!email) return t('email_empty');
  if (email.length > MAX_EMAIL) return t('email_too_long', { max: MAX_EMAIL });
  const at = email.split('@');
  if (at.length < 2) return t('email_no_at');
  if (at.length > 2) return t('email_two_at');
  const [local, domain] = at as [string, string];
  if (!local) return t('email_no_local');
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) {
    return t('email_dots');
  }
  if (!domain.includes('.')) return t('email_no_domain');
  return emailSchema.safeParse(email).success ? null : t('email_invalid');
}

/** The address with a lower-case domain, or null when it is not a valid address. */
export function normalizeEmail(s: string): string | null {
  if (emailProblem(s)) return null;
  const email = unwrap(s);
  const at = email.lastIndexOf('@');
  return `${email.slice(0, at)}@${email.slice(at + 1).toLowerCase()}`;
}
