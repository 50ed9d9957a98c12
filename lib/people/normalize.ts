import type { CandidateField, PageReading, RawCandidate } from '@/lib/page/contract';
import { institutionOf } from './affiliation';
import { pageCountry } from './country';
import { normalizeEmail } from './email';
import { isRoleMailbox, settleSurname } from './email-name';
import { hasRoleWord } from './job-title';
import { differentPeople, fullNameKey, splitName } from './name';
import { normalizePhone } from './phone';
import { readPeople } from './read-page';
import { findEmails, findPhones } from './recognise';
import { splitRoleOrg } from './role-line';
import { cleanText } from './text';
import type { NormalizedCandidate, NormalizedPhone } from './types';

/**
 * From what a content script saw to what the side panel offers: the people read from the
 * page reading (read-page.ts), every string cleaned and capped, emails found in the text that
 * holds them and validated, phones in E.164 where possible, names split, non-https profile
 * URLs dropped, and candidates describing one person (same email or profile URL) merged.
 * Runs in extension pages only; the content script stays small.
 */

interface NormalizeOptions {
  /** ISO 3166 country for national phone numbers; from settings, else guessed from the page. */
  defaultCountry?: string;
}

const MAX_FIELD = 200;
const AT_COMPANY = /^(.+?) (?:at|@|bei|chez) (\S.*)$/i;
/**
 * A LinkedIn headline is "Title <at> Company" in the member's language: "w" (Polish), "på"/"hos"
 * (Swedish, Danish, Norwegian), "bij" (Dutch), "en" (Spanish), "presso" (Italian). These words
 * are too common in other text to split anything but a headline.
 */
const HEADLINE_AT = /^(.+?) (?:at|@|bei|chez|w|på|hos|bij|en|presso|na) (\p{Lu}\S*.*)$/u;
const MAX_VALUES = 10;

/** A title without the article a sentence or an imprint gave it ("Der Direktor des IDS", "The Treasurer"). */
const withoutArticle = (title: string | undefined): string | undefined =>
  title?.replace(/^(?:[Tt]he|[Dd]er|[Dd]ie|[Ll]e|[Ll]a|[Ee]l|[Ii]l|[Hh]et) (?=\p{Lu})/u, '');

/**
 * A headline written "Title, Company, tagline" ("Founder, Pefin, The World's First AI Financial
 * Advisor"): the role and the organisation, as HEADLINE_AT gives them; null for any other.
 */
function commaHeadline(title: string | undefined): [string, string, string] | null {
  const [role = '', org = ''] = (title ?? '').split(', ');
  // "Designer, Photographer, Teacher" lists roles.
  const split = hasRoleWord(org) ? [] : splitRoleOrg(`${role}, ${org}`);
  return split[1] ? [title as string, split[0] as string, split[1]] : null;
}

/** "Acme" and "Acme Inc.": one name starts the other. */
function sameCompany(a: string, b: string): boolean {
  const [x, y] = [a, b].map((s) => cleanText(s, 200).toLowerCase());
  return !!x && !!y && (x.startsWith(y) || y.startsWith(x));
}

function httpsUrl(s: string | undefined): string | undefined {
  if (!s) return undefined;
  try {
    const url = new URL(cleanText(s, 2_000));
    return url.protocol === 'https:' && url.href.length <= 500 ? url.href.replace(/\/$/, '') : undefined;
  } catch {
    return undefined;
  }
}

/** The addresses in a raw email value ("mailto:…", "Jane <jane@acme.io>", "jane [at] acme [dot] io"). */
function emailsIn(raw: string): string[] {
  const found = findEmails(cleanText(raw, 1_000));
  return found.length ? found : [raw];
}

/** The numbers in a raw phone value ("Mobile: +49 …", "tel:+49…"); bare numbers as they are. */
function phonesIn(raw: string): string[] {
  const clean = cleanText(raw, 100);
  const found = findPhones(clean, 'tel');
  return found.length || !/^[\d\s()+./-]+$/.test(clean) ? found : [clean];
}

/** A field's text, without the label punctuation it was read with ("Nylas:", "Acme –"). */
function text(s: string | undefined): string | undefined {
  const clean = cleanText(s ?? '', MAX_FIELD).replace(/[\s:;,|–—-]+$/, '');
  return clean || undefined;
}

/** 0..1: the mean confidence of the fields that have a value. */
function overall(c: NormalizedCandidate): number {
  const filled: CandidateField[] = [];
  if (c.name) filled.push('name');
  if (c.emails.length) filled.push('emails');
  if (c.phones.length) filled.push('phones');
  if (c.company) filled.push('company');
  if (c.title) filled.push('title');
  if (c.profileUrl) filled.push('profileUrl');
  if (!filled.length) return 0;
  const sum = filled.reduce((total, f) => total + Math.min(1, Math.max(0, c.fieldConfidence[f] ?? 0.5)), 0);
  return Math.round((sum / filled.length) * 100) / 100;
}

