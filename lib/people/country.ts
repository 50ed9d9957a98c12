import type { PageReading } from '@/lib/page/contract';
import { hostOf } from './domain';

/**
 * The country a page is written for, for reading its national phone numbers ("020 7946 0958"
 * on a .co.uk page is +44 20 7946 0958).
 */

/** Country-code TLDs whose ISO code differs. */
const TLD_COUNTRY: Record<string, string> = { uk: 'GB', su: 'RU' };
/** A language that names its main country when the page gives no region ("de" → DE). */
const LANGUAGE_COUNTRY: Record<string, string> = {
  de: 'DE',
  fr: 'FR',
  it: 'IT',
  es: 'ES',
  nl: 'NL',
  sv: 'SE',
  da: 'DK',
  nb: 'NO',
  fi: 'FI',
  pl: 'PL',
  cs: 'CZ',
  pt: 'PT',
  ja: 'JP',
  ko: 'KR',
  el: 'GR',
  hu: 'HU',
  ro: 'RO',
  tr: 'TR',
};

/** The page's country: the region of its language tag ("en-GB"), its country-code TLD, or its language. */
export function pageCountry(page: Pick<PageReading, 'url' | 'lang'>): string | undefined {
  const [language, region] = (page.lang ?? '').toLowerCase().split(/[-_]/);
  if (region && /^[a-z]{2}$/.test(region)) return region.toUpperCase();
  const tld = /\.([a-z]{2})$/.exec(hostOf(page.url))?.[1];
  if (tld) return TLD_COUNTRY[tld] ?? tld.toUpperCase();
  return language ? LANGUAGE_COUNTRY[language] : undefined;
}
