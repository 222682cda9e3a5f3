import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { BACK_PAIN_FLOW } from '../../src/symptom-check/back-pain-flow.js';
import { SymptomCheckCompleteEvent } from '../../src/symptom-check/symptom-check-events.js';
import {
  ROUTES,
  answerRoute,
  buttonNames,
  checkedLabels,
  headingText,
  itemOf,
  labelOf,
  outcomeOf,
  part,
  progressText,
  start,
  type Choice,
} from '../harness/symptom-check.js';
import {
  RESULT_ELEMENTS,
  START,
  checkFixture,
  clinicCheck,
  countIn,
  recordEvents,
  inTimeZone,
} from './fixtures.js';
import { activate, answerByKeyboard, chooseRadio, expectFocusedHeading, tick } from './keyboard.js';

const TITLE = BACK_PAIN_FLOW.title;
const NONE = (linkId: string) => labelOf(linkId, 'none');

describe('<knead-symptom-check> Back and Start again', () => {
  inTimeZone();

  describe('Back', () => {
    it('restores the answer given on each earlier screen, then returns to the intro', async function () {
      this.timeout(20000);
      const el = await checkFixture();
      await activate(el, START);
      await tick(el, NONE('emergency'));
      await activate(el, 'Next');
      await tick(el, NONE('urgent'));
      await activate(el, 'Next');
      const area = labelOf('area', 'mid-upper-back');
      await chooseRadio(el, area);
      await activate(el, 'Next');
      expectFocusedHeading(el, itemOf('character').text);

      await activate(el, 'Back');
      expectFocusedHeading(el, itemOf('area').text);
      expect(checkedLabels(el)).to.deep.equal([area]);
      expect(progressText(el)).to.equal('Question 3 of 9');
      await activate(el, 'Back');
      expectFocusedHeading(el, itemOf('urgent').text);
      expect(checkedLabels(el)).to.deep.equal([NONE('urgent')]);
      await activate(el, 'Back');
      expectFocusedHeading(el, itemOf('emergency').text);
      expect(checkedLabels(el)).to.deep.equal([NONE('emergency')]);
      await activate(el, 'Back');
      expectFocusedHeading(el, TITLE);
      expect(!!part(el, 'intro'), 'the intro').to.equal(true);
      expect(buttonNames(el), 'Start').to.deep.equal([START]);
    });

    it('keeps an answer chosen on the screen it leaves, for when the visitor comes back', async () => {
      const el = await checkFixture();
      await answerRoute(el, ROUTES.muscular.slice(0, 3));
      const sharp = labelOf('character', 'sharp');
      await chooseRadio(el, sharp);
      await activate(el, 'Back');
      expectFocusedHeading(el, itemOf('area').text);
      await activate(el, 'Next');
      expectFocusedHeading(el, itemOf('character').text);
      expect(checkedLabels(el)).to.deep.equal([sharp]);
    });

    it('lets the visitor change an earlier answer and go on to the result it leads to', async function () {
      this.timeout(20000);
      const el = await checkFixture();
      const route = ROUTES.muscular;
      await answerRoute(el, route.slice(0, 4));
      expect(headingText(el)).to.equal(itemOf('below-knee').text);
      await activate(el, 'Back');
      expectFocusedHeading(el, itemOf('character').text);
      expect(checkedLabels(el)).to.deep.equal([labelOf('character', 'ache')]);
      await chooseRadio(el, labelOf('character', 'sharp'));
      await activate(el, 'Next');
      expectFocusedHeading(el, itemOf('below-knee').text);
      expect(checkedLabels(el), 'nothing chosen yet here').to.deep.equal([]);
      const recorded = await recordEvents(async () => {
        for (const step of route.slice(4)) {
          expect(headingText(el)).to.equal(itemOf(step.linkId).text);
          await answerByKeyboard(el, step);
          await activate(el, 'Next');
        }
      });
      // Sharp pain points to a disc or nerve, whatever else was answered for muscles.
      expectFocusedHeading(el, outcomeOf('disc-nerve').title);
      const complete = recorded.of<SymptomCheckCompleteEvent>(SymptomCheckCompleteEvent.type);
      expect(complete.map((event) => event.detail.outcome)).to.deep.equal(['disc-nerve']);
    });

    it('after Back to the screening, a sign ends the check at the emergency result', async () => {
      const el = await checkFixture();
      await answerRoute(el, ROUTES.muscular.slice(0, 3));
      for (let i = 0; i < 3; i++) await activate(el, 'Back');
      expectFocusedHeading(el, itemOf('emergency').text);
      await tick(el, labelOf('emergency', 'saddle-numbness'));
      expect(checkedLabels(el)).to.deep.equal([labelOf('emergency', 'saddle-numbness')]);
      await activate(el, 'Next');
      expectFocusedHeading(el, outcomeOf('emergency').title);
    });
  });

  describe('Back from a result', () => {
    it('returns to the last question with its answer, so a mistaken tick can be undone', async () => {
      const el = await checkFixture();
      await answerRoute(el, ROUTES.emergency);
      expectFocusedHeading(el, outcomeOf('emergency').title);
      await activate(el, 'Back');
      expectFocusedHeading(el, itemOf('emergency').text);
      expect(checkedLabels(el)).to.deep.equal([labelOf('emergency', 'bladder-bowel')]);
      await tick(el, labelOf('emergency', 'none'));
      await activate(el, 'Next');
      expectFocusedHeading(el, itemOf('urgent').text);
    });
  });

  describe('Start again', () => {
    it('from a question returns to the intro and forgets every answer', async () => {
      const el = await checkFixture();
      await answerRoute(el, ROUTES.muscular.slice(0, 3));
      await chooseRadio(el, labelOf('character', 'ache'));
      // Back and forth, so the check has answers to offer again on both screens.
      await activate(el, 'Back');
      await activate(el, 'Next');
      expect(checkedLabels(el)).to.deep.equal([labelOf('character', 'ache')]);
      await activate(el, 'Start again');
      expectFocusedHeading(el, TITLE);
      expect(!!part(el, 'intro'), 'the intro').to.equal(true);
      await activate(el, START);
      expectFocusedHeading(el, itemOf('emergency').text);
      expect(checkedLabels(el), 'emergency screen').to.deep.equal([]);
      const again: Choice[] = [
        ...ROUTES.muscular.slice(0, 2),
        { linkId: 'area', codes: ['neck-shoulders'] },
      ];
      for (const step of again) {
        expect(checkedLabels(el), step.linkId).to.deep.equal([]);
        await answerRoute(el, [step]);
      }
      expect(headingText(el)).to.equal(itemOf('character').text);
      expect(checkedLabels(el), 'character').to.deep.equal([]);
      // Back from here offers what was answered this time, not before.
      await activate(el, 'Back');
      expect(checkedLabels(el)).to.deep.equal([labelOf('area', 'neck-shoulders')]);
    });

    it('from a result returns to the intro and forgets every answer', async () => {
      const el = await clinicCheck();
      await answerRoute(el, ROUTES.muscular);
      expect(headingText(el)).to.equal(outcomeOf('muscular').title);
      await activate(el, 'Start again');
      expectFocusedHeading(el, TITLE);
      expect(countIn(el, RESULT_ELEMENTS), 'result elements left').to.equal(0);
      await activate(el, START);
      expectFocusedHeading(el, itemOf('emergency').text);
      expect(checkedLabels(el)).to.deep.equal([]);
      await answerRoute(el, ROUTES.muscular.slice(0, 1));
      expect(headingText(el)).to.equal(itemOf('urgent').text);
      expect(checkedLabels(el)).to.deep.equal([]);
    });

    it('restart() does the same from script', async () => {
      const el = await checkFixture();
      await answerRoute(el, ROUTES.urgent);
      el.restart();
      await el.updateComplete;
      expect(headingText(el)).to.equal(TITLE);
      await start(el);
      expect(checkedLabels(el)).to.deep.equal([]);
    });
  });
});
