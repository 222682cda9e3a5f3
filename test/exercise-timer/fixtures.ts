/**
 * Routines, exercises and random routines shared by the timer's tests, written once: the
 * schedule, the state machine, the cue plan, the validator and the element all read them.
 */
import fc from 'fast-check';
import {
  SIDES,
  type Exercise,
  type Routine,
  type Sides,
} from '../../src/exercise-timer/routine-types.js';
import { LIMITS } from '../../src/exercise-timer/routine-validation.js';
import { BACK_BASICS, EXERCISES } from '../../src/exercise-timer/built-in-exercises.js';
import { buildSchedule, type Schedule } from '../../src/exercise-timer/schedule.js';

/** A wall-clock moment far from 0, so a mix-up of clock time and schedule position shows. */
export const T0 = 1_700_000_000_000;

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;

/** The built-in routine as the timer lays it out: 6 exercises, 8 min 57 s. */
export const BACK = buildSchedule(BACK_BASICS);

/** An exercise with the given dose, named by its id, with no steps. */
export const exercise = (
  id: string,
  reps: number,
  repSeconds: number,
  holdSeconds: number,
  sides: Sides,
  restSeconds?: number,
): Exercise => ({ id, name: id, steps: [], reps, repSeconds, holdSeconds, sides, restSeconds });

/** A routine of these exercises, with the built-in defaults unless given. */
export const routineOf = (
  exercises: Exercise[],
  { prepareSeconds = 5, restSeconds = 15, switchSeconds = 5 } = {},
): Routine => ({ id: 'test', name: 'Test', prepareSeconds, restSeconds, switchSeconds, exercises });

/**
 * A clinic's routine with an exercise done on both sides in turn: 3 s to get ready, two
 * reps on the left (3 s move, 2 s hold), 4 s to switch sides, the same on the right, 10 s
 * rest, then the built-in bridge.
 */
export const SIDES_ROUTINE: Routine = {
  id: 'hip-side',
  name: 'Hip side',
  prepareSeconds: 3,
  restSeconds: 10,
  switchSeconds: 4,
  exercises: [
    {
      id: 'clamshell',
      name: 'Clamshell',
      steps: ['Lie on your side with your knees bent.', 'Lift the top knee, feet together.'],
      breathing: 'Breathe out as you lift.',
      reps: 2,
      repSeconds: 3,
      holdSeconds: 2,
      sides: 'both',
    },
    EXERCISES.bridge,
  ],
};

/** Longer than ten minutes (12 min 15 s), so a tab hidden for ten lands in the middle. */
export const LONG_ROUTINE: Routine = {
  ...BACK_BASICS,
  id: 'long-back',
  name: 'Long back',
  exercises: [
    { ...EXERCISES.bridge, reps: 30 },
    { ...EXERCISES['bird-dog'], reps: 20 },
    { ...EXERCISES.superman, reps: 20 },
  ],
};

// Random routines -----------------------------------------------------------------------------

/** A number a field takes, up to `max`: its bounds, whole numbers, fractions, any double between. */
export const numberIn = (field: keyof typeof LIMITS, max: number = LIMITS[field].max) => {
  const { min, whole } = LIMITS[field];
  if (whole) return fc.oneof(fc.constantFrom(min, max), fc.integer({ min, max }));
  return fc.oneof(
    fc.constantFrom(min, max),
    fc.integer({ min, max }),
    fc.integer({ min: min * 1000, max: max * 1000 }).map((n) => n / 1000),
    fc.double({ min, max, noNaN: true }),
  );
};

/** How large a random routine may get: the most of each number, and of exercises. */
export interface RoutineBounds {
  readonly reps: number;
  readonly repSeconds: number;
  readonly holdSeconds: number;
  readonly restSeconds: number;
  readonly prepareSeconds: number;
  readonly switchSeconds: number;
  readonly exercises: number;
  /** Extra lengths to try for every time but a rep's (e.g. those around an edge). */
  readonly edges?: fc.Arbitrary<number>;
}

/** A length in seconds up to `max`, none, or one of the edges. */
const secondsIn = (field: keyof typeof LIMITS, max: number, edges?: fc.Arbitrary<number>) =>
  fc.oneof(fc.constant(0), numberIn(field, max), ...(edges ? [edges] : []));

/** Any routine within LIMITS and `bounds` (kept small, so properties stay quick). */
export function routinesWithin(bounds: RoutineBounds): fc.Arbitrary<Routine> {
  const { edges } = bounds;
  const exerciseArb: fc.Arbitrary<Exercise> = fc.record({
    id: fc.constantFrom('a', 'b', 'c-d'),
    name: fc.constant('Exercise'),
    steps: fc.constant([]),
    breathing: fc.constant(undefined),
    reps: numberIn('reps', bounds.reps),
    repSeconds: fc.oneof(
      numberIn('repSeconds', bounds.repSeconds),
      ...(edges ? [edges.filter((seconds) => seconds >= 1)] : []),
    ),
    holdSeconds: secondsIn('holdSeconds', bounds.holdSeconds, edges),
    sides: fc.constantFrom(...SIDES),
    restSeconds: fc.option(secondsIn('restSeconds', bounds.restSeconds, edges), {
      nil: undefined,
    }),
  });
  return fc.record({
    id: fc.constant('random'),
    name: fc.constant('Random'),
    prepareSeconds: secondsIn('prepareSeconds', bounds.prepareSeconds, edges),
    restSeconds: secondsIn('restSeconds', bounds.restSeconds, edges),
    switchSeconds: secondsIn('switchSeconds', bounds.switchSeconds, edges),
    exercises: fc.array(exerciseArb, { minLength: 1, maxLength: bounds.exercises }),
  });
}

/** Routines of a few short exercises: long enough for a few minutes of a run. */
export const SHORT_ROUTINES: RoutineBounds = {
  reps: 10,
  repSeconds: 10,
  holdSeconds: 20,
  restSeconds: 30,
  prepareSeconds: LIMITS.prepareSeconds.max,
  switchSeconds: LIMITS.switchSeconds.max,
  exercises: 4,
};

/** Schedules of random routines within `bounds`. */
export const schedulesWithin = (bounds: RoutineBounds = SHORT_ROUTINES): fc.Arbitrary<Schedule> =>
  routinesWithin(bounds).map(buildSchedule);

/** Enough runs for the properties to find an edge, few enough to stay quick. */
export const RUNS = { numRuns: 150 };
