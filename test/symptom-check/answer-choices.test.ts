import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  answerChoices,
  answerOnNext,
  isPicked,
  pick,
  picksSeveral,
} from '../../src/symptom-check/answer-choices.js';
import { isValidAnswer } from '../../src/symptom-check/flow-machine.js';
import type { AnswerValue, FlowItem } from '../../src/symptom-check/flow-types.js';
import { BACK_PAIN_FLOW } from '../../src/symptom-check/back-pain-flow.js';
import { itemOf } from '../harness/symptom-check.js';

const yesNo: FlowItem = { linkId: 'sore', text: 'Sore?', type: 'boolean' };
const note: FlowItem = { linkId: 'note', text: 'Before you start', type: 'display' };
const side: FlowItem = {
  linkId: 'side',
  text: 'Which side?',
  type: 'choice',
  answerOption: [
    { valueCoding: { code: 'left', display: 'The left side' } },
    { valueCoding: { code: 'right', display: 'The right side' } },
  ],
};
const signs = itemOf('emergency');

describe('answer choices', () => {
  describe('answerChoices', () => {
    it('a yes/no question shows Yes then No, recording true and false', () => {
      expect(answerChoices(yesNo)).to.deep.equal([
        { code: 'yes', display: 'Yes', value: true },
        { code: 'no', display: 'No', value: false },
      ]);
    });

    it("a yes/no question's words are the language's, its values the same", () => {
      expect(answerChoices(yesNo, { yes: 'Oui', no: 'Non' })).to.deep.equal([
        { code: 'yes', display: 'Oui', value: true },
        { code: 'no', display: 'Non', value: false },
      ]);
    });

    it('a choice question shows its options in order, recording their codes', () => {
      expect(answerChoices(side)).to.deep.equal([
        { code: 'left', display: 'The left side', value: 'left' },
        { code: 'right', display: 'The right side', value: 'right' },
      ]);
    });

    it('a multi-choice question shows every option, "None of these" included', () => {
      const shown = answerChoices(signs).map((choice) => choice.display);
      expect(shown).to.deep.equal(signs.answerOption!.map((option) => option.valueCoding.display));
      expect(shown[shown.length - 1]).to.equal('None of these');
    });

    it('an information-only screen shows no answers', () => {
      expect(answerChoices(note)).to.deep.equal([]);
    });

    it('every answer shown is a valid answer, for every question of the built-in flow', () => {
      for (const item of BACK_PAIN_FLOW.item)
        for (const choice of answerChoices(item)) {
          const value = picksSeveral(item) ? [choice.value as string] : choice.value;
          expect(isValidAnswer(item, value), `${item.linkId}: ${choice.code}`).to.equal(true);
        }
    });
  });

  describe('pick and isPicked', () => {
    it('one choice: the last pick replaces the one before', () => {
      let draft: AnswerValue | undefined;
      draft = pick(side, draft, 'left', true);
      draft = pick(side, draft, 'right', true);
      expect(draft).to.equal('right');
      expect(isPicked(side, draft, 'right')).to.equal(true);
      expect(isPicked(side, draft, 'left')).to.equal(false);
    });

    it('yes/no: No is picked as false, and only No', () => {
      const draft = pick(yesNo, undefined, false, true);
      expect(draft).to.equal(false);
      expect(isPicked(yesNo, draft, false)).to.equal(true);
      expect(isPicked(yesNo, draft, true)).to.equal(false);
      expect(isPicked(yesNo, undefined, false), 'nothing picked yet').to.equal(false);
    });

    it('several: ticks add, unticks remove, "None of these" and a sign clear each other', () => {
      let draft: AnswerValue | undefined;
      draft = pick(signs, draft, 'bladder-bowel', true);
      draft = pick(signs, draft, 'both-legs', true);
      expect(draft).to.deep.equal(['bladder-bowel', 'both-legs']);
      draft = pick(signs, draft, 'bladder-bowel', false);
      expect(draft).to.deep.equal(['both-legs']);
      draft = pick(signs, draft, 'none', true);
      expect(draft).to.deep.equal(['none']);
      expect(isPicked(signs, draft, 'none')).to.equal(true);
      expect(isPicked(signs, draft, 'both-legs')).to.equal(false);
      draft = pick(signs, draft, 'chest-pain', true);
      expect(draft).to.deep.equal(['chest-pain']);
    });

    it('several: whatever is ticked and unticked, what is picked is a valid answer or nothing', () => {
      const codes = signs.answerOption!.map((option) => option.valueCoding.code);
      fc.assert(
        fc.property(
          fc.array(fc.record({ code: fc.constantFrom(...codes), checked: fc.boolean() })),
          (moves) => {
            let draft: AnswerValue | undefined;
            for (const { code, checked } of moves) draft = pick(signs, draft, code, checked);
            const chosen = (draft ?? []) as string[];
            expect(chosen.length === 0 || isValidAnswer(signs, chosen)).to.equal(true);
            for (const code of codes)
              expect(isPicked(signs, draft, code)).to.equal(chosen.includes(code));
          },
        ),
      );
    });
  });

  describe('answerOnNext', () => {
    it('an information-only screen answers "seen" with nothing picked', () => {
      expect(answerOnNext(note, undefined)).to.equal(true);
      expect(isValidAnswer(note, answerOnNext(note, undefined))).to.equal(true);
    });

    it('any other screen answers what was picked, or nothing', () => {
      expect(answerOnNext(yesNo, false)).to.equal(false);
      expect(answerOnNext(side, 'left')).to.equal('left');
      expect(answerOnNext(signs, ['none'])).to.deep.equal(['none']);
      expect(answerOnNext(side, undefined)).to.equal(undefined);
    });
  });
});
