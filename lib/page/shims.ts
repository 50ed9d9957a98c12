/**
 * Stand-ins used only when building the read-page content script (aliased in wxt.config.ts).
 *
 * That script runs once per reading and returns a value: WXT's resident-script machinery
 * (ContentScriptContext: a location watcher, invalidation events, and a `window.postMessage`
 * that tells the page an extension script started) and the ~10 KB webextension-polyfill would
 * be dead weight in a script injected into every page read, and the announcement would let
 * the page notice us. Other entrypoints keep both.
 */

const globals = globalThis as unknown as { browser?: unknown; chrome?: unknown };

/** For `webextension-polyfill`: Chromium (MV3) and Firefox both provide a promise-based global. */
export default globals.browser ?? globals.chrome;

/** For `wxt/utils/content-script-context`: the one-shot reading never uses its context. */
export class ContentScriptContext {
  constructor(readonly contentScriptName: string) {}
}
