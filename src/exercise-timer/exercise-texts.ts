/**
 * The built-in exercises' and routines' texts in another language, and how they are laid
 * over the English. Pure.
 *
 * The English exercises stay the data: ids, doses, sides and timings are what the schedule
 * runs, so a language only ever replaces words, keyed by exercise and routine id. The
 * tables come from the library's French and Spanish chunks or from a developer's
 * `registerLanguage`, so they are read defensively: anything that is not a non-empty text
 * (or list of texts) stays English, field by field.
 *
 * A clinic's own routine is the clinic's text and is never replaced, except where it
 * took a built-in exercise's words (by its id alone, or changing only its dose): those
 * fields are the built-in exercise's, so they are laid over like the built-in's.
 */
import { findExercise } from './built-in-exercises.js';
import type { BuiltInExerciseId, ExerciseNames } from './exercise-names.js';
import { UNNAMED_ROUTINE, type Exercise, type Routine } from './routine-types.js';

/** One built-in exercise's words in a language (its name may come from `exercise-names`). */
export interface ExerciseText {
  readonly name?: string;
  readonly steps: readonly string[];
  readonly breathing: string;
}

/** The built-in exercises' and routines' words in a language: the `exercises` texts. */
export interface ExerciseTexts {
  /** By exercise id. */
  readonly exercises: Readonly<Record<BuiltInExerciseId, ExerciseText>>;
  /** By routine id. */
  readonly routines: Readonly<Record<string, { readonly name: string }>>;
}

/** What a language gives for the built-in content; all undefined in English. */
export interface LocalContent {
  /** The `exercises` texts. */
  readonly texts?: Partial<ExerciseTexts> | undefined;
  /** The `exercise-names` texts, shared with the symptom check. */
  readonly names?: Partial<ExerciseNames> | undefined;
}

/** A key's value in a table that may be anything: own keys only, so `constructor` is no text. */
function entry(table: unknown, key: string): unknown {
  return typeof table === 'object' && table !== null && Object.hasOwn(table, key)
    ? (table as Record<string, unknown>)[key]
    : undefined;
}

const isText = (value: unknown): value is string => typeof value === 'string' && !!value.trim();

/** The first usable text of `given`, else `english`. */
const textOr = (english: string, ...given: unknown[]): string => given.find(isText) ?? english;

const sameTexts = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((text, index) => text === b[index]);

/**
 * `exercise` in the language of `content`: a built-in exercise's name, steps and breathing,
 * each where the language gives it and the exercise still has the built-in English. Any
 * other exercise, and English, come back as they are (the same object).
 */
export function localExercise(exercise: Exercise, content: LocalContent): Exercise {
  const english = findExercise(exercise.id);
  if (!english || (!content.texts && !content.names)) return exercise;
  const given = entry(entry(content.texts, 'exercises'), exercise.id);
  const name =
    exercise.name === english.name
      ? textOr(exercise.name, entry(given, 'name'), entry(content.names, exercise.id))
      : exercise.name;
  const steps = entry(given, 'steps');
  const localSteps =
    sameTexts(exercise.steps, english.steps) &&
    Array.isArray(steps) &&
    steps.length > 0 &&
    steps.every(isText)
      ? (steps as string[])
      : exercise.steps;
  const breathing =
    exercise.breathing !== undefined && exercise.breathing === english.breathing
      ? textOr(exercise.breathing, entry(given, 'breathing'))
      : exercise.breathing;
  if (name === exercise.name && localSteps === exercise.steps && breathing === exercise.breathing)
    return exercise;
  return { ...exercise, name, steps: localSteps, breathing };
}

/**
 * `routine` in the language of `content`: a built-in routine's name as the language gives
 * it, a clinic's as the clinic wrote it (`unnamed` for one that has none), and each
 * exercise by `localExercise`. Unchanged, it is the same object.
 */
export function localRoutine(
  routine: Routine,
  builtIn: boolean,
  content: LocalContent & { readonly unnamed: string },
): Routine {
  const name = builtIn
    ? textOr(routine.name, entry(entry(entry(content.texts, 'routines'), routine.id), 'name'))
    : routine.name === UNNAMED_ROUTINE
      ? content.unnamed
      : routine.name;
  const exercises = routine.exercises.map((exercise) => localExercise(exercise, content));
  const same = name === routine.name && exercises.every((e, i) => e === routine.exercises[i]);
  return same ? routine : { ...routine, name, exercises };
}
