import type { CandidateField, RawCandidate } from './contract';
import { LIMITS } from './limits';
import { squash } from './text';

/**
 * The one way a RawCandidate is filled, by the page code and by lib/people alike: values
 * squashed, capped to the contract's limits and de-duplicated (emails case-insensitively,
 * phones by digits), with the reader's confidence per field.
 */

type TextField = 'name' | 'company' | 'title' | 'profileUrl' | 'location';
type ListField = 'emails' | 'phones' | 'websites';

export function emptyCandidate(): RawCandidate {
  return { emails: [], phones: [], confidence: {} };
}

/** Sets `field` unless a surer source already did (callers go from surest to least sure). */
export function setField(
  c: RawCandidate,
  field: TextField,
  value: string | null | undefined,
  confidence: number,
): void {
  const text = squash(value ?? '').slice(0, LIMITS.valueChars);
  if (!text || c[field]) return;
  c[field] = text;
  if (field !== 'location') c.confidence[field] = confidence;
}

/** The key two values of a list field are the same under. */
export const listKey = (field: ListField, s: string): string =>
  field === 'phones' ? s.replace(/\D/g, '') : s.toLowerCase();

/** Adds values to a list field, skipping repeats; keeps at most LIMITS.values. */
export function addValues(c: RawCandidate, field: ListField, values: string[], confidence: number): void {
  c[field] ??= [];
  const list = c[field];
  for (const value of values) {
    const text = squash(value).slice(0, field === 'phones' ? LIMITS.phoneChars : LIMITS.valueChars);
    const key = listKey(field, text);
    if (!text || list.length >= LIMITS.values || list.some((known) => listKey(field, known) === key))
      continue;
    list.push(text);
    if (field !== 'websites') c.confidence[field] = Math.max(c.confidence[field] ?? 0, confidence);
  }
}

/** Copies what `from` knows and `into` lacks (two sources describing one person). */
export function mergeInto(into: RawCandidate, from: RawCandidate): void {
  for (const f of ['name', 'company', 'title', 'profileUrl', 'location'] as const)
    setField(into, f, from[f], from.confidence[f as CandidateField] ?? 0.5);
  addValues(into, 'emails', from.emails, from.confidence.emails ?? 0.5);
  addValues(into, 'phones', from.phones, from.confidence.phones ?? 0.5);
  addValues(into, 'websites', from.websites ?? [], 0);
}
