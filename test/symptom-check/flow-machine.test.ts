import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  answer,
  back,
  conditionHolds,
  fallbackOutcome,
  isEnabled,
  isValidAnswer,
  matchingOutcome,
  needsMedicalCare,
  next,
  offersBooking,
  progress,
  toggleChoice,
  requires,
  severity,
  testHolds,
  type Step,
} from '../../src/symptom-check/flow-machine.js';
import {
  OUTCOME_LEVELS,
  type AnswerTest,
  type AnswerValue,
  type Answers,
  type Condition,
  type Flow,
  type FlowItem,
  type Outcome,
  type OutcomeLevel,
} from '../../src/symptom-check/flow-types.js';
import { BACK_PAIN_FLOW } from '../../src/symptom-check/back-pain-flow.js';

// Helpers -----------------------------------------------------------------------------------

const answersOf = (...entries: Array<[string, AnswerValue]>): Answers => new Map(entries);

const is = (question: string, code: string, operator: '=' | '!=' = '='): AnswerTest => ({
  question,
  operator,
  answerCoding: { code },
});
const bool = (question: string, value: boolean, operator: '=' | '!=' = '='): AnswerTest => ({
  question,
  operator,
  answerBoolean: value,
});
const exists = (question: string, answerBoolean?: boolean): AnswerTest => ({
  question,
  operator: 'exists',
  answerBoolean,
});

const options = (...codes: string[]) =>
  codes.map((code) => ({
    valueCoding: { code, display: code.toUpperCase() },
    exclusive: code === 'none' || undefined,
  }));

const yesNo = (linkId: string, enableWhen?: AnswerTest[]): FlowItem => ({
  linkId,
  text: `${linkId}?`,
  type: 'boolean',
  enableWhen,
});

const outcome = (id: string, level: OutcomeLevel, when?: Condition): Outcome => ({
  id,
  level,
  when,
  title: id,
  advice: `Advice for ${id}.`,
});

const flowOf = (item: FlowItem[], outcomes: Outcome[]): Flow => ({
  id: 'test',
  title: 'Test',
  intro: 'A test flow.',
  item,
  outcomes,
});

/** The question of a step that must be one; fails the test otherwise. */
function questionOf(step: Step): FlowItem {
  if (step.kind !== 'question')
    throw new Error(`expected a question, got outcome ${step.outcome.id}`);
  return step.item;
}

/** The outcome of a step that must be one; fails the test otherwise. */
function outcomeOf(step: Step): Outcome {
  if (step.kind !== 'outcome') throw new Error(`expected an outcome, got ${step.item.linkId}`);
  return step.outcome;
}

/** Answers the question `next` asks, after checking it is the expected one. */
function answerNext(flow: Flow, answers: Answers, linkId: string, value: AnswerValue): Answers {
  expect(questionOf(next(flow, answers)).linkId).to.equal(linkId);
  const updated = answer(flow, answers, linkId, value);
  expect(updated.get(linkId), `answer to ${linkId} recorded`).to.deep.equal(value);
  return updated;
}

/** A plain answer to any question: no, the first option, or "seen". */
function firstAnswer(item: FlowItem): AnswerValue {
  if (item.type === 'boolean') return false;
  if (item.type === 'display') return true;
  const code = item.answerOption![0]!.valueCoding.code;
  return item.type === 'choice' ? code : [code];
}

