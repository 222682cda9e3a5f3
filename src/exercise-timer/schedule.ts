/**
 * A routine laid out in time: every phase (prepare, work, hold, switch sides, rest, done)
 * with its start and length in milliseconds. Pure. The timer never counts ticks; it looks
 * up where wall-clock time falls in this list.
 */
import type { Exercise, Routine } from './routine-types.js';

export type PhaseKind = 'prepare' | 'work' | 'hold' | 'switch' | 'rest' | 'done';
export type Side = 'left' | 'right';

export interface Phase {
  readonly kind: PhaseKind;
  /** The exercise it belongs to; the `done` phase has the routine's length here. */
  readonly exerciseIndex: number;
  /** The repetition (from 1) for work and hold; 0 for the other phases. */
  readonly rep: number;
  /** The side worked for work and hold, the side about to start for switch. */
  readonly side?: Side | undefined;
  readonly startMs: number;
  readonly durationMs: number;
}

export interface Schedule {
  readonly routine: Routine;
  /** In time order, back to back; the last is `done`, of length 0, at `totalMs`. */
  readonly phases: readonly Phase[];
  readonly totalMs: number;
  /** Where each exercise's first phase starts. */
  readonly exerciseStartMs: readonly number[];
}

const ms = (seconds: number) => Math.round(seconds * 1000);

/** The seconds of rest after an exercise: its own, else the routine's. */
export const restAfter = (exercise: Exercise, routine: Routine): number =>
  exercise.restSeconds ?? routine.restSeconds;

/** Lays the routine out: phases of no length are left out; no rest after the last exercise. */
export function buildSchedule(routine: Routine): Schedule {
  const phases: Phase[] = [];
  const exerciseStartMs: number[] = [];
  let at = 0;
  const add = (kind: PhaseKind, exerciseIndex: number, seconds: number, rep = 0, side?: Side) => {
    const durationMs = ms(seconds);
    if (durationMs <= 0) return;
    phases.push({ kind, exerciseIndex, rep, side, startMs: at, durationMs });
    at += durationMs;
  };

  routine.exercises.forEach((exercise, index) => {
    exerciseStartMs.push(at);
    const repetition = (rep: number, side?: Side) => {
      add('work', index, exercise.repSeconds, rep, side);
      add('hold', index, exercise.holdSeconds, rep, side);
    };
    add('prepare', index, routine.prepareSeconds);
    for (let rep = 1; rep <= exercise.reps; rep++) {
      if (exercise.sides === 'none') repetition(rep);
      else if (exercise.sides === 'both') repetition(rep, 'left');
      else {
        repetition(rep, 'left');
        repetition(rep, 'right');
      }
    }
    if (exercise.sides === 'both') {
      add('switch', index, routine.switchSeconds, 0, 'right');
      for (let rep = 1; rep <= exercise.reps; rep++) repetition(rep, 'right');
    }
    if (index < routine.exercises.length - 1) add('rest', index, restAfter(exercise, routine));
  });

  phases.push({
    kind: 'done',
    exerciseIndex: routine.exercises.length,
    rep: 0,
    startMs: at,
    durationMs: 0,
  });
  return { routine, phases, totalMs: at, exerciseStartMs };
}

/** The index of the phase under a schedule position (the `done` phase from the end on). */
export function phaseIndexAt(schedule: Schedule, positionMs: number): number {
  const { phases } = schedule;
  let low = 0;
  let high = phases.length - 1;
  // The last phase that starts at or before the position.
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (phases[middle]!.startMs <= positionMs) low = middle;
    else high = middle - 1;
  }
  return low;
}
