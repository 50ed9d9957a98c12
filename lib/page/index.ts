import { declaredUrl, isSavedCopy } from './dom';
import { generic } from './generic';
import { gmail } from './gmail';
import { linkedinList } from './linkedin-list';
import { linkedinProfile } from './linkedin-profile';
import { squash } from './text';
import type { Extractor, PageReading } from './types';

export { extractSelection } from '@/lib/people/selection';

/**
 * Entry point of the content script: picks the extractor for the page and runs it.
 * Site extractors are tried in order; `generic` reads any other page.
 */
const SITE_EXTRACTORS: readonly Extractor[] = [gmail, linkedinProfile, linkedinList];

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

export function extractPage(doc: Document, url: string): PageReading {
  const given = parseUrl(url) ?? new URL('about:blank');
  // A saved page is recognised by the address it declares (canonical link, og:url), else by its markup.
  const declared = isSavedCopy(given) ? parseUrl(declaredUrl(doc)) : undefined;
  const pageUrl = declared && !isSavedCopy(declared) ? declared : given;
  let chosen: Extractor = generic;
  for (let i = 0; i < SITE_EXTRACTORS.length; i++) {
    const extractor = SITE_EXTRACTORS[i] as Extractor;
    if (extractor.matches(doc, pageUrl)) {
      chosen = extractor;
      break;
    }
  }
  return {
    source: chosen.source,
    url: url.slice(0, 4e3),
    title: squash(doc.title ?? '').slice(0, 500),
    lang: doc.documentElement?.getAttribute('lang')?.slice(0, 35) || undefined,
    ...chosen.extract(doc, pageUrl),
  };
}
