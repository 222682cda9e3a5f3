/**
 * When the timer tells the page what happened: `knead-exercise-start`, `-pause`, `-change`
 * and `-complete`. Pure: the element dispatches what these say. A visitor's command fires
 * start or pause at once; the look at the clock that follows any change (a command, a
 * tick, a tab coming back) fires change or complete, so an exercise reached while the tab
 * slept is still named, once. One moment never calls for two events.
 */
import type { Schedule } from './schedule.js';
import type { RunStatus, TimerState } from './timer-machine.js';

/** The event a command may fire. */
export type CommandEvent = 'start' | 'pause';
/** The event a look at the clock may fire. */
export type LookEvent = 'change' | 'complete';

/**
 * The event for a command that took the run from `before` to `after` (at the same
 * moment), if any. Start: the run begins from the top, so from idle or done, or by Restart
 * (`restart`) from anywhere; a resume is no new start. Pause: a running run stopped.
 */
export function commandEvent(
  before: RunStatus,
  after: RunStatus,
  restart: boolean,
): CommandEvent | undefined {
  if (after === 'running' && (restart || before === 'idle' || before === 'done')) return 'start';
  return before === 'running' && after === 'paused' ? 'pause' : undefined;
}

/**
 * The event for a look at the run, if any: `before` is the status at the last look of this
 * run (undefined: none yet), `named` the exercise the last change event named. Change: another
 * exercise is current, while running or paused (skipping while paused changes it too).
 * Complete: the run is done now and was not at the last look.
 */
export function lookEvent(
  before: RunStatus | undefined,
  after: Pick<TimerState, 'status' | 'exerciseIndex'>,
  named: number | undefined,
): LookEvent | undefined {
  if (after.status === 'done') return before === 'done' ? undefined : 'complete';
  const started = after.status === 'running' || after.status === 'paused';
  return started && named !== after.exerciseIndex ? 'change' : undefined;
}

/**
 * The exercise an event names, `{ id, index }`: the current one, and once done the last
 * (a pause or change never happens after the end, but the index stays in the routine).
 */
export function exerciseDetail(schedule: Schedule, state: Pick<TimerState, 'exerciseIndex'>) {
  const { exercises } = schedule.routine;
  const index = Math.min(state.exerciseIndex, exercises.length - 1);
  return { id: exercises[index]!.id, index };
}

/** What the complete event says: the routine's id and the time spent, pauses left out. */
export const completeDetail = (schedule: Schedule, state: Pick<TimerState, 'activeMs'>) => ({
  routine: schedule.routine.id,
  durationSeconds: Math.round(state.activeMs / 1000),
});
