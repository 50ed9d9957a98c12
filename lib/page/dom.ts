import { toArray } from './collect';
import { squash } from './text';

/**
 * Querying with selector alternatives: each list is ordered from the most stable hook
 * (ids, `data-*`, `aria-*`, microformat classes) to the most fragile; the first that matches
 * wins. An alternative the engine cannot parse is skipped rather than fatal.
 */

function query<T>(selectors: readonly string[], run: (selector: string) => T | undefined): T | undefined {
  for (let i = 0; i < selectors.length; i++) {
    try {
      const found = run(selectors[i] as string);
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
      return found.length ? toArray(found, max) : undefined;
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
export function declaredUrl(doc: Document): string {
  return read(doc, ['link[rel="canonical"]'], 'href') || read(doc, ['meta[property="og:url"]'], 'content');
}

/** A copy of a page rather than the live site (file:, loopback, about:): its markup says what it is. */
export function isSavedCopy(url: URL): boolean {
  return !/^https?:$/.test(url.protocol) || /^(?:localhost|127\.0\.0\.1|\[::1\])$/.test(url.hostname);
}
