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
  if (!email) return 'Enter an email address.';
  if (email.length > MAX_EMAIL) return 'Email addresses are at most 254 characters long.';
  const at = email.split('@');
  if (at.length < 2) return 'An email address needs an @, as in jane@acme.io.';
  if (at.length > 2) return 'An email address has only one @.';
  const [local, domain] = at as [string, string];
  if (!local) return 'Add the name before the @.';
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) {
    return 'The part before the @ cannot start or end with a dot or have two dots in a row.';
  }
  if (!domain.includes('.')) return 'The part after the @ needs a full domain, such as acme.io.';
  return emailSchema.safeParse(email).success ? null : 'This is not a valid email address.';
}

/** The address with a lower-case domain, or null when it is not a valid address. */
export function normalizeEmail(s: string): string | null {
  if (emailProblem(s)) return null;
  const email = unwrap(s);
  const at = email.lastIndexOf('@');
  return `${email.slice(0, at)}@${email.slice(at + 1).toLowerCase()}`;
}
