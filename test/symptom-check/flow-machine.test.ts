import { expect } from '@open-wc/testing';
import {
  conditionHolds,
  fallbackOutcome,
  isEnabled,
  matchingOutcome,
  needsMedicalCare,
  next,
  offersBooking,
  requires,
  severity,
  testHolds,
} from '../../src/symptom-check/flow-machine.js';
import {
  OUTCOME_LEVELS,
  type Condition,
  type FlowItem,
} from '../../src/symptom-check/flow-types.js';
import {
  answersOf,
  bool,
  exists,
  flowOf,
  is,
  options,
  outcome,
  outcomeOfStep,
  questionOf,
  yesNo,
} from './flow-builders.js';

describe('flow engine', () => {
  describe('testHolds and conditionHolds', () => {
    const none = answersOf();

    it('"exists" holds for an answered question, by default and with answerBoolean true', () => {
      const answered = answersOf(['q', false]);
      for (const test of [exists('q'), exists('q', true)]) {
        expect(testHolds(test, answered)).to.equal(true);
        expect(testHolds(test, none)).to.equal(false);
        expect(conditionHolds(test, answered)).to.equal(true);
        expect(conditionHolds(test, none)).to.equal(false);
      }
    });

    it('"exists" with answerBoolean false holds only while the question is unanswered', () => {
      expect(testHolds(exists('q', false), none)).to.equal(true);
      expect(testHolds(exists('q', false), answersOf(['q', false]))).to.equal(false);
      expect(testHolds(exists('q', false), answersOf(['q', ['a']]))).to.equal(false);
      expect(testHolds(exists('q', false), answersOf(['other', true]))).to.equal(true);
    });

    it('"=" and "!=" compare a boolean answer', () => {
      const yes = answersOf(['q', true]);
      const no = answersOf(['q', false]);
      expect(testHolds(bool('q', true), yes)).to.equal(true);
      expect(testHolds(bool('q', true), no)).to.equal(false);
      expect(testHolds(bool('q', false), no)).to.equal(true);
      expect(testHolds(bool('q', false), yes)).to.equal(false);
      expect(testHolds(bool('q', true, '!='), yes)).to.equal(false);
      expect(testHolds(bool('q', true, '!='), no)).to.equal(true);
      expect(testHolds(bool('q', false, '!='), yes)).to.equal(true);
      expect(testHolds(bool('q', false, '!='), no)).to.equal(false);
    });

    it('"=" and "!=" compare a single choice', () => {
      const chosen = answersOf(['q', 'a']);
      expect(testHolds(is('q', 'a'), chosen)).to.equal(true);
      expect(testHolds(is('q', 'b'), chosen)).to.equal(false);
      expect(testHolds(is('q', 'a', '!='), chosen)).to.equal(false);
      expect(testHolds(is('q', 'b', '!='), chosen)).to.equal(true);
    });

    it('"=" on a multi-choice answer means the code is among the chosen ones', () => {
      const chosen = answersOf(['q', ['a', 'c']]);
      expect(testHolds(is('q', 'a'), chosen)).to.equal(true);
      expect(testHolds(is('q', 'c'), chosen)).to.equal(true);
      expect(testHolds(is('q', 'b'), chosen)).to.equal(false);
      expect(testHolds(is('q', 'a', '!='), chosen)).to.equal(false);
      expect(testHolds(is('q', 'b', '!='), chosen)).to.equal(true);
    });

    it('an unanswered question makes both "=" and "!=" false', () => {
      for (const test of [
        bool('q', true),
        bool('q', false),
        bool('q', true, '!='),
        bool('q', false, '!='),
        is('q', 'a'),
        is('q', 'a', '!='),
      ]) {
        expect(testHolds(test, none), JSON.stringify(test)).to.equal(false);
        expect(testHolds(test, answersOf(['other', 'a'])), JSON.stringify(test)).to.equal(false);
      }
    });

    it('a boolean test never equals a coded answer, nor a code a boolean one', () => {
      expect(testHolds(bool('q', true), answersOf(['q', 'true']))).to.equal(false);
      expect(testHolds(bool('q', true), answersOf(['q', ['true']]))).to.equal(false);
      expect(testHolds(is('q', 'true'), answersOf(['q', true]))).to.equal(false);
      expect(testHolds({ question: 'q', operator: '=' }, answersOf(['q', 'a']))).to.equal(false);
    });

    it('combines tests with all, any and not, nested (here: exactly one of two)', () => {
      const p = bool('p', true);
      const r = is('r', 'x');
      const exactlyOne: Condition = { all: [{ any: [p, r] }, { not: { all: [p, r] } }] };
      const table: Array<[boolean, boolean, boolean]> = [
        [true, true, false],
        [true, false, true],
        [false, true, true],
        [false, false, false],
      ];
      for (const [pHolds, rHolds, expected] of table) {
        const answers = answersOf(['p', pHolds], ['r', rHolds ? 'x' : 'y']);
        expect(conditionHolds(exactlyOne, answers), `p=${pHolds} r=${rHolds}`).to.equal(expected);
      }
    });

    it('"not" inverts, "all" needs every part and "any" needs one', () => {
      const answers = answersOf(['p', true], ['r', 'y']);
      const p = bool('p', true);
      const r = is('r', 'x');
      expect(conditionHolds({ not: p }, answers)).to.equal(false);
      expect(conditionHolds({ not: r }, answers)).to.equal(true);
      expect(conditionHolds({ not: { not: p } }, answers)).to.equal(true);
      expect(conditionHolds({ all: [p, r] }, answers)).to.equal(false);
      expect(conditionHolds({ all: [p, { not: r }] }, answers)).to.equal(true);
      expect(conditionHolds({ any: [r, p] }, answers)).to.equal(true);
      expect(conditionHolds({ any: [r, { not: p }] }, answers)).to.equal(false);
      expect(
        conditionHolds({ any: [r, { all: [p, { any: [r, exists('p')] }] }] }, answers),
      ).to.equal(true);
    });
  });

  describe('isEnabled', () => {
    const tests = [bool('a', true), is('b', 'x')];
    const both = answersOf(['a', true], ['b', 'x']);
    const onlyA = answersOf(['a', true], ['b', 'y']);
    const neither = answersOf(['a', false], ['b', 'y']);

    it('asks an item without enableWhen always', () => {
      expect(isEnabled(yesNo('q'), answersOf())).to.equal(true);
      expect(isEnabled(yesNo('q', []), neither)).to.equal(true);
    });

    it('with enableBehavior "all", needs every test', () => {
      const item: FlowItem = { ...yesNo('q', tests), enableBehavior: 'all' };
      expect(isEnabled(item, both)).to.equal(true);
      expect(isEnabled(item, onlyA)).to.equal(false);
      expect(isEnabled(item, neither)).to.equal(false);
    });

    it('with enableBehavior "any", needs one test', () => {
      const item: FlowItem = { ...yesNo('q', tests), enableBehavior: 'any' };
      expect(isEnabled(item, both)).to.equal(true);
      expect(isEnabled(item, onlyA)).to.equal(true);
      expect(isEnabled(item, neither)).to.equal(false);
      expect(isEnabled(item, answersOf())).to.equal(false);
    });

    it('without enableBehavior, follows its one test (and needs every one of several)', () => {
      expect(isEnabled(yesNo('q', [bool('a', true)]), onlyA)).to.equal(true);
      expect(isEnabled(yesNo('q', [bool('a', true)]), neither)).to.equal(false);
      expect(isEnabled(yesNo('q', tests), both)).to.equal(true);
      expect(isEnabled(yesNo('q', tests), onlyA)).to.equal(false);
    });
  });

  describe('severity and matchingOutcome', () => {
    it('orders levels from emergency down to massage', () => {
      const ranks = OUTCOME_LEVELS.map(severity);
      expect(OUTCOME_LEVELS).to.deep.equal(['emergency', 'urgent', 'clinician', 'massage']);
      for (let i = 1; i < ranks.length; i++) expect(ranks[i - 1]).to.be.greaterThan(ranks[i]!);
    });

    const items = [yesNo('q1'), yesNo('q2'), yesNo('q3')];
    const fallback = outcome('fallback', 'emergency');
    const massage = outcome('massage', 'massage', bool('q1', true));
    const first = outcome('first', 'clinician', bool('q1', true));
    const second = outcome('second', 'clinician', { any: [bool('q1', true), bool('q3', true)] });
    const urgent = outcome('urgent', 'urgent', bool('q2', true));
    const flow = flowOf(items, [fallback, massage, first, second, urgent]);

    it('picks the most severe matching outcome', () => {
      expect(matchingOutcome(flow, answersOf(['q1', true], ['q2', true]))).to.equal(urgent);
      expect(matchingOutcome(flow, answersOf(['q1', true], ['q2', false]))).to.equal(first);
      expect(matchingOutcome(flow, answersOf(['q1', false], ['q3', true]))).to.equal(second);
    });

    it('lets the first listed win a tie', () => {
      expect(matchingOutcome(flow, answersOf(['q1', true]))).to.equal(first);
      const swapped = flowOf(items, [fallback, massage, second, first, urgent]);
      expect(matchingOutcome(swapped, answersOf(['q1', true]))).to.equal(second);
    });

    it('finds a lone massage outcome', () => {
      const only = flowOf(items, [massage, fallback]);
      expect(matchingOutcome(only, answersOf(['q1', true]))).to.equal(massage);
    });

    it('ignores the fallback, however severe and wherever listed', () => {
      expect(matchingOutcome(flow, answersOf())).to.equal(undefined);
      expect(matchingOutcome(flow, answersOf(['q1', false], ['q2', false]))).to.equal(undefined);
      expect(fallbackOutcome(flow)).to.equal(fallback);
    });
  });

  describe('requires', () => {
    it('tells which conditions can only hold once a question is answered', () => {
      expect(requires(bool('q', true), 'q')).to.equal(true);
      expect(requires(is('q', 'a', '!='), 'q')).to.equal(true);
      expect(requires(exists('q'), 'q')).to.equal(true);
      expect(requires(exists('q', false), 'q')).to.equal(false);
      expect(requires(bool('other', true), 'q')).to.equal(false);
      expect(requires({ all: [bool('other', true), exists('q')] }, 'q')).to.equal(true);
      expect(requires({ any: [bool('q', true), is('q', 'a')] }, 'q')).to.equal(true);
      expect(requires({ any: [bool('q', true), bool('other', true)] }, 'q')).to.equal(false);
      expect(requires({ any: [] }, 'q')).to.equal(false);
      expect(requires({ not: bool('q', true) }, 'q')).to.equal(false);
    });
  });

  describe('next', () => {
    const items: FlowItem[] = [
      yesNo('q1'),
      {
        linkId: 'q2',
        text: 'Which?',
        type: 'choice',
        answerOption: options('a', 'b'),
        enableWhen: [bool('q1', true)],
      },
      yesNo('q3'),
    ];
    const stop = outcome('stop', 'urgent', is('q2', 'b'));
    const fallback = outcome('fallback', 'clinician');
    const flow = flowOf(items, [stop, fallback]);

    it('asks the first question first', () => {
      expect(questionOf(next(flow, answersOf())).linkId).to.equal('q1');
    });

    it('asks the first enabled unanswered question, skipping disabled ones', () => {
      expect(questionOf(next(flow, answersOf(['q1', true]))).linkId).to.equal('q2');
      expect(questionOf(next(flow, answersOf(['q1', false]))).linkId).to.equal('q3');
      expect(questionOf(next(flow, answersOf(['q1', true], ['q2', 'a']))).linkId).to.equal('q3');
    });

    it('ends with an outcome as soon as one matches, with questions left', () => {
      expect(outcomeOfStep(next(flow, answersOf(['q1', true], ['q2', 'b'])))).to.equal(stop);
    });

    it('ends with the fallback when no question is left and nothing matched', () => {
      expect(outcomeOfStep(next(flow, answersOf(['q1', false], ['q3', true])))).to.equal(fallback);
      expect(
        outcomeOfStep(next(flow, answersOf(['q1', true], ['q2', 'a'], ['q3', false]))),
      ).to.equal(fallback);
    });
  });
});

describe('levels', () => {
  it('sends only emergency and urgent results to medical care', () => {
    expect(OUTCOME_LEVELS.filter(needsMedicalCare)).to.deep.equal(['emergency', 'urgent']);
  });

  it('offers booking only where massage suits', () => {
    expect(OUTCOME_LEVELS.filter(offersBooking)).to.deep.equal(['massage']);
  });
});
