import { LIMITS } from './limits';
import { squash } from './text';

/**
 * Reading the DOM. The page owns its Document and can shadow any of its properties with a
 * named element (DOM clobbering: `<img name="title">` makes `document.title` an image,
 * `<form name="body">` makes `document.body` that form, `<img name="querySelector">` takes the
 * method away). So the Document is touched once, for its root element, and everything else is
 * read by querying from that element. A `<form>` shadows its own properties the same way
 * (`<input name="hasAttribute">`, `<input name="firstChild">`), so properties and methods of
 * elements are read through their prototypes here, never from the element itself.
 *
 * Selectors come as alternatives ordered from the most stable hook (ids, `data-*`, `aria-*`,
 * microformat classes) to the most fragile; the first that matches wins. An alternative the
 * engine cannot parse is skipped rather than fatal.
 */

function getter<T>(proto: object, name: string): (node: Node) => T {
  const get = Object.getOwnPropertyDescriptor(proto, name)?.get as (this: Node) => T;
  return (node) => get.call(node);
}

export const firstChildOf = getter<ChildNode | null>(Node.prototype, 'firstChild');
export const nextSiblingOf = getter<ChildNode | null>(Node.prototype, 'nextSibling');
export const nodeTypeOf = getter<number>(Node.prototype, 'nodeType');
const parentOf = getter<Element | null>(Node.prototype, 'parentElement');
const parentNodeOf = getter<ParentNode | null>(Node.prototype, 'parentNode');
const dataOf = getter<string>(CharacterData.prototype, 'data');
/** The tag name in lower case ("a", "h2"). */
export const tagOf = getter<string>(Element.prototype, 'localName') as (el: Element) => string;

const E = Element.prototype;
export const attr = (el: Element, name: string): string | null => E.getAttribute.call(el, name);
export const hasAttr = (el: Element, name: string): boolean => E.hasAttribute.call(el, name);
const closest = (el: Element, selectors: string): Element | null => E.closest.call(el, selectors);
/** The nearest ancestor of `el` (not `el` itself) that matches. */
export function closestAbove(el: Element, selectors: string): Element | null {
  const parent = parentOf(el);
  return parent && closest(parent, selectors);
}
const queryOne = (root: Element, selector: string): Element | null => E.querySelector.call(root, selector);
const queryAll = (root: Element, selector: string): NodeListOf<Element> =>
  E.querySelectorAll.call(root, selector);

/**
 * The document's root element (`<html>`), or undefined. `documentElement` itself can be shadowed
 * by a named `<img>`: that image sits inside the root, so its closest `:root` is the root.
 */
export function rootOf(doc: Document): Element | undefined {
  const named = doc.documentElement as unknown as Element | null;
  try {
    return (named && closest(named, ':root')) ?? undefined;
  } catch {
    return undefined; // Not an element at all.
  }
}

/** The page's title as `document.title` would give it (the first `<title>`), read without it. */
export function titleOf(root: Element): string {
  return textOf(queryOne(root, 'title'), LIMITS.titleChars);
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
export function all(root: Element, selectors: readonly string[], max: number = LIMITS.links): Element[] {
  return (
    query(selectors, (s) => {
      const found = queryAll(root, s);
      const out: Element[] = [];
      for (let i = 0; i < found.length && i < max; i++) out.push(found[i] as Element);
      return out.length ? out : undefined;
    }) ?? []
  );
}

export function first(root: Element, selectors: readonly string[]): Element | undefined {
  return query(selectors, (s) => queryOne(root, s) ?? undefined);
}

/**
 * Calls `take` with the text of each text node under `el` (its `textContent`, piece by piece)
 * until it returns false or `budget` characters and nodes have been visited: an element can hold
 * megabytes of text or a million empty elements, and a value needs a few hundred characters.
 */
export function eachText(el: Element, budget: number, take: (text: string) => boolean): void {
  let node: Node | null = el;
  while (node && budget > 0) {
    budget--;
    const type = nodeTypeOf(node);
    if (type === 3 || type === 4) {
      const text = dataOf(node).slice(0, budget);
      budget -= text.length;
      if (!take(text)) return;
    }
    let next: Node | null = type === 1 ? firstChildOf(node) : null;
    while (!next && node && node !== el) {
      next = nextSiblingOf(node);
      if (!next) node = parentNodeOf(node);
    }
    node = next;
  }
}

/**
 * The element's text, squashed, at most `max` characters of it. Reading stops once `max`
 * characters are in hand, or after 16 times that in whitespace and elements.
 */
export function textOf(el: Element | null | undefined, max: number = LIMITS.valueChars): string {
  if (!el) return '';
  let out = '';
  eachText(el, 16 * max, (text) => {
    out += text;
    if (out.length > 2 * max) out = out.replace(/\s+/g, ' ');
    return out.length <= 2 * max;
  });
  return squash(out).slice(0, max);
}

/** Text of the first match, or its `attribute`. */
export function read(root: Element, selectors: readonly string[], attribute?: string): string {
  const el = first(root, selectors);
  if (!attribute) return textOf(el);
  return squash((el && attr(el, attribute)?.slice(0, LIMITS.urlChars)) ?? '');
}

/** The page's own address when it says so (canonical link, og:url): how saved pages are recognised. */
export function declaredUrl(root: Element): string {
  return read(root, ['link[rel="canonical"]'], 'href') || read(root, ['meta[property="og:url"]'], 'content');
}

/** A copy of a page rather than the live site (file:, loopback, about:): its markup says what it is. */
export function isSavedCopy(url: URL): boolean {
  return !/^https?:$/.test(url.protocol) || /^(?:localhost|127\.0\.0\.1|\[::1\])$/.test(url.hostname);
}
