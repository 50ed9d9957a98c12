/**
 * What a content script returns: strings as seen on the page, not yet normalised.
 * Normalisation (lib/contact) runs in extension pages, never in the content script.
 */

/** Where candidates came from; chosen from the URL, else from the document. */
export type SourceKind = 'linkedin-profile' | 'linkedin-list' | 'gmail' | 'generic' | 'selection';

/** Fields a confidence can be given for. */
export type CandidateField = 'name' | 'emails' | 'phones' | 'company' | 'title' | 'profileUrl';

export interface RawCandidate {
  name?: string;
  emails: string[];
  phones: string[];
  company?: string;
  title?: string;
  /** Canonical profile URL (LinkedIn) or the person's own page. */
  profileUrl?: string;
  location?: string;
  websites?: string[];
  /** 0..1 per field that carries a value: how sure the extractor is. */
  confidence: Partial<Record<CandidateField, number>>;
}

export interface PageCapture {
  source: SourceKind;
  url: string;
  title: string;
  /** The page's language tag (`<html lang>`), for guessing the country of national phone numbers. */
  lang?: string;
  /** Primary person first. */
  candidates: RawCandidate[];
}

/** One per site: a pure function of a Document and its URL. */
export interface Extractor {
  readonly source: SourceKind;
  /** True when this extractor should read the page (URL first, document markers for saved pages). */
  matches(doc: Document, url: URL): boolean;
  extract(doc: Document, url: URL): RawCandidate[];
}
