import { describe, expect, it } from 'vitest';
import { isPressContactLabel } from '@/lib/people/press-contact';

describe("a press release's press-contact label", () => {
  it('is read in the languages of the pages we read', () => {
    for (const label of [
      'Pressekontakt:',
      'Media contacts',
      'Press enquiries:',
      'Contacto de prensa',
      'Contact presse :',
      'Ufficio stampa',
      'Contato para imprensa',
      'Perscontact',
      'Kontakt dla mediów:',
      'Presskontakt',
    ])
      expect(isPressContactLabel(label), label).toBe(true);
  });

  it('is not a sentence about the press nor another label', () => {
    for (const text of [
      'Weitere Informationen:',
      'Kontakt',
      'Press',
      'Our press contact will call you back.',
    ])
      expect(isPressContactLabel(text), text).toBe(false);
  });
});
