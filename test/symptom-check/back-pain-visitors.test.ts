import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { BACK_PAIN_FLOW as FLOW } from '../../src/symptom-check/back-pain-flow.js';
import { answer, back, next, progress } from '../../src/symptom-check/flow-machine.js';
import type { Answers, Outcome } from '../../src/symptom-check/flow-types.js';
import { pickArb, type Pick } from '../helpers/flow-plans.js';
import { itemOf } from '../harness/symptom-check.js';
import { runToOutcome, validAnswer, type Odds } from './flow-walks.js';
import {
  PATTERN_ORDER,
  SCREENS_CLEAR,
  emergencySigns,
  expectNothingToTry,
  nerveSigns,
  urgentSigns,
  walk,
} from './back-pain-walks.js';

/** A visitor who says yes one time in four and ticks "none of these" two times in three. */
const VISITOR: Odds = { yesOneIn: 4, noneIn3: 2 };

type Move =
  | { readonly kind: 'answer'; readonly pick: Pick }
  | { readonly kind: 'back' }
  | { readonly kind: 'reanswer'; readonly which: number; readonly pick: Pick };

const moveArb: fc.Arbitrary<Move> = fc.oneof(
  { weight: 6, arbitrary: pickArb.map((pick): Move => ({ kind: 'answer', pick })) },
  { weight: 1, arbitrary: fc.constant<Move>({ kind: 'back' }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.nat(), pickArb)
      .map(([which, pick]): Move => ({ kind: 'reanswer', which, pick })),
  },
);

const visitorArb = fc.record({
  moves: fc.array(moveArb, { maxLength: 30 }),
  finish: fc.array(pickArb, { minLength: 1, maxLength: 12 }),
});

/** Answers whatever is asked, as a random visitor does, until an outcome; counts the questions. */
const finish = (start: Answers, picks: readonly Pick[]) =>
  runToOutcome(FLOW, picks, { start, odds: VISITOR });

/**
 * Where `progress` gives a count, it must be the truth: the visitor is on question
 * `current`, and finishing the check (whatever the answers) asks exactly the rest of `total`.
 */
function checkProgress(answers: Answers, picks: readonly Pick[]): boolean {
  const count = progress(FLOW, answers);
  if (!count) return false;
  const { current, total } = count;
  if (!(current >= 1 && current <= total)) throw new Error(`bad count ${current} of ${total}`);
  if (current !== answers.size + 1) throw new Error(`current ${current}, ${answers.size} answered`);
  for (const offset of [0, 1]) {
    const { asked } = finish(answers, [...picks.slice(offset), ...picks.slice(0, offset)]);
    if (total !== current + asked - 1)
      throw new Error(`said ${current} of ${total}, but ${asked} questions were left`);
  }
  return true;
}

interface Visit {
  readonly answers: Answers;
  readonly outcome: Outcome;
  /** Questions answered going forward, back moves, and answers lost to back or re-answers. */
  readonly forward: number;
  readonly backs: number;
  readonly reanswers: number;
  readonly lost: number;
  /** How many progress counts were shown, and checked, on the way. */
  readonly counts: number;
}

/** Plays the moves (answer what is asked, Back, change an earlier answer), then finishes. */
function visit(moves: readonly Move[], picks: readonly Pick[]): Visit {
  let answers: Answers = new Map();
  let forward = 0;
  let backs = 0;
  let reanswers = 0;
  let lost = 0;
  let counts = 0;
  for (const move of moves) {
    const step = next(FLOW, answers);
    if (step.kind === 'question' && checkProgress(answers, picks)) counts++;
    const before = answers.size;
    if (move.kind === 'answer') {
      if (step.kind !== 'question') continue;
      answers = answer(FLOW, answers, step.item.linkId, validAnswer(step.item, move.pick, VISITOR));
      if (answers.size !== before + 1) throw new Error(`answer to ${step.item.linkId} not taken`);
      forward++;
    } else if (move.kind === 'back') {
      answers = back(FLOW, answers);
      backs++;
      lost += before - answers.size;
    } else {
      const keys = [...answers.keys()];
      if (!keys.length) continue;
      const item = itemOf(keys[move.which % keys.length]!);
      answers = answer(FLOW, answers, item.linkId, validAnswer(item, move.pick, VISITOR));
      reanswers++;
      if (answers.size > before) throw new Error('a re-answer added an answer');
      lost += before - answers.size;
    }
  }
  let rest = next(FLOW, answers);
  while (rest.kind === 'question') {
    if (checkProgress(answers, picks)) counts++;
    const pick = picks[forward % picks.length]!;
    const before = answers.size;
    answers = answer(FLOW, answers, rest.item.linkId, validAnswer(rest.item, pick, VISITOR));
    if (answers.size !== before + 1) throw new Error(`answer to ${rest.item.linkId} not taken`);
    forward++;
    if (forward > FLOW.item.length + lost) throw new Error(`still asking after ${forward}`);
    rest = next(FLOW, answers);
  }
  return { answers, outcome: rest.outcome, forward, backs, reanswers, lost, counts };
}

