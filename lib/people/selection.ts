import type { RawCandidate } from '@/lib/page/contract';
import { LIMITS } from '@/lib/page/limits';

/**
 * Text the user selected (a signature, an address block) as one raw candidate: its lines,
 * which lib/people reads like a signature. Null when nothing is selected.
 */
export function extractSelection(text: string): RawCandidate | null {
  // More than any signature: a whole page selected is cut, not scanned.
  const lines = text.slice(0, 5e3).split(/\r?\n/).slice(0, LIMITS.candidateLines);
  return text.trim() ? { emails: [], phones: [], confidence: {}, lines } : null;
}
