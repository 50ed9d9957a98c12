import type { PageReading } from './contract';
import { declaredUrl, isSavedCopy, rootOf, titleOf } from './dom';
import type { Extractor } from './extractor';
import { generic } from './generic';
import { gmail } from './gmail';
import { LIMITS } from './limits';
import { linkedinList } from './linkedin-list';
import { linkedinProfile } from './linkedin-profile';

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
  const root = rootOf(doc);
  if (!root) return { source: 'generic', url: url.slice(0, LIMITS.urlChars), title: '', candidates: [] };
  // A saved page is recognised by the address it declares (canonical link, og:url), else by its markup.
  const declared = isSavedCopy(given) ? parseUrl(declaredUrl(root)) : undefined;
  const pageUrl = declared && !isSavedCopy(declared) ? declared : given;
  const chosen = SITE_EXTRACTORS.find((extractor) => extractor.matches(root, pageUrl)) ?? generic;
  return {
    source: chosen.source,
    url: url.slice(0, LIMITS.urlChars),
    title: titleOf(root).slice(0, LIMITS.titleChars),
    lang: root.getAttribute('lang')?.slice(0, LIMITS.langChars) || undefined,
    ...chosen.extract(root, pageUrl),
  };
}
