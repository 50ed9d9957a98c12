import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  // WxtVitest: auto-imports, @/ aliases and `wxt/browser` -> fakeBrowser.
  plugins: [WxtVitest(), preact()],
  test: {
    environment: 'happy-dom',
    include: ['tests/{lib,components,build,sandbox,entrypoints}/**/*.test.{ts,tsx}', 'tests/*.test.ts'],
    restoreMocks: true,
    // @testing-library/preact only cleans the DOM between tests when afterEach is global.
    globals: true,
    testTimeout: 30_000,
    setupFiles: ['tests/support/i18n-setup.ts'],
  },
});
