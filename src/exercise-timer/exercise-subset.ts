/**
 * Which exercises the `exercises` attribute picks, in its order. Pure. Ids come from the
 * routine in use, else the built-in exercises; unknown ids are left out and named. A page
 * gets at most MAX_EXERCISES, the same bound as a routine in JSON, so a long attribute never
 * builds a long schedule. A pick that is not the whole routine, in order, is named for its
 * exercises ("Bridge and Cat-cow"): the routine's name would not be true, and two timers on
 * one page would share a landmark name.
 */
import { asText } from '../shared/as-text.js';
import { MAX_EXERCISES, type Exercise, type Routine } from './routine-types.js';

export interface Subset {
  /** The routine with the picked exercises, or the routine as given when none is picked. */
  readonly routine: Routine;
  /** Ids that name no exercise, each once. */
  readonly unknown: readonly string[];
  /** How many picked exercises were over the bound and left out. */
  readonly overLimit: number;
}

export function pickExercises(
  routine: Routine,
  ids: unknown,
  findExercise: (id: string) => Exercise | undefined,
): Subset {
  const unknown = new Set<string>();
  const picked: Exercise[] = [];
  let overLimit = 0;
  for (const id of asText(ids).trim().split(/\s+/).filter(Boolean)) {
    const exercise = routine.exercises.find((e) => e.id === id) ?? findExercise(id);
    if (!exercise) unknown.add(id);
    else if (picked.length < MAX_EXERCISES) picked.push(exercise);
    else overLimit++;
  }
  const whole =
    picked.length === routine.exercises.length &&
    picked.every((exercise, index) => exercise === routine.exercises[index]);
  return {
    routine:
      picked.length && !whole
        ? { ...routine, name: subsetName(picked), exercises: picked }
        : routine,
    unknown: [...unknown],
    overLimit,
  };
}

/** Exercises a subset's name lists; more are counted ("Bridge, Cat-cow, Bird dog, and 2 more"). */
const NAMED = 3;

function subsetName(exercises: readonly Exercise[]): string {
  const names = exercises.slice(0, NAMED).map((exercise) => exercise.name);
  if (exercises.length > NAMED) names.push(`${exercises.length - NAMED} more`);
  return new Intl.ListFormat('en').format(names);
}
