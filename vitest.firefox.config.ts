import path from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * `npm run test:firefox`: the end-to-end journeys in Firefox ESR (see tests/firefox). Node only —
 * the browser is the real one — and one file at a time: each launches Firefox on 2 shared cores.
 */
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    environment: 'node',
    include: ['tests/firefox/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
