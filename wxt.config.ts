import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { AC_HOST_PERMISSIONS } from './lib/api-url';

/**
 * `--mode test` (npm run build:test) is the only build that may talk to loopback:
 * the e2e suite and the demo need the sandbox on 127.0.0.1 and content-script
 * injection into loopback pages without a user gesture (Playwright cannot grant activeTab).
 */
const LOOPBACK_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];
const LOOPBACK_ORIGINS = ['http://127.0.0.1:*', 'http://localhost:*'];

/**
 * Where the API key may go: ActiveCampaign's hosts, plus any custom endpoint origins this build was
 * made for (comma-separated https origins in SIDECARD_CUSTOM_API_ORIGINS). The same list bounds the
 * optional host permissions and the extension pages' CSP `connect-src`, so even a bug cannot send
 * anything elsewhere (docs/activecampaign.md#redirects).
 */
const CUSTOM_API_ORIGINS = (process.env.SIDECARD_CUSTOM_API_ORIGINS ?? '')
  .split(',')
  .map((o) => o.trim())
  .filter((o) => /^https:\/\/[a-z0-9.-]+(:\d+)?$/i.test(o));
const API_HOST_PERMISSIONS = [...AC_HOST_PERMISSIONS, ...CUSTOM_API_ORIGINS.map((o) => `${o}/*`)];
const connectSrc = (testBuild: boolean): string =>
  [
    "'self'",
    ...API_HOST_PERMISSIONS.map((p) => p.replace(/\/\*$/, '')),
    ...(testBuild ? LOOPBACK_ORIGINS : []),
  ].join(' ');

export default defineConfig({
  // Separate outputs let two checkouts' worth of builds (or engineers) run side by side.
  outDir: process.env.SIDECARD_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // Firefox's sources zip is what AMO's reviewers rebuild from (docs/store.md): the tests, their
  // saved pages and screenshots are not part of the build.
  zip: { excludeSources: ['tests/**'] },
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // Firefox MV2 runs the background as an event page, which unloads when idle like Chrome's
    // service worker: one lifecycle for the code to be written against, and no resident page.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser === 'firefox' && manifest.background && 'scripts' in manifest.background)
        manifest.background.persistent = false;
    },
    // The read-page content script is injected into every captured page and runs once: it gets
    // lib/page/shims.ts instead of webextension-polyfill and WXT's resident-script
    // context. Every other entrypoint keeps both.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.type === 'content-script' && e.name === 'read-page')) return;
      const shims = `${config.root ?? process.cwd()}/lib/page/shims.ts`;
      const alias = config.resolve?.alias ?? {};
      // Vite takes aliases as an object or an array; the shims go first either way.
      const list = Array.isArray(alias)
        ? alias
        : Object.entries(alias).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
      // Injected into every page the user reads: terser packs it about 6 % smaller than esbuild,
      // which keeps it within the 15 KB budget (tests/build/content-script.test.ts). ES2022 keeps
      // Unicode property escapes as regex literals (every browser with a side panel or Firefox
      // ESR has them); functions that never use `this` or `arguments` become arrows.
      config.build = {
        ...config.build,
        minify: 'terser',
        target: 'es2022',
        terserOptions: { compress: { passes: 2, unsafe_arrows: true }, ecma: 2020 },
      };
      config.resolve = {
        ...config.resolve,
        alias: [
          { find: /^webextension-polyfill$/, replacement: shims },
          { find: /^wxt\/utils\/content-script-context$/, replacement: shims },
          ...list,
        ],
      };
    },
  },
  manifest: ({ browser, mode }) => {
    const testBuild = mode === 'test';
    return {
      // Both from public/_locales, in the browser's language (docs/i18n.md).
      name: '__MSG_ext_name__',
      description: '__MSG_ext_description__',
      default_locale: 'en',
      // Firefox has a sidebar (sidebar_action, from the same entrypoint) instead of the sidePanel API.
      permissions: [
        'activeTab',
        'scripting',
        ...(browser === 'firefox' ? [] : ['sidePanel']),
        'storage',
        'alarms',
        'contextMenus',
      ],
      // The user's own ActiveCampaign origin is requested at runtime, for exactly that origin.
      // Firefox requests only origins listed as optional, even ones already granted: the test
      // build lists loopback there too, so the options page takes the same path as with AC.
      ...(browser === 'firefox'
        ? { optional_permissions: [...API_HOST_PERMISSIONS, ...(testBuild ? LOOPBACK_HOSTS : [])] }
        : { optional_host_permissions: API_HOST_PERMISSIONS }),
      ...(testBuild ? { host_permissions: LOOPBACK_HOSTS } : {}),
      ...(mode === 'development'
        ? {} // WXT's dev server needs its own websocket.
        : browser === 'firefox'
          ? {
              content_security_policy: `script-src 'self'; object-src 'self'; connect-src ${connectSrc(testBuild)}`,
            }
          : {
              content_security_policy: {
                extension_pages: `script-src 'self'; object-src 'self'; connect-src ${connectSrc(testBuild)}`,
              },
            }),
      // storage.local.setAccessLevel (the key hidden from content scripts) needs Chrome 140.
      ...(browser === 'firefox' ? {} : { minimum_chrome_version: '140' }),
      commands: {
        [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
          suggested_key: { default: 'Alt+Shift+S' },
          description: '__MSG_command_quick_capture__',
        },
        'open-side-panel': {
          suggested_key: { default: 'Alt+Shift+P' },
          description: '__MSG_command_open_side_panel__',
        },
        'capture-page': {
          suggested_key: { default: 'Alt+Shift+C' },
          description: '__MSG_command_capture_page__',
        },
      },
      // Chrome: what an administrator may set by policy (storage.managed, read in lib/storage.ts).
      // Firefox reads policies from a managed-storage manifest instead, and warns about this key.
      ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
      // Declared with no ids: no other extension and no web page may message us.
      externally_connectable: { ids: [] },
      ...(browser === 'firefox'
        ? {
            browser_specific_settings: {
              // A fixed id: updates keep the user's data, and tests map it to a known moz-extension host.
              gecko: {
                id: 'sidecard@sidecard.dev',
                // 140 is the oldest ESR still supported, and the first that reads the data consent below.
                strict_min_version: '140.0',
                // Contacts read from pages (names, emails, phones) go to the user's ActiveCampaign account.
                data_collection_permissions: { required: ['personallyIdentifyingInfo', 'websiteContent'] },
              },
              gecko_android: { strict_min_version: '142.0' },
            },
          }
        : {}),
    };
  },
});
