import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { NormalizedCandidate } from '@/lib/people/types';
import { type Session, withBrowser } from '@/tests/cli/extract-page';
import { readManifest } from '@/tests/support/extract-scoring';

/**
 * Dev pages (tests/fixtures/pages) read as the side panel reads them: the bundled page reader in
 * headless Chromium, then lib/people. One browser for the test file, opened before its tests and
 * closed after them. Returns the reader: the candidates of the dev page whose file name starts
 * with `prefix`.
 */
export function readsDevPages(): (prefix: string) => Promise<NormalizedCandidate[]> {
  const dir = 'tests/fixtures/pages';
  const manifest = readManifest(dir);
  let session: Session;
  let done: () => void;
  beforeAll(async () => {
    await new Promise<void>((started) => {
      void withBrowser(
        (s) =>
          new Promise<void>((close) => {
            session = s;
            done = close;
            started();
          }),
      );
    });
  }, 120_000);
  afterAll(() => done?.());
  return async (prefix) => {
    const entry = manifest.find((e) => e.file.startsWith(prefix));
    if (!entry) throw new Error(`no dev page ${prefix}`);
    const { candidates } = await session.extract(join(dir, entry.file), { url: entry.url ?? undefined });
    return candidates;
  };
}
