import type { PageLine } from './contract';
import { attr, closestAbove, firstChildOf, hasAttr, nextSiblingOf, nodeTypeOf, tagOf, textOf } from './dom';
import { LIMITS } from './limits';
import { decodeCfEmail, squash } from './text';

/**
 * The page as a reader sees it: text lines in document order, without computing styles
 * (slow, and missing on saved pages). Block elements, `<br>` and newlines inside `<pre>` end
 * a line; so do inline elements whose class names a field ("…__name", "…__title", "fn"),
 * because card themes display those as blocks. Work stops at a text, a link and a line budget.
 */

interface Line extends Omit<PageLine, 'scope' | 'shape'> {
  /** Element the line's text started in. */
  el: Element;
  place: Place;
}

/** An element numbered in document order: it contains the elements numbered first..last. */
interface Place {
  first: number;
  last: number;
  up: Place | undefined;
  /** Set by pageLines. */
  scope?: number[];
  shape?: number;
}

const words = (list: string): Set<string> => new Set(list.split(' '));
const BLOCK = words(
  'address article aside blockquote body br caption dd div dl dt fieldset figcaption figure footer form h1 h2 h3 ' +
    'h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul',
);
const SKIP = words(
  'script style noscript template svg head select option textarea input button iframe object',
);
/** Inline elements that carry one field of a card (BEM "__name", microformat "fn", "title"). */
const FIELD =
  /(?:^|\s)(?:fn|org|title|role|p-name|p-org|[\w-]+__(?:name|title|role|position|job|company))(?:\s|$)/;
/** Text repeated for screen readers next to the visible copy. */
const SCREEN_READER =
  /(?:^|\s)(?:sr-only|visually-hidden|screen-reader-text|elementor-screen-only|a11y-text)(?:\s|$)/;
const CHROME = /^(?:navigation|banner|contentinfo|menu|menubar)$/;

/**
 * "mailto:jane%40acme.io?subject=Hi" → "jane@acme.io"; "tel:+49-69-1" → "+49-69-1"; '' when
 * longer than `max` (no address or number is): only the start of the link is read.
 */
function target(href: string, max: number): string {
  try {
    const value = href.slice(href.indexOf(':') + 1, 16 + 3 * max).split('?')[0] as string;
    const decoded = squash(decodeURIComponent(value));
    return decoded.length > max ? '' : decoded;
  } catch {
    return '';
  }
}

/** A Cloudflare-protected address: a key byte and at most LIMITS.emailChars more, in hex. */
const CF_HEX = 2 * (LIMITS.emailChars + 1);

function addTarget(list: string[], value: string): void {
  if (list.length < LIMITS.lineTargets) list.push(value);
}