// Tests -------------------------------------------------------------------------------------

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
      expect(outcomeOf(next(flow, answersOf(['q1', true], ['q2', 'b'])))).to.equal(stop);
    });

    it('ends with the fallback when no question is left and nothing matched', () => {
      expect(outcomeOf(next(flow, answersOf(['q1', false], ['q3', true])))).to.equal(fallback);
      expect(outcomeOf(next(flow, answersOf(['q1', true], ['q2', 'a'], ['q3', false])))).to.equal(
        fallback,
      );
    });
  });

  describe('isValidAnswer', () => {
    const multi: FlowItem = {
      linkId: 'm',
      text: 'Which apply?',
      type: 'multi-choice',
      answerOption: options('a', 'b', 'c', 'none'),
    };
    const choice: FlowItem = {
      linkId: 'c',
      text: 'Which one?',
      type: 'choice',
      answerOption: options('a', 'b'),
    };
    const display: FlowItem = { linkId: 'd', text: 'Read this.', type: 'display' };
    const cases: Array<[FlowItem, unknown[], unknown[]]> = [
      [yesNo('b'), [true, false], ['true', 1, 0, null, undefined, ['a'], 'a']],
      [display, [true], [false, 'true', 1, null, undefined, ['a']]],
      [choice, ['a', 'b'], ['z', '', 'A', ['a'], true, 1, null, undefined]],
      [
        multi,
        [['a'], ['b', 'a'], ['a', 'b', 'c'], ['none']],
        [
          [],
          ['a', 'a'],
          ['a', 'z'],
          ['z'],
          ['none', 'a'],
          ['b', 'none'],
          ['none', 'none'],
          'a',
          [1],
          ['a', undefined],
          true,
          null,
          undefined,
        ],
      ],
    ];
    for (const [item, valid, invalid] of cases) {
      it(`takes the valid answers to a ${item.type} question`, () => {
        for (const value of valid)
          expect(isValidAnswer(item, value), JSON.stringify(value)).to.equal(true);
      });
      it(`refuses the invalid answers to a ${item.type} question`, () => {
        for (const value of invalid)
          expect(isValidAnswer(item, value), JSON.stringify(value)).to.equal(false);
      });
    }

    it('takes a multi-choice answer exactly when non-empty, unique, known and exclusive-alone', () => {
      fc.assert(
        fc.property(
          fc.array(fc.constantFrom('a', 'b', 'c', 'none', 'z', ''), { maxLength: 5 }),
          (chosen) => {
            const expected =
              chosen.length > 0 &&
              new Set(chosen).size === chosen.length &&
              chosen.every((code) => ['a', 'b', 'c', 'none'].includes(code)) &&
              (chosen.length === 1 || !chosen.includes('none'));
            expect(isValidAnswer(multi, chosen), JSON.stringify(chosen)).to.equal(expected);
          },
        ),
        { numRuns: 500 },
      );
    });
  });

  describe('answer', () => {
    // a → b → c: b is asked when a is yes, c when b is yes; d is always asked.
    const chain = flowOf(
      [
        yesNo('a'),
        yesNo('b', [bool('a', true)]),
        yesNo('c', [bool('b', true)]),
        {
          linkId: 'd',
          text: 'Which?',
          type: 'multi-choice',
          answerOption: options('x', 'y', 'none'),
        },
      ],
      [outcome('fallback', 'clinician')],
    );
    const full = answersOf(['a', true], ['b', true], ['c', true], ['d', ['x']]);

    it('returns the same answers for an invalid answer or an unknown question', () => {
      for (const [linkId, value] of [
        ['a', 'yes'],
        ['d', []],
        ['d', ['x', 'none']],
        ['d', 'x'],
        ['nope', true],
      ] as Array<[string, AnswerValue]>)
        expect(answer(chain, full, linkId, value), `${linkId}=${JSON.stringify(value)}`).to.equal(
          full,
        );
    });

    it('records a new answer last, without changing the answers it was given', () => {
      const before = answersOf(['a', true]);
      const after = answer(chain, before, 'b', false);
      expect(after).to.not.equal(before);
      expect([...before]).to.deep.equal([['a', true]]);
      expect([...after]).to.deep.equal([
        ['a', true],
        ['b', false],
      ]);
    });

    it('keeps its own copy of a multi-choice answer', () => {
      const chosen = ['x'];
      const after = answer(chain, answersOf(), 'd', chosen);
      chosen.push('y');
      expect(after.get('d')).to.deep.equal(['x']);
    });

    it('keeps the place of a re-answered question, and the answers that still apply', () => {
      const after = answer(chain, full, 'd', ['y', 'x']);
      expect([...after.keys()]).to.deep.equal(['a', 'b', 'c', 'd']);
      expect(after.get('d')).to.deep.equal(['y', 'x']);
      const same = answer(chain, full, 'a', true);
      expect([...same]).to.deep.equal([...full]);
    });

    it('removes later answers that no longer apply, in a cascade', () => {
      const after = answer(chain, full, 'a', false);
      expect([...after]).to.deep.equal([
        ['a', false],
        ['d', ['x']],
      ]);
      expect(outcomeOf(next(chain, after)).id, 'b and c are not asked').to.equal('fallback');
    });

    it('removes only what depends on the changed answer', () => {
      const after = answer(chain, full, 'b', false);
      expect([...after]).to.deep.equal([
        ['a', true],
        ['b', false],
        ['d', ['x']],
      ]);
    });

    it('does not keep an answer to a question that is not asked', () => {
      const after = answer(chain, answersOf(['a', false]), 'b', true);
      expect([...after]).to.deep.equal([['a', false]]);
    });

    it('asks the removed questions again once they apply again', () => {
      let answers = answer(chain, full, 'a', false);
      answers = answer(chain, answers, 'a', true);
      expect(questionOf(next(chain, answers)).linkId).to.equal('b');
    });
  });

  describe('back', () => {
    const flat = flowOf([yesNo('a'), yesNo('b'), yesNo('c')], [outcome('end', 'massage')]);

    it('takes back the most recent answer', () => {
      const answers = answersOf(['a', true], ['b', 'x'], ['c', ['y']]);
      const after = back(flat, answers);
      expect([...after]).to.deep.equal([
        ['a', true],
        ['b', 'x'],
      ]);
      expect(answers.size, 'the given answers are left alone').to.equal(3);
      expect([...back(flat, back(flat, after))]).to.deep.equal([]);
    });

    it('leaves no answers as they are', () => {
      const empty = answersOf();
      expect(back(flat, empty)).to.equal(empty);
    });

    it('also takes back answers whose question that leaves unasked', () => {
      // d is asked only while r is yes. Answers given out of order (d before r, as
      // re-answering can leave them) must not outlive r when Back takes r away.
      const flow = flowOf(
        [yesNo('x'), yesNo('r'), yesNo('d', [bool('r', true)])],
        [outcome('end', 'massage')],
      );
      const answers = answersOf(['x', false], ['d', true], ['r', true]);
      expect([...back(flow, answers).keys()]).to.deep.equal(['x']);
    });

    it('undoes an answer: next asks that question again', () => {
      let answers = answersOf();
      answers = answerNext(BACK_PAIN_FLOW, answers, 'emergency', ['none']);
      answers = answerNext(BACK_PAIN_FLOW, answers, 'urgent', ['none']);
      expect(questionOf(next(BACK_PAIN_FLOW, back(BACK_PAIN_FLOW, answers))).linkId).to.equal(
        'urgent',
      );
      answers = answer(BACK_PAIN_FLOW, answers, 'emergency', ['chest-pain']);
      expect(outcomeOf(next(BACK_PAIN_FLOW, answers)).id).to.equal('emergency');
      expect(questionOf(next(BACK_PAIN_FLOW, back(BACK_PAIN_FLOW, answers))).linkId).to.equal(
        'emergency',
      );
    });
  });

  describe('progress', () => {
    it('is undefined during the screening of the back-pain flow', () => {
      let answers = answersOf();
      expect(progress(BACK_PAIN_FLOW, answers)).to.equal(undefined);
      answers = answerNext(BACK_PAIN_FLOW, answers, 'emergency', ['none']);
      expect(progress(BACK_PAIN_FLOW, answers)).to.equal(undefined);
    });

    it('counts 3 of 9 after both screens, up to 9 of 9, then nothing at the outcome', () => {
      let answers = answerNext(BACK_PAIN_FLOW, answersOf(), 'emergency', ['none']);
      answers = answerNext(BACK_PAIN_FLOW, answers, 'urgent', ['none']);
      const total = BACK_PAIN_FLOW.item.length;
      expect(total).to.equal(9);
      for (let current = 3; current <= total; current++) {
        expect(progress(BACK_PAIN_FLOW, answers), `question ${current}`).to.deep.equal({
          current,
          total,
        });
        const item = questionOf(next(BACK_PAIN_FLOW, answers));
        answers = answerNext(BACK_PAIN_FLOW, answers, item.linkId, firstAnswer(item));
      }
      outcomeOf(next(BACK_PAIN_FLOW, answers));
      expect(progress(BACK_PAIN_FLOW, answers)).to.equal(undefined);
    });

    it('is undefined at the urgent and emergency outcomes', () => {
      const emergency = answersOf(['emergency', ['chest-pain']]);
      const urgent = answersOf(['emergency', ['none']], ['urgent', ['fever']]);
      expect(outcomeOf(next(BACK_PAIN_FLOW, emergency)).id).to.equal('emergency');
      expect(outcomeOf(next(BACK_PAIN_FLOW, urgent)).id).to.equal('urgent');
      expect(progress(BACK_PAIN_FLOW, emergency)).to.equal(undefined);
      expect(progress(BACK_PAIN_FLOW, urgent)).to.equal(undefined);
    });

    // q2 yes ends the check before q3: until q2 is answered, no total is true.
    const early = flowOf(
      [yesNo('q1'), yesNo('q2'), yesNo('q3')],
      [outcome('stop', 'urgent', bool('q2', true)), outcome('fallback', 'clinician')],
    );

    it('is undefined while an outcome could still end the check early', () => {
      expect(progress(early, answersOf())).to.equal(undefined);
      expect(progress(early, answersOf(['q1', true]))).to.equal(undefined);
    });

    it('counts once no outcome can end the check early any more', () => {
      const answers = answersOf(['q1', true], ['q2', false]);
      expect(progress(early, answers)).to.deep.equal({ current: 3, total: 3 });
      expect(outcomeOf(next(early, answersOf(['q1', true], ['q2', true]))).id).to.equal('stop');
    });

    it('counts from the start when outcomes wait for the last question', () => {
      const waits = flowOf(
        [yesNo('q1'), yesNo('q2'), yesNo('q3')],
        [
          outcome('stop', 'urgent', { all: [bool('q1', true), exists('q3')] }),
          outcome('fallback', 'clinician'),
        ],
      );
      expect(progress(waits, answersOf())).to.deep.equal({ current: 1, total: 3 });
      expect(progress(waits, answersOf(['q1', true]))).to.deep.equal({ current: 2, total: 3 });
    });

    it('is undefined while a later question depends on one not yet answered', () => {
      const depends = flowOf(
        [yesNo('q1'), yesNo('q2', [bool('q1', true)])],
        [outcome('fallback', 'clinician')],
      );
      expect(progress(depends, answersOf())).to.equal(undefined);
      expect(progress(depends, answersOf(['q1', true]))).to.deep.equal({ current: 2, total: 2 });
      expect(progress(depends, answersOf(['q1', false]))).to.equal(undefined);
    });
  });
});

describe('toggleChoice', () => {
  const signs: FlowItem = {
    linkId: 'signs',
    text: 'Any of these?',
    type: 'multi-choice',
    answerOption: options('a', 'b', 'c', 'none'),
  };

  it('adds and removes ordinary options', () => {
    expect(toggleChoice(signs, ['a'], 'b', true)).to.deep.equal(['a', 'b']);
    expect(toggleChoice(signs, ['a', 'b'], 'a', false)).to.deep.equal(['b']);
  });

  it('"None of these" clears the others, and any other clears it', () => {
    expect(toggleChoice(signs, ['a', 'b'], 'none', true)).to.deep.equal(['none']);
    expect(toggleChoice(signs, ['none'], 'c', true)).to.deep.equal(['c']);
  });

  it('always yields a valid answer once something is ticked', () => {
    const codes = ['a', 'b', 'c', 'none'];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...codes), fc.boolean()), { maxLength: 12 }),
        (moves) => {
          let chosen: string[] = [];
          for (const [code, checked] of moves) chosen = toggleChoice(signs, chosen, code, checked);
          expect(chosen.length === 0 || isValidAnswer(signs, chosen)).to.equal(true);
        },
      ),
    );
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
