/**
 * Bounds that keep extraction fast and its result small on any page, including hostile ones
 * (a 20 MB page, 100 000 mailto links): work stops at these limits instead of running long.
 * lib/messaging/protocol.ts validates the content script's answer against the same bounds.
 */
export const LIMITS = {
  /** Candidates returned per page. */
  candidates: 50,
  /** Characters of page text read. */
  textChars: 200_000,
  /** Lines of page text returned. */
  lines: 5_000,
  /** Links whose targets are inspected. */
  links: 5_000,
} as const;
