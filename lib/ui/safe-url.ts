/**
 * Scraped or remote URLs only become links when they are plain http(s): Preact does not filter
 * `javascript:` in href, so a hostile profile link would otherwise run in our page.
 */
export function safeHttpUrl(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
