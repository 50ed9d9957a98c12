import { getDomainWithoutSuffix, getPublicSuffix } from 'tldts';
import { FREE_MAIL_DOMAINS } from './free-mail';
import { isLegalForm, withoutLegalForm } from './legal-form';

/**
 * Hosts and email domains as evidence of an organisation: the one home for "host → registrable
 * label" (tldts and the Public Suffix List: "www.ultimahora.es" → "ultimahora", "fivecs.org.uk"
 * → "fivecs", "jane.github.io" → "jane"), free-mail providers (which name no employer), and
 * whether an organisation's name is the one a domain spells.
 */

const FREE_MAIL = new Set(FREE_MAIL_DOMAINS.split(/\s+/).filter(Boolean));

/** A URL's host without "www.", '' when it is no URL. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** The part of `host` its owner registered, without the public suffix; '' for IPs and bare names. */
export function registrableLabel(host: string): string {
  return getDomainWithoutSuffix(host, { allowPrivateDomains: true }) ?? '';
}

/** The public suffix of `host` ("co.uk", "earth"), '' when it has none. */
export function publicSuffix(host: string): string {
  return getPublicSuffix(host, { allowPrivateDomains: true }) ?? '';
}

/** True when `email` is at a free mailbox provider (gmail.com, web.de, gmx.net, outlook.com, …). */
export function isFreeMail(email: string): boolean {
  return FREE_MAIL.has(email.slice(email.lastIndexOf('@') + 1).toLowerCase());
}

/** The last part of `url`'s path without its extension ("/speakers/jane-doe/" → "jane-doe"), or ''. */
export function lastPathPart(url: string): string {
  try {
    const parts = new URL(url).pathname.split('/').filter(Boolean);
    return (parts.at(-1) ?? '').replace(/\.[a-z]{2,5}$/i, '');
  } catch {
    return '';
  }
}

/** Letters and digits only, lower case, accents folded ("Ultima Hora" → "ultimahora", "Müller" → "muller"). */
export function squeeze(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^\p{L}\d]/gu, '');
}

/** `s` squeezed the German way too: umlauts as two letters ("Müller" → "mueller"). */
function squeezeUmlauts(s: string): string {
  return squeeze(s.replace(/[äöü]/gi, (c) => `${c}e`));
}

const SMALL_WORDS = /^(?:&|and|und|of|the|der|die|das|de|la|le|el|y|et|für|van|von)$/i;

/**
 * True when the organisation `name` is the one the registrable `label` spells: written together
 * ("Mossy Earth" ↔ mossyearth), as its initials ("Bayerische Motoren Werke" ↔ bmw), or one holding
 * the other from its start ("Fernhill" ↔ fernhillsystems, "WL Steuerberatung" ↔
 * wl-steuerberatung), after dropping the legal form and folding accents (ü → u or ue).
 */
export function nameMatchesLabel(name: string, label: string): boolean {
  const target = squeeze(label);
  // A legal form alone ("AG") names no one.
  if (target.length < 2 || isLegalForm(name.trim())) return false;
  const bare = withoutLegalForm(name.trim());
  const words = bare.split(/[\s|/–—-]+/).filter((w) => /[\p{L}\d]/u.test(w));
  const joined = [squeeze(bare), squeezeUmlauts(bare)];
  const initials = squeeze(
    words
      .filter((w) => !SMALL_WORDS.test(w))
      .map((w) => w[0])
      .join(''),
  );
  if (joined.includes(target) || (words.length > 1 && initials === target)) return true;
  // One holds the other from its start ("Fernhill" ↔ fernhillsystems), or the name holds a label
  // of five letters or more ("Diario Ultima Hora" ↔ ultimahora).
  return joined.some(
    (j) =>
      (Math.min(j.length, target.length) >= 4 && (j.startsWith(target) || target.startsWith(j))) ||
      (target.length >= 5 && j.includes(target)),
  );
}

/** True when `email` is at a domain that spells the organisation `name` (never a free-mail one). */
export function emailSpells(email: string, name: string): boolean {
  const host = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  return !isFreeMail(email) && nameMatchesLabel(name, registrableLabel(host));
}
