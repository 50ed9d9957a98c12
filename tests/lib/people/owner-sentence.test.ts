import { describe, expect, it } from 'vitest';
import { ownerIn } from '@/lib/people/owner-sentence';

describe('the site owner an imprint or colophon names in a sentence', () => {
  it.each([
    [
      'El titular de este sitio web es Marta Quintana Ruiz , con N.I.F. 12345678-Z, con domicilio en Calle Mayor 4.',
      { name: 'Marta Quintana Ruiz', title: 'titular' },
    ],
    ['Deze website is eigendom van Sanne Visser, gevestigd in Nederland.', { name: 'Sanne Visser' }],
    ['Der Betreiber dieser Website ist Jonas Weber.', { name: 'Jonas Weber', title: 'Betreiber' }],
    [
      'Le directeur de la publication du site est Claire Martin.',
      { name: 'Claire Martin', title: 'directeur de la publication' },
    ],
    [
      'Le représentant légal de la société Nordlys est Claire Martin en sa qualité de CEO.',
      { name: 'Claire Martin', title: 'CEO' },
    ],
    [
      'Geschäftsführer der Nordwerk GmbH ist Jonas Weber in seiner Eigenschaft als Gesellschafter.',
      { name: 'Jonas Weber', title: 'Gesellschafter' },
    ],
    ['Ce site est édité par Claire Martin, photographe.', { name: 'Claire Martin' }],
    ['This website is owned and operated by Emily Carter.', { name: 'Emily Carter' }],
    [
      'Ik ben Sanne Visser, zelfstandig ondernemer en eigenaar van Visser Data Advies, een adviesbureau voor data.',
      { name: 'Sanne Visser', title: 'zelfstandig ondernemer en eigenaar', company: 'Visser Data Advies' },
    ],
    ["Hi, I'm Emily Carter, a photographer at Northlight Studio.", { name: 'Emily Carter' }],
    [
      'A Rocha Planos é uma empresa de planos de saúde. Fundada em 1997, por Cláudio Rocha, é uma empresa de nome.',
      { name: 'Cláudio Rocha', owner: true },
    ],
  ])('%j', (line, want) => {
    expect(ownerIn(line)).toMatchObject(want);
  });

  it('marks who a sentence states owns the site, not who only introduces themselves', () => {
    expect(ownerIn('Deze website is eigendom van Sanne Visser.')?.owner).toBe(true);
    expect(ownerIn('Soy Marta Quintana y tengo 40 años.')).toEqual({ name: 'Marta Quintana' });
  });

  it('reads a later sentence of the line too', () => {
    expect(ownerIn('Alle Rechte vorbehalten. Diese Seite wird betrieben von Jonas Weber.')?.name).toBe(
      'Jonas Weber',
    );
  });

  it.each([
    'This website is owned by Northlight Holdings Ltd.',
    'Ich bin froh, dass Sie da sind.',
    'I am Very Happy to see you.',
    'The owner of this website is responsible for its content.',
    'Deze website is eigendom van de gemeente.',
  ])('names nobody in %j', (line) => {
    expect(ownerIn(line)).toBeUndefined();
  });
});
