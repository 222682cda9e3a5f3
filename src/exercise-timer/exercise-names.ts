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

/** The built-in exercises' names in another language (the `exercise-names` texts). */
export type ExerciseNames = Readonly<Record<BuiltInExerciseId, string>>;

/**
 * An exercise's name, in the language of `names` where it gives one, or its id made
 * readable for a clinic's own exercise.
 */
export function exerciseName(id: string, names?: Partial<ExerciseNames>): string {
  return Object.hasOwn(EXERCISE_NAMES, id)
    ? (names?.[id as BuiltInExerciseId] ?? EXERCISE_NAMES[id as BuiltInExerciseId])
    : id
        .replace(/[-_]+/g, ' ')
        .trim()
        .replace(/^./, (first) => first.toUpperCase());
}
