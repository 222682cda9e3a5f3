/**
 * What the routine validator tests share: a minimal exercise, parsing one exercise, the
 * checks a parsed routine must pass, and random valid routines.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { SIDES, type Exercise, type Routine } from '../../src/exercise-timer/routine-types.js';
import {
  LIMITS,
  MAX_EXERCISES,
  MAX_STEPS,
  TEXT_LIMITS,
  parseExercise,
  type RoutineParse,
} from '../../src/exercise-timer/routine-validation.js';
import type { JsonProblem } from '../../src/shared/log.js';
import { isSlugId } from '../../src/shared/json-fields.js';
import { idArb, textArb } from '../technique-card/technique-arbitraries.js';
import { numberIn } from './fixtures.js';

export const UNKNOWN_FIELD = 'unknown field (ignored)';

/** The smallest exercise the schema takes. */
export const MINIMAL = { id: 'wall-sit', name: 'Wall sit', reps: 3, repSeconds: 20 } as const;

export const paths = (problems: readonly JsonProblem[]) => problems.map((problem) => problem.path);

/** Parses one exercise at `path`, returning the exercise and the problems it noted. */
export function exerciseOf(value: unknown, path = 'exercises[0]') {
  const problems: JsonProblem[] = [];
  const exercise = parseExercise(value, path, problems);
  return { exercise, problems };
}

/** The routine of a parse that must have succeeded. */
export function okRoutine(parsed: RoutineParse): Routine {
  expect(parsed.ok, JSON.stringify(parsed.problems)).to.equal(true);
  if (!parsed.ok) throw new Error('unreachable');
  return parsed.routine;
}

/** Asserts the parse failed with exactly one problem, at `path`. */
export function expectRejectedAt(parsed: RoutineParse, path: string): JsonProblem {
  expect(parsed.ok, 'parse refused').to.equal(false);
  expect(paths(parsed.problems)).to.deep.equal([path]);
  return parsed.problems[0]!;
}

/** The value without undefined fields, at any depth (as JSON would carry it). */
export const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** A routine around the given exercise entries. */
export const routineWith = (...exercises: unknown[]) => ({ id: 'test', name: 'Test', exercises });

/** The exercise as parseExercise hands it back: absent optional fields spelled out. */
export const parsedShape = (exercise: Exercise): Exercise => ({
  breathing: undefined,
  restSeconds: undefined,
  ...exercise,
});

/** Throws (so fast-check reports the case) unless the routine keeps every promise. */
export function checkRoutine(routine: Routine): void {
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

export const exerciseArb: fc.Arbitrary<Exercise> = fc.record({
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

export const routineArb: fc.Arbitrary<Routine> = fc.record({
  id: idArb,
  name: textArb(TEXT_LIMITS.name),
  prepareSeconds: numberIn('prepareSeconds'),
  restSeconds: numberIn('restSeconds'),
  switchSeconds: numberIn('switchSeconds'),
  exercises: fc.array(exerciseArb, { minLength: 1, maxLength: 6 }),
});

/** For each number field: values just inside its range and values that must be refused. */
export function numberCases(field: keyof typeof LIMITS) {
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
