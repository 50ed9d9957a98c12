/**
 * Derives lib/people/free-mail.ts, the mailbox providers whose addresses say nothing about an
 * employer, from two npm packages (both downloaded with `npm pack`):
 *
 *   npx tsx scripts/derive-free-mail.ts \
 *     free-email-domains-1.12.6/package/domains.json email-providers-2.27.0/package/common.json \
 *     > lib/people/free-mail.ts
 *
 * free-email-domains (MIT) lists 14,125 free and disposable domains (77 KB gzipped: too much for
 * the panel, and it holds throwaway hosts nobody writes a card with). email-providers (ISC)
 * `common.json` lists the ~360 mail domains ranked in the Majestic Million top 100,000. Kept: the
 * domains in both, the same providers under their other country suffixes ("gmx" → gmx.ch,
 * "hotmail" → hotmail.de), and PATCHES; dropped: EMPLOYERS. Not run by the tests.
 */
import { readFileSync } from 'node:fs';
import { getDomain, getDomainWithoutSuffix } from 'tldts';

/** Common providers neither list ranks, reviewed by hand. */
const PATCHES = [
  'googlemail.com',
  'posteo.de',
  'mailbox.org',
  'hey.com',
  'fastmail.com',
  'tutanota.com',
  'gmx.ch',
];
/** Organisations whose own people write from their domain, though the free list carries it. */
const EMPLOYERS = new Set(
  'facebook.com alibaba.com medscape.com nus.edu.sg law.com catholic.org berlin.de techspot.com geek.com casino.com swissinfo.org saudia.com islamonline.net depechemode.com scubadiving.com elvis.com beer.com dnsmadeeasy.com easypost.com clerk.com discovery.com ancestry.com test.com test.de yourdomain.com mydomain.com www.com name.com'.split(
    ' ',
  ),
);

const [freeFile, commonFile] = process.argv.slice(2);
if (!freeFile || !commonFile) throw new Error('usage: derive-free-mail.ts <domains.json> <common.json>');
const free: string[] = JSON.parse(readFileSync(freeFile, 'utf8'));
const common = new Set<string>(JSON.parse(readFileSync(commonFile, 'utf8')));
const ranked = free.filter((d) => common.has(d) && !EMPLOYERS.has(d));
const brands = new Set(ranked.map((d) => getDomainWithoutSuffix(d)));
const sameBrand = free.filter((d) => getDomain(d) === d && brands.has(getDomainWithoutSuffix(d)));
const domains = [...new Set([...ranked, ...sameBrand, ...PATCHES])].filter((d) => !EMPLOYERS.has(d)).sort();

const lines: string[] = [];
for (const d of domains) {
  const last = lines.length - 1;
  if (last >= 0 && (lines[last] as string).length + d.length < 100) lines[last] += ` ${d}`;
  else lines.push(d);
}
process.stdout.write(`/**
 * Free mailbox providers, ${domains.length} domains: an address there names no employer. Derived by
 * scripts/derive-free-mail.ts from npm free-email-domains 1.12.6 (MIT) and email-providers 2.27.0
 * (ISC, common.json); see docs/extraction-sources.md. Do not edit by hand: rerun the script.
 */
export const FREE_MAIL_DOMAINS = \`
${lines.join('\n')}
\`;
`);
