// @vitest-environment node
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * What the extension asks of the browser is a product decision (and a store review): any change
 * to permissions, hosts, CSP or exposed resources must show up here. Reads the builds made by
 * `npm run build:all` (npm test runs it first).
 */

const root = path.resolve(__dirname, '../..');
function manifest(dir: string): Record<string, unknown> {
  const file = path.join(root, '.output', dir, 'manifest.json');
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run npm run build:all first`);
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

const PERMISSIONS = ['activeTab', 'scripting', 'sidePanel', 'storage', 'alarms', 'contextMenus'];
/** ActiveCampaign's API regions known from public sources, and its app host (docs/activecampaign.md#api-hosts). */
const AC_HOSTS = [
  'https://*.api-us1.com/*',
  'https://*.api-us2.com/*',
  'https://*.api-eu1.com/*',
  'https://*.activehosted.com/*',
];

describe('the Chrome release manifest', () => {
  const m = manifest('chrome-mv3');

  it('asks only for what Sidecard uses, and no site at install', () => {
    expect(m.manifest_version).toBe(3);
    expect(m.permissions).toEqual(PERMISSIONS);
    expect(m.host_permissions).toBeUndefined();
    // Only ActiveCampaign's hosts: the key can be sent nowhere else (custom endpoints are a build option).
    expect(m.optional_host_permissions).toEqual(AC_HOSTS);
    // storage.local.setAccessLevel keeps the key from content scripts from Chrome 140 on.
    expect(m.minimum_chrome_version).toBe('140');
    expect(JSON.stringify(m)).not.toContain('<all_urls>');
    expect(m.content_scripts ?? []).toEqual([]);
  });

  it('has the popup, side panel, options page and service worker', () => {
    expect(m.action).toMatchObject({ default_popup: 'popup.html' });
    expect(m.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(m.options_ui).toMatchObject({ page: 'options.html' });
    expect(m.background).toEqual({ service_worker: 'background.js' });
  });

  it('lets no other extension or page connect, exposes nothing, loads no remote code', () => {
    expect(m.externally_connectable).toEqual({ ids: [] });
    expect(m.web_accessible_resources).toBeUndefined();
    // Scripts only from the package, and network access only to ActiveCampaign.
    expect(m.content_security_policy).toEqual({
      extension_pages:
        "script-src 'self'; object-src 'self'; connect-src 'self' https://*.api-us1.com https://*.api-us2.com https://*.api-eu1.com https://*.activehosted.com",
    });
    const code = fs
      .readdirSync(path.join(root, '.output/chrome-mv3'), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.js') || f.endsWith('.html'));
    for (const file of code) {
      const text = fs.readFileSync(path.join(root, '.output/chrome-mv3', file), 'utf8');
      expect(text, file).not.toMatch(/<script[^>]+src=["']https?:/i);
      expect(text, file).not.toMatch(/import\(\s*["']https?:/);
    }
  });

  it('lets an administrator set settings by policy, as described in the shipped schema', () => {
    expect(m.storage).toEqual({ managed_schema: 'managed_schema.json' });
    expect(fs.existsSync(path.join(root, '.output/chrome-mv3/managed_schema.json'))).toBe(true);
  });

  it('offers shortcuts for quick capture, the side panel and capturing the page', () => {
    expect(Object.keys(m.commands as object).sort()).toEqual([
      '_execute_action',
      'capture-page',
      'open-side-panel',
    ]);
  });
});

describe('the test build', () => {
  it('adds loopback hosts, and only those', () => {
    const m = manifest('chrome-mv3-test');
    expect(m.host_permissions).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
    expect(JSON.stringify(m.content_security_policy)).toContain('connect-src');
    expect(JSON.stringify(m.content_security_policy)).toContain('http://127.0.0.1:*');
    expect(m.permissions).toEqual(PERMISSIONS);
  });
});

describe('the Firefox build', () => {
  const m = manifest('firefox-mv2');

  it('uses a sidebar that does not open at install, and no side panel', () => {
    expect(m.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html', open_at_install: false });
    expect(m.side_panel).toBeUndefined();
    expect(m.permissions).not.toContain('sidePanel');
  });

  it('asks for no site at install, only optionally for the AC origin', () => {
    expect(m.optional_permissions).toEqual(AC_HOSTS);
    const perms = m.permissions as string[];
    expect(perms.filter((p) => p.includes('://') || p === '<all_urls>')).toEqual([]);
    expect(m.web_accessible_resources).toBeUndefined();
  });
  it('has a fixed add-on id, an event page, and declares the personal data it sends', () => {
    expect(m.browser_specific_settings).toMatchObject({
      gecko: {
        id: 'sidecard@sidecard.dev',
        data_collection_permissions: { required: ['personallyIdentifyingInfo', 'websiteContent'] },
      },
    });
    expect(m.background).toEqual({ scripts: ['background.js'], persistent: false });
  });

  it('test build: adds loopback hosts, and only those', () => {
    const test = manifest('firefox-mv2-test');
    const loopback = ['http://127.0.0.1/*', 'http://localhost/*'];
    expect((test.permissions as string[]).filter((p) => p.includes('://'))).toEqual(loopback);
    expect(test.optional_permissions).toEqual([...AC_HOSTS, ...loopback]);
  });
});
