/**
 * Every bound of the content script's answer, in one place: the page code stops at these
 * (fast and small on any page, including hostile ones: a 20 MB page, 100 000 mailto links)
 * and lib/page/contract.ts rejects an answer that exceeds them. A plain object, so the content
 * script can import it without zod.
 */
export const LIMITS = {
  /** Candidates returned per page: a team page of 60 people is read whole (#19 item 5). */
  candidates: 100,
  /** Characters of page text read. */
  textChars: 200_000,
  /** Lines of page text returned. */
  lines: 5_000,
  /** Links whose targets are inspected; each Cloudflare-protected address counts as one. */
  links: 5_000,
  /** Characters of a candidate's text value: name, company, title, profile URL, location, email, website. */
  valueChars: 500,
  /** Characters of a candidate's phone value ("Mobile: +49 …"), and of a tel: link's number. */
  phoneChars: 100,
  /** Characters of an email address (RFC 5321): a longer mailto: or Cloudflare target is no address. */
  emailChars: 254,
  /** Values kept per candidate list (emails, phones, websites). */
  values: 10,
  /** Lines attached to one candidate (a mail signature, a text selection). */
  candidateLines: 200,
  /** Characters of one line of text, and of one link target. */
  lineChars: 2_000,
  /** Link targets (mailto:, tel:) kept per line. */
  lineTargets: 20,
  /** Containers whose place a line carries: its own element and five ancestors. */
  scopeDepth: 6,
  /** Characters of the page's URL, of its title and site name, of its language tag. */
  urlChars: 4_000,
  titleChars: 500,
  langChars: 35,
} as const;
