import { describe, expect, it } from 'vitest';
import { savedPageContentType } from '@/tests/support/saved-page-type';

const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

describe('the encoding a saved page is served in', () => {
  it('is the one the page declares', () => {
    expect(savedPageContentType(latin1('<meta charset="iso-8859-1"><p>Fr\u00f6hlich</p>'))).toBe(
      'text/html; charset=iso-8859-1',
    );
  });

  it('is UTF-8 for an undeclared page whose bytes are UTF-8', () => {
    expect(savedPageContentType(new TextEncoder().encode('<p>Lena Fröhlich</p>'))).toBe(
      'text/html; charset=utf-8',
    );
  });

  it('is windows-1252 for an undeclared Latin-1 page, as browsers detect it, so its names keep their umlauts', () => {
    expect(savedPageContentType(latin1('<p>Lena Fr\u00f6hlich</p>'))).toBe('text/html; charset=windows-1252');
  });
});
