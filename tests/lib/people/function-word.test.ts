import { describe, expect, it } from 'vitest';
import { isFunctionWord } from '@/lib/people/function-word';
import { isName } from '@/lib/people/recognise';

describe('function words', () => {
  it('knows the articles, prepositions and pronouns that start headings, in the pages’ languages', () => {
    for (const word of [
      'the',
      'our',
      'zur',
      'für',
      'unsere',
      'pour',
      'notre',
      'sobre',
      'voor',
      'och',
      'vores',
      'oder',
      // Czech and Slovak
      'náš',
      'kde',
      'alebo',
    ])
      expect(isFunctionWord(word), word).toBe(true);
  });

  it('keeps name particles and words that are first names off the list', () => {
    for (const word of ['van', 'von', 'de', 'la', 'del', 'will', 'may'])
      expect(isFunctionWord(word), word).toBe(false);
  });

  it('takes a firm named by a compound of its kind, and a registered seat, for no person', () => {
    for (const line of [
      'Advokatfirman Sabic',
      'Anwaltskanzlei Weber',
      'Huisartspraktijk Berg',
      'Advocatenkantoor Jansen',
      // Its kind after a hyphen, as German writes compounds of names.
      'Deutsche Lebens-Rettungs-Gesellschaft',
      'Säte Stockholm',
      'Sitz Berlin',
    ])
      expect(isName(line), line).toBe(false);
    expect(isName('Anes Sabic')).toBe(true);
  });

  it('takes a chamber, an association, a party, a university or a national branch for no person, as an imprint names them', () => {
    for (const line of [
      'Ärztekammer Berlin',
      'Landesverband Thüringen',
      'Piratenpartei Deutschland',
      'Technische Universität Berlin',
      'Bergens Idrottsförening',
      // A national branch ends its name with its country.
      'Fundacja Przykład Polska',
      'Amnesty International Deutschland',
    ])
      expect(isName(line), line).toBe(false);
    // A surname that only starts like one is a name.
    for (const line of ['Anna Kammer', 'Hans Kammerer', 'Olaf Förbund'])
      expect(isName(line), line).toBe(true);
  });

  it('makes a capitalised line with a function word a heading, not a name', () => {
    for (const heading of [
      'Zur Praxis',
      'Our Team',
      'Pour Nous',
      'Sobre Nosotros',
      'Over Ons',
      'Oui Non',
      'Connect Us',
    ])
      expect(isName(heading), heading).toBe(false);
    for (const name of ['Will Smith', 'May Berenbaum', 'Ludwig van Beethoven', 'Ana de la Cruz'])
      expect(isName(name), name).toBe(true);
  });
});
