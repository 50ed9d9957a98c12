import { append } from './collect';
import { squash } from './text';
import type { CandidateField, RawCandidate } from './types';

/**
 * Building RawCandidates in one place: values trimmed, capped (as lib/messaging/protocol.ts's schema
 * allows) and de-duplicated (emails case-insensitively, phones by digits), with the extractor's
 * confidence per field.
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
  const text = squash(value ?? '').slice(0, 500);
  if (!text || c[field]) return;
  c[field] = text;
  if (field !== 'location') c.confidence[field] = confidence;
}

/** The key two values of a list field are the same under. */
export const listKey = (field: ListField, s: string): string =>
  field === 'phones' ? s.replace(/\D/g, '') : s.toLowerCase();

/** Adds values to a list field, skipping repeats; keeps at most ten. */
export function addValues(c: RawCandidate, field: ListField, values: string[], confidence: number): void {
  c[field] ??= [];
  const list = c[field];
  for (let i = 0; i < values.length; i++) {
    const text = squash(values[i] as string).slice(0, field === 'phones' ? 100 : 500);
    let known = !text || list.length > 9;
    for (let k = 0; k < list.length && !known; k++)
      known = listKey(field, list[k] as string) === listKey(field, text);
    if (known) continue;
    append(list, text);
    if (field !== 'websites') c.confidence[field] = Math.max(c.confidence[field] ?? 0, confidence);
  }
}

/** Copies what `from` knows and `into` lacks (two sources describing one person). */
export function mergeInto(into: RawCandidate, from: RawCandidate): void {
  const fields: TextField[] = ['name', 'company', 'title', 'profileUrl', 'location'];
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i] as TextField;
    setField(into, f, from[f], from.confidence[f as CandidateField] ?? 0.5);
  }
  addValues(into, 'emails', from.emails, from.confidence.emails ?? 0.5);
  addValues(into, 'phones', from.phones, from.confidence.phones ?? 0.5);
  addValues(into, 'websites', from.websites ?? [], 0);
}
