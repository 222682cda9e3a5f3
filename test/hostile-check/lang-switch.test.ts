import { expect } from '@open-wc/testing';
import '../../src/define.js';
import fr from '../../src/symptom-check/languages/fr.js';
import es from '../../src/symptom-check/languages/es.js';
import { BACK_PAIN_FLOW } from '../../src/symptom-check/back-pain-flow.js';
import {
  ROUTES,
  deepActiveElement,
  headingText,
  part,
  type Check,
} from '../harness/symptom-check.js';
import { answerByCode } from '../symptom-check/walk-by-code.js';
import { marks } from '../hostile-languages/probes.js';
import {
  WORDS,
  calling,
  expectedCall,
  mountCheck,
  placeVisitor,
  quietly,
  settleAll,
} from './support.js';

/**
 * The page switches language (its own switcher, a translation tool) while the visitor reads
 * the emergency screen: the screen stays, in the new words, with the clinic's number the
 * same in each, focus where it was, and marked with the new language for screen readers.
 */

const TITLES = {
  en: BACK_PAIN_FLOW.outcomes.find((outcome) => outcome.id === 'emergency')!.title,
  fr: fr['back-pain-flow'].outcomes['emergency']!.title,
  es: es['back-pain-flow'].outcomes['emergency']!.title,
};

describe('the language switched on the emergency screen', () => {
  placeVisitor('Etc/UTC', 'en-GB');

  it('en-GB → fr-CA → es-MX → en: the words change, the clinic’s 999 and focus stay', async () => {
    const { el } = await mountCheck(
      '<knead-clinic emergency-number="999"><knead-symptom-check></knead-symptom-check></knead-clinic>',
    );
    await quietly(() => answerByCode(el, ROUTES.emergency));
    const heading = part(el, 'heading');
    expect(deepActiveElement() === heading).to.equal(true);
    for (const [lang, language] of [
      ['fr-CA', 'fr'],
      ['es-MX', 'es'],
      ['en', 'en'],
    ] as const) {
      await quietly(async () => {
        document.documentElement.lang = lang;
        await settleAll(document.body, 60);
      });
      expect(headingText(el), lang).to.equal(TITLES[language]);
      expect(calling(el), lang).to.include({
        call: expectedCall(WORDS[language], '999'),
        href: 'tel:999',
      });
      expect(marks(el as Check), lang).to.deep.equal([lang]);
      expect(part(el, 'heading') === heading, 'the same heading').to.equal(true);
      expect(deepActiveElement() === heading, `focus kept (${lang})`).to.equal(true);
    }
  });
});
