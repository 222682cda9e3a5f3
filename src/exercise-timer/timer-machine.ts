/**
 * The timer as a pure state machine. A run is where in the schedule it stood at one wall-
 * clock moment and whether time moves it on; everything shown (phase, exercise, side, rep,
 * time left) is worked out from the run, the schedule and `now`. Nothing counts ticks, so
 * nothing drifts: a tab that slept ten minutes shows exactly where the routine is.
 *
 * Start, pause, resume, skip, previous and restart are functions from one run to the next.
 */
import type { Exercise } from './routine-types.js';
import { phaseIndexAt, type Phase, type Schedule } from './schedule.js';

export type RunStatus = 'idle' | 'running' | 'paused' | 'done';

export interface Run {
  readonly status: RunStatus;
  /** The schedule position, in ms, at `sinceMs`. */
  readonly positionMs: number;
  /** The wall-clock time (ms) the run last changed; while running, time since moves it on. */
  readonly sinceMs: number;
  /** Time spent running before `sinceMs`: the routine's real duration, pauses excluded. */
  readonly activeMs: number;
}

/** A run not started yet. */
export const IDLE: Run = { status: 'idle', positionMs: 0, sinceMs: 0, activeMs: 0 };

/**
 * Previous goes back to the start of the current exercise, or, within this long of that
 * start, to the one before (as a music player does).
 */
export const PREVIOUS_GRACE_MS = 3000;

/** What the visitor sees at one moment. */
export interface TimerState {
  readonly status: RunStatus;
  readonly phaseIndex: number;
  readonly phase: Phase;
  /** The current exercise; undefined once done. */
  readonly exercise: Exercise | undefined;
  readonly exerciseIndex: number;
  readonly positionMs: number;
  readonly phaseLeftMs: number;
  /** How long ago the phase began; once done, how long ago the routine ended. */
  readonly intoPhaseMs: number;
  readonly routineLeftMs: number;
  /** Time spent running so far, pauses excluded. */
  readonly activeMs: number;
}

/** Time a running run has moved on since it last changed; a clock set back counts as none. */
const elapsed = (run: Run, now: number) =>
  run.status === 'running' ? Math.max(0, now - run.sinceMs) : 0;

/**
 * The run as it stands at `now`: running past the end makes it `done` at the moment the
 * schedule ended. Every transition starts from here.
 */
export function settle(schedule: Schedule, run: Run, now: number): Run {
  if (run.status !== 'running') return run;
  const left = schedule.totalMs - run.positionMs;
  if (elapsed(run, now) < left) return run;
  return {
    status: 'done',
    positionMs: schedule.totalMs,
    sinceMs: run.sinceMs + left,
    activeMs: run.activeMs + left,
  };
}

/** Everything to show at `now`. */
export function timerState(schedule: Schedule, given: Run, now: number): TimerState {
  const run = settle(schedule, given, now);
  const positionMs = Math.min(schedule.totalMs, run.positionMs + elapsed(run, now));
  const phaseIndex = phaseIndexAt(schedule, positionMs);
  const phase = schedule.phases[phaseIndex]!;
  return {
    status: run.status,
    phaseIndex,
    phase,
    exercise: schedule.routine.exercises[phase.exerciseIndex],
    exerciseIndex: phase.exerciseIndex,
    positionMs,
    phaseLeftMs: phase.startMs + phase.durationMs - positionMs,
    intoPhaseMs:
      run.status === 'done' ? Math.max(0, now - run.sinceMs) : positionMs - phase.startMs,
    routineLeftMs: schedule.totalMs - positionMs,
    activeMs: run.activeMs + elapsed(run, now),
  };
}

/**
 * How long until the screen shows another number: the phase's countdown or the routine's
 * time left, whichever turns first; a whole second right after one turned. The timer wakes
 * then, not every so often, so the screen changes on time and a tab does no needless work.
 */
export function msUntilDisplayChange(state: Pick<TimerState, 'phaseLeftMs' | 'routineLeftMs'>) {
  const untilTurn = (leftMs: number) => leftMs % 1000 || 1000;
  return Math.min(untilTurn(state.phaseLeftMs), untilTurn(state.routineLeftMs));
}

/** Starts from the beginning (or resumes a paused run). */
export function start(schedule: Schedule, run: Run, now: number): Run {
  const current = settle(schedule, run, now);
  if (current.status === 'paused') return resume(schedule, current, now);
  if (current.status === 'running') return current;
  return restart(schedule, current, now);
}

/** Stops time moving the run on. */
export function pause(schedule: Schedule, run: Run, now: number): Run {
  const current = settle(schedule, run, now);
  if (current.status !== 'running') return current;
  return {
    status: 'paused',
    positionMs: current.positionMs + elapsed(current, now),
    sinceMs: now,
    activeMs: current.activeMs + elapsed(current, now),
  };
}

/** Lets time move a paused run on again, from where it stopped. */
export function resume(schedule: Schedule, run: Run, now: number): Run {
  const current = settle(schedule, run, now);
  if (current.status !== 'paused') return current;
  return { ...current, status: 'running', sinceMs: now };
}

/** Pause when running, resume when paused, start when idle or done. */
export function toggle(schedule: Schedule, run: Run, now: number): Run {
  const current = settle(schedule, run, now);
  return current.status === 'running'
    ? pause(schedule, current, now)
    : start(schedule, current, now);
}

/** From the top, running. */
export function restart(_schedule: Schedule, _run: Run, now: number): Run {
  return { status: 'running', positionMs: 0, sinceMs: now, activeMs: 0 };
}

/**
 * Moves a started run to a schedule position, keeping it running or paused; at the end it
 * is done. Not started: nothing moves (there is nothing to skip yet).
 */
function seek(schedule: Schedule, run: Run, now: number, positionMs: number): Run {
  const current = settle(schedule, run, now);
  if (current.status === 'idle') return current;
  const activeMs = current.activeMs + elapsed(current, now);
  const target = Math.max(0, Math.min(schedule.totalMs, positionMs));
  if (target >= schedule.totalMs)
    return { status: 'done', positionMs: target, sinceMs: now, activeMs };
  // Leaving the end means carrying on, paused, so the visitor chooses when to go again.
  const status = current.status === 'done' ? 'paused' : current.status;
  return { status, positionMs: target, sinceMs: now, activeMs };
}

/** To the start of the next exercise, or to the end after the last. */
export function skip(schedule: Schedule, run: Run, now: number): Run {
  const { exerciseIndex } = timerState(schedule, run, now);
  return seek(schedule, run, now, schedule.exerciseStartMs[exerciseIndex + 1] ?? schedule.totalMs);
}

/**
 * Back to the start of the current exercise; near its start (or once done), to the
 * previous exercise.
 */
export function previous(schedule: Schedule, run: Run, now: number): Run {
  const { exerciseIndex, positionMs } = timerState(schedule, run, now);
  const starts = schedule.exerciseStartMs;
  const currentStart = starts[exerciseIndex];
  const target =
    currentStart !== undefined && positionMs - currentStart > PREVIOUS_GRACE_MS
      ? currentStart
      : (starts[Math.max(0, exerciseIndex - 1)] ?? 0);
  return seek(schedule, run, now, target);
}
