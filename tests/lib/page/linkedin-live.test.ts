import { describe, expect, it } from 'vitest';
import { extractPage } from '@/lib/page';

/**
 * LinkedIn's 2026 pages as the live tab holds them. Their script nests links (a result card is
 * one `/in/` link around the name's own link and the mutual connections' links), which no HTML
 * parser produces from a saved copy: the live DOM is built here with DOM calls, in the shape of
 * tests/fixtures/pages/101 before it was saved.
 */

function el(tag: string, attrs: Record<string, string>, ...children: (Node | string)[]): Element {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  for (const child of children) node.append(child);
  return node;
}

function resultRow(slug: string, name: string, headline: string, place: string, mutual: [string, string][]) {
  const href = `https://www.linkedin.com/in/${slug}/`;
  return el(
    'div',
    { role: 'listitem' },
    el(
      'a',
      { href },
      el('figure', {}, el('img', { alt: name })),
      el('p', {}, el('a', { href }, name), el('span', {}, '• 2')),
      el('p', {}, headline),
      el('p', {}, place),
      el(
        'p',
        {},
        ...mutual.map(([s, n]) =>
          el('a', { href: `https://www.linkedin.com/in/${s}/` }, el('strong', {}, n)),
        ),
        ' i 47 innych wspólnych kontaktów',
      ),
    ),
  );
}

describe('LinkedIn 2026 search results in the live tab', () => {
  it('gives each result row its own person, never a mutual connection linked inside the row', () => {
    const main = el(
      'main',
      {},
      el(
        'div',
        { role: 'list', 'data-sdui-screen': 'com.linkedin.sdui.flagshipnav.search.SearchResultsPeople' },
        resultRow('ana-nowak', 'Ana Nowak', 'Doradca klienta w Acme', 'Kraków', [
          ['stanioch', 'Michał Stanioch'],
        ]),
        resultRow('jan-kos', 'Jan Kos', 'Kierownik oddziału', 'Gdańsk', [
          ['stanioch', 'Michał Stanioch'],
          ['ola-lis', 'Ola Lis'],
        ]),
      ),
    );
    document.body.replaceChildren(main);
    const { source, candidates } = extractPage(
      document,
      'https://www.linkedin.com/search/results/people/?keywords=x',
    );
    expect(source).toBe('linkedin-list');
    expect(candidates.map((c) => [c.name, c.title, c.location, c.profileUrl])).toEqual([
      ['Ana Nowak', 'Doradca klienta w Acme', 'Kraków', 'https://www.linkedin.com/in/ana-nowak'],
      ['Jan Kos', 'Kierownik oddziału', 'Gdańsk', 'https://www.linkedin.com/in/jan-kos'],
    ]);
  });
});
