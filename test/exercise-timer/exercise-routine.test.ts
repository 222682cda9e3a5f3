import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  ROUTINE_DEFAULTS,
  SIDES,
  type Exercise,
  type Routine,
} from '../../src/exercise-timer/routine-types.js';
import {
  LIMITS,
  MAX_EXERCISES,
  MAX_STEPS,
  TEXT_LIMITS,
  parseExercise,
  parseRoutine,
  type RoutineParse,
} from '../../src/exercise-timer/routine-validation.js';
import {
  BACK_BASICS,
  EXERCISES,
  ROUTINES,
  findExercise,
  findRoutine,
} from '../../src/exercise-timer/built-in-exercises.js';
import { EXERCISE_NAMES, exerciseName } from '../../src/exercise-timer/exercise-names.js';
import type { JsonProblem } from '../../src/shared/log.js';
import { isSlugId } from '../../src/shared/json-fields.js';
import { idArb, textArb } from '../technique-card/technique-arbitraries.js';
import { numberIn } from './fixtures.js';

// Helpers -----------------------------------------------------------------------------------

const UNKNOWN_FIELD = 'unknown field (ignored)';

/** The smallest exercise the schema takes. */
const MINIMAL = { id: 'wall-sit', name: 'Wall sit', reps: 3, repSeconds: 20 } as const;

const paths = (problems: readonly JsonProblem[]) => problems.map((problem) => problem.path);

/** Parses one exercise at `path`, returning the exercise and the problems it noted. */
function exerciseOf(value: unknown, path = 'exercises[0]') {
  const problems: JsonProblem[] = [];
  const exercise = parseExercise(value, path, problems);
  return { exercise, problems };
}

/** The routine of a parse that must have succeeded. */
function okRoutine(parsed: RoutineParse): Routine {
  expect(parsed.ok, JSON.stringify(parsed.problems)).to.equal(true);
  if (!parsed.ok) throw new Error('unreachable');
  return parsed.routine;
}

/** Asserts the parse failed with exactly one problem, at `path`. */
function expectRejectedAt(parsed: RoutineParse, path: string): JsonProblem {
  expect(parsed.ok, 'parse refused').to.equal(false);
  expect(paths(parsed.problems)).to.deep.equal([path]);
  return parsed.problems[0]!;
}

/** The value without undefined fields, at any depth (as JSON would carry it). */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** A routine around the given exercise entries. */
const routineWith = (...exercises: unknown[]) => ({ id: 'test', name: 'Test', exercises });

/** The exercise as parseExercise hands it back: absent optional fields spelled out. */
const parsedShape = (exercise: Exercise): Exercise => ({
  breathing: undefined,
  restSeconds: undefined,
  ...exercise,
});

/** Throws (so fast-check reports the case) unless the routine keeps every promise. */
function checkRoutine(routine: Routine): void {
  const within = (field: keyof typeof LIMITS, value: number) => {
    const { min, max, whole } = LIMITS[field];
    if (!(Number.isFinite(value) && value >= min && value <= max))
      throw new Error(`${field} ${value} out of range`);
    if (whole && !Number.isInteger(value)) throw new Error(`${field} ${value} not whole`);
  };
  if (!isSlugId(routine.id)) throw new Error(`bad routine id ${routine.id}`);
  if (!routine.name || routine.name.length > TEXT_LIMITS.name) throw new Error('bad name');
  within('prepareSeconds', routine.prepareSeconds);
  within('restSeconds', routine.restSeconds);
  within('switchSeconds', routine.switchSeconds);
  if (routine.exercises.length < 1 || routine.exercises.length > MAX_EXERCISES)
    throw new Error('bad exercise count');
  for (const exercise of routine.exercises) {
    if (!isSlugId(exercise.id)) throw new Error(`bad exercise id ${exercise.id}`);
    if (!exercise.name || exercise.name.length > TEXT_LIMITS.name) throw new Error('bad name');
    within('reps', exercise.reps);
    within('repSeconds', exercise.repSeconds);
    within('holdSeconds', exercise.holdSeconds);
    if (exercise.restSeconds !== undefined) within('restSeconds', exercise.restSeconds);
    if (!SIDES.includes(exercise.sides)) throw new Error(`bad sides ${exercise.sides}`);
    if (exercise.steps.length > MAX_STEPS) throw new Error('too many steps');
  }
}

