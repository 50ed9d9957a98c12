import { normalizeCapture } from '@/lib/people';
import type { InterpretRequest } from '@/lib/ui/interpret';

/**
 * lib/ui/interpret.ts for tests in happy-dom, which has no Worker: the same reading on the
 * test's thread (`vi.mock('@/lib/ui/interpret', () => import('@/tests/support/interpret-in-thread'))`).
 * The real Worker runs in the e2e specs (Chromium) and tests/firefox.
 */
export async function interpretReading({ page, defaultCountry }: InterpretRequest) {
  return normalizeCapture(page, { defaultCountry });
}
