/** The events the exercise timer fires. */
import { KneadEvent } from '../shared/knead-event.js';
import type { Schedule } from './schedule.js';
import type { TimerState } from './timer-machine.js';
import {
  completeDetail,
  exerciseDetail,
  type CommandEvent,
  type LookEvent,
} from './timer-events.js';

/** Which exercise an exercise-timer event concerns. */
export interface ExerciseDetail {
  /** The exercise id, e.g. `bird-dog`. */
  readonly id: string;
  /** Its place in the routine, from 0 (a routine may hold the same exercise twice). */
  readonly index: number;
}

/** The exercise timer started the routine (from the top). */
export class ExerciseStartEvent extends KneadEvent<{ readonly routine: string }> {
  static get type(): 'knead-exercise-start' {
    return 'knead-exercise-start';
  }
  constructor(detail: { readonly routine: string }) {
    super(ExerciseStartEvent.type, detail);
  }
}

/** Another exercise became current: the routine moved on, or the visitor skipped. */
export class ExerciseChangeEvent extends KneadEvent<ExerciseDetail> {
  static get type(): 'knead-exercise-change' {
    return 'knead-exercise-change';
  }
  constructor(detail: ExerciseDetail) {
    super(ExerciseChangeEvent.type, detail);
  }
}

/** The visitor paused the timer. */
export class ExercisePauseEvent extends KneadEvent<ExerciseDetail> {
  static get type(): 'knead-exercise-pause' {
    return 'knead-exercise-pause';
  }
  constructor(detail: ExerciseDetail) {
    super(ExercisePauseEvent.type, detail);
  }
}

/** The routine reached its end. */
export interface ExerciseCompleteDetail {
  /** The routine id, e.g. `back-basics`. */
  readonly routine: string;
  /** Seconds spent running, pauses excluded. */
  readonly durationSeconds: number;
}

/** The routine is done. */
export class ExerciseCompleteEvent extends KneadEvent<ExerciseCompleteDetail> {
  static get type(): 'knead-exercise-complete' {
    return 'knead-exercise-complete';
  }
  constructor(detail: ExerciseCompleteDetail) {
    super(ExerciseCompleteEvent.type, detail);
  }
}

/** Fires from `timer` the event a command or a look at the run calls for (timer-events.ts). */
export function fireTimerEvent(
  timer: EventTarget,
  kind: CommandEvent | LookEvent | undefined,
  schedule: Schedule,
  state: TimerState,
): void {
  const event =
    kind === 'start'
      ? new ExerciseStartEvent({ routine: schedule.routine.id })
      : kind === 'complete'
        ? new ExerciseCompleteEvent(completeDetail(schedule, state))
        : kind === 'pause'
          ? new ExercisePauseEvent(exerciseDetail(schedule, state))
          : kind && new ExerciseChangeEvent(exerciseDetail(schedule, state));
  if (event) timer.dispatchEvent(event);
}

declare global {
  interface GlobalEventHandlersEventMap {
    'knead-exercise-start': ExerciseStartEvent;
    'knead-exercise-change': ExerciseChangeEvent;
    'knead-exercise-pause': ExercisePauseEvent;
    'knead-exercise-complete': ExerciseCompleteEvent;
  }
}
