import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readManifest } from '@/tests/support/extract-scoring';

/** The fixture pages are kept byte for byte: a changed file must not pass silently. */
describe.each(['tests/fixtures/pages', 'tests/fixtures/pages-synthetic'])('fixtures in %s', (dir) => {
  const entries = readManifest(dir);

  it.each(entries.map((e) => [e.file, e] as const))('%s matches its sha256', (_file, entry) => {
    const bytes = readFileSync(join(dir, entry.file));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(entry.sha256);
  });
});
