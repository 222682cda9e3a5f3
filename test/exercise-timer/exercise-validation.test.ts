import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { SIDES } from '../../src/exercise-timer/routine-types.js';
import {
  LIMITS,
  MAX_STEPS,
  TEXT_LIMITS,
  parseExercise,
} from '../../src/exercise-timer/routine-validation.js';
import type { JsonProblem } from '../../src/shared/log.js';
import {
  UNKNOWN_FIELD,
  MINIMAL,
  paths,
  exerciseOf,
  exerciseArb,
  numberCases,
} from './routine-checks.js';

describe('parseExercise', () => {
  describe('valid input', () => {
    it('takes a minimal exercise and fills in the defaults', () => {
      const { exercise, problems } = exerciseOf(MINIMAL);
      expect(problems).to.deep.equal([]);
      expect(exercise).to.deep.equal({
        ...MINIMAL,
        steps: [],
        breathing: undefined,
        holdSeconds: 0,
        sides: 'none',
        restSeconds: undefined,
      });
    });

    it('takes every field', () => {
      const full = {
        id: 'side-plank',
        name: 'Side plank',
        steps: ['Lie on your side.', 'Lift your hips.'],
        breathing: 'Keep breathing.',
        reps: 4,
        repSeconds: 2.5,
        holdSeconds: 20,
        sides: 'both',
        restSeconds: 30,
      };
      const { exercise, problems } = exerciseOf(full);
      expect(problems).to.deep.equal([]);
      expect(exercise).to.deep.equal(full);
    });

    it('trims the texts', () => {
      const { exercise } = exerciseOf({
        ...MINIMAL,
        name: '  Wall sit \n',
        steps: ['\tBack to the wall. '],
        breathing: ' Slowly. ',
      });
      expect(exercise?.name).to.equal('Wall sit');
      expect(exercise?.steps).to.deep.equal(['Back to the wall.']);
      expect(exercise?.breathing).to.equal('Slowly.');
    });

    it('takes each way of using the sides', () => {
      for (const sides of SIDES)
        expect(exerciseOf({ ...MINIMAL, sides }).exercise?.sides).to.equal(sides);
    });

    it('counts the length of trimmed text against the limits', () => {
      const name = 'n'.repeat(TEXT_LIMITS.name);
      const step = 's'.repeat(TEXT_LIMITS.step);
      const breathing = 'b'.repeat(TEXT_LIMITS.breathing);
      const { exercise, problems } = exerciseOf({
        ...MINIMAL,
        name: `  ${name}  `,
        steps: Array.from({ length: MAX_STEPS }, () => ` ${step} `),
        breathing: `${breathing}\n`,
      });
      expect(problems).to.deep.equal([]);
      expect(exercise?.name).to.equal(name);
      expect(exercise?.steps).to.have.length(MAX_STEPS);
      expect(exercise?.breathing).to.equal(breathing);
    });

    it('does not hand back the steps array it was given', () => {
      const steps = ['One.'];
      const { exercise } = exerciseOf({ ...MINIMAL, steps });
      expect(exercise?.steps).to.deep.equal(steps);
      expect(exercise?.steps).to.not.equal(steps);
    });

    it('keeps hostile text as plain text (the element renders it as text, never HTML)', () => {
      const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
      const { exercise, problems } = exerciseOf({
        ...MINIMAL,
        name: hostile.slice(0, TEXT_LIMITS.name),
        steps: [hostile],
        breathing: '{{constructor.constructor("alert(3)")()}}',
      });
      expect(problems).to.deep.equal([]);
      expect(exercise?.name).to.equal(hostile.slice(0, TEXT_LIMITS.name));
      expect(exercise?.steps).to.deep.equal([hostile]);
    });

    it('takes any valid exercise unchanged, with no problems', () => {
      fc.assert(
        fc.property(exerciseArb, (valid) => {
          const { exercise, problems } = exerciseOf(valid);
          expect(problems).to.deep.equal([]);
          expect(exercise).to.deep.equal(valid);
        }),
        { numRuns: 150 },
      );
    });
  });

  describe('invalid input', () => {
    it('refuses a value that is not an object, naming its path', () => {
      for (const value of [null, undefined, 'bridge', 7, true, [], [MINIMAL]]) {
        const { exercise, problems } = exerciseOf(value, 'exercises[3]');
        expect(exercise, String(value)).to.equal(undefined);
        expect(paths(problems)).to.deep.equal(['exercises[3]']);
        expect(problems[0]!.value).to.equal(value);
      }
    });

    it('names each missing required field', () => {
      for (const field of ['id', 'name', 'reps', 'repSeconds'] as const) {
        const rest: Record<string, unknown> = { ...MINIMAL };
        delete rest[field];
        const { exercise, problems } = exerciseOf(rest, 'exercises[1]');
        expect(exercise, field).to.equal(undefined);
        expect(paths(problems)).to.deep.equal([`exercises[1].${field}`]);
        expect(problems[0]!.reason, field).to.match(/^required/);
        expect(problems[0]!.value).to.equal(undefined);
      }
    });

    it('refuses a bad id', () => {
      for (const id of ['', 'Wall-sit', 'wall sit', 'wall--sit', 'x'.repeat(65), 7, null, ['a']]) {
        const { exercise, problems } = exerciseOf({ ...MINIMAL, id });
        expect(exercise, String(id)).to.equal(undefined);
        expect(paths(problems)).to.deep.equal(['exercises[0].id']);
        expect(problems[0]!.value).to.equal(id);
      }
    });

    it('refuses a bad name', () => {
      for (const name of ['', '   ', 'n'.repeat(TEXT_LIMITS.name + 1), 7, null, ['Wall sit']]) {
        const { exercise, problems } = exerciseOf({ ...MINIMAL, name });
        expect(exercise, String(name)).to.equal(undefined);
        expect(paths(problems)).to.deep.equal(['exercises[0].name']);
      }
    });

    it('refuses bad breathing', () => {
      for (const breathing of ['', ' ', 'b'.repeat(TEXT_LIMITS.breathing + 1), 7, null, {}]) {
        const { exercise, problems } = exerciseOf({ ...MINIMAL, breathing });
        expect(exercise, String(breathing)).to.equal(undefined);
        expect(paths(problems)).to.deep.equal(['exercises[0].breathing']);
      }
    });

    it('refuses steps that are not a short array', () => {
      for (const steps of ['One.', { 0: 'One.' }, 7, null, Array(MAX_STEPS + 1).fill('Step.')]) {
        const { exercise, problems } = exerciseOf({ ...MINIMAL, steps });
        expect(exercise).to.equal(undefined);
        expect(paths(problems)).to.deep.equal(['exercises[0].steps']);
      }
    });

    it('names each bad step by its index', () => {
      const steps = ['Fine.', '', 'Fine too.', 7, 's'.repeat(TEXT_LIMITS.step + 1), '  '];
      const { exercise, problems } = exerciseOf({ ...MINIMAL, steps }, 'exercises[2]');
      expect(exercise).to.equal(undefined);
      expect(paths(problems)).to.deep.equal([
        'exercises[2].steps[1]',
        'exercises[2].steps[3]',
        'exercises[2].steps[4]',
        'exercises[2].steps[5]',
      ]);
      expect(problems.map((problem) => problem.value)).to.deep.equal(['', 7, steps[4], '  ']);
    });

    it('refuses bad sides', () => {
      for (const sides of ['left', 'NONE', 'Both', '', 2, true, null, ['both']]) {
        const { exercise, problems } = exerciseOf({ ...MINIMAL, sides });
        expect(exercise, String(sides)).to.equal(undefined);
        expect(paths(problems)).to.deep.equal(['exercises[0].sides']);
      }
    });

    it('refuses very long text without choking on it', () => {
      const huge = 'x'.repeat(1_000_000);
      const { exercise, problems } = exerciseOf({ ...MINIMAL, name: huge, steps: [huge] });
      expect(exercise).to.equal(undefined);
      expect(paths(problems)).to.deep.equal(['exercises[0].name', 'exercises[0].steps[0]']);
      expect(problems[0]!.reason).to.contain(String(TEXT_LIMITS.name));
    });

    it('reports every problem, not only the first', () => {
      const { exercise, problems } = exerciseOf(
        { id: 'Bad Id', name: '', reps: 0, repSeconds: 'slow', holdSeconds: -1, sides: 'up' },
        'exercises[4]',
      );
      expect(exercise).to.equal(undefined);
      expect(paths(problems)).to.have.members([
        'exercises[4].id',
        'exercises[4].name',
        'exercises[4].reps',
        'exercises[4].repSeconds',
        'exercises[4].holdSeconds',
        'exercises[4].sides',
      ]);
    });

    it('adds to the problems it was given and uses no dot when the path is empty', () => {
      const earlier: JsonProblem = { path: 'before', value: 1, reason: 'earlier' };
      const problems = [earlier];
      parseExercise({ ...MINIMAL, reps: 0 }, '', problems);
      expect(problems[0]).to.equal(earlier);
      expect(paths(problems)).to.deep.equal(['before', 'reps']);
    });
  });

  describe('numbers', () => {
    for (const field of ['reps', 'repSeconds', 'holdSeconds', 'restSeconds'] as const) {
      const { valid, invalid } = numberCases(field);
      const { min, max } = LIMITS[field];

      it(`takes ${field} from ${min} to ${max}`, () => {
        for (const value of valid) {
          const { exercise, problems } = exerciseOf({ ...MINIMAL, [field]: value });
          expect(problems, `${field} ${value}`).to.deep.equal([]);
          expect(exercise?.[field], `${field} ${value}`).to.equal(value);
        }
      });

      it(`refuses ${field} outside the range or of the wrong type, naming it`, () => {
        for (const value of invalid) {
          const { exercise, problems } = exerciseOf({ ...MINIMAL, [field]: value }, 'exercises[2]');
          expect(exercise, `${field} ${String(value)}`).to.equal(undefined);
          expect(paths(problems)).to.deep.equal([`exercises[2].${field}`]);
          expect(problems[0]!.reason).to.contain(`from ${min} to ${max}`);
        }
      });
    }

    it('holds for no time and rests as the routine says when not told', () => {
      const { exercise } = exerciseOf(MINIMAL);
      expect(exercise?.holdSeconds).to.equal(0);
      expect(exercise?.restSeconds).to.equal(undefined);
    });

    it('refuses any reps that are not a whole number from 1 to 100', () => {
      fc.assert(
        fc.property(fc.oneof(fc.double(), fc.integer({ min: -1000, max: 1000 })), (reps) => {
          const { exercise } = exerciseOf({ ...MINIMAL, reps });
          const fine = Number.isInteger(reps) && reps >= 1 && reps <= 100;
          expect(exercise === undefined).to.equal(!fine);
        }),
        { numRuns: 200 },
      );
    });
  });

  describe('unknown fields', () => {
    it('reports an unknown field by path and leaves it out', () => {
      const { exercise, problems } = exerciseOf({ ...MINIMAL, colour: 'red', Reps: 5 });
      expect(exercise).to.deep.equal(exerciseOf(MINIMAL).exercise);
      expect(exercise).to.not.have.property('colour');
      expect(problems).to.deep.equal([
        { path: 'exercises[0].colour', value: 'red', reason: UNKNOWN_FIELD },
        { path: 'exercises[0].Reps', value: 5, reason: UNKNOWN_FIELD },
      ]);
    });

    it('treats a __proto__ key from JSON as an unknown field, polluting nothing', () => {
      const value: unknown = JSON.parse(
        '{"id":"wall-sit","name":"Wall sit","reps":3,"repSeconds":20,"__proto__":{"holdSeconds":9,"polluted":true}}',
      );
      const { exercise, problems } = exerciseOf(value);
      expect(paths(problems)).to.deep.equal(['exercises[0].__proto__']);
      expect(exercise?.holdSeconds).to.equal(0);
      expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
    });
  });
});
