import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { countText } from '../../src/technique-list/count-text.js';
import { LIST_MESSAGES, type ListMessages } from '../../src/technique-list/list-messages.js';
import { LIST_FR } from '../../src/technique-list/languages/fr.js';
import { LIST_ES } from '../../src/technique-list/languages/es.js';

const english = (shown: number, total: number, filtered: boolean) =>
  countText(shown, total, filtered, LIST_MESSAGES);

describe('countText: what the count line says', () => {
  it('says how many of all, with no filter on', () => {
    expect(english(9, 9, false)).to.equal('Showing all 9 techniques');
    expect(english(1, 1, false)).to.equal('Showing 1 technique');
  });

  it('says how many of how many while a filter is on, none included', () => {
    expect(english(3, 9, true)).to.equal('Showing 3 of 9 techniques');
    expect(english(0, 9, true)).to.equal('Showing 0 of 9 techniques');
    expect(english(1, 1, true)).to.equal('Showing 1 of 1 technique');
  });

  it('names both numbers as digits, and the noun agrees with the total', () => {
    fc.assert(
      fc.property(fc.nat(300), fc.integer({ min: 1, max: 300 }), (shown, total) => {
        const text = english(shown, total, true);
        expect(text).to.equal(`Showing ${shown} of ${total} technique${total === 1 ? '' : 's'}`);
      }),
    );
  });

  /** What the line says in each language: shown, total, filtered, then the line. */
  const SAYS: [string, ListMessages, [number, number, boolean, string][]][] = [
    [
      'French, where 0 and 1 are singular',
      LIST_FR,
      [
        [9, 9, false, 'Les 9 techniques sont affichées'],
        [1, 1, false, '1 technique affichée'],
        [3, 9, true, '3 techniques affichées sur 9'],
        [1, 9, true, '1 technique affichée sur 9'],
        [0, 9, true, '0 technique affichée sur 9'],
      ],
    ],
    [
      'Spanish: the verb agrees with the number shown, the noun with the total',
      LIST_ES,
      [
        [9, 9, false, 'Se muestran las 9 técnicas'],
        [1, 1, false, 'Se muestra 1 técnica'],
        [3, 9, true, 'Se muestran 3 de 9 técnicas'],
        [1, 9, true, 'Se muestra 1 de 9 técnicas'],
        [0, 9, true, 'Se muestran 0 de 9 técnicas'],
        [1, 1, true, 'Se muestra 1 de 1 técnica'],
      ],
    ],
  ];
  for (const [language, table, lines] of SAYS)
    it(`speaks ${language}`, () => {
      for (const [shown, total, filtered, line] of lines)
        expect(countText(shown, total, filtered, table)).to.equal(line);
    });
});
