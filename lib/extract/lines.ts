import { append, dict } from './collect';
import { decodeCfEmail, findEmails, squash } from './text';

/**
 * The page as a reader sees it: text lines in document order, without computing styles
 * (slow, and missing on saved pages). Block elements, `<br>` and newlines inside `<pre>` end
 * a line; so do inline elements whose class names a field ("…__name", "…__title", "fn"),
 * because card themes display those as blocks. Work stops at a text and a link budget.
 */

export interface Line {
  text: string;
  /** Element the line's text started in. */
  el: Element;
  /** 1–6 inside h1–h6, else 0. */
  heading: number;
  /** Inside site navigation, the banner or the site footer: page chrome, not content. */
  chrome: boolean;
  /** Addresses from mailto:/Cloudflare links whose visible text does not show them. */
  emails: string[];
  /** Numbers from tel: links whose visible text does not show them (icon links). */
  phones: string[];
}

const BLOCK = dict(
  'address article aside blockquote body br caption dd div dl dt fieldset figcaption figure footer form h1 h2 h3 ' +
    'h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul',
);
const SKIP = dict(
  'script style noscript template svg head select option textarea input button iframe object',
);
/** Inline elements that carry one field of a card (BEM "__name", microformat "fn", "title"). */
const FIELD =
  /(?:^|\s)(?:fn|org|title|role|p-name|p-org|[\w-]+__(?:name|title|role|position|job|company))(?:\s|$)/;
/** Text repeated for screen readers next to the visible copy. */
const SCREEN_READER =
  /(?:^|\s)(?:sr-only|visually-hidden|screen-reader-text|elementor-screen-only|a11y-text)(?:\s|$)/;
const CHROME = /^(?:navigation|banner|contentinfo|menu|menubar)$/;

/** Reads the text lines under `root`, up to `chars` characters of text and `links` link targets. */
export function readLines(root: Element, chars = 2e5, links = 5e3): Line[] {
  const lines: Line[] = [];
  let line: Line | undefined;
  let buffer = '';

  const flush = (): void => {
    if (line) {
      line.text = squash(buffer);
      if (line.text || line.emails.length || line.phones.length) append(lines, line);
    }
    line = undefined;
    buffer = '';
  };

  const walk = (node: Node, heading: number, chrome: boolean, pre: boolean, depth: number): void => {
    const start = (el: Element): Line => (line ??= { text: '', el, heading, chrome, emails: [], phones: [] });
    if (chars < 0 || depth > 500) return;
    if (node.nodeType === 3) {
      const parts = pre ? (node as Text).data.split('\n') : [(node as Text).data];
      chars -= (node as Text).data.length;
      for (let i = 0; i < parts.length; i++) {
        if (i) flush();
        if (line || (parts[i] as string).trim()) start(node.parentElement ?? root);
        buffer += parts[i];
      }
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.localName;
    const cls = typeof el.className === 'string' ? el.className : '';
    if (SKIP[tag] || el.hasAttribute('hidden') || SCREEN_READER.test(cls)) return;
    const block = BLOCK[tag] || FIELD.test(cls);
    if (block) flush();
    if (tag === 'br' || tag === 'hr') return;
    // A <header>/<footer> inside an article or card is content; the site's own are chrome.
    const inChrome =
      chrome ||
      tag === 'nav' ||
      CHROME.test(el.getAttribute('role') ?? '') ||
      ((tag === 'header' || tag === 'footer') && !el.parentElement?.closest('article,section,aside,main'));
    const level = /^h[1-6]$/.test(tag) ? +(tag[1] as string) : heading;
    for (let child = el.firstChild; child; child = child.nextSibling)
      walk(child, level, inChrome, pre || tag === 'pre', depth + 1);
    const href = tag === 'a' && links-- > 0 ? (el.getAttribute('href') ?? '') : '';
    const shown = el.textContent ?? '';
    const cf =
      el.getAttribute('data-cfemail') ?? (/\/cdn-cgi\/l\/email-protection#(\w+)/.exec(href)?.[1] || '');
    let value: string;
    try {
      value = decodeURIComponent(href.slice(href.indexOf(':') + 1).split('?')[0] as string);
    } catch {
      value = '';
    }
    const emails = cf
      ? [decodeCfEmail(cf) ?? '']
      : /^mailto:/i.test(href) && shown.indexOf('@') < 0
        ? findEmails(value)
        : [];
    for (let i = 0; i < emails.length; i++) append(start(el).emails, emails[i] as string);
    if (/^tel:/i.test(href) && shown.replace(/\D/g, '').length < 5) append(start(el).phones, squash(value));
    if (block) flush();
  };

  walk(root, 0, false, false, 0);
  flush();
  return lines;
}
