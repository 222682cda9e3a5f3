import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { CARE_BY_REGION } from '../../src/shared/care-numbers.js';
import { ROUTES, part, textOf } from '../harness/symptom-check.js';
import { answerByCode } from '../symptom-check/walk-by-code.js';
import { WORDS, mountCheck, placeVisitor, quietly, read, settleAll } from './support.js';

/**
 * Canadian clinics write their emergency number as Canada does, "9-1-1"; British ones may
 * write "999" with a space or two. It is the region's own emergency number all the same, so
 * the urgent result still offers the region's health advice line (811, NHS 111) first,
 * exactly as it does for the number written plainly.
 */

const CA = CARE_BY_REGION['CA']!;
const GB = CARE_BY_REGION['GB']!;

async function urgentResult(markup: string) {
  const { el } = await mountCheck(markup);
  await quietly(async () => {
    await answerByCode(el, ROUTES.urgent);
    await settleAll(document.body, 20);
  });
  return {
    advice: part(el, 'advice-line')?.getAttribute('href') ?? null,
    text: textOf(part(el, 'result')),
  };
}

describe('the clinic’s emergency number written the region’s way', () => {
  describe('in Toronto (fr-CA)', () => {
    placeVisitor('America/Toronto', 'fr-CA');

    for (const spelled of [CA.emergency, '9-1-1', ' 9 1 1 '])
      it(`emergency-number="${spelled}": 811 first, then ${spelled.trim()} if it gets worse`, async () => {
        const { advice, text } = await urgentResult(
          `<knead-clinic emergency-number="${spelled}"><knead-symptom-check></knead-symptom-check></knead-clinic>`,
        );
        expect(advice).to.equal(`tel:${CA.advice!.number}`);
        expect(text).to.include(read(WORDS.fr.callNumber(CA.advice!.number)));
        expect(text).not.to.include(read(WORDS.fr.contactDoctorToday));
      });
  });

  describe('in London (en-GB)', () => {
    placeVisitor('Europe/London', 'en-GB');

    it('emergency-number="9 9 9": NHS 111 first', async () => {
      const { advice } = await urgentResult(
        '<knead-clinic emergency-number="9 9 9"><knead-symptom-check></knead-symptom-check></knead-clinic>',
      );
      expect(advice).to.equal(`tel:${GB.advice!.number}`);
    });

    it('another country’s number (000) gets no NHS 111 beside it', async () => {
      const { advice, text } = await urgentResult(
        '<knead-clinic emergency-number="000"><knead-symptom-check></knead-symptom-check></knead-clinic>',
      );
      expect(advice).to.equal(null);
      expect(text).to.include(read(WORDS.en.contactDoctorToday));
    });
  });
});
