/**
 * What the schedule tests expect, worked out by hand: phases written as the tests read them,
 * and the length and reps a routine must get from its numbers alone.
 */
import type { Exercise, Routine } from '../../src/exercise-timer/routine-types.js';
import { LIMITS } from '../../src/exercise-timer/routine-validation.js';
import { type Phase, type PhaseKind, type Side } from '../../src/exercise-timer/schedule.js';
import { routinesWithin } from './fixtures.js';

/** A phase, written as the tests expect it. */
export const phase = (
  kind: PhaseKind,
  exerciseIndex: number,
  rep: number,
  side: Side | undefined,
  startMs: number,
  durationMs: number,
): Phase => ({ kind, exerciseIndex, rep, side, startMs, durationMs });

/** The done phase: after the last exercise, of no length, with no side. */
export const done = (exerciseCount: number, totalMs: number): Phase => ({
  kind: 'done',
  exerciseIndex: exerciseCount,
  rep: 0,
  startMs: totalMs,
  durationMs: 0,
});

/** Seconds to whole milliseconds, as the schedule promises to round them. */
export const ms = (seconds: number) => Math.round(seconds * 1000);

/** The length the routine must take, worked out from its numbers alone. */
export function expectedTotalMs(routine: Routine): number {
  return routine.exercises.reduce((total, { reps, repSeconds, holdSeconds, sides }, index) => {
    const perSide = sides === 'none' ? 1 : 2;
    const isLast = index === routine.exercises.length - 1;
    return (
      total +
      ms(routine.prepareSeconds) +
      reps * perSide * (ms(repSeconds) + ms(holdSeconds)) +
      (sides === 'both' ? ms(routine.switchSeconds) : 0) +
      (isLast ? 0 : ms(routine.exercises[index]!.restSeconds ?? routine.restSeconds))
    );
  }, 0);
}

/** The (rep, side) of each work phase an exercise must have, in order. */
export function expectedReps({ reps, sides }: Exercise): Array<[number, Side | undefined]> {
  const count = Array.from({ length: reps }, (_, i) => i + 1);
  if (sides === 'none') return count.map((rep) => [rep, undefined]);
  if (sides === 'both')
    return [
      ...count.map((rep): [number, Side] => [rep, 'left']),
      ...count.map((rep): [number, Side] => [rep, 'right']),
    ];
  return count.flatMap((rep): Array<[number, Side]> => [
    [rep, 'left'],
    [rep, 'right'],
  ]);
}

// Arbitraries -------------------------------------------------------------------------------

/** Any routine within LIMITS (a few exercises, so the properties stay quick). */
export const routineArb = routinesWithin({
  reps: LIMITS.reps.max,
  repSeconds: LIMITS.repSeconds.max,
  holdSeconds: LIMITS.holdSeconds.max,
  restSeconds: LIMITS.restSeconds.max,
  prepareSeconds: LIMITS.prepareSeconds.max,
  switchSeconds: LIMITS.switchSeconds.max,
  exercises: 5,
});
