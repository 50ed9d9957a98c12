import { t } from '@/lib/i18n';
import type { PageReading } from '@/lib/page/contract';
import type { NormalizedCandidate } from '@/lib/people/types';
import InterpretWorker from './interpret.worker.ts?worker';
import { ReadTabError } from './read-tab';

/**
 * The people in a page reading, read in a Worker (interpret.worker.ts) within a time budget:
 * on a page that holds too much, the panel stays responsive and says so instead of freezing.
 * One Worker per reading, ended when it answers or runs out of time.
 */

export interface InterpretRequest {
  page: PageReading;
  defaultCountry?: string;
}

/** Time the people of one page may take to read; the dev corpus's largest pages take well under a second. */
const INTERPRET_BUDGET_MS = 5_000;

export function interpretReading(request: InterpretRequest): Promise<NormalizedCandidate[]> {
  // Vite's `?worker` import bundles the worker with its imports into one classic script (its
  // default `worker.format`), which Chromium and Firefox extension pages both run. The
  // `new Worker(new URL(…, import.meta.url))` form is not bundled under WXT, which defines
  // `import.meta.url` for its service worker (wxt-dev/wxt#2032).
  const worker = new InterpretWorker();
  return new Promise<NormalizedCandidate[]>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new ReadTabError(t('read_too_much', { seconds: INTERPRET_BUDGET_MS / 1000 }))),
      INTERPRET_BUDGET_MS,
    );
    worker.onmessage = ({ data }: MessageEvent<NormalizedCandidate[]>) => {
      clearTimeout(timer);
      resolve(data);
    };
    worker.onerror = (event) => {
      clearTimeout(timer);
      event.preventDefault();
      reject(new Error(`interpreting the page failed: ${event.message}`));
    };
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}
