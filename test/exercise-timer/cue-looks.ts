/**
 * Looks at back-basics and at random routines for the cue plan tests: the view at a moment,
 * the cue a look calls for, and where a moment falls, worked out from the schedule.
 */
import fc from 'fast-check';
import { cueFor, seen, type Cue, type Seen } from '../../src/exercise-timer/cue-plan.js';
import { BACK_BASICS } from '../../src/exercise-timer/built-in-exercises.js';
import { buildSchedule, type Schedule } from '../../src/exercise-timer/schedule.js';
import {
  IDLE,
  start,
  timerState,
  type Run,
  type TimerState,
} from '../../src/exercise-timer/timer-machine.js';
import { T0, exercise, schedulesWithin } from './fixtures.js';

/**
 * Back basics, laid out by hand (seconds):
 *   cat-cow: prepare 0-5, 8 reps of 6 s (work 1 5-11, ..., work 8 47-53), rest 53-68
 *   bird-dog: prepare 68-73, 10 reps alternating of work 2 s + hold 3 s a side
 *     (work 1 left 73-75, hold 1 left 75-78, work 1 right 78-80, ...) to 173, rest 173-188
 *   bridge: prepare 188-193, work 1 193-196, hold 1 196-206, ... to 297, rest 297-312
 *   superman 312-382, dead-bug 382-482, pelvic-tilt 482-537
 *   done at 537
 */
export const SCHEDULE = buildSchedule(BACK_BASICS);
export const TOTAL = 537_000;
export const STARTS = [0, 68_000, 188_000, 312_000, 382_000, 482_000];

/** A run started at T0 and left alone. */
export const RUNNING = start(SCHEDULE, IDLE, T0);

/** The view `ms` after T0. */
export const at = (ms: number, run: Run = RUNNING, schedule: Schedule = SCHEDULE) =>
  timerState(schedule, run, T0 + ms);

/** The cue at `view` after the look at `last`, with an absent beep spelled out. */
export function cue(last: TimerState | undefined, view: TimerState) {
  const { announce, beep } = cueFor(last && seen(last), view);
  return { announce, beep };
}

export const NOTHING = { announce: false, beep: undefined };
export const QUIETLY = { announce: true, beep: undefined };
export const PHASE = { announce: true, beep: 'phase' };
export const COUNT = { announce: false, beep: 'count' };
export const DONE = { announce: true, beep: 'done' };

/** One exercise of one 4 s rep, after `prepareSeconds` to get ready. */
export const shortRoutine = (prepareSeconds: number): Schedule =>
  buildSchedule({
    id: 'short',
    name: 'Short',
    prepareSeconds,
    restSeconds: 0,
    switchSeconds: 0,
    exercises: [exercise('x', 1, 4, 0, 'none')],
  });

/** Where wall-clock time `now` falls in a run started at `t0`, worked out from the schedule. */
export function where(schedule: Schedule, t0: number, now: number) {
  const position = Math.min(schedule.totalMs, now - t0);
  let index = 0;
  schedule.phases.forEach((phase, i) => {
    if (phase.startMs <= position) index = i;
  });
  const phase = schedule.phases[index]!;
  const leftMs = phase.startMs + phase.durationMs - position;
  return { index, phase, leftMs, second: Math.ceil(leftMs / 1000), changedAt: t0 + phase.startMs };
}

// Arbitraries -------------------------------------------------------------------------------

/** Lengths around the countdown's edge, where off-by-one mistakes show. */
export const edgeArb = fc.constantFrom(0.999, 2.999, 3, 3.001, 3.999, 4);

/** Routines within LIMITS, short enough to look at every second of them. */
export const scheduleArb = schedulesWithin({
  reps: 4,
  repSeconds: 8,
  holdSeconds: 8,
  restSeconds: 12,
  prepareSeconds: 10,
  switchSeconds: 8,
  exercises: 3,
  edges: edgeArb,
});

export const startArb = fc.integer({ min: 0, max: 4_000_000_000_000 });

export interface Look {
  readonly now: number;
  readonly view: TimerState;
  readonly cue: Cue;
}

/**
 * Runs the routine from `t0` to its end, looking when the element would: at the start,
 * then each time the shown second of the phase or of the routine changes.
 */
export function lookThroughout(schedule: Schedule, t0: number): Look[] {
  const run = start(schedule, IDLE, t0);
  const untilChange = (left: number) => left % 1000 || 1000;
  const looks: Look[] = [];
  let last: Seen | undefined;
  let now = t0;
  for (;;) {
    const view = timerState(schedule, run, now);
    looks.push({ now, view, cue: cueFor(last, view) });
    last = seen(view);
    if (view.status !== 'running') return looks;
    now += Math.min(untilChange(view.phaseLeftMs), untilChange(view.routineLeftMs));
    if (now > t0 + schedule.totalMs) throw new Error(`looked past the end, at ${now - t0}`);
  }
}
