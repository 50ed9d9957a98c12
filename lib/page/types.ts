/**
 * What a content script returns: strings as seen on the page, not yet interpreted or normalised.
 * Reading people out of text (names, job titles, organisations, emails and phones in prose) and
 * normalisation both happen in lib/people, in extension pages, never in the content script.
 */

/** Where candidates came from; chosen from the URL, else from the document. */
export type SourceKind = 'linkedin-profile' | 'linkedin-list' | 'gmail' | 'generic' | 'selection';

/** Fields a confidence can be given for. */
export type CandidateField = 'name' | 'emails' | 'phones' | 'company' | 'title' | 'profileUrl';

export interface RawCandidate {
  name?: string;
  /** Addresses, or text holding them ("mailto:…", "jane [at] acme [dot] io"). */
  emails: string[];
  /** Numbers, or short text holding them ("Mobile: +49 …", "tel:+49…"). */
  phones: string[];
  company?: string;
  title?: string;
  /** Canonical profile URL (LinkedIn) or the person's own page. */
  profileUrl?: string;
  location?: string;
  websites?: string[];
  /** Lines written by or about this person (a mail signature, a text selection), read in lib/people. */
  lines?: string[];
  /** 0..1 per field that carries a value: how sure the extractor is. */
  confidence: Partial<Record<CandidateField, number>>;
}

/** One line of a page's text, with where it sits in the document (lib/people reads people from these). */
export interface PageLine {
  text: string;
  /** 1–6 inside h1–h6, else 0. */
  heading: number;
  /** Inside site navigation, the banner or the site footer: page chrome, not content. */
  chrome: boolean;
  /** Targets of mailto: and Cloudflare-protected links whose visible text does not show the address. */
  emails: string[];
  /** Targets of tel: links whose visible text does not show the number (icon links). */
  phones: string[];
  /**
   * The line's element and its nearest ancestors, innermost first, as [first, last] pairs of
   * element numbers in document order: an element contains the elements numbered first..last.
   */
  scope: number[];
  /** Lines whose elements have the same tag and class share this number. */
  shape: number;
}

export interface PageReading {
  source: SourceKind;
  url: string;
  title: string;
  /** The page's language tag (`<html lang>`), for guessing the country of national phone numbers. */
  lang?: string;
  /** The organisation the page says it belongs to (og:site_name, a JSON-LD Organization or WebSite). */
  siteName?: string;
  /** People the page declares or a site extractor read; primary person first. */
  candidates: RawCandidate[];
  /** Any other page: its text, in which lib/people finds the people written there. */
  lines?: PageLine[];
}

/** What an extractor read from a page. */
export type PageRead = Pick<PageReading, 'candidates' | 'lines' | 'siteName'>;

/** One per site: a pure function of a Document and its URL. */
export interface Extractor {
  readonly source: SourceKind;
  /** True when this extractor should read the page (URL first, document markers for saved pages). */
  matches(doc: Document, url: URL): boolean;
  extract(doc: Document, url: URL): PageRead;
}
