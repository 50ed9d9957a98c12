import type { PageReading, SourceKind } from './contract';

/** What an extractor read from a page. */
type PageRead = Pick<PageReading, 'candidates' | 'lines' | 'siteName'>;

/**
 * One per site: a pure function of the document's root element and the page's URL. Extractors
 * get the root element, not the Document: a page can shadow any property of its Document with a
 * named element (`<img name="title">`, `<form name="body">`), never an `<html>` element's.
 */
export interface Extractor {
  readonly source: SourceKind;
  /** True when this extractor should read the page (URL first, document markers for saved pages). */
  matches(root: Element, url: URL): boolean;
  extract(root: Element, url: URL): PageRead;
}
