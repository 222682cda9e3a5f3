import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ROUTINE_DEFAULTS } from '../../src/exercise-timer/routine-types.js';
import {
  LIMITS,
  MAX_EXERCISES,
  TEXT_LIMITS,
  parseRoutine,
} from '../../src/exercise-timer/routine-validation.js';
import {
  BACK_BASICS,
  EXERCISES,
  findExercise,
} from '../../src/exercise-timer/built-in-exercises.js';
import {
  UNKNOWN_FIELD,
  MINIMAL,
  paths,
  exerciseOf,
  okRoutine,
  expectRejectedAt,
  routineWith,
  checkRoutine,
  routineArb,
  numberCases,
  parsedShape,
} from './routine-checks.js';

describe('parseRoutine', () => {
  describe('shape', () => {
    it('refuses a value that is not an object', () => {
      for (const value of [null, undefined, '', 'back-basics', 0, true, [], [BACK_BASICS]]) {
        const parsed = parseRoutine(value, findExercise);
        const problem = expectRejectedAt(parsed, '(root)');
        expect(problem.value).to.equal(value);
      }
    });

    it('never throws on anything and always answers ok or with problems', () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.anything({ withNullPrototype: true, withBoxedValues: true, withMap: true }),
            fc.record({ exercises: fc.array(fc.anything(), { maxLength: 4 }) }),
            fc.record({
              id: fc.anything(),
              name: fc.anything(),
              prepareSeconds: fc.anything(),
              exercises: fc.array(
                fc.oneof(
                  fc.constantFrom(...Object.keys(EXERCISES), 'toString', '__proto__'),
                  fc.dictionary(
                    fc.constantFrom('id', 'name', 'reps', 'repSeconds', 'sides', 'x'),
                    fc.anything(),
                  ),
                ),
                { maxLength: 4 },
              ),
            }),
          ),
          (value) => {
            const parsed = parseRoutine(value, findExercise);
            expect(parsed.problems).to.be.an('array');
            for (const problem of parsed.problems) expect(problem.path).to.be.a('string');
            if (parsed.ok) checkRoutine(parsed.routine);
            else expect(parsed.problems.length).to.be.greaterThan(0);
          },
        ),
        { numRuns: 300 },
      );
    });

    it('fills in the defaults for a routine that gives only exercises', () => {
      const routine = okRoutine(parseRoutine({ exercises: ['bridge'] }, findExercise));
      expect(routine).to.deep.equal({
        id: 'custom',
        name: 'Your exercises',
        ...ROUTINE_DEFAULTS,
        exercises: [EXERCISES.bridge],
      });
    });

    it('takes its own id, name and timings', () => {
      const routine = okRoutine(
        parseRoutine(
          {
            id: 'after-work',
            name: '  After work ',
            prepareSeconds: 0,
            restSeconds: 30.5,
            switchSeconds: 2,
            exercises: ['cat-cow'],
          },
          findExercise,
        ),
      );
      expect(routine).to.deep.equal({
        id: 'after-work',
        name: 'After work',
        prepareSeconds: 0,
        restSeconds: 30.5,
        switchSeconds: 2,
        exercises: [EXERCISES['cat-cow']],
      });
    });

    it('refuses a bad id or name, naming the field', () => {
      for (const id of ['', 'After Work', 'after_work', 7, null, 'x'.repeat(65)])
        expectRejectedAt(parseRoutine({ id, exercises: ['bridge'] }, findExercise), 'id');
      for (const name of ['', '  ', 7, 'n'.repeat(TEXT_LIMITS.name + 1)])
        expectRejectedAt(parseRoutine({ name, exercises: ['bridge'] }, findExercise), 'name');
    });

    for (const field of ['prepareSeconds', 'restSeconds', 'switchSeconds'] as const) {
      const { valid, invalid } = numberCases(field);

      it(`takes ${field} within its range and refuses it outside`, () => {
        for (const value of valid) {
          const routine = okRoutine(
            parseRoutine({ [field]: value, exercises: ['bridge'] }, findExercise),
          );
          expect(routine[field]).to.equal(value);
        }
        for (const value of invalid)
          expectRejectedAt(
            parseRoutine({ [field]: value, exercises: ['bridge'] }, findExercise),
            field,
          );
      });
    }

    it('needs 1 to 40 exercises in an array', () => {
      for (const exercises of [
        undefined,
        null,
        'bridge',
        {},
        [],
        Array(MAX_EXERCISES + 1).fill('bridge'),
      ])
        expectRejectedAt(parseRoutine({ id: 'r', exercises }, findExercise), 'exercises');
      const forty = okRoutine(
        parseRoutine({ exercises: Array(MAX_EXERCISES).fill('bridge') }, findExercise),
      );
      expect(forty.exercises).to.have.length(MAX_EXERCISES);
    });

    it('reports unknown routine fields and ignores them', () => {
      const parsed = parseRoutine(
        { id: 'r', exercises: ['bridge'], excercises: ['superman'], colour: 'red' },
        findExercise,
      );
      const routine = okRoutine(parsed);
      expect(parsed.problems).to.deep.equal([
        { path: 'excercises', value: ['superman'], reason: UNKNOWN_FIELD },
        { path: 'colour', value: 'red', reason: UNKNOWN_FIELD },
      ]);
      expect(routine.exercises).to.deep.equal([EXERCISES.bridge]);
      expect(routine).to.not.have.property('colour');
    });

    it('treats a JSON __proto__ key as an unknown field and pollutes nothing', () => {
      const value: unknown = JSON.parse(
        '{"exercises":["bridge"],"__proto__":{"restSeconds":1,"polluted":true}}',
      );
      const parsed = parseRoutine(value, findExercise);
      const routine = okRoutine(parsed);
      expect(paths(parsed.problems)).to.deep.equal(['__proto__']);
      expect(routine.restSeconds).to.equal(ROUTINE_DEFAULTS.restSeconds);
      expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
    });
  });

  describe('exercises', () => {
    it('takes built-in exercises by id, in the given order, repeats included', () => {
      const routine = okRoutine(
        parseRoutine(routineWith('bridge', 'cat-cow', 'bridge'), findExercise),
      );
      expect(routine.exercises).to.deep.equal([
        EXERCISES.bridge,
        EXERCISES['cat-cow'],
        EXERCISES.bridge,
      ]);
    });

    it('refuses an id that is not built in, naming its index', () => {
      for (const id of ['bridges', 'Bridge', '', 'toString', '__proto__', 'constructor']) {
        const parsed = parseRoutine(routineWith('bridge', 'superman', id), findExercise);
        const problem = expectRejectedAt(parsed, 'exercises[2]');
        expect(problem.value).to.equal(id);
      }
    });

    it('knows no built-in ids unless told how to find them', () => {
      expectRejectedAt(parseRoutine(routineWith('bridge')), 'exercises[0]');
    });

    it('lets an object change a built-in exercise, keeping the rest of it', () => {
      const parsed = parseRoutine(
        routineWith('cat-cow', { id: 'bridge', reps: 12, restSeconds: 40 }),
        findExercise,
      );
      const routine = okRoutine(parsed);
      expect(parsed.problems).to.deep.equal([]);
      expect(routine.exercises[1]).to.deep.equal({
        ...parsedShape(EXERCISES.bridge),
        reps: 12,
        restSeconds: 40,
      });
      expect(EXERCISES.bridge.reps, 'the built-in is untouched').to.equal(8);
    });

    it('checks a changed built-in exercise like any other, naming exercise and field', () => {
      const parsed = parseRoutine(
        routineWith('cat-cow', 'bird-dog', { id: 'bridge', holdSeconds: 301 }),
        findExercise,
      );
      const problem = expectRejectedAt(parsed, 'exercises[2].holdSeconds');
      expect(problem.value).to.equal(301);
    });

    it('reports an unknown field in a changed built-in exercise and still takes it', () => {
      const parsed = parseRoutine(
        routineWith({ id: 'bridge', reps: 9, tempo: 'slow' }),
        findExercise,
      );
      const routine = okRoutine(parsed);
      expect(parsed.problems).to.deep.equal([
        { path: 'exercises[0].tempo', value: 'slow', reason: UNKNOWN_FIELD },
      ]);
      expect(routine.exercises[0]!.reps).to.equal(9);
    });

    it('takes whole new exercises next to built-in ones', () => {
      const routine = okRoutine(parseRoutine(routineWith('bridge', MINIMAL), findExercise));
      expect(routine.exercises[1]).to.deep.equal(exerciseOf(MINIMAL).exercise);
    });

    it('needs a new exercise to be complete: an id alone is not built in', () => {
      const parsed = parseRoutine(routineWith({ id: 'side-plank', reps: 3 }), findExercise);
      expect(parsed.ok).to.equal(false);
      expect(paths(parsed.problems)).to.have.members([
        'exercises[0].name',
        'exercises[0].repSeconds',
      ]);
    });

    it('refuses the whole routine for one bad exercise and reports each bad one', () => {
      const parsed = parseRoutine(
        routineWith(
          'bridge',
          { ...MINIMAL, sides: 'left' },
          'superman',
          'plank',
          { ...MINIMAL, reps: 2.5 },
          7,
        ),
        findExercise,
      );
      expect(parsed.ok).to.equal(false);
      expect(paths(parsed.problems)).to.deep.equal([
        'exercises[1].sides',
        'exercises[3]',
        'exercises[4].reps',
        'exercises[5]',
      ]);
    });

    it('refuses hostile and very long ids without throwing', () => {
      const hostile = ['<script>alert(1)</script>', 'x'.repeat(100_000), '\u0000', '../../etc'];
      for (const id of hostile) {
        const parsed = parseRoutine(routineWith(id, { ...MINIMAL, id }), findExercise);
        expect(parsed.ok).to.equal(false);
        expect(paths(parsed.problems)).to.deep.equal(['exercises[0]', 'exercises[1].id']);
      }
    });

    it('takes any valid routine unchanged, also after a trip through JSON', () => {
      fc.assert(
        fc.property(routineArb, (routine) => {
          const direct = parseRoutine(routine, findExercise);
          expect(direct.problems).to.deep.equal([]);
          expect(okRoutine(direct)).to.deep.equal(routine);
          const viaJson = parseRoutine(JSON.parse(JSON.stringify(routine)), findExercise);
          expect(okRoutine(viaJson)).to.deep.equal(routine);
        }),
        { numRuns: 100 },
      );
    });

    it('refuses a valid routine with one number pushed out of range, naming its path', () => {
      const fields = ['reps', 'repSeconds', 'holdSeconds'] as const;
      fc.assert(
        fc.property(
          routineArb,
          fc.nat(),
          fc.constantFrom(...fields),
          fc.boolean(),
          (routine, pick, field, below) => {
            const index = pick % routine.exercises.length;
            const { min, max } = LIMITS[field];
            const exercises = routine.exercises.map((exercise, i) =>
              i === index ? { ...exercise, [field]: below ? min - 1 : max + 1 } : exercise,
            );
            const parsed = parseRoutine({ ...routine, exercises }, findExercise);
            expectRejectedAt(parsed, `exercises[${index}].${field}`);
          },
        ),
        { numRuns: 100 },
      );
    });
  });
});