/**
 * Runs `numRuns` random visitors through the check, each with `check`, which asserts what
 * must hold and returns how much that visit counts towards what the test expects to see.
 */
function sumOverVisitors(numRuns: number, check: (result: Visit) => number | boolean): number {
  let sum = 0;
  fc.assert(
    fc.property(visitorArb, ({ moves, finish: picks }) => {
      sum += Number(check(visit(moves, picks)));
    }),
    { numRuns },
  );
  return sum;
}

describe('the built-in back-pain flow, random visitors', () => {
  describe('random visitors (fast-check)', () => {
    it('never throws and always ends in an outcome, within the questions plus the steps back', () => {
      const reached = new Set<string>();
      sumOverVisitors(500, (result) => {
        reached.add(result.outcome.id);
        expect(FLOW.outcomes).to.include(result.outcome);
        // Each answer adds one question; only Back and changed answers take any away.
        expect(result.forward + 1).to.be.at.most(FLOW.item.length + result.lost + 1);
        if (result.reanswers === 0)
          expect(result.forward + 1).to.be.at.most(FLOW.item.length + result.backs + 1);
        return true;
      });
      // Not a vacuous pass: the random visitors got everywhere.
      expect([...reached]).to.have.members(FLOW.outcomes.map((outcome) => outcome.id));
    });

    it('ends at the emergency outcome, with nothing to book or try, whenever there is an emergency sign', () => {
      const seen = sumOverVisitors(500, ({ answers, outcome }) => {
        if (!emergencySigns(answers).length) {
          expect(outcome.id).to.not.equal('emergency');
          return false;
        }
        expect(outcome.id).to.equal('emergency');
        expect(outcome.level).to.equal('emergency');
        expectNothingToTry(outcome);
        return true;
      });
      expect(seen).to.be.greaterThan(0);
    });

    it('ends at the urgent outcome whenever there is an urgent sign and no emergency sign', () => {
      const seen = sumOverVisitors(500, ({ answers, outcome }) => {
        if (emergencySigns(answers).length || !urgentSigns(answers).length) {
          expect(outcome.id).to.not.equal('urgent');
          return false;
        }
        expect(outcome.id).to.equal('urgent');
        expectNothingToTry(outcome);
        return true;
      });
      expect(seen).to.be.greaterThan(0);
    });

    it('never ends at massage with any emergency, urgent or nerve sign', () => {
      const seen = sumOverVisitors(500, ({ answers, outcome }) => {
        if (outcome.level !== 'massage') return false;
        expect(emergencySigns(answers)).to.deep.equal([]);
        expect(urgentSigns(answers)).to.deep.equal([]);
        expect(nerveSigns(answers)).to.deep.equal([]);
        return true;
      });
      expect(seen, 'some visits end at massage').to.be.greaterThan(0);
    });

    it('after clear screens, any nerve sign ends at disc-nerve and never at massage', () => {
      const patternArb = fc.array(pickArb, { minLength: PATTERN_ORDER.length, maxLength: 7 });
      fc.assert(
        fc.property(patternArb, (picks) => {
          const start = walk(SCREENS_CLEAR).answers;
          const { answers, outcome, asked } = finish(start, picks);
          expect(asked).to.equal(PATTERN_ORDER.length);
          if (nerveSigns(answers).length) expect(outcome.id).to.equal('disc-nerve');
          else expect(outcome.id).to.be.oneOf(['muscular', 'unclear']);
        }),
        { numRuns: 500 },
      );
    });

    it('shows a progress count only where it is true, and none at the outcome', () => {
      // visit() checks every count it meets against the rest of the path.
      const counted = sumOverVisitors(300, ({ answers, counts }) => {
        expect(progress(FLOW, answers)).to.equal(undefined);
        return counts;
      });
      expect(counted, 'counts were checked').to.be.greaterThan(0);
    });
  });
});
