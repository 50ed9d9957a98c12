import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './tests/e2e',
  // Each test launches its own Chromium with a fresh profile; two cores take two at a time.
  workers: process.env.CI ? 2 : 2,
  fullyParallel: true,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  retries: 0,
  use: { trace: 'retain-on-failure' },
});
