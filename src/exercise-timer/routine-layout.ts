import type { ConfigState } from '../shared/config-source.js';
import { findExercise } from './built-in-exercises.js';
import { pickExercises, subsetProblems } from './exercise-subset.js';
import { localExercise, localRoutine } from './exercise-texts.js';
import type { Routine } from './routine-types.js';
import { buildSchedule, type Schedule } from './schedule.js';
import type { TimerWords } from './timer-words.js';

/** What laying out again changed: the routine or its choice (`fresh`), or only its words. */
export type LayoutChange = 'fresh' | 'words';

/**
 * Which schedule the timer runs: the routine in use, or the exercises `exercises` picks of
 * it, in the visitor's words, laid out in time. It is laid out again only when the
 * routine, the choice or the language changed, and says which: a new routine or choice
 * starts the run afresh; a new language changes only the words, the phases stay the same,
 * so the run goes on. No DOM, no timers.
 */
export class RoutineLayout {
  /** What to run; undefined when there is nothing (no routine, or no exercise known). */
  schedule?: Schedule | undefined;
  private source: Routine | undefined | null = null;
  private language = '';

  /** `report` hears each problem with the choice of exercises. */
  constructor(private readonly report: (value: string, problem: string) => void) {}

  /**
   * Lays out the routine `state` gives, with the exercises `ids` picks, when something
   * changed since the last time (else undefined).
   */
  update(
    state: ConfigState<Routine>,
    ids: unknown,
    choiceChanged: boolean,
    words: TimerWords,
  ): LayoutChange | undefined {
    const ready = state.status === 'ready' ? state : undefined;
    const source = ready?.value;
    const fresh = source !== this.source || choiceChanged;
    if (!fresh && words.language === this.language) return undefined;
    this.source = source;
    this.language = words.language;
    const subset = ready && localSubset(ready.value, ready.from === 'built-in', ids, words);
    for (const [value, problem] of subset ? subsetProblems(subset) : [])
      this.report(value, problem);
    this.schedule = subset?.routine && buildSchedule(subset.routine);
    return fresh ? 'fresh' : 'words';
  }
}

/**
 * The exercises of `routine` that `ids` picks (see pickExercises), in `words`: a built-in
 * routine, and the built-in exercises in any routine, in the visitor's language.
 */
export function localSubset(
  routine: Routine,
  builtIn: boolean,
  ids: unknown,
  { language, text, content }: TimerWords,
) {
  const local = (id: string) => {
    const exercise = findExercise(id);
    return exercise && localExercise(exercise, content);
  };
  return pickExercises(localRoutine(routine, builtIn, content), ids, local, { language, text });
}
