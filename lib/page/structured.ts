import { addValues, emptyCandidate, setField } from './candidate';
import type { RawCandidate } from './contract';
import { all, attr, closestAbove, eachText, first, hasAttr, textOf } from './dom';
import { LIMITS } from './limits';
import { squash } from './text';

/**
 * People a page declares in machine-readable form: schema.org JSON-LD (`@graph` and nested
 * nodes included), microdata, microformats hCard (v1 `vcard`) and h-card (v2). The surest
 * sources, hence the high confidence.
 */

interface Structured {
  people: RawCandidate[];
  /** The organisation the page belongs to (a JSON-LD Organization's or WebSite's name). */
  orgName?: string;
}

const SURE = 0.95;
/** Characters of JSON-LD read per script: a page can hold megabytes there. */
const JSON_CHARS = 1e5;

type Json = Record<string, unknown>;

/** A JSON-LD value as text: strings as they are, a list's first item, an object's `name`. */
function str(v: unknown): string {
  if (typeof v !== 'object' || !v) return typeof v === 'string' ? squash(v) : '';
  return Array.isArray(v) ? str(v[0]) : str((v as Json).name);
}

/** Collects every object with an `@type`, depth-first, without trusting the shape of page JSON. */
function collect(v: unknown, out: Json[], depth: number): void {
  if (typeof v !== 'object' || !v || depth > 8 || out.length > 500) return;
  if ((v as Json)['@type']) out.push(v as Json);
  for (const key in v) collect((v as Json)[key], out, depth + 1);
}

/** People (at most `max`) and the page's organisation declared in JSON-LD. */
function readJsonLd(root: Element, out: Structured, max: number): void {
  const nodes: Json[] = [];
  for (const script of all(root, ['script[type="application/ld+json"]'], 20)) {
    let json = '';
    eachText(script, JSON_CHARS, (text) => {
      json += text;
      return true;
    });
    try {
      collect(JSON.parse(json), nodes, 0);
    } catch {
      // Invalid (or cut) JSON: the other sources still run.
    }
  }
  for (const node of nodes) {
    const type = String(node['@type']);
    if (/\bPerson\b/.test(type)) {
      if (out.people.length >= max) continue;
      const c = emptyCandidate();
      setField(c, 'name', str(node.name) || `${str(node.givenName)} ${str(node.familyName)}`, SURE);
      setField(c, 'title', str(node.jobTitle), SURE);
      setField(c, 'company', str(node.worksFor) || str(node.affiliation), SURE);
      const address = node.address as Json | undefined;
      setField(c, 'location', str(address?.addressLocality ?? address), SURE);
      addValues(c, 'emails', [str(node.email)], SURE);
      addValues(c, 'phones', [str(node.telephone)], SURE);
      addValues(c, 'websites', [str(node.url)], SURE);
      out.people.push(c);
    } else if (
      // An organisation by type, or any other named thing with a company's details (an
      // AccountingService, a Dentist): schema.org has hundreds of business types.
      /Organization|Corporation|Business|NGO|WebSite/.test(type) ||
      (!/Page|Article|Posting|Place|City|Address|Coordinates|Image|Breadcrumb|List/.test(type) &&
        (node.telephone || node.email || node.legalName))
    )
      out.orgName ||= str(node.legalName) || str(node.name);
  }
}

/** The first person a page declares in JSON-LD, if any. */
export function jsonLdPeople(root: Element): RawCandidate[] {
  const out: Structured = { people: [] };
  readJsonLd(root, out, 1);
  return out.people;
}

/** Where each field lives in microdata, h-card (v2) and hCard (v1), most specific first. */
const PROPS = {
  name: '[itemprop=name],.p-name,.fn',
  given: '[itemprop=givenName],.p-given-name,.given-name',
  family: '[itemprop=familyName],.p-family-name,.family-name',
  company: '[itemprop=worksFor],[itemprop=affiliation],.p-org,.org',
  title: '[itemprop=jobTitle],.p-job-title,.title,.p-role,.role',
  location: '[itemprop=addressLocality],.p-locality,.locality',
  emails: '[itemprop=email],.u-email,.email',
  phones: '[itemprop=telephone],.p-tel,.u-tel,.tel',
  websites: '[itemprop=url],.u-url,.url',
} as const;
/** One person each: microdata Person, h-card, hCard. */
const ROOTS = '[itemscope][itemtype*="schema.org/Person"],.h-card,.vcard';
const ANY_ROOT = '[itemscope],.h-card,.vcard';

/** Values of a property that belong to `root` itself, not to a card nested in it. */
function own(root: Element, field: keyof typeof PROPS): string[] {
  const out: string[] = [];
  for (const el of all(root, [PROPS[field]], 20)) {
    if (closestAbove(el, ANY_ROOT) !== root) continue;
    const text = textOf(first(el, ['.value']) ?? el);
    const href = (attr(el, 'href') ?? attr(el, 'content') ?? '').slice(0, LIMITS.lineChars);
    let value = hasAttr(el, 'itemscope') ? (own(el, 'name')[0] ?? '') : attr(el, 'content') || text;
    // Link text unless it does not show the value ("John Doe at Madgex" → the mailto: target, "Call" → tel:).
    if (field === 'emails') value = !text.includes('@') && /^mailto:|@/i.test(href) ? href : text;
    if (field === 'phones') value = /\d{3}/.test(text) || !href ? text : href;
    if (field === 'websites') value = href || text;
    out.push(value);
  }
  return out;
}

export function readStructured(page: Element, max: number): Structured {
  const out: Structured = { people: [] };
  readJsonLd(page, out, max);
  for (const root of all(page, [ROOTS], max)) {
    const c = emptyCandidate();
    const parts = `${own(root, 'given')[0] ?? ''} ${own(root, 'family')[0] ?? ''}`;
    // hCard: a card whose fn is also its org is the organisation's; its person is given + family name.
    const fn = all(root, [PROPS.name], 20).find((el) => closestAbove(el, ANY_ROOT) === root);
    const orgCard = !!fn && /(?:^|\s)p?-?org(?:\s|$)/.test(attr(fn, 'class') ?? '');
    setField(c, 'name', orgCard ? parts : (own(root, 'name')[0] ?? parts), SURE);
    setField(c, 'company', own(root, 'company')[0], SURE);
    setField(c, 'title', own(root, 'title')[0], SURE);
    setField(c, 'location', own(root, 'location')[0], SURE);
    addValues(c, 'emails', own(root, 'emails'), SURE);
    addValues(c, 'phones', own(root, 'phones'), SURE);
    addValues(c, 'websites', own(root, 'websites'), SURE);
    if ((c.name || c.emails.length || c.phones.length) && out.people.length < max) out.people.push(c);
  }
  return out;
}
