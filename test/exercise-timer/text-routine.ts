/**
 * A small routine for the timer-text tests, laid out by hand, and phases made for the cases
 * a schedule never makes.
 */
import type { Exercise, Routine, Sides } from '../../src/exercise-timer/routine-types.js';
import { buildSchedule, type Phase, type PhaseKind } from '../../src/exercise-timer/schedule.js';

export const exercise = (
  id: string,
  name: string,
  reps: number,
  holdSeconds: number,
  sides: Sides,
): Exercise => ({ id, name, steps: [], reps, repSeconds: 2, holdSeconds, sides });

export const KINDS: readonly PhaseKind[] = ['prepare', 'work', 'hold', 'switch', 'rest', 'done'];

/** A phase made by hand, for the cases a schedule never makes. */
export const phase = (
  kind: PhaseKind,
  exerciseIndex: number,
  rep = 0,
  side?: Phase['side'],
): Phase => ({
  kind,
  exerciseIndex,
  rep,
  side,
  startMs: 0,
  durationMs: 1000,
});

/**
 * Two exercises, the second done on both sides:
 *   lift: prepare 5 s, work 1, hold 1 (3 s), work 2, hold 2, rest 20 s
 *   reach: prepare 5 s, work 1 left, switch 4 s, work 1 right, done
 */
export const ROUTINE: Routine = {
  id: 'two',
  name: 'Morning moves',
  prepareSeconds: 5,
  restSeconds: 20,
  switchSeconds: 4,
  exercises: [exercise('lift', 'Lift', 2, 3, 'none'), exercise('reach', 'Reach', 1, 0, 'both')],
};
export const SCHEDULE = buildSchedule(ROUTINE);

/** The first phase of the schedule that matches. */
export const find = (kind: PhaseKind, exerciseIndex: number, side?: Phase['side']) => {
  const found = SCHEDULE.phases.find(
    (p) =>
      p.kind === kind &&
      p.exerciseIndex === exerciseIndex &&
      (side === undefined || p.side === side),
  );
  if (!found) throw new Error(`no ${kind} phase for exercise ${exerciseIndex}`);
  return found;
};

/**
 * Abbreviations and symbols a screen reader or a voice reads badly: "5 s", "2 min", "&".
 * (A colon is fine: it is read as a pause.)
 */
export const UNSPOKEN = /\d\s*(s|sec|secs|min|mins|h)\b|[&/@#%+=<>~|*]/;