function normalizeOne(
  raw: RawCandidate,
  page: PageReading,
  country: string | undefined,
): NormalizedCandidate {
  const names = settleSurname(splitName(raw.name ?? ''), raw.emails);
  const emails: string[] = [];
  for (const e of raw.emails.flatMap(emailsIn)) {
    const email = normalizeEmail(e);
    if (email && !emails.some((known) => known.toLowerCase() === email.toLowerCase())) emails.push(email);
  }
  const phones: NormalizedPhone[] = [];
  for (const p of raw.phones.flatMap(phonesIn)) {
    const phone = normalizePhone(p, country);
    if (phone && !phones.some((known) => known.value === phone.value)) phones.push(phone);
  }
  const fieldConfidence: RawCandidate['confidence'] = {};
  for (const [field, value] of Object.entries(raw.confidence)) {
    if (typeof value === 'number' && Number.isFinite(value)) {
      fieldConfidence[field as CandidateField] = Math.min(1, Math.max(0, value));
    }
  }
  const c: NormalizedCandidate = {
    name: names.name,
    ...(names.firstName ? { firstName: names.firstName } : {}),
    ...(names.lastName ? { lastName: names.lastName } : {}),
    emails: emails.slice(0, MAX_VALUES),
    phones: phones.slice(0, MAX_VALUES),
    confidence: 0,
    fieldConfidence,
    source: page.source,
  };
  // A headline ("VP Sales at Acme") stands as the title when the page named no company: split it.
  const linkedin = page.source.startsWith('linkedin');
  const split =
    (linkedin ? HEADLINE_AT : AT_COMPANY).exec(text(raw.title) ?? '') ??
    (linkedin ? commaHeadline(text(raw.title)) : null);
  // It also splits when it names the company the page named ("VP Sales at Acme" on Acme's People tab).
  const headline = !raw.company || (split && sameCompany(split[2] as string, raw.company)) ? split : null;
  const optional = {
    // "School of Psychology, University of Sussex, United Kingdom": the institution.
    company: (text(raw.company) && institutionOf(text(raw.company) as string)) || headline?.[2],
    title: withoutArticle(headline?.[1] ?? text(raw.title)),
    profileUrl: httpsUrl(raw.profileUrl),
    location: text(raw.location),
  };
  for (const [key, value] of Object.entries(optional)) if (value) Object.assign(c, { [key]: value });
  return c;
}

function isEmpty(c: NormalizedCandidate): boolean {
  return !c.name && !c.emails.length && !c.phones.length && !c.profileUrl;
}

/** Folds `from` into `into`: values `into` lacks, every email and phone, the surer confidences. */
function merge(into: NormalizedCandidate, from: NormalizedCandidate): void {
  if (!into.name && from.name) {
    into.name = from.name;
    into.firstName = from.firstName;
    into.lastName = from.lastName;
  }
  for (const key of ['company', 'title', 'profileUrl', 'location'] as const) into[key] ??= from[key];
  for (const e of from.emails)
    if (!into.emails.some((k) => k.toLowerCase() === e.toLowerCase())) into.emails.push(e);
  for (const p of from.phones) if (!into.phones.some((k) => k.value === p.value)) into.phones.push(p);
  for (const [field, value] of Object.entries(from.fieldConfidence) as [CandidateField, number][]) {
    into.fieldConfidence[field] = Math.max(into.fieldConfidence[field] ?? 0, value);
  }
}

const lower = (list: string[]) => list.map((e) => e.toLowerCase());

function samePerson(a: NormalizedCandidate, b: NormalizedCandidate): boolean {
  if (a.profileUrl && a.profileUrl === b.profileUrl) return true;
  const [mine, theirs] = [lower(a.emails), lower(b.emails)];
  const shared = mine.filter((e) => theirs.includes(e));
  if (shared.length) {
    // A shared mailbox (info@ on every card of a board) does not make two named people one, nor a
    // card one with the firm's switchboard when each has a number of its own.
    const ownLines =
      a.phones.length && b.phones.length && !a.phones.some((p) => b.phones.some((q) => q.value === p.value));
    return !differentPeople(a.name, b.name) && !(ownLines && shared.every(isRoleMailbox));
  }
  // One full name twice on a page (a byline, then the author's card; with or without a middle
  // initial) is one person, unless the two say otherwise: other addresses, profiles, employers.
  const differ = (x?: string, y?: string) => !!x && !!y && x.toLowerCase() !== y.toLowerCase();
  return (
    !!fullNameKey(a.name) &&
    fullNameKey(a.name) === fullNameKey(b.name) &&
    !(mine.length && theirs.length) &&
    !differ(a.profileUrl, b.profileUrl) &&
    !differ(a.company, b.company)
  );
}

export function normalizeCapture(page: PageReading, opts: NormalizeOptions = {}): NormalizedCandidate[] {
  const country = opts.defaultCountry ?? pageCountry(page);
  const out: NormalizedCandidate[] = [];
  const { people, organisation } = readPeople(page);
  for (const raw of people) {
    const c = normalizeOne(raw, page, country);
    if (isEmpty(c)) continue;
    // A personal address among them ("lena.vogt@…") is someone's whose name the page does not give.
    if (raw === organisation && c.emails.every(isRoleMailbox)) c.organisation = true;
    const same = out.find((known) => samePerson(known, c));
    if (same) merge(same, c);
    else out.push(c);
  }
  for (const c of out) {
    c.emails = c.emails.slice(0, MAX_VALUES);
    c.phones = c.phones.slice(0, MAX_VALUES);
    c.confidence = overall(c);
  }
  return out;
}
