import { squash } from './text';

/**
 * Reading the DOM. The page owns its Document and can shadow any of its properties with a
 * named element (DOM clobbering: `<img name="title">` makes `document.title` an image,
 * `<form name="body">` makes `document.body` that form, `<img name="querySelector">` takes the
 * method away). So the Document is touched once, for its root element, and everything else is
 * read by querying from that element, whose properties a page cannot shadow.
 *
 * Selectors come as alternatives ordered from the most stable hook (ids, `data-*`, `aria-*`,
 * microformat classes) to the most fragile; the first that matches wins. An alternative the
 * engine cannot parse is skipped rather than fatal.
 */

/**
 * The document's root element (`<html>`), or undefined. `documentElement` itself can be shadowed
 * by a named `<img>`: that image sits inside the root, so its closest `:root` is the root.
 */
export function rootOf(doc: Document): Element | undefined {
  const named = doc.documentElement as unknown as Partial<Element> | null;
  return named?.closest?.(':root') ?? undefined;
}

/** The page's title as `document.title` would give it (the first `<title>`), read without it. */
export function titleOf(root: Element): string {
  return textOf(root.querySelector('title'));
}

function query<T>(selectors: readonly string[], run: (selector: string) => T | undefined): T | undefined {
  for (const selector of selectors) {
    try {
      const found = run(selector);
      if (found) return found;
    } catch {
      // Not supported by this engine: try the next alternative.
    }
  }
}

/** Every element matching the first alternative that matches anything (`max` of them). */
export function all(root: ParentNode, selectors: readonly string[], max = 5e3): Element[] {
  return (
    query(selectors, (s) => {
      const found = root.querySelectorAll(s);
      return found.length ? [...found].slice(0, max) : undefined;
    }) ?? []
  );
}

export function first(root: ParentNode, selectors: readonly string[]): Element | undefined {
  return query(selectors, (s) => root.querySelector(s) ?? undefined);
}

export function textOf(el: Element | null | undefined): string {
  return squash(el?.textContent ?? '');
}

/** Text of the first match, or its `attribute`. */
export function read(root: ParentNode, selectors: readonly string[], attribute?: string): string {
  const el = first(root, selectors);
  return attribute ? squash(el?.getAttribute(attribute) ?? '') : textOf(el);
}

/** The page's own address when it says so (canonical link, og:url): how saved pages are recognised. */
export function declaredUrl(root: Element): string {
  return read(root, ['link[rel="canonical"]'], 'href') || read(root, ['meta[property="og:url"]'], 'content');
}

/** A copy of a page rather than the live site (file:, loopback, about:): its markup says what it is. */
export function isSavedCopy(url: URL): boolean {
  return !/^https?:$/.test(url.protocol) || /^(?:localhost|127\.0\.0\.1|\[::1\])$/.test(url.hostname);
}
