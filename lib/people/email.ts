import { type MessageKey, t } from '@/lib/i18n';
import { emailSchema } from '@/lib/save/request';
import { cleanText } from './text';

/**
 * Email addresses: found in text, unwrapped from `mailto:` links and `Name <address>` forms,
 * validated with the same schema the capture is saved with (zod's `z.email()`, roughly Gmail's
 * rules), and keyed with a lower-case domain. Nothing is guessed: an address that does not
 * validate is dropped from candidates, and `emailProblem` tells the user why when they type one.
 */

/** RFC 5321: at most 64 characters before the "@" and 254 in all (so 252 after it). */
const MAX_LOCAL = 64;
const MAX_EMAIL = 254;
const MAX_DOMAIN = MAX_EMAIL - 2;
const LOCAL_CHAR = /[\w.%+-]/;
const DOMAIN_CHAR = /[a-z\d.-]/i;
const LABEL = /^[a-z\d-]+$/i;
const TOP_LEVEL = /^[a-z]{2,24}$/i;

/**
 * The domain that starts `run` ("acme.io" of "acme.io.", "mail.acme.de" of "mail.acme.de-"):
 * the longest run of whole labels ending in a top-level label of letters, or ''. `open` is true
 * when the text goes on after `run` with a word character, which no domain may touch.
 */
function domainAt(run: string, open: boolean): string {
  const labels = run.split('.');
  let valid = 0;
  while (valid < labels.length && LABEL.test(labels[valid] as string)) valid++;
  for (let last = valid - 1; last > 0; last--) {
    if (last === labels.length - 1 && open) continue;
    if (TOP_LEVEL.test(labels[last] as string)) return labels.slice(0, last + 1).join('.');
  }
  return '';
}

/**
 * Every address written plainly in `text`, in order, without repeats. Linear in the text: each
 * "@" is found with indexOf and grown to at most RFC 5321's lengths either side, so no text
 * (a run of 100 000 "a."s, a thousand "@"s) makes it slow; a longer part is no address.
 */
export function scanEmails(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > from && at - start <= MAX_LOCAL && LOCAL_CHAR.test(text[start - 1] as string)) start--;
    let end = at + 1;
    while (end < text.length && end - at <= MAX_DOMAIN && DOMAIN_CHAR.test(text[end] as string)) end++;
    if (start === at || at - start > MAX_LOCAL || end - at > MAX_DOMAIN) continue;
    const domain = domainAt(text.slice(at + 1, end), /[\w-]/.test(text[end] ?? ''));
    if (!domain) continue;
    const email = `${text.slice(start, at)}@${domain}`.replace(/\.+$/, '');
    from = at + 1 + domain.length;
    if (!out.includes(email)) out.push(email);
  }
  return out;
}

/** `s` without the quotes, brackets and punctuation text wraps an address in ("(jane@acme.io)."). */
function trimPunctuation(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && `"'(`.includes(s[start] as string)) start++;
  while (end > start && `"').,;:`.includes(s[end - 1] as string)) end--;
  return s.slice(start, end);
}

/** "mailto:Jane <jane@acme.io>?subject=Hi" → "jane@acme.io" (not yet validated). */
function unwrap(s: string): string {
  let text = cleanText(s, 1_000).replace(/^mailto:/i, '');
  text = text.split('?')[0] ?? '';
  const angle = /<([^<>]*)>/.exec(text);
  if (angle) text = angle[1] as string;
  return trimPunctuation(text.trim());
}

/** Why `email` (unwrapped) is not an address, as the key of the message that says so; null when it is one. */
function problemKey(email: string): MessageKey | null {
  if (!email) return 'email_empty';
  if (email.length > MAX_EMAIL) return 'email_too_long';
  const at = email.split('@');
  if (at.length < 2) return 'email_no_at';
  if (at.length > 2) return 'email_two_at';
  const [local, domain] = at as [string, string];
  if (!local) return 'email_no_local';
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return 'email_dots';
  if (!domain.includes('.')) return 'email_no_domain';
  return emailSchema.safeParse(email).success ? null : 'email_invalid';
}

/** A user-facing sentence saying why `s` is not an email address, or null when it is one. */
export function emailProblem(s: string): string | null {
  const key = problemKey(unwrap(s));
  return key && t(key, { max: MAX_EMAIL });
}

/** The address with a lower-case domain, or null when it is not a valid address. */
export function normalizeEmail(s: string): string | null {
  const email = unwrap(s);
  if (problemKey(email)) return null;
  const at = email.lastIndexOf('@');
  return `${email.slice(0, at)}@${email.slice(at + 1).toLowerCase()}`;
}