// Arbitraries -------------------------------------------------------------------------------

const exerciseArb: fc.Arbitrary<Exercise> = fc.record({
  id: idArb,
  name: textArb(TEXT_LIMITS.name),
  steps: fc.array(textArb(TEXT_LIMITS.step), { maxLength: MAX_STEPS }),
  breathing: fc.option(textArb(TEXT_LIMITS.breathing), { nil: undefined }),
  reps: numberIn('reps'),
  repSeconds: numberIn('repSeconds'),
  holdSeconds: numberIn('holdSeconds'),
  sides: fc.constantFrom(...SIDES),
  restSeconds: fc.option(numberIn('restSeconds'), { nil: undefined }),
});

const routineArb: fc.Arbitrary<Routine> = fc.record({
  id: idArb,
  name: textArb(TEXT_LIMITS.name),
  prepareSeconds: numberIn('prepareSeconds'),
  restSeconds: numberIn('restSeconds'),
  switchSeconds: numberIn('switchSeconds'),
  exercises: fc.array(exerciseArb, { minLength: 1, maxLength: 6 }),
});

/** For each number field: values just inside its range and values that must be refused. */
function numberCases(field: keyof typeof LIMITS) {
  const { min, max, whole } = LIMITS[field];
  const valid = [min, max, whole ? min + 1 : min + 0.5, whole ? max - 1 : max - 0.001];
  const invalid: unknown[] = [
    min - 1,
    min - 0.001,
    max + 0.001,
    max + 1,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    String(min),
    null,
    true,
    [min],
    { value: min },
  ];
  if (whole) invalid.push(min + 0.5, max - 0.5);
  return { valid, invalid };
}

// Tests -------------------------------------------------------------------------------------

describe('routine and exercise ids: the one id rule (isSlugId)', () => {
  /** Whether the validator takes `id` for an exercise, and for a routine. */
  const taken = (id: unknown) => ({
    exercise: exerciseOf({ ...MINIMAL, id }).exercise !== undefined,
    routine: parseRoutine({ ...routineWith('bridge'), id }, findExercise).ok,
  });
  const both = (ok: boolean) => ({ exercise: ok, routine: ok });

  it('takes lowercase letters and digits joined by single hyphens', () => {
    for (const id of ['a', '7', 'bridge', 'bird-dog', 'a1-b2-c3', 'x'.repeat(64)])
      expect(taken(id), id).to.deep.equal(both(true));
  });

  it('refuses anything else', () => {
    const refused: unknown[] = [
      '',
      'Bridge',
      'bird dog',
      'bird_dog',
      'bird--dog',
      '-bridge',
      'bridge-',
      'brücke',
      ' bridge',
      'bridge\n',
      'x'.repeat(65),
      7,
      null,
      {},
      ['bridge'],
    ];
    for (const id of refused) expect(taken(id), String(id)).to.deep.equal(both(false));
  });

  it('takes exactly the ids isSlugId takes, as every widget does', () => {
    const anyIdArb = fc.oneof(
      fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
      fc.string({ maxLength: 70 }),
      fc.constantFrom('__proto__', 'toString', 'constructor'),
    );
    fc.assert(
      fc.property(anyIdArb, (id) => {
        expect(taken(id)).to.deep.equal(both(isSlugId(id)));
      }),
      { numRuns: 200 },
    );
  });
});

