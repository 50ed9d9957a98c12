import { describe, expect, it } from 'vitest';
import { isLegalForm, legalFormName, withoutLegalForm } from '@/lib/people/legal-form';

/** Organisation names with their legal form, read with GLEIF's list (ISO 20275) and its patches. */

describe('a name with a legal form in a line', () => {
  it.each([
    ['Muster & Partner Steuerberatungsgesellschaft mbH', 'Muster & Partner Steuerberatungsgesellschaft mbH'],
    ['Impressum: Muster GmbH & Co. KG, Berlin', 'Muster GmbH & Co. KG'],
    ['Förderverein Musterschule e.V.', 'Förderverein Musterschule e.V.'],
    ['Hilfswerk gGmbH', 'Hilfswerk gGmbH'],
    ['Volvo AB (publ)', 'Volvo AB (publ)'],
    ['Equinor ASA', 'Equinor ASA'],
    ['Nokia Oyj', 'Nokia Oyj'],
    ['Acme Pty Ltd', 'Acme Pty Ltd'],
    ['Dupont SARL', 'Dupont SARL'],
    ['Éditions Exemple SAS – 12 rue …', 'Éditions Exemple SAS'],
    ['Telefónica S.A.', 'Telefónica S.A.'],
    ['Ejemplo Consultores S.L.', 'Ejemplo Consultores S.L.'],
    ['Przykład sp. z o.o.', 'Przykład sp. z o.o.'],
    ['Příklad s.r.o.', 'Příklad s.r.o.'],
    ['ООО «Ромашка»', 'ООО «Ромашка»'],
    ['トヨタ自動車株式会社', 'トヨタ自動車株式会社'],
    ['Kontakt: Beispiel AG | Impressum', 'Beispiel AG'],
    ['Angaben nach dem TMG: Kanuclub Muster e.V. Am Hafen 2 12345 Musterstadt', 'Kanuclub Muster e.V.'],
    ['Acme Widgets Ltd. Registered in England', 'Acme Widgets Ltd.'],
    // A sentence's full stop after a form in capitals is no part of it.
    ['Jan arbeider som konsulent i Nordvik AS.', 'Nordvik AS'],
    ['She works for Exempel AB.', 'Exempel AB'],
    // A sentence's article before the name is none of it.
    ['Die Stadtwerke Nordheim GmbH haben heute gebaut', 'Stadtwerke Nordheim GmbH'],
  ])('reads %j as %j', (line, name) => {
    expect(legalFormName(line)).toBe(name);
  });

  it('takes a two-letter form only as a company writes it, after a capitalised name, at a clause’s end', () => {
    expect(legalFormName('We offer this as well as support')).toBe('');
    expect(legalFormName('AG')).toBe('');
    // After numbers alone (a floor: "22. OG"), or a small word ("LIDT OM OS", "a little about us").
    expect(legalFormName('Mundsburg Office Tower, 22. OG')).toBe('');
    expect(legalFormName('LIDT OM OS')).toBe('');
    expect(legalFormName('Go As Fast As You Can')).toBe('');
    expect(legalFormName('Siemens AG')).toBe('Siemens AG');
    expect(legalFormName('Die Siemens AG hat ihren Sitz in München')).toBe('');
  });

  it('takes no phrase that opens with a possessive for a firm’s name ("Nuestra asociación")', () => {
    expect(legalFormName('Nuestra asociación')).toBe('');
    expect(legalFormName('Unsere Stiftung')).toBe('');
  });

  it('never ends a name with a form that a capitalised word carries on', () => {
    expect(legalFormName('Our Limited Time Offer')).toBe('');
  });

  it('reads a long line to its end, a name of a few words before the form', () => {
    const line = 'Word '.repeat(20_000);
    expect(legalFormName(`${line}Acme GmbH`)).toBe('Word Word Word Word Word Word Word Acme GmbH');
  });
});

describe('the legal form of a name', () => {
  it('is dropped in every writing', () => {
    expect(withoutLegalForm('Muster & Partner GmbH & Co. KG')).toBe('Muster & Partner');
    expect(withoutLegalForm('Volvo AB (publ)')).toBe('Volvo');
    expect(withoutLegalForm('ООО «Ромашка»')).toBe('Ромашка');
    expect(withoutLegalForm('トヨタ自動車株式会社')).toBe('トヨタ自動車');
    expect(withoutLegalForm('Mossy Earth')).toBe('Mossy Earth');
  });

  it('is a form as written by a company, a weak one only in capitals or with dots', () => {
    expect(isLegalForm('GmbH')).toBe(true);
    expect(isLegalForm('Ltd.,')).toBe(true);
    expect(isLegalForm('AS')).toBe(true);
    expect(isLegalForm('e.V.')).toBe(true);
    expect(isLegalForm('as')).toBe(false);
    expect(isLegalForm('is')).toBe(false);
  });
});
