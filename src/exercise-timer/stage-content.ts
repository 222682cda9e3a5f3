/**
 * Which exercise the stage shows beside the ring, and what it says comes next. Pure. A rest
 * shows the exercise coming up, its steps and breathing, so the visitor can read them and
 * get into position; every other phase shows its own exercise and names the next one.
 */
import type { Exercise } from './routine-types.js';
import type { Schedule } from './schedule.js';
import type { TimerState } from './timer-machine.js';
import { nextExerciseName } from './timer-text.js';
import type { TimerMessages } from './timer-messages.js';

export interface StageContent {
  /** The exercise whose steps and breathing show. */
  readonly exercise: Exercise;
  /** The stage's heading: the exercise's name, or "Up next: Bird dog" during a rest. */
  readonly heading: string;
  /** "Up next: Bridge" or "Last exercise"; undefined during a rest, whose heading says it. */
  readonly next: string | undefined;
}

/** What the stage shows while the run is started (running or paused, so never done). */
export function stageContent(
  schedule: Schedule,
  { phase, exercise }: Pick<TimerState, 'phase' | 'exercise'>,
  text: TimerMessages,
): StageContent {
  const upcoming =
    phase.kind === 'rest' ? schedule.routine.exercises[phase.exerciseIndex + 1] : undefined;
  if (upcoming) return { exercise: upcoming, heading: text.upNext(upcoming.name), next: undefined };
  const next = nextExerciseName(schedule, phase);
  return {
    exercise: exercise!,
    heading: exercise!.name,
    next: next ? text.upNext(next) : text.lastExercise,
  };
}
