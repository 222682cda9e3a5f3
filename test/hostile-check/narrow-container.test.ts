import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { Flow } from '../../src/symptom-check/flow-types.js';
import { ROUTES, part, textOf, type Check } from '../harness/symptom-check.js';
import { answerByCode, pressMain } from '../symptom-check/walk-by-code.js';
import { LONG_WORD, overflows } from '../helpers/layout.js';
import { captureReports } from '../helpers/console.js';
import { WORDS, placeVisitor, read, settleAll } from './support.js';

/**
 * A clinic's own flow with an 80-character word in every text, in a 320 px column of a wide
 * page (a sidebar), in French and Spanish, with the longest emergency number a clinic may
 * set: every screen of the danger routes fits the column and passes axe. The built-in flow's
 * emergency and urgent screens too, in the same column.
 */

const WORD = LONG_WORD;
const TWO = `${WORD} ${WORD}`;
/** A phone link takes up to 31 digits; a clinic may write them with spaces and brackets. */
const LONG_NUMBER = '+44 (0) 1234 567 890 123 456 789 012 345';

const LONG_FLOW: Flow = {
  id: 'long-danger',
  title: WORD,
  intro: TWO,
  item: [
    {
      linkId: 'signs',
      text: WORD,
      helpText: TWO,
      type: 'multi-choice',
      answerOption: [
        { valueCoding: { code: 'sign', display: TWO } },
        { valueCoding: { code: 'fever', display: WORD } },
        { valueCoding: { code: 'none', display: WORD }, exclusive: true },
      ],
    },
  ],
  outcomes: [
    {
      id: 'call-now',
      level: 'emergency',
      when: { question: 'signs', operator: '=', answerCoding: { code: 'sign' } },
      title: WORD,
      advice: TWO,
    },
    {
      id: 'doctor-today',
      level: 'urgent',
      when: { question: 'signs', operator: '=', answerCoding: { code: 'fever' } },
      title: TWO,
      advice: WORD,
    },
    { id: 'fine', level: 'massage', title: WORD, advice: TWO, techniques: ['swedish'] },
  ],
};

const route = (code: string) => [{ linkId: 'signs', codes: [code] }];

async function column(lang: string, check: string): Promise<Check> {
  const holder = document.createElement('div');
  holder.dataset['hostileCheck'] = '';
  holder.lang = lang;
  holder.style.width = '320px';
  holder.innerHTML = `<knead-clinic name="${WORD}" phone="+1 604 555 0142">${check}</knead-clinic>`;
  await captureReports(async () => {
    document.body.append(holder);
    await settleAll(holder, 100);
  });
  return holder.querySelector<Check>('knead-symptom-check')!;
}

const withFlow = (number: string) =>
  `<knead-symptom-check emergency-number="${number}"><script type="application/json">${JSON.stringify(LONG_FLOW)}</script></knead-symptom-check>`;

async function expectFits(el: Check, where: string) {
  await settleAll(document.body, 20);
  expect(overflows(el), where).to.deep.equal([]);
  await expect(el).to.be.accessible();
}

describe('a 320 px column on a wide page', () => {
  placeVisitor('America/Toronto', 'en');

  for (const lang of ['fr', 'es'] as const) {
    it(`${lang}: a clinic flow of 80-character words, the emergency and urgent results`, async () => {
      for (const [code, level] of [
        ['sign', 'emergency'],
        ['fever', 'urgent'],
        ['none', 'massage'],
      ] as const) {
        const el = await column(lang, withFlow(LONG_NUMBER));
        expect(textOf(part(el, 'intro'))).to.include(WORD);
        await expectFits(el, 'intro');
        await pressMain(el);
        await pressMain(el); // Next with nothing ticked: the note asking for an answer
        expect(textOf(part(el, 'error'))).to.equal(read(WORDS[lang].chooseSome));
        await expectFits(el, 'question with its note');
        await answerByCode(el, route(code), LONG_FLOW);
        expect(part(el, 'result')?.classList.contains(level), level).to.equal(true);
        await expectFits(el, `${level} result`);
        document.querySelector('[data-hostile-check]')!.remove();
      }
    });

    it(`${lang}: the built-in emergency and urgent results with the clinic’s long number`, async () => {
      for (const name of ['emergency', 'urgent'] as const) {
        const el = await column(
          lang,
          `<knead-symptom-check emergency-number="${LONG_NUMBER}"></knead-symptom-check>`,
        );
        await answerByCode(el, ROUTES[name]);
        expect(textOf(part(el, 'result'))).to.include(LONG_NUMBER);
        await expectFits(el, `${name} result`);
        document.querySelector('[data-hostile-check]')!.remove();
      }
    });
  }
});
