// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readsDevPages } from '@/tests/support/dev-pages';

/**
 * Job titles on dev pages (tests/fixtures/pages) read as the side panel reads them, where the
 * title signal (role heads from ESCO behind a title shape, lib/people/job-title.ts) decides who
 * is a person and what their title is. Each test failed on the hand-grown role stems it replaced.
 */

const people = readsDevPages();

describe('job titles on dev pages', { timeout: 120_000 }, () => {
  it('names the pharmacist a directory lists, though his first name is an academic title ("Dean Bluhm")', async () => {
    const [first] = await people('125-');
    expect(first).toMatchObject({ name: 'Dean Bluhm', company: 'Village Pharmacy' });
  });

  it('lists a practice’s four therapists with their roles, not a qualification heading ("Manualtherapeutische Ausbildung in Russland")', async () => {
    const found = await people('131-');
    expect(found.slice(0, 4).map((c) => [c.name, c.title])).toEqual([
      ['Britta Frankenberger', 'Physiotherapeutin, Heilpraktikerin'],
      ['Oksana Ludwig', 'Masseurin'],
      ['Vanessa Schmied', 'Physiotherapeutin, Heilpraktikerin'],
      ['Sabine Durst', 'Physiotherapeutin, Heilpraktikerin'],
    ]);
    expect(found.map((c) => c.title)).not.toContain('Manualtherapeutische Ausbildung in Russland');
  });

  it('gives no one a section heading ("Trustees") or a neighbour’s name ("Rebecca Badminton") as a title', async () => {
    const found = await people('18-');
    const titles = found.map((c) => c.title);
    expect(titles).not.toContain('Trustees');
    expect(titles).not.toContain('Rebecca Badminton');
    expect(found.map((c) => c.name)).toContain('Rebecca Badminton');
  });

  it('takes a function written as a role ("PR & Communications") as a team member’s title', async () => {
    const [first] = await people('28-');
    expect(first).toMatchObject({ name: 'Anna Rass', title: 'PR & Communications' });
  });
});
