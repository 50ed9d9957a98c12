/** Helpers shared by the LinkedIn profile and list extractors. */

/**
 * `https://www.linkedin.com/in/<slug>`: no query, no trailing slash, no locale (`de.linkedin.com`,
 * `/in/slug/de`), no overlay path.
 */
export function canonicalProfileUrl(href: string | null | undefined): string | undefined {
  const slug = /^(?:https?:\/\/[\w.-]*linkedin\.com)?\/in\/([^/?#\s"\\]+)/i.exec(href?.trim() ?? '')?.[1];
  return slug ? `https://www.linkedin.com/in/${slug}` : undefined;
}

export function isLinkedIn(url: URL): boolean {
  return /(?:^|\.)linkedin\.com$/.test(url.hostname);
}
