import { normalizeCapture } from '@/lib/people';
import type { InterpretRequest } from './interpret';

/**
 * Reads the people out of a page reading (lib/people) off the extension page's main thread:
 * the side panel, popup and options share one renderer, so a page that takes long to read must
 * not freeze them. Runs with no extension API (lib/i18n.ts words nothing here).
 */
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<InterpretRequest>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = ({ data }) => {
  scope.postMessage(normalizeCapture(data.page, { defaultCountry: data.defaultCountry }));
};
