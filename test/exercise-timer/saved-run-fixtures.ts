/**
 * Saved runs for the saved-run tests: back-basics, a running and a paused run at a fixed
 * moment, and the stored text with one thing changed.
 */
import type { Exercise, Routine } from '../../src/exercise-timer/routine-types.js';
import { buildSchedule } from '../../src/exercise-timer/schedule.js';
import { BACK_BASICS } from '../../src/exercise-timer/built-in-exercises.js';
import { saveRun, type SavedRun } from '../../src/exercise-timer/saved-run.js';
import type { Run } from '../../src/exercise-timer/timer-machine.js';
import { T0 } from './fixtures.js';

export const SCHEDULE = buildSchedule(BACK_BASICS);
export const TOTAL = SCHEDULE.totalMs;
/** The moment the tests restore at. */
export const NOW = T0;
export const HOUR = 60 * 60 * 1000;

export const running: Run = {
  status: 'running',
  positionMs: 42_000,
  sinceMs: NOW - 5000,
  activeMs: 40_000,
};
export const paused: Run = {
  status: 'paused',
  positionMs: 100_000,
  sinceMs: NOW - HOUR,
  activeMs: 99_000,
};
export const SAVED: SavedRun = { run: running, cues: { sound: true, voice: false } };

/** The stored text as an object, to change one thing in it. */
export const storedObject = (saved: SavedRun = SAVED): Record<string, unknown> =>
  JSON.parse(saveRun(SCHEDULE, saved));

/** The stored text with the run's fields changed. */
export const withRun = (changes: Record<string, unknown>) => {
  const stored = storedObject();
  return JSON.stringify({ ...stored, run: { ...(stored['run'] as object), ...changes } });
};

export const routineWith = (exercises: Exercise[], id = BACK_BASICS.id): Routine => ({
  ...BACK_BASICS,
  id,
  exercises,
});
