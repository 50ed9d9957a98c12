import { z } from '@/lib/zod';
import { LIMITS } from './limits';

/**
 * What the content script returns, as one zod schema; the TypeScript types are inferred from
 * it. Strings are as seen on the page, not yet interpreted or normalised: reading people out of
 * text and normalisation happen in lib/people, in extension pages.
 *
 * The answer comes from a page we do not trust, so the extension page that injected the script
 * validates it here before anything uses it (lib/ui/read-tab.ts). This module is for extension
 * pages only: the content script imports its types (`import type`) and lib/page/limits.ts,
 * never zod.
 */

const text = (max: number) => z.string().max(max);
const count = z.number().int().min(0);

/** Where candidates came from; chosen from the URL, else from the document. */
const sourceSchema = z.enum(['linkedin-profile', 'linkedin-list', 'gmail', 'generic', 'selection']);

/** Fields a confidence can be given for. */
const candidateFieldSchema = z.enum(['name', 'emails', 'phones', 'company', 'title', 'profileUrl']);

const rawCandidateSchema = z.object({
  name: text(LIMITS.valueChars).optional(),
  /** Addresses, or text holding them ("mailto:…", "jane [at] acme [dot] io"). */
  emails: z.array(text(LIMITS.valueChars)).max(LIMITS.values),
  /** Numbers, or short text holding them ("Mobile: +49 …", "tel:+49…"). */
  phones: z.array(text(LIMITS.phoneChars)).max(LIMITS.values),
  company: text(LIMITS.valueChars).optional(),
  title: text(LIMITS.valueChars).optional(),
  /** Canonical profile URL (LinkedIn) or the person's own page. */
  profileUrl: text(LIMITS.valueChars).optional(),
  location: text(LIMITS.valueChars).optional(),
  websites: z.array(text(LIMITS.valueChars)).max(LIMITS.values).optional(),
  /** Lines written by or about this person (a mail signature, a text selection), read in lib/people. */
  lines: z.array(text(LIMITS.lineChars)).max(LIMITS.candidateLines).optional(),
  /** 0..1 per field that carries a value: how sure the extractor is. */
  confidence: z.partialRecord(candidateFieldSchema, z.number().min(0).max(1)),
});

/** One line of a page's text, with where it sits in the document (lib/people reads people from these). */
const pageLineSchema = z.object({
  text: text(LIMITS.lineChars),
  /** 1–6 inside h1–h6, else 0. */
  heading: count.max(6),
  /** Inside site navigation, the banner or the site footer: page chrome, not content. */
  chrome: z.boolean(),
  /** Targets of mailto: and Cloudflare-protected links whose visible text does not show the address. */
  emails: z.array(text(LIMITS.lineChars)).max(LIMITS.lineTargets),
  /** Targets of tel: links whose visible text does not show the number (icon links). */
  phones: z.array(text(LIMITS.lineChars)).max(LIMITS.lineTargets),
  /**
   * The line's element and its nearest ancestors, innermost first, as [first, last] pairs of
   * element numbers in document order: an element contains the elements numbered first..last.
   */
  scope: z.array(count).max(2 * LIMITS.scopeDepth),
  /** Lines whose elements have the same tag and class share this number. */
  shape: count,
});

export const pageReadingSchema = z.object({
  source: sourceSchema,
  url: text(LIMITS.urlChars),
  title: text(LIMITS.titleChars),
  /** The page's language tag (`<html lang>`), for guessing the country of national phone numbers. */
  lang: text(LIMITS.langChars).optional(),
  /** The organisation the page says it belongs to (og:site_name, a JSON-LD Organization or WebSite). */
  siteName: text(LIMITS.titleChars).optional(),
  /** People the page declares or a site extractor read; primary person first. */
  candidates: z.array(rawCandidateSchema).max(LIMITS.candidates),
  /** Any other page: its text, in which lib/people finds the people written there; on Gmail, the thread's quoted history. */
  lines: z.array(pageLineSchema).max(LIMITS.lines).optional(),
});

export type SourceKind = z.infer<typeof sourceSchema>;
export type CandidateField = z.infer<typeof candidateFieldSchema>;
export type RawCandidate = z.infer<typeof rawCandidateSchema>;
export type PageLine = z.infer<typeof pageLineSchema>;
export type PageReading = z.infer<typeof pageReadingSchema>;
