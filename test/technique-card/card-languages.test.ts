import { sourceOf } from '../helpers/source.js';
import { expect } from '@open-wc/testing';
import { CARD_MESSAGES } from '../../src/technique-card/card-messages.js';
import { GOALS, PRESSURE_LEVELS } from '../../src/technique-card/technique-types.js';
import cardFr from '../../src/technique-card/languages/fr.js';
import cardEs from '../../src/technique-card/languages/es.js';
import { CARD_LANGUAGES } from './language-fixtures.js';
import { TECHNIQUE_TEXT_FIELDS as TEXT_FIELDS } from '../../src/technique-card/technique-texts.js';

/**
 * The source of the card's modules, as the test server serves them, to see which keys the
 * card uses. Every module that reads the card's words is listed; a key none of them names
 * (as `.key`) is unused. The goal and pressure words are read by goalLabel and pressureWord
 * through a computed key, so those are checked by their vocabulary instead.
 */
const CARD_MODULES = [
  'technique-card.ts',
  'card-content.ts',
  'card-facts-view.ts',
  'card-details-view.ts',
  'card-actions-view.ts',
];

describe('the technique card in French and Spanish: tables', () => {
  for (const { code, card } of CARD_LANGUAGES) {
    it(`${code}: has exactly the English keys, each of the same kind, none empty`, () => {
      expect(Object.keys(card)).to.have.members(Object.keys(CARD_MESSAGES));
      for (const [key, english] of Object.entries(CARD_MESSAGES)) {
        const message = card[key as keyof typeof card];
        expect(typeof message, key).to.equal(typeof english);
        const text =
          typeof message === 'string' ? message : (message as (...v: unknown[]) => string)(3, 9);
        expect(text.trim(), key).to.not.equal('');
      }
    });
  }

  it('registers the card’s words and the techniques in each language’s chunk', () => {
    expect(Object.keys(cardFr)).to.have.members(['technique-card', 'techniques']);
    expect(Object.keys(cardEs)).to.have.members(['technique-card', 'techniques']);
  });

  it('uses every English key', async () => {
    const source = await sourceOf('technique-card', CARD_MODULES);
    const vocabulary = [
      ...GOALS.map((goal) => `goal-${goal}`),
      ...PRESSURE_LEVELS.map((level) => `pressure-${level}`),
    ];
    const unused = Object.keys(CARD_MESSAGES).filter(
      (key) => !vocabulary.includes(key) && !new RegExp(`\\.${key}\\b`).test(source),
    );
    expect(unused).to.deep.equal([]);
    expect(Object.keys(CARD_MESSAGES)).to.include.members(vocabulary);
    expect(source)
      .to.match(/goalLabel\(/)
      .and.to.match(/pressureWord\(/);
  });

  it('writes French with narrow no-break spaces before : ; and inside « »', () => {
    const french = CARD_LANGUAGES.find(({ code }) => code === 'fr')!;
    const texts = [
      ...Object.values(french.card).map((message) =>
        typeof message === 'string' ? message : (message as (...v: unknown[]) => string)(3, 9),
      ),
      ...Object.values(french.techniques).flatMap((technique) => [
        ...TEXT_FIELDS.map((field) => technique[field]),
        ...technique.cautions,
      ]),
    ];
    for (const text of texts) {
      expect(text).to.not.match(/ [:;!?»]|« /, text);
      expect(text, 'typographic apostrophes').to.not.include("'");
    }
  });
});
