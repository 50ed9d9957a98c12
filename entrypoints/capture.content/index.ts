import { extractPage } from '@/lib/extract';

/**
 * Injected on demand (`browser.scripting.executeScript({ files: ['content-scripts/capture.js'] })`):
 * reads the page once and returns a structured-cloneable PageCapture. No listeners stay behind;
 * normalisation happens in the extension page that receives the result.
 */
export default defineContentScript({
  registration: 'runtime',
  main: () => extractPage(document, location.href),
});
