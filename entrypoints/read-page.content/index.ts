import { extractPage } from '@/lib/page';

/**
 * Injected on demand (`browser.scripting.executeScript({ files: ['content-scripts/read-page.js'] })`):
 * reads the page once and returns a structured-cloneable PageReading. No listeners stay behind;
 * normalisation happens in the extension page that receives the result.
 */
export default defineContentScript({
  registration: 'runtime',
  main: () => extractPage(document, location.href),
});