describe('LIMITS and ROUTINE_DEFAULTS', () => {
  it('puts every default inside its range', () => {
    for (const [field, value] of Object.entries(ROUTINE_DEFAULTS)) {
      const { min, max } = LIMITS[field as keyof typeof LIMITS];
      expect(value, field).to.be.within(min, max);
    }
  });

  it('counts reps in whole numbers and times in any number, none below 0', () => {
    expect(LIMITS.reps.whole).to.equal(true);
    expect(LIMITS.reps.min).to.equal(1);
    expect(LIMITS.repSeconds.min, 'a rep must take some time').to.be.greaterThan(0);
    for (const [field, { min, max }] of Object.entries(LIMITS)) {
      expect(min, field).to.be.at.least(0);
      expect(max, field).to.be.greaterThan(min);
    }
  });
});

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

describe('built-in exercises and routine', () => {
  it('names the same exercises as EXERCISE_NAMES, each under its own id', () => {
    expect(Object.keys(EXERCISES)).to.have.members(Object.keys(EXERCISE_NAMES));
    for (const [key, exercise] of Object.entries(EXERCISES)) {
      expect(exercise.id).to.equal(key);
      expect(exercise.name).to.equal(EXERCISE_NAMES[key as keyof typeof EXERCISE_NAMES]);
    }
  });

  it('passes the schema a clinic routine must pass, each exercise unchanged', () => {
    for (const exercise of Object.values(EXERCISES)) {
      const { exercise: parsed, problems } = exerciseOf(exercise, exercise.id);
      expect(problems, exercise.id).to.deep.equal([]);
      expect(parsed).to.deep.equal(parsedShape(exercise));
      expect(exercise.steps.length, exercise.id).to.be.within(1, MAX_STEPS);
      expect(exercise.breathing?.length, exercise.id).to.be.greaterThan(0);
    }
  });

  it('round-trips back-basics through parseRoutine unchanged', () => {
    for (const given of [BACK_BASICS, plain(BACK_BASICS)]) {
      const parsed = parseRoutine(given, findExercise);
      expect(parsed.problems).to.deep.equal([]);
      expect(plain(okRoutine(parsed))).to.deep.equal(plain(BACK_BASICS));
    }
    // Built-in ids resolve to the very same exercises.
    const byIds = okRoutine(
      parseRoutine(
        { ...BACK_BASICS, exercises: BACK_BASICS.exercises.map((exercise) => exercise.id) },
        findExercise,
      ),
    );
    expect(byIds).to.deep.equal(BACK_BASICS);
  });

  it('uses the routine defaults and is found by its id', () => {
    expect(BACK_BASICS.id).to.equal('back-basics');
    expect(BACK_BASICS.prepareSeconds).to.equal(ROUTINE_DEFAULTS.prepareSeconds);
    expect(BACK_BASICS.restSeconds).to.equal(ROUTINE_DEFAULTS.restSeconds);
    expect(BACK_BASICS.switchSeconds).to.equal(ROUTINE_DEFAULTS.switchSeconds);
    expect(Object.keys(ROUTINES)).to.deep.equal(['back-basics']);
  });

  it('runs the exercises in the order of docs/content-sources.md, "Home exercises"', () => {
    expect(BACK_BASICS.exercises.map((exercise) => exercise.id)).to.deep.equal([
      'cat-cow',
      'bird-dog',
      'bridge',
      'superman',
      'dead-bug',
      'pelvic-tilt',
    ]);
    BACK_BASICS.exercises.forEach((exercise) =>
      expect(exercise).to.equal(EXERCISES[exercise.id as keyof typeof EXERCISES]),
    );
  });

  describe('doses take the lower bound of docs/content-sources.md, "Home exercises"', () => {
    /** "Hold a few seconds": more than a moment, less than a long hold. */
    const aFewSeconds = (seconds: number) => expect(seconds).to.be.within(2, 5);

    it('cat-cow: 8 flowing reps, no sides, no hold', () => {
      const { reps, sides, holdSeconds } = EXERCISES['cat-cow'];
      expect({ reps, sides, holdSeconds }).to.deep.equal({
        reps: 8,
        sides: 'none',
        holdSeconds: 0,
      });
    });

    it('bird-dog: 10 per side, alternating, hold a few seconds', () => {
      const { reps, sides, holdSeconds } = EXERCISES['bird-dog'];
      expect({ reps, sides }).to.deep.equal({ reps: 10, sides: 'alternating' });
      aFewSeconds(holdSeconds);
    });

    it('bridge: hold 10 s, 8 reps', () => {
      const { reps, sides, holdSeconds } = EXERCISES.bridge;
      expect({ reps, sides, holdSeconds }).to.deep.equal({
        reps: 8,
        sides: 'none',
        holdSeconds: 10,
      });
    });

    it('superman: hold 3 s, 10 reps', () => {
      const { reps, sides, holdSeconds } = EXERCISES.superman;
      expect({ reps, sides, holdSeconds }).to.deep.equal({
        reps: 10,
        sides: 'none',
        holdSeconds: 3,
      });
    });

    it('dead-bug: 10 per side, alternating, no hold', () => {
      const { reps, sides, holdSeconds } = EXERCISES['dead-bug'];
      expect({ reps, sides, holdSeconds }).to.deep.equal({
        reps: 10,
        sides: 'alternating',
        holdSeconds: 0,
      });
    });

    it('pelvic-tilt: hold a few seconds, 10 reps', () => {
      const { reps, sides, holdSeconds } = EXERCISES['pelvic-tilt'];
      expect({ reps, sides }).to.deep.equal({ reps: 10, sides: 'none' });
      aFewSeconds(holdSeconds);
    });

    it('moves at a tempo a person can follow', () => {
      for (const exercise of Object.values(EXERCISES))
        expect(exercise.repSeconds, exercise.id).to.be.within(2, 10);
    });
  });

  describe('findExercise and findRoutine', () => {
    it('find each built-in by id', () => {
      for (const id of Object.keys(EXERCISES))
        expect(findExercise(id)).to.equal(EXERCISES[id as keyof typeof EXERCISES]);
      expect(findRoutine('back-basics')).to.equal(BACK_BASICS);
    });

    it('use own keys only', () => {
      const inherited = ['toString', '__proto__', 'constructor', 'hasOwnProperty', 'valueOf'];
      for (const id of [...inherited, '', 'Bridge', 'bridge ', 'plank']) {
        expect(findExercise(id), id).to.equal(undefined);
        expect(findRoutine(id), id).to.equal(undefined);
      }
      expect(findRoutine('bridge')).to.equal(undefined);
      expect(findExercise('back-basics')).to.equal(undefined);
    });
  });
});