/** Reads the text lines under `root`, up to `chars` characters of text and `links` link targets. */
export function readLines(
  root: Element,
  chars: number = LIMITS.textChars,
  links: number = LIMITS.links,
): Line[] {
  const lines: Line[] = [];
  let line: Line | undefined;
  let buffer = '';
  let count = 0;

  const flush = (): void => {
    if (line) {
      line.text = squash(buffer).slice(0, LIMITS.lineChars);
      const kept = line.text || line.emails.length || line.phones.length;
      if (kept && lines.length < LIMITS.lines) lines.push(line);
    }
    line = undefined;
    buffer = '';
  };

  const walk = (
    el: Element,
    heading: number,
    chrome: boolean,
    pre: boolean,
    depth: number,
    up?: Place,
  ): void => {
    const tag = tagOf(el);
    const cls = attr(el, 'class') ?? '';
    if (SKIP.has(tag) || hasAttr(el, 'hidden') || SCREEN_READER.test(cls)) return;
    const block = BLOCK.has(tag) || FIELD.test(cls);
    if (block) flush();
    if (tag === 'br' || tag === 'hr') return;
    const place: Place = { first: count++, last: 0, up };
    const level = /^h[1-6]$/.test(tag) ? +(tag[1] as string) : heading;
    // A <header>/<footer> inside an article or card is content; the site's own are chrome.
    const inChrome =
      chrome ||
      tag === 'nav' ||
      CHROME.test(attr(el, 'role') ?? '') ||
      ((tag === 'header' || tag === 'footer') && !closestAbove(el, 'article,section,aside,main'));
    const start = (): Line =>
      (line ??= { text: '', el, heading: level, chrome: inChrome, emails: [], phones: [], place });
    const inPre = pre || tag === 'pre';
    for (
      let child = firstChildOf(el);
      child && chars > 0 && lines.length < LIMITS.lines;
      child = nextSiblingOf(child)
    ) {
      const type = nodeTypeOf(child);
      if (type === 1) {
        if (depth < 500) walk(child as Element, level, inChrome, inPre, depth + 1, place);
        continue;
      }
      if (type !== 3) continue;
      const data = (child as Text).data.slice(0, chars);
      chars -= data.length;
      const parts = inPre ? data.split('\n') : [data];
      for (const [i, part] of parts.entries()) {
        // Text of two elements that meet without a space ("Yarden Katz" + "Product Manager") is
        // shown on two lines by the page's styles: a lower-case letter, then a capital.
        if (i || (/\p{Ll}$/u.test(buffer) && /^\p{Lu}/u.test(part))) flush();
        if (line || /\S/.test(part)) start();
        buffer += part;
      }
    }
    place.last = count - 1;

    // Links whose visible text hides their target: an icon, "Write to Grace", Cloudflare's "[email protected]".
    // Each link and each Cloudflare-protected address counts against the link budget.
    const cfData = links > 0 ? attr(el, 'data-cfemail') : null;
    const href =
      (tag === 'a' || cfData) && links-- > 0 ? (attr(el, 'href')?.slice(0, LIMITS.lineChars) ?? '') : '';
    const cf = cfData || /\/cdn-cgi\/l\/email-protection#(\w+)/.exec(href)?.[1];
    const shown = (): string => textOf(el, LIMITS.emailChars);
    const email = cf
      ? cf.length <= CF_HEX
        ? decodeCfEmail(cf)
        : ''
      : /^mailto:/i.test(href) && !shown().includes('@')
        ? target(href, LIMITS.emailChars)
        : '';
    // A WhatsApp link ("https://wa.me/5491131976852") is the number it chats with.
    const whatsapp = /^https:\/\/(?:wa\.me\/|api\.whatsapp\.com\/send\/?\?phone=)(\d{7,15})/.exec(href)?.[1];
    const phone = whatsapp
      ? `+${whatsapp}`
      : /^tel:/i.test(href) && shown().replace(/\D/g, '').length < 5
        ? target(href, LIMITS.phoneChars)
        : '';
    if (email.indexOf('@') > 0) addTarget(start().emails, email);
    if (phone) addTarget(start().phones, phone);
    if (block) flush();
  };

  walk(root, 0, false, false, 0);
  flush();
  return lines;
}

/** The lines as the content script returns them: elements replaced by their place in the document. */
export function pageLines(lines: Line[]): PageLine[] {
  const shapes = new Map<string, number>();
  return lines.map(({ text, heading, chrome, emails, phones, el, place }) => {
    // Lines of one element (a <pre>, a <br> block) share its scope and shape.
    if (!place.scope) {
      // The element and its nearest ancestors: the containers a card can be.
      place.scope = [];
      for (let p: Place | undefined = place, k = 0; p && k < LIMITS.scopeDepth; p = p.up, k++)
        place.scope.push(p.first, p.last);
      const key = `${tagOf(el)}.${attr(el, 'class')}`;
      if (!shapes.has(key)) shapes.set(key, shapes.size);
      place.shape = shapes.get(key);
    }
    return { text, heading, chrome, emails, phones, scope: place.scope, shape: place.shape as number };
  });
}
