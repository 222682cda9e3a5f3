/**
 * The names of the built-in home exercises (sources: docs/content-sources.md, "Home
 * exercises"), apart from their steps and doses so the symptom check can name an exercise without carrying
 * the routine.
 */
export const EXERCISE_NAMES = {
  'cat-cow': 'Cat-cow',
  'bird-dog': 'Bird dog',
  bridge: 'Bridge',
  superman: 'Superman',
  'dead-bug': 'Dead bug',
  'pelvic-tilt': 'Pelvic tilt',
} as const;

export type BuiltInExerciseId = keyof typeof EXERCISE_NAMES;

/** An exercise's name, or its id made readable for a clinic's own exercise. */
export function exerciseName(id: string): string {
  return Object.hasOwn(EXERCISE_NAMES, id)
    ? EXERCISE_NAMES[id as BuiltInExerciseId]
    : id
        .replace(/[-_]+/g, ' ')
        .trim()
        .replace(/^./, (first) => first.toUpperCase());
}
