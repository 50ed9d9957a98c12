import { describe, expect, it } from 'vitest';
import { bestEmailEvidence, confirmedName, isRoleMailbox, settleSurname } from '@/lib/people/email-name';
import { splitName } from '@/lib/people/name';

/** Addresses as companies write them, against the name of the person they belong to. */
describe('email ↔ name', () => {
  it.each([
    ['jane.doe@acme.io', 'Jane Doe'],
    ['jdoe@acme.io', 'Jane Doe'],
    ['j.doe@acme.io', 'Jane Doe'],
    ['janed@acme.io', 'Jane Doe'],
    ['jane@acme.io', 'Jane Doe'],
    ['doe@acme.io', 'Jane Doe'],
    ['doe.jane@acme.io', 'Jane Doe'],
    ['jane_doe@acme.io', 'Jane Doe'],
    ['jane-doe@acme.io', 'Jane Doe'],
    ['Jane.Doe+crm@acme.io', 'Jane Doe'],
    ['jane.doe2@acme.io', 'Jane Doe'],
  ])('%s is a template of %s', (email, name) => {
    expect(bestEmailEvidence([email], name)).toBe(2);
  });

  it.each([
    ['j.mueller@firma.de', 'Jürgen Müller'],
    ['juergen.mueller@firma.de', 'Jürgen Müller'],
    ['jurgen.muller@firma.de', 'Jürgen Müller'],
    ['k.strauss@firma.de', 'Katrin Strauß'],
    ['soren.hoj@firma.dk', 'Søren Høj'],
    ['soeren.hoej@firma.dk', 'Søren Høj'],
    ['asa.aaberg@firma.se', 'Åsa Åberg'],
    ['aasa.aaberg@firma.se', 'Åsa Åberg'],
    ['helene.lefevre@exemple.fr', 'Hélène Lefèvre'],
    ['lukasz.wojcik@firma.pl', 'Łukasz Wójcik'],
    // Particles kept or dropped, and either half of a double surname.
    ['jan.vandenberg@bedrijf.nl', 'Jan van den Berg'],
    ['j.berg@bedrijf.nl', 'Jan van den Berg'],
    ['ana.delacruz@empresa.es', 'Ana de la Cruz'],
    ['mgarcia@empresa.es', 'María José García López'],
    ['mariajose.lopez@empresa.es', 'María José García López'],
    ['garcialopez@empresa.es', 'María José García López'],
    ['k.schmidt-wolf@firma.de', 'Karl-Heinz Schmidt-Wolf'],
    ['kschmidt@firma.de', 'Karl-Heinz Schmidt-Wolf'],
    // Honorifics and credentials around the name, and a "dr." before the address.
    ['petra.paling@arcor.de', 'Dr. med. Petra Paling'],
    ['Dr.Zuritalionel@gmail.com', 'Lionel Nicolás Zurita'],
    ['anna.rass@uni.at', 'Anna Rass, PhD'],
  ])('%s is a template of %s (folded, particles, double names)', (email, name) => {
    expect(bestEmailEvidence([email], name)).toBe(2);
  });

  it.each([
    // The last name with more around it, the first name with more after it, initials.
    ['bluhmrph@yahoo.com', 'Dean Bluhm'],
    ['sean.mcahalan@gmail.com', 'Sean Cahalan'],
    ['szymonkracikbiz@gmail.com', 'Szymon Kracik'],
    ['mg@nylas.com', 'Michael Grinich'],
    ['chris@acme-trust.org', 'Christopher Moss'],
  ])('%s is weaker evidence for %s', (email, name) => {
    expect(bestEmailEvidence([email], name)).toBe(1);
  });

  it.each([
    ['info@acme.io', 'Info Desk'],
    ['office@kanzlei.at', 'Office Manager'],
    ['kontakt@praxis.de', 'Kontakt Formular'],
    ['noreply@acme.io', 'Noreply Bot'],
    ['no-reply@accounts.google.com', 'Google'],
    ['jane.doe@acme.io', 'John Smith'],
    ['karl@firma.de', 'Karl-Heinz Schmidt'],
    ['b@acme.io', 'Michiel B. de Jong'],
    ['formand@dso.dk', 'Charly Riis'],
  ])('%s is no evidence for %s', (email, name) => {
    expect(bestEmailEvidence([email], name)).toBe(0);
  });

  it('knows a function’s mailbox in several languages', () => {
    for (const box of ['info', 'office', 'kontakt', 'contacto', 'presse', 'noreply', 'no-reply', 'vertrieb'])
      expect(isRoleMailbox(`${box}@acme.io`), box).toBe(true);
    expect(isRoleMailbox('jane.doe@acme.io')).toBe(false);
  });

  it('takes the best of several addresses', () => {
    expect(bestEmailEvidence(['info@acme.io', 'doe@acme.io'], 'Jane Doe')).toBe(2);
    expect(bestEmailEvidence(['info@acme.io', 'jdx@acme.io'], 'Jane Doe')).toBe(0);
  });

  it('confirms a name the shape rules doubt only with an address that spells the whole of it', () => {
    expect(confirmedName('ANNA SCHMIDT', ['anna.schmidt@firma.de'])).toEqual({ name: 'ANNA SCHMIDT' });
    expect(confirmedName('jan van den berg', ['jvandenberg@bedrijf.nl'])).toEqual({
      name: 'jan van den berg',
    });
    expect(confirmedName('Dr. Petra Paling', ['ppaling@arcor.de'])).toEqual({ name: 'Petra Paling' });
    // A name that ends a sentence, without its full stop.
    expect(confirmedName('ebb is a service mark of Bradley M. Kuhn.', ['bkuhn@ebb.org'])).toEqual({
      name: 'Bradley M. Kuhn',
    });
    // One part of a name, words the address does not spell, a role, a function's mailbox: no name.
    expect(confirmedName('ANNA SCHMIDT', ['anna@firma.de'])).toBeUndefined();
    expect(confirmedName('Local Groups', ['local.groups@acme.org'])).toBeUndefined();
    expect(confirmedName('Fragen Sie Anna', ['anna@firma.de'])).toBeUndefined();
    expect(confirmedName('Sales Team', ['sales.team@acme.io'])).toBeUndefined();
    expect(confirmedName('Info Point', ['info.point@acme.io'])).toBeUndefined();
    expect(confirmedName('ANNA SCHMIDT', [])).toBeUndefined();
  });

  it('finds the name an address spells inside a longer line, with the role before it', () => {
    expect(
      confirmedName('1. Vorsitzender Max Muster EMail: muster.max@verein.de', ['muster.max@verein.de']),
    ).toEqual({
      name: 'Max Muster',
      title: '1. Vorsitzender',
    });
    expect(confirmedName('John Doe at Madgex', ['john.doe@madgex.com'])).toEqual({ name: 'John Doe' });
    expect(confirmedName('Schreiben Sie Anna Berg: info@verein.de', ['info@verein.de'])).toBeUndefined();
  });

  it('finds a name a comma ends in a sentence, with the role the commas set off after it', () => {
    const line = 'For more information contact John Smith, Sales Manager, at john.smith@nordwood.com.';
    expect(confirmedName(line, ['john.smith@nordwood.com'])).toEqual({
      name: 'John Smith',
      title: 'Sales Manager',
    });
    expect(confirmedName('Fragen an Anna Berg, gern per Mail.', ['anna.berg@verein.de'])).toEqual({
      name: 'Anna Berg',
    });
  });

  it('takes a role, then a name that ends the line, as both without an address', () => {
    expect(confirmedName('Pressesprecher*in Anna Berg', [])).toEqual({
      name: 'Anna Berg',
      title: 'Pressesprecher*in',
    });
    expect(confirmedName('Head of Sales Peter Braun', [])).toEqual({
      name: 'Peter Braun',
      title: 'Head of Sales',
    });
    // A quote's source, words that start with no known first name, no role before the name: no person.
    expect(confirmedName('Designing, laws, and attitudes. — Anna Berg', [])).toBeUndefined();
    expect(confirmedName('Director Photo Gallery', [])).toBeUndefined();
    expect(confirmedName('Willkommen bei Anna Berg', [])).toBeUndefined();
  });

  it('takes no sentence that ends with a role and a name for a title line (prose-role.ts reads it)', () => {
    for (const line of [
      'Die Nordwerk GmbH wird vertreten durch den Geschäftsführer Max Muster',
      'Heute sprach Geschäftsführer Max Muster',
      'Z Nordlasu Państwowego odchodzi rzeczniczka prasowa Anna Nowak',
    ])
      expect(confirmedName(line, []), line).toBeUndefined();
    // A role in lower case that starts the line is one.
    expect(confirmedName('directeur commercial Jean Dupont', [])).toEqual({
      name: 'Jean Dupont',
      title: 'directeur commercial',
    });
  });

  it('lets an address that keeps a double surname in one piece settle where the last name starts', () => {
    const split = (name: string, emails: string[]) => {
      const { firstName, lastName } = settleSurname(splitName(name), emails);
      return [firstName, lastName];
    };
    expect(split('María José García López', [])).toEqual(['María José García', 'López']);
    expect(split('María José García López', ['mgarcialopez@empresa.es'])).toEqual([
      'María José',
      'García López',
    ]);
    expect(split('María José García López', ['maria.garcia-lopez@empresa.es'])).toEqual([
      'María José',
      'García López',
    ]);
    expect(split('Juan García López', ['garcialopez@empresa.es'])).toEqual(['Juan', 'García López']);
    // Middle names written apart, a function's mailbox, an address of one surname: the split stands.
    expect(split('John Michael Smith', ['john.michael.smith@acme.io'])).toEqual(['John Michael', 'Smith']);
    expect(split('Juan García López', ['info@empresa.es'])).toEqual(['Juan García', 'López']);
    expect(split('Juan García López', ['jlopez@empresa.es'])).toEqual(['Juan García', 'López']);
  });
});
