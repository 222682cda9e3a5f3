/**
 * Which exercises the `exercises` attribute picks, in its order. Pure. Ids come from the
 * routine in use, else the built-in exercises; unknown ids are left out and named. When no
 * id is known there is nothing to run: an error, as `<knead-technique-list techniques>`
 * shows, not the whole routine the page did not ask for. A page gets at most MAX_EXERCISES,
 * the same bound as a routine in JSON, so a long attribute never builds a long schedule. A
 * pick that is not the whole routine, in order, is named for its exercises ("Bridge and
 * Cat-cow"): the routine's name would not be true, and two timers on one page would share
 * a landmark name.
 */
import { asText } from '../shared/as-text.js';
import { listInMessage } from '../shared/log.js';
import { listIn } from '../shared/intl-format.js';
import type { TimerMessages } from './timer-messages.js';
import { MAX_EXERCISES, type Exercise, type Routine } from './routine-types.js';

export interface Subset {
  /**
   * The routine with the picked exercises; the routine as given when no id is given;
   * undefined when ids are given and none is known.
   */
  readonly routine: Routine | undefined;
  /** Ids that name no exercise, each once. */
  readonly unknown: readonly string[];
  /** How many picked exercises were over the bound and left out. */
  readonly overLimit: number;
}

/** How a chosen set is named: in the visitor's language, as it lists things ("a, b and c"). */
export interface SubsetWording {
  /** The language of `text` (`fr`), for `Intl.ListFormat`. */
  readonly language: string;
  readonly text: Pick<TimerMessages, 'moreExercises'>;
}

export function pickExercises(
  routine: Routine,
  ids: unknown,
  findExercise: (id: string) => Exercise | undefined,
  wording: SubsetWording,
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
  let chosen: Routine | undefined = routine;
  if (!picked.length) chosen = unknown.size ? undefined : routine;
  else if (!whole) chosen = { ...routine, name: subsetName(picked, wording), exercises: picked };
  return {
    routine: chosen,
    unknown: [...unknown],
    overLimit,
  };
}

/**
 * The console messages a pick calls for, as [value, problem] for the `exercises` attribute:
 * the unknown ids (left out, or none left to run), and how many were over the bound.
 */
export function subsetProblems({ routine, unknown, overLimit }: Subset): [string, string][] {
  const problems: [string, string][] = [];
  if (unknown.length)
    problems.push([
      listInMessage(unknown),
      `unknown exercise ids (${routine ? 'left out' : 'none to run'})`,
    ]);
  if (overLimit)
    problems.push([
      `${overLimit} more`,
      `at most ${MAX_EXERCISES} exercises; the rest were left out`,
    ]);
  return problems;
}

/** Exercises a subset's name lists; more are counted ("Bridge, Cat-cow, Bird dog, and 2 more"). */
const NAMED = 3;

function subsetName(exercises: readonly Exercise[], { language, text }: SubsetWording): string {
  const names = exercises.slice(0, NAMED).map((exercise) => exercise.name);
  if (exercises.length > NAMED) names.push(text.moreExercises(exercises.length - NAMED));
  return listIn(language, names);
}
