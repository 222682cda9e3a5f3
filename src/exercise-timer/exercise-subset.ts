/**
 * Which exercises the `exercises` attribute picks, in its order. Pure. Ids come from the
 * routine in use, else the built-in exercises; unknown ids are left out and named. A page
 * gets at most MAX_EXERCISES, the same bound as a routine in JSON, so a long attribute never
 * builds a long schedule.
 */
import { MAX_EXERCISES, type Exercise, type Routine } from './routine.js';

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
  ids: string | undefined,
  findExercise: (id: string) => Exercise | undefined,
): Subset {
  const unknown = new Set<string>();
  const picked: Exercise[] = [];
  let overLimit = 0;
  for (const id of ids?.trim().split(/\s+/).filter(Boolean) ?? []) {
    const exercise = routine.exercises.find((e) => e.id === id) ?? findExercise(id);
    if (!exercise) unknown.add(id);
    else if (picked.length < MAX_EXERCISES) picked.push(exercise);
    else overLimit++;
  }
  return {
    routine: picked.length ? { ...routine, exercises: picked } : routine,
    unknown: [...unknown],
    overLimit,
  };
}
