import type { PageReading } from '@/lib/page/contract';
import { LIMITS } from '@/lib/page/limits';

/**
 * Pages built to make a reader slow or break it, as an outside review did on 3ac44b1 (issue
 * #19): what the robustness test reads and npm run bench:extract times. Each also holds an
 * ordinary card (Grace Example), which must still be read.
 */

export interface HostilePage {
  name: string;
  html: string;
}

/** An ordinary person among the hostile markup. */
export const GRACE = {
  name: 'Grace Example',
  email: 'grace@acme.example',
  html: '<article><h3>Grace Example</h3><p>Head of Sales</p><a href="mailto:grace@acme.example">Write to Grace</a> Tel: +44 20 7946 0958</article>',
};

const page = (body: string) =>
  `<!DOCTYPE html><html lang="en-GB"><head><title>Team | Acme</title></head><body>${GRACE.html}${body}</body></html>`;

/** Cloudflare's email protection: a key byte, then each character XORed with it, in hex. */
export function cloudflareHex(email: string, key = 0x5a): string {
  const hex = (n: number) => n.toString(16).padStart(2, '0');
  return hex(key) + [...email].map((ch) => hex(ch.charCodeAt(0) ^ key)).join('');
}

/** Items of a list, `perItem` pieces of markup to each (one line of text each). */
function list(pieces: string[], perItem: number): string {
  const items: string[] = [];
  for (let i = 0; i < pieces.length; i += perItem)
    items.push(`<li>${pieces.slice(i, i + perItem).join(' ')}</li>`);
  return `<ul>${items.join('')}</ul>`;
}

/** 5,000 links to `mailto:a.a.….a@x`, each 2,000 characters and on a line of its own: no address, and costly to look for one. */
export function longMailtoLinks(count = 5_000): HostilePage {
  const link = `<a href="mailto:${'a.'.repeat(999)}a@x">Mail</a>`;
  return { name: `${count} long mailto links`, html: page(list(Array(count).fill(link), 1)) };
}

/**
 * `count` Cloudflare-protected addresses after 3,000 plain mailto: links (icon links), ten to a
 * line: more than the link budget together.
 */
export function cloudflareAddresses(count = 5_000): HostilePage {
  const links: string[] = [];
  for (let i = 0; i < 3_000; i++) links.push(`<a href="mailto:m${i}@links.example">✉</a>`);
  const spans: string[] = [];
  for (let i = 0; i < count; i++)
    spans.push(
      `<span class="__cf_email__" data-cfemail="${cloudflareHex(`p${i}@cf.example`)}">[email&#160;protected]</span>`,
    );
  return { name: `${count} Cloudflare-protected addresses`, html: page(list(links, 10) + list(spans, 10)) };
}

/** 50 hCards nested in one another, each one also every field of its parent, around 450 KB of text. */
export function nestedVcards(depth = 50): HostilePage {
  const text = `<p>${'Lorem ipsum dolor sit amet consectetur. '.repeat(11_250)}</p>`;
  let html = text;
  for (let i = depth; i > 0; i--)
    html = `<div class="vcard fn org title email tel url"><span class="fn">Person ${i}</span>${html}</div>`;
  return { name: `${depth} nested .vcards around 450 KB`, html: page(html) };
}

/** Runs of a million spaces, line feeds and no-break spaces between the words of a card. */
export function whitespaceRuns(): HostilePage {
  const run = ' \n\t&#160;'.repeat(250_000);
  return {
    name: 'long whitespace runs',
    html: page(
      `<div class="vcard"><span class="fn">Ada${run}Example</span><a class="email" href="mailto:${run}ada@acme.example">${run}</a></div><pre>${run}</pre><p>Tel:${run}+44 20 7946 0000</p>`,
    ),
  };
}

/** Property and method names of an element that a `<form>`'s named inputs shadow. */
export const FORM_SHADOWED = [
  'hasAttribute',
  'getAttribute',
  'querySelector',
  'querySelectorAll',
  'closest',
  'firstChild',
  'nextSibling',
  'nodeType',
  'localName',
  'className',
  'parentElement',
  'textContent',
];

/** A form whose named inputs shadow its own properties, with a contact inside it. */
export function shadowingForm(names: readonly string[] = FORM_SHADOWED): HostilePage {
  const inputs = names.map((name) => `<input name="${name}">`).join('');
  return {
    name: 'a form whose inputs shadow its properties',
    html: page(
      `<form class="contact" role="form">${inputs}<p>Ada Example, CTO</p><a href="mailto:ada@acme.example">✉</a></form>`,
    ),
  };
}

export function hostilePages(): HostilePage[] {
  return [longMailtoLinks(), cloudflareAddresses(), nestedVcards(), whitespaceRuns(), shadowingForm()];
}

/** The caps of lib/page/limits.ts a reading broke, in words; [] when all held. */
export function brokenCaps(reading: PageReading): string[] {
  const broken: string[] = [];
  const lines = reading.lines ?? [];
  const targets = lines.flatMap((line) => line.emails);
  const numbers = lines.flatMap((line) => line.phones);
  const check = (held: boolean, cap: string) => held || broken.push(cap);
  check(reading.candidates.length <= LIMITS.candidates, `at most ${LIMITS.candidates} candidates`);
  check(lines.length <= LIMITS.lines, `at most ${LIMITS.lines} lines`);
  check(targets.length + numbers.length <= LIMITS.links, `at most ${LIMITS.links} link targets in all`);
  check(
    targets.every((email) => email.length <= LIMITS.emailChars),
    `emails of at most ${LIMITS.emailChars} characters`,
  );
  check(
    numbers.every((phone) => phone.length <= LIMITS.phoneChars),
    `phones of at most ${LIMITS.phoneChars} characters`,
  );
  const text = lines.reduce((sum, line) => sum + line.text.length, 0);
  check(text <= LIMITS.textChars, `at most ${LIMITS.textChars} characters of text`);
  return broken;
}
