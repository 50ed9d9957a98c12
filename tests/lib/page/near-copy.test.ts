import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isNearCopy, wordShingles } from '@/tests/support/near-copy';

/** score:extract --dir leaves out a page of our own that is a copy of a held-back page (near-copy.ts). */
describe('a copy of a page', () => {
  const page = (file: string) => readFileSync(`tests/fixtures/pages/${file}`, 'utf8');
  const profile = page('01-linkedin-eduardo-alvarez-nowak.html');

  it('is the same page when another repository re-indented it and changed a word here and there', () => {
    let n = 0;
    // Every 60th word changed, as a re-encoding breaks a word ("Nylas wo=/uld") now and then.
    const copy = `<div class="copy">${profile.replace(/\s+/g, '\n  ').replace(/\b\p{L}+\b/gu, (w) => (++n % 60 ? w : 'x'))}</div>`;
    expect(isNearCopy(wordShingles(profile), wordShingles(copy))).toBe(true);
  });

  it('is not a page of another site, nor a profile of another year', () => {
    const team = page('18-contact-fivecs-charity-team.html');
    const profile2026 = page('104-linkedin-profile-2026-pl-contact-info-overlay-szymon-kracik.html');
    expect(isNearCopy(wordShingles(profile), wordShingles(team))).toBe(false);
    expect(isNearCopy(wordShingles(profile), wordShingles(profile2026))).toBe(false);
  });
});