describe('exerciseName', () => {
  it('names the built-in exercises as docs/content-sources.md, "Home exercises" does', () => {
    expect(Object.keys(EXERCISE_NAMES).map(exerciseName)).to.deep.equal([
      'Cat-cow',
      'Bird dog',
      'Bridge',
      'Superman',
      'Dead bug',
      'Pelvic tilt',
    ]);
  });

  it('makes an unknown id readable', () => {
    expect(exerciseName('side-plank')).to.equal('Side plank');
    expect(exerciseName('wall_sit')).to.equal('Wall sit');
    expect(exerciseName('hip--flexor_-stretch')).to.equal('Hip flexor stretch');
    expect(exerciseName('plank')).to.equal('Plank');
    expect(exerciseName('')).to.equal('');
    // Separators at the ends leave no stray spaces (and own keys only: not a built-in).
    expect(exerciseName('__proto__')).to.equal('Proto');
    expect(exerciseName('-knee-hug-')).to.equal('Knee hug');
  });

  it('reads own keys only', () => {
    expect(exerciseName('toString')).to.equal('ToString');
    expect(exerciseName('constructor')).to.equal('Constructor');
    expect(exerciseName('__proto__')).to.be.a('string');
  });

  it('keeps every letter of an id and uppercases only the first', () => {
    fc.assert(
      fc.property(idArb, (id) => {
        fc.pre(!Object.hasOwn(EXERCISE_NAMES, id));
        const name = exerciseName(id);
        expect(name.toLowerCase()).to.equal(id.replace(/-+/g, ' '));
        expect(name.slice(1)).to.equal(name.slice(1).toLowerCase());
      }),
      { numRuns: 100 },
    );
  });
});
