/**
 * What a role line may name after a dash, a bar or in brackets besides an organisation: an area
 * ("Sales Manager – Germany", "VP Sales (EMEA)", "Partner | Tax"). Country and region names come
 * from CLDR through Intl.DisplayNames in the languages we read; markets and departments from the
 * short lists below.
 */

/** The languages of the pages we read, whose region names count. */
const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'sv', 'da', 'nb', 'pl', 'cs', 'pt'];
/** UN M49 areas CLDR names ("Europe", "Latin America", "Western Europe"). */
const M49 = '001 002 005 009 013 019 021 030 034 035 039 142 143 145 150 151 154 155 419'.split(' ');
/** Markets and departments a card names after its role. */
const MARKETS_AND_DEPARTMENTS = new Set(
  (
    'emea apac dach latam benelux nordics nordic americas mena cee ' +
    'tax corporate litigation finance engineering operations legal it hr sales marketing ' +
    'communications consulting research product design'
  ).split(' '),
);

let regions: Set<string> | undefined;

/** Every region's name in every language read, built once. */
function regionNames(): Set<string> {
  if (regions) return regions;
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const codes = [...letters].flatMap((a) => [...letters].map((b) => a + b)).concat(M49);
  regions = new Set();
  for (const language of LANGUAGES) {
    const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    for (const code of codes) {
      const name = names.of(code);
      if (name) regions.add(name.toLowerCase());
    }
  }
  return regions;
}

/** True when `s` names an area, not an organisation: a country, a region, a market or a department. */
export function namesArea(s: string): boolean {
  const key = s.trim().toLowerCase();
  return MARKETS_AND_DEPARTMENTS.has(key) || regionNames().has(key);
}
