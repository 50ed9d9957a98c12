import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * The outbox keeps its items in extension storage. Outside a browser the bench gives it wxt's
 * in-memory fake, as the unit tests do; imported first, before anything reads `wxt/browser`.
 */
(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
