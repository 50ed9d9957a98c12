// @vitest-environment node
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The read-page content script is injected into every page the user reads: it must stay small
 * and quiet. wxt.config.ts swaps webextension-polyfill and WXT's resident-script context for
 * lib/page/shims.ts in its build, and the page code imports only types from the zod contract.
 * Reads the builds made by `npm run build:all` (npm test runs it first).
 */

const root = path.resolve(__dirname, '../..');

describe.each(['chrome-mv3', 'chrome-mv3-test'])('the content script of %s', (dir) => {
  const file = path.join(root, '.output', dir, 'content-scripts/read-page.js');

  it('is at most 15 KB and carries neither the polyfill, zod nor WXT’s announcement to the page', () => {
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: run npm run build:all first`);
    const code = fs.readFileSync(file, 'utf8');
    expect(code.length).toBeLessThanOrEqual(15 * 1024);
    // WXT's ContentScriptContext posts this message to the page when a script starts.
    expect(code).not.toContain('wxt:content-script-started');
    expect(code).not.toContain('This script should only be loaded in a browser extension'); // the polyfill's guard
    expect(code).not.toMatch(/ZodError|\$ZodType/);
  });
});
