import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * `--mode test` (npm run build:test) is the only build that may talk to loopback:
 * the e2e suite and the demo need the sandbox on 127.0.0.1 and content-script
 * injection into loopback pages without a user gesture (Playwright cannot grant activeTab).
 */
const LOOPBACK_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  // Separate outputs let two checkouts' worth of builds (or engineers) run side by side.
  outDir: process.env.SIDECARD_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
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
      name: 'Sidecard',
      description:
        'Capture the person on this page into ActiveCampaign: right lists, right tags, nothing overwritten.',
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
      ...(browser === 'firefox'
        ? { optional_permissions: ['https://*/*'] }
        : { optional_host_permissions: ['https://*/*'] }),
      ...(testBuild ? { host_permissions: LOOPBACK_HOSTS } : {}),
      commands: {
        [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
          suggested_key: { default: 'Alt+Shift+S' },
          description: 'Quick capture (open the popup)',
        },
        'open-side-panel': {
          suggested_key: { default: 'Alt+Shift+P' },
          description: 'Open the Sidecard side panel',
        },
        'capture-page': {
          suggested_key: { default: 'Alt+Shift+C' },
          description: 'Capture this page in the side panel',
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
              gecko: { id: 'sidecard@sidecard.dev', strict_min_version: '115.0' },
            },
          }
        : {}),
    };
  },
});
