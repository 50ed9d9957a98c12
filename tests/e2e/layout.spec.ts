import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PANEL_STATES, panelIn } from './panel-states';

/** The side panel fits any width Chrome lets a user drag it to: nothing is cut off or scrolls sideways. */

// Each test reaches its state from a fresh browser and checks it several times: allow for a busy machine.
test.describe.configure({ timeout: 180_000 });

const WIDTHS = [320, 400, 600];

/** How the page overflows at its current width: the document's scroll width, and elements past the right edge. */
function overflow(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const beyond = [...document.body.querySelectorAll('*')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.right > width + 0.5;
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} "${el.textContent?.slice(0, 40)}"`);
    return { scrollWidth: root.scrollWidth, clientWidth: width, beyond };
  });
}

for (const state of PANEL_STATES) {
  test(`the side panel fits 320 to 600 px wide: ${state}`, async ({ extension, ac, pages }) => {
    const panel = await panelIn(state, { extension, ac, pages });
    for (const width of WIDTHS) {
      await panel.setViewportSize({ width, height: 800 });
      await expect
        .poll(() => panel.evaluate(() => document.documentElement.clientWidth))
        .toBeLessThanOrEqual(width);
      const { scrollWidth, clientWidth, beyond } = await overflow(panel);
      expect(beyond, `${state} at ${width} px`).toEqual([]);
      expect(scrollWidth, `${state} at ${width} px`).toBeLessThanOrEqual(clientWidth);
    }
  });
}
