import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { pickExercises, subsetProblems } from '../../src/exercise-timer/exercise-subset.js';
import { findExercise, findRoutine } from '../../src/exercise-timer/built-in-exercises.js';
import { MAX_EXERCISES } from '../../src/exercise-timer/routine-types.js';
import { TIMER_MESSAGES } from '../../src/exercise-timer/timer-messages.js';

/** How a pick is named in English. */
const ENGLISH = { language: 'en', text: TIMER_MESSAGES };

const BASICS = findRoutine('back-basics')!;
const IDS = BASICS.exercises.map((exercise) => exercise.id);

describe('pickExercises', () => {
  it('picks the named exercises in the order named', () => {
    const { routine, unknown, overLimit } = pickExercises(
      BASICS,
      ' bridge  cat-cow ',
      findExercise,
      ENGLISH,
    );
    expect(routine!.exercises.map((e) => e.id)).to.deep.equal(['bridge', 'cat-cow']);
    expect(unknown).to.deep.equal([]);
    expect(overLimit).to.equal(0);
  });

  it('has nothing to run when no id named is known, and names each unknown id once', () => {
    const { routine, unknown } = pickExercises(BASICS, 'plank plank lunge', findExercise, ENGLISH);
    expect(routine).to.equal(undefined);
    expect(unknown).to.deep.equal(['plank', 'lunge']);
  });

  it('keeps the routine when the attribute is empty or unset', () => {
    expect(pickExercises(BASICS, undefined, findExercise, ENGLISH).routine).to.equal(BASICS);
    expect(pickExercises(BASICS, '   ', findExercise, ENGLISH).routine).to.equal(BASICS);
  });

  describe('the name of what it picks', () => {
    const nameOf = (ids: string) => pickExercises(BASICS, ids, findExercise, ENGLISH).routine!.name;

    it('names a subset by its exercises, in order', () => {
      expect(nameOf('bridge cat-cow')).to.equal('Bridge and Cat-cow');
      expect(nameOf('cat-cow')).to.equal('Cat-cow');
      expect(nameOf('bird-dog bridge cat-cow')).to.equal('Bird dog, Bridge, and Cat-cow');
    });

    it('names three at most, then counts the rest', () => {
      expect(nameOf('bridge cat-cow bird-dog superman dead-bug')).to.equal(
        'Bridge, Cat-cow, Bird dog, and 2 more',
      );
    });

    it("keeps the routine's name when it picks the whole routine, in order", () => {
      expect(nameOf(IDS.join(' '))).to.equal(BASICS.name);
      expect(nameOf([...IDS].reverse().join(' '))).not.to.equal(BASICS.name);
    });

    it('gives any other pick a name of its own, never longer than four items', () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...IDS), { minLength: 1, maxLength: 60 }), (ids) => {
          const routine = pickExercises(BASICS, ids.join(' '), findExercise, ENGLISH).routine!;
          const whole = ids.slice(0, MAX_EXERCISES).join() === IDS.join();
          expect(routine.name === BASICS.name).to.equal(whole);
          const names = routine.exercises.map((exercise) => exercise.name);
          if (!whole) expect(routine.name.startsWith(names[0]!)).to.equal(true);
          expect(routine.name.length).to.be.at.most(80);
        }),
      );
    });
  });

  it('never picks more than the bound, and counts what it left out', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...IDS), fc.constantFrom('plank', 'x')), {
          maxLength: 200,
        }),
        (ids) => {
          const { routine, unknown, overLimit } = pickExercises(
            BASICS,
            ids.join(' '),
            findExercise,
            ENGLISH,
          );
          const known = ids.filter((id) => IDS.includes(id));
          const picked = routine?.exercises.map((e) => e.id);
          const expected = known.length
            ? known.slice(0, MAX_EXERCISES)
            : ids.length
              ? undefined
              : IDS;
          expect(picked, 'no known id among some: nothing to run').to.deep.equal(expected);
          expect(overLimit).to.equal(Math.max(0, known.length - MAX_EXERCISES));
          expect(unknown).to.deep.equal([...new Set(ids.filter((id) => !IDS.includes(id)))]);
        },
      ),
    );
  });

  describe('subsetProblems', () => {
    const problemsOf = (ids: string) =>
      subsetProblems(pickExercises(BASICS, ids, findExercise, ENGLISH));

    it('names the unknown ids, left out beside known ones', () => {
      expect(problemsOf('bridge plank lunge plank')).to.deep.equal([
        ['plank, lunge', 'unknown exercise ids (left out)'],
      ]);
    });

    it('says there is nothing to run when no id is known', () => {
      expect(problemsOf('plank')).to.deep.equal([['plank', 'unknown exercise ids (none to run)']]);
    });

    it('counts the ids over the bound', () => {
      const ids = Array(MAX_EXERCISES + 3)
        .fill('bridge')
        .join(' ');
      expect(problemsOf(ids)).to.deep.equal([
        ['3 more', `at most ${MAX_EXERCISES} exercises; the rest were left out`],
      ]);
    });

    it('has nothing to say about a pick of known ids within the bound, or none', () => {
      expect(problemsOf('bridge cat-cow')).to.deep.equal([]);
      expect(problemsOf('')).to.deep.equal([]);
    });
  });
});
