// @vitest-environment node
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pngSize, STORE_DIR, STORE_SIZE } from '../demo/shots';

/** The pictures docs/store.md says to upload, as `npm run demo -- --headless` last wrote them. */
const STORE_PICTURES = ['sidepanel.png', 'popup.png', 'options.png'];

describe('the store screenshots', () => {
  it.each(STORE_PICTURES)('%s is exactly the 1280×800 the Chrome Web Store takes', (name) => {
    expect(pngSize(path.join(STORE_DIR, name))).toEqual(STORE_SIZE);
  });

  it('are the only pictures in the store folder', () => {
    expect(fs.readdirSync(STORE_DIR).sort()).toEqual([...STORE_PICTURES].sort());
  });
});
