// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { NormalizedCandidate } from '@/lib/people/types';
import { readsDevPages } from '@/tests/support/dev-pages';

/**
 * What a salesperson gets on generic dev pages (tests/fixtures/pages), read as the side panel
 * reads them: the bundled page reader in headless Chromium, then lib/people. One behaviour per
 * test, each on a real page that needs it.
 */

const people = readsDevPages();

const digits = (c: NormalizedCandidate | undefined) => c?.phones.map((p) => p.value.replace(/\D/g, '')) ?? [];

describe('generic pages', { timeout: 120_000 }, () => {
  it('takes the author of a post from its byline ("By John Gruber")', async () => {
    expect((await people('111-'))[0]?.name).toBe('John Gruber');
  });

  it('reads "Name | Place | date" as a byline, before the people the article is about', async () => {
    const [first] = await people('115-');
    expect(first?.name).toBe('Patricio Candia');
    // The publishing site, spelled by its address (ultimahora.es), is the organisation.
    expect(first?.company).toBe('Ultima Hora');
  });

  it('splits a name and a role line that touch without a space ("Yarden Katz" + "Product Manager, Figma")', async () => {
    const [first] = await people('112-');
    expect(first).toMatchObject({ name: 'Yarden Katz', title: 'Product Manager', company: 'Figma' });
  });

  it('takes a role written above the name, and a Danish "Tlf." number', async () => {
    const [first] = await people('123-');
    expect(first).toMatchObject({ name: 'Charly Riis', title: 'Formand' });
    expect(digits(first)).toContain('4522210096');
  });

  it('reads a labelled person without the honorific, and a WhatsApp link as their phone', async () => {
    const [first] = await people('126-');
    expect(first?.name).toBe('Lionel Nicolás Zurita');
    expect(digits(first)).toContain('5491131976852');
    expect(first?.company).toBe('Estudio Jurídico Dr. Lionel Zurita');
  });

  it('lists every name of a team written line by line, without honorifics and post-nominals', async () => {
    const found = await people('130-');
    expect(found[0]?.name).toBe('Sandra L. Klassen');
    expect(found.filter((c) => c.name).length).toBeGreaterThanOrEqual(11);
  });

  it('reads a team of 60 whole, and takes no section heading of a page headed by h1s for its main person', async () => {
    // Six h1s head the page's sections ("Agenda Únete" among them): none is the page's one main heading.
    const found = await people('129-');
    expect(found[0]?.name).toBe('Manuela Carmena');
    expect(found.filter((c) => c.name).length).toBeGreaterThanOrEqual(55);
  });

  it('takes the corresponding author’s address from a footnoted "*Correspondence:" line, and files them under their university', async () => {
    const found = await people('113-');
    expect(found[0]).toMatchObject({
      name: 'Zoltan Dienes',
      emails: ['dienes@sussex.ac.uk'],
      company: 'University of Sussex',
    });
    // The reference list's DOIs are no phones, so its "Google Scholar" links are nobody.
    expect(found.filter((c) => c.name === 'Google Scholar')).toEqual([]);
  });

  it('names the organisation from the title part its address spells, not the title’s tagline', async () => {
    expect((await people('131-'))[0]?.company).toBe('Physiotherapie Frankenhausen');
  });

  it('takes the legal name of a JSON-LD business of any schema.org type', async () => {
    expect((await people('122-'))[0]?.company).toBe('Bergshem Revision Aktiebolag');
  });

  it('never takes the page’s own name from the title as a company ("… - Anfahrt")', async () => {
    const [first] = await people('124-');
    expect(first?.name).toBe('Petra Paling');
    expect(first?.company).toBeUndefined();
    // "Tel.: 0931 – 4 52 89 59", written with an en dash: the fax below it is not taken.
    expect(digits(first)).toEqual(['499314528959']);
  });

  it('gives an article’s declared author the publisher the page declares', async () => {
    const [first] = await people('120-');
    expect(first).toMatchObject({ name: 'Bertille Bayart', company: 'Le Figaro' });
  });

  it('never makes a personal site’s name the employer of the person whose site it is', async () => {
    const [first] = await people('118-');
    expect(first?.name).toBe('Daniel Goldsmith');
    expect(first?.company).toBeUndefined();
  });

  it('gives the declared author the address under the article that spells their name ("dienes@")', async () => {
    const [first] = await people('113-');
    expect(first).toMatchObject({ name: 'Zoltan Dienes', emails: ['dienes@sussex.ac.uk'] });
  });

  it('names a directory entry after the contact whose address spells them, a first name that is a role word too', async () => {
    // "Dean Bluhm" beside "Show Description" and "Show Map"; the entry's hCard names only the business.
    const [first] = await people('125-');
    expect(first).toMatchObject({ name: 'Dean Bluhm', emails: ['bluhmrph@yahoo.com'] });
  });

  it('takes no line of function words for a person ("Oui Non" under a comment form)', async () => {
    const found = await people('120-');
    expect(found.map((c) => c.name)).not.toContain('Oui Non');
    expect(found[0]?.name).toBe('Bertille Bayart');
  });

  it('takes no menu of name-shaped entries for people ("Puppy Treats", "Puppy Accessories")', async () => {
    // A shop's category menu: none of its entries has a contact, a role word or a known first name.
    expect((await people('116-')).map((c) => c.name).filter(Boolean)).toEqual([]);
  });
});
