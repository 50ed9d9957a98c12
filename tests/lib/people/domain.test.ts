import { describe, expect, it } from 'vitest';
import { hostOf, isFreeMail, nameMatchesLabel, registrableLabel, squeeze } from '@/lib/people/domain';

/** Hosts and email domains as evidence of an organisation (domain.ts). */

describe('a host’s registrable label', () => {
  it('is the part its owner registered, under any public suffix', () => {
    expect(registrableLabel(hostOf('https://www.ultimahora.es/x'))).toBe('ultimahora');
    expect(registrableLabel('fivecs.org.uk')).toBe('fivecs');
    expect(registrableLabel('mossy.earth')).toBe('mossy');
    expect(registrableLabel('jane.github.io')).toBe('jane');
    expect(registrableLabel('127.0.0.1')).toBe('');
    expect(hostOf('not a url')).toBe('');
  });
});

describe('free-mail addresses', () => {
  it('name no employer, in any country', () => {
    for (const email of [
      'jo@gmail.com',
      'jo@web.de',
      'jo@gmx.net',
      'jo@gmx.ch',
      'jo@outlook.com',
      'jo@hotmail.de',
    ])
      expect(isFreeMail(email), email).toBe(true);
    for (const email of ['jo@acme.de', 'jo@nus.edu.sg', 'jo@facebook.com', 'jo@web-agentur.de'])
      expect(isFreeMail(email), email).toBe(false);
  });
});

describe('an organisation’s name against a domain', () => {
  it('matches written together, as initials, from its start or holding it, without its legal form', () => {
    expect(nameMatchesLabel('Mossy Earth Ltd', 'mossyearth')).toBe(true);
    expect(nameMatchesLabel('Bayerische Motoren Werke AG', 'bmw')).toBe(true);
    expect(nameMatchesLabel('Fernhill', 'fernhillsystems')).toBe(true);
    expect(nameMatchesLabel('WL Steuerberatung GmbH', 'wl-steuerberatung')).toBe(true);
    expect(nameMatchesLabel('Diario Ultima Hora', 'ultimahora')).toBe(true);
  });

  it('folds umlauts both ways (ü → u and ü → ue)', () => {
    expect(nameMatchesLabel('Müller Bau GmbH', 'muellerbau')).toBe(true);
    expect(nameMatchesLabel('Müller Bau GmbH', 'mullerbau')).toBe(true);
    expect(squeeze('Straße Müller')).toBe('strassemuller');
  });

  it('does not match another organisation', () => {
    expect(nameMatchesLabel('Beispiel AG', 'acme')).toBe(false);
    expect(nameMatchesLabel('AG', 'ag')).toBe(false);
    expect(nameMatchesLabel('Acme', 'ac')).toBe(false);
  });
});
