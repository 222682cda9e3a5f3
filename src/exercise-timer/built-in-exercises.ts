/**
 * The built-in home exercises for the low back and the `back-basics` routine (sources:
 * docs/content-sources.md, "Home exercises"; doses take the lower bound of each range). Data
 * only, checked by the same `parseRoutine` that checks a clinic's routine (see the tests).
 */
import { EXERCISE_NAMES, type BuiltInExerciseId } from './exercise-names.js';
import { ROUTINE_DEFAULTS, type Exercise, type Routine } from './routine-types.js';

export const EXERCISES: Readonly<Record<BuiltInExerciseId, Exercise>> = {
  'cat-cow': {
    id: 'cat-cow',
    name: EXERCISE_NAMES['cat-cow'],
    steps: [
      'Kneel on all fours: hands below your shoulders, knees below your hips.',
      'Cow: let your belly sink and lift your head and tailbone.',
      'Cat: curl your back up, tuck your chin and draw your belly button in.',
      'Keep it flowing, one slow breath each way.',
    ],
    breathing: 'Breathe in for cow, out for cat.',
    reps: 8,
    repSeconds: 6,
    holdSeconds: 0,
    sides: 'none',
  },
  'bird-dog': {
    id: 'bird-dog',
    name: EXERCISE_NAMES['bird-dog'],
    steps: [
      'Start on all fours with your back flat.',
      'Stretch one arm ahead and the other leg behind you.',
      'Keep your hips level and your spine still while you hold.',
      'Come back to all fours and change sides.',
    ],
    breathing: 'Breathe out as you reach, breathe normally while you hold.',
    reps: 10,
    repSeconds: 2,
    holdSeconds: 3,
    sides: 'alternating',
  },
  bridge: {
    id: 'bridge',
    name: EXERCISE_NAMES.bridge,
    steps: [
      'Lie on your back, knees bent, feet flat and hip-width apart.',
      'Tighten your stomach and buttocks.',
      'Raise your hips until shoulders, hips and knees form a straight line.',
      'Hold, then lower yourself slowly.',
    ],
    breathing: 'Breathe out as you lift; keep breathing while you hold.',
    reps: 8,
    repSeconds: 3,
    holdSeconds: 10,
    sides: 'none',
  },
  superman: {
    id: 'superman',
    name: EXERCISE_NAMES.superman,
    steps: [
      'Lie face down, arms stretched past your head, legs long.',
      'Raise your chest, arms and legs a little off the floor.',
      'Keep your neck long and relaxed, eyes on the floor.',
      'Hold, then lower with control.',
    ],
    breathing: 'Breathe out as you lift, in as you lower.',
    reps: 10,
    repSeconds: 2,
    holdSeconds: 3,
    sides: 'none',
  },
  'dead-bug': {
    id: 'dead-bug',
    name: EXERCISE_NAMES['dead-bug'],
    steps: [
      'Lie on your back, arms pointing at the ceiling, knees bent at a right angle above your hips.',
      'Press your lower back gently into the floor and keep it there.',
      'Slowly lower one leg and the opposite arm towards the floor.',
      'Bring them back and change sides.',
    ],
    breathing: 'Breathe out as you lower, in as you return.',
    reps: 10,
    repSeconds: 4,
    holdSeconds: 0,
    sides: 'alternating',
  },
  'pelvic-tilt': {
    id: 'pelvic-tilt',
    name: EXERCISE_NAMES['pelvic-tilt'],
    steps: [
      'Lie on your back with knees bent and feet flat.',
      'Breathe in, then as you breathe out tip your pelvis so your lower back flattens to the floor.',
      'Hold, then let go.',
    ],
    breathing: 'Breathe in to get ready, out as you tilt.',
    reps: 10,
    repSeconds: 2,
    holdSeconds: 3,
    sides: 'none',
  },
};

/** A built-in exercise by id (own keys only). */
export function findExercise(id: string): Exercise | undefined {
  return Object.hasOwn(EXERCISES, id) ? EXERCISES[id as BuiltInExerciseId] : undefined;
}

/** Six gentle exercises for the low back, starting with cat-cow to loosen up. */
export const BACK_BASICS: Routine = {
  id: 'back-basics',
  name: 'Back basics',
  ...ROUTINE_DEFAULTS,
  exercises: [
    EXERCISES['cat-cow'],
    EXERCISES['bird-dog'],
    EXERCISES.bridge,
    EXERCISES.superman,
    EXERCISES['dead-bug'],
    EXERCISES['pelvic-tilt'],
  ],
};

export const ROUTINES: Readonly<Record<string, Routine>> = { 'back-basics': BACK_BASICS };

/** A built-in routine by id (own keys only). */
export function findRoutine(id: string): Routine | undefined {
  return Object.hasOwn(ROUTINES, id) ? ROUTINES[id] : undefined;
}
