import { expect } from '@open-wc/testing';
import '../../src/define.js';
import {
  ROUTES,
  answerRoute,
  checkedLabels,
  errorText,
  headingText,
  itemOf,
  labelOf,
  outcomeOf,
  part,
  toggle,
  type Check,
} from '../harness/symptom-check.js';
import { START, checkFixture, recordEvents, inTimeZone } from './fixtures.js';
import { activate, chooseRadio, expectFocusedHeading, tick } from './keyboard.js';

const NONE = (linkId: string) => labelOf(linkId, 'none');

describe('<knead-symptom-check> questions', () => {
  inTimeZone();

  describe('multi-choice', () => {
    it('"None of these" clears the signs ticked, and a sign clears it (keyboard)', async () => {
      const el = await checkFixture();
      await activate(el, START);
      const sign = (code: string) => labelOf('emergency', code);
      await tick(el, sign('bladder-bowel'));
      await tick(el, sign('both-legs'));
      expect(checkedLabels(el)).to.deep.equal([sign('bladder-bowel'), sign('both-legs')]);
      await tick(el, NONE('emergency'));
      expect(checkedLabels(el)).to.deep.equal([NONE('emergency')]);
      await tick(el, sign('chest-pain'));
      expect(checkedLabels(el)).to.deep.equal([sign('chest-pain')]);
      // And only the sign counts.
      await activate(el, 'Next');
      expectFocusedHeading(el, outcomeOf('emergency').title);
    });

    it('unticking a sign leaves the others', async () => {
      const el = await checkFixture();
      await answerRoute(el, ROUTES.muscular.slice(0, 6));
      expect(headingText(el)).to.equal(itemOf('worse-with').text);
      const label = (code: string) => labelOf('worse-with', code);
      for (const code of ['sitting', 'bending', 'moving', 'bending']) await toggle(el, label(code));
      expect(checkedLabels(el)).to.deep.equal([label('moving'), label('sitting')]);
      await toggle(el, label('none'));
      expect(checkedLabels(el)).to.deep.equal([label('none')]);
      await toggle(el, label('bending'));
      expect(checkedLabels(el)).to.deep.equal([label('bending')]);
    });
  });

  describe('an unanswered question', () => {
    async function expectMissing(el: Check, text: string) {
      const error = part(el, 'error');
      expect(errorText(el), 'the error').to.equal(text);
      expect(error!.getAttribute('role')).to.equal('alert');
      const fieldset = part(el, 'question')!;
      const describedBy = fieldset.getAttribute('aria-describedby') ?? '';
      expect(describedBy, 'the fieldset is described').to.not.equal('');
      expect(el.shadowRoot!.getElementById(describedBy) === error, 'by the error').to.equal(true);
      await expect(el).to.be.accessible();
    }

    function expectNoMissing(el: Check) {
      expect(errorText(el), 'the error').to.equal(undefined);
      expect(part(el, 'question')!.hasAttribute('aria-describedby')).to.equal(false);
    }

    it('asks for an answer on Next and stays, until one is chosen (multi-choice)', async () => {
      const el = await checkFixture();
      await activate(el, START);
      const { events } = await recordEvents(async () => {
        await activate(el, 'Next');
        expect(headingText(el)).to.equal(itemOf('emergency').text);
        await expectMissing(el, 'Choose at least one answer to go on.');
      });
      expect(events.length, 'no event').to.equal(0);
      await tick(el, NONE('emergency'));
      expectNoMissing(el);
      await activate(el, 'Next');
      expectFocusedHeading(el, itemOf('urgent').text);
    });

    it('asks for an answer on Next and stays, until one is chosen (one choice, yes/no)', async () => {
      const el = await checkFixture();
      await answerRoute(el, ROUTES.muscular.slice(0, 2));
      await activate(el, 'Next');
      expect(headingText(el)).to.equal(itemOf('area').text);
      await expectMissing(el, 'Choose an answer to go on.');
      await chooseRadio(el, labelOf('area', 'lower-back'));
      expectNoMissing(el);
      await activate(el, 'Next');
      expectFocusedHeading(el, itemOf('character').text);
      await chooseRadio(el, labelOf('character', 'ache'));
      await activate(el, 'Next');
      expectFocusedHeading(el, itemOf('below-knee').text);
      await activate(el, 'Next');
      await expectMissing(el, 'Choose an answer to go on.');
      await chooseRadio(el, 'No');
      expectNoMissing(el);
    });
  });
});
