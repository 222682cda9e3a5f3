import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  answer,
  back,
  isValidAnswer,
  next,
  progress,
  toggleChoice,
} from '../../src/symptom-check/flow-machine.js';
import type { AnswerValue, Answers, Flow, FlowItem } from '../../src/symptom-check/flow-types.js';
import { BACK_PAIN_FLOW } from '../../src/symptom-check/back-pain-flow.js';
import {
  answersOf,
  bool,
  exists,
  flowOf,
  options,
  outcome,
  outcomeOfStep,
  question,
  questionOf,
  yesNo,
} from './flow-builders.js';

/** A list of signs with "none of these". */
const signs = question('signs', 'multi-choice', ['a', 'b', 'c', 'none']);

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

describe('flow engine: answers', () => {
  describe('isValidAnswer', () => {
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
        signs,
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
            expect(isValidAnswer(signs, chosen), JSON.stringify(chosen)).to.equal(expected);
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
      expect(outcomeOfStep(next(chain, after)).id, 'b and c are not asked').to.equal('fallback');
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
      expect(outcomeOfStep(next(BACK_PAIN_FLOW, answers)).id).to.equal('emergency');
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
      outcomeOfStep(next(BACK_PAIN_FLOW, answers));
      expect(progress(BACK_PAIN_FLOW, answers)).to.equal(undefined);
    });

    it('is undefined at the urgent and emergency outcomes', () => {
      const emergency = answersOf(['emergency', ['chest-pain']]);
      const urgent = answersOf(['emergency', ['none']], ['urgent', ['fever']]);
      expect(outcomeOfStep(next(BACK_PAIN_FLOW, emergency)).id).to.equal('emergency');
      expect(outcomeOfStep(next(BACK_PAIN_FLOW, urgent)).id).to.equal('urgent');
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
      expect(outcomeOfStep(next(early, answersOf(['q1', true], ['q2', true]))).id).to.equal('stop');
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
