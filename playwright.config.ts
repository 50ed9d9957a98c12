import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './tests/e2e',
  // Each test launches its own Chromium and sandbox; on CI one at a time keeps timing tests honest on 2 cores.
  workers: process.env.CI ? 1 : 2,
  fullyParallel: true,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  retries: 0,
  use: { trace: 'retain-on-failure' },
});
