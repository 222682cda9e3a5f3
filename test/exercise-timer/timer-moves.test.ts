import { expect } from '@open-wc/testing';
import { buildSchedule } from '../../src/exercise-timer/schedule.js';
import { BACK_BASICS } from '../../src/exercise-timer/built-in-exercises.js';
import {
  IDLE,
  PREVIOUS_GRACE_MS,
  pause,
  previous,
  resume,
  settle,
  skip,
  start,
  timerState,
} from '../../src/exercise-timer/timer-machine.js';
import { T0, exercise } from './fixtures.js';
import { SCHEDULE, TOTAL, at, runOf, started, pausedAt } from './machine-runs.js';

describe('timer run', () => {
  describe('skip', () => {
    it('goes to the start of the next exercise, still running', () => {
      const skipped = skip(SCHEDULE, started(), T0 + 5000);
      expect(skipped).to.deep.equal(runOf('running', 14_000, T0 + 5000, 5000));
      expect(at(skipped, T0 + 5000)).to.include({ kind: 'prepare', exercise: 'y' });
      expect(at(skipped, T0 + 6000)).to.include({ positionMs: 15_000, activeMs: 6000 });
    });

    it('goes from a rest to the exercise the rest leads to', () => {
      expect(skip(SCHEDULE, started(), T0 + 12_000).positionMs).to.equal(14_000);
      expect(skip(SCHEDULE, started(), T0 + 22_000).positionMs).to.equal(25_000);
    });

    it('keeps a paused run paused', () => {
      expect(skip(SCHEDULE, pausedAt(15_000), T0 + 40_000)).to.deep.equal(
        runOf('paused', 25_000, T0 + 40_000, 15_000),
      );
    });

    it('ends the routine from the last exercise', () => {
      expect(skip(SCHEDULE, started(), T0 + 26_000)).to.deep.equal(
        runOf('done', TOTAL, T0 + 26_000, 26_000),
      );
      const paused = skip(SCHEDULE, pausedAt(30_000), T0 + 50_000);
      expect(paused).to.include({ status: 'done', positionMs: TOTAL, activeMs: 30_000 });
    });

    it('does nothing before the start and stays done after the end', () => {
      expect(skip(SCHEDULE, IDLE, T0)).to.equal(IDLE);
      const done = settle(SCHEDULE, started(), T0 + TOTAL);
      expect(skip(SCHEDULE, done, T0 + TOTAL + 10)).to.include({
        status: 'done',
        positionMs: TOTAL,
        activeMs: TOTAL,
      });
    });
  });

  describe('previous', () => {
    it('goes back to the start of the current exercise once past the grace', () => {
      expect(previous(SCHEDULE, started(), T0 + 14_000 + PREVIOUS_GRACE_MS + 1)).to.deep.equal(
        runOf('running', 14_000, T0 + 17_001, 17_001),
      );
      // From a rest, the rest's own exercise.
      expect(previous(SCHEDULE, started(), T0 + 12_000).positionMs).to.equal(0);
    });

    it('goes to the exercise before within the grace of the start, the boundary included', () => {
      expect(previous(SCHEDULE, started(), T0 + 14_000).positionMs).to.equal(0);
      expect(previous(SCHEDULE, started(), T0 + 14_000 + PREVIOUS_GRACE_MS).positionMs).to.equal(0);
      expect(previous(SCHEDULE, started(), T0 + 25_100).positionMs).to.equal(14_000);
    });

    it('stays at the top in the first exercise', () => {
      expect(previous(SCHEDULE, started(), T0 + 1000).positionMs).to.equal(0);
      expect(previous(SCHEDULE, started(), T0 + 8000).positionMs).to.equal(0);
    });

    it('keeps a paused run paused', () => {
      expect(previous(SCHEDULE, pausedAt(20_000), T0 + 90_000)).to.deep.equal(
        runOf('paused', 14_000, T0 + 90_000, 20_000),
      );
    });

    it('from the end, goes to the last exercise, paused', () => {
      const back = previous(SCHEDULE, started(), T0 + TOTAL + 60_000);
      expect(back).to.deep.equal(runOf('paused', 25_000, T0 + TOTAL + 60_000, TOTAL));
      expect(at(back, T0 + TOTAL + 120_000)).to.include({ status: 'paused', exercise: 'z' });
      const again = resume(SCHEDULE, back, T0 + TOTAL + 120_000);
      expect(at(again, T0 + TOTAL + 121_000)).to.include({ status: 'running', positionMs: 26_000 });
    });

    it('does nothing before the start', () => {
      expect(previous(SCHEDULE, IDLE, T0 + 50_000)).to.equal(IDLE);
    });
  });

  describe('a tab asleep', () => {
    /** One exercise of 100 reps of 10 s after 5 s to get ready: 1005 s in all. */
    const LONG = buildSchedule({
      id: 'long',
      name: 'Long',
      prepareSeconds: 5,
      restSeconds: 15,
      switchSeconds: 5,
      exercises: [exercise('slow', 100, 10, 0, 'none')],
    });

    it('for 10 minutes shows exactly where wall-clock time says the routine is', () => {
      const run = start(LONG, IDLE, T0);
      // 600 s in: 5 s ready, then 59 reps of 10 s done and 5 s into the 60th.
      expect(at(run, T0 + 600_000, LONG)).to.deep.equal({
        status: 'running',
        kind: 'work',
        exercise: 'slow',
        side: undefined,
        rep: 60,
        positionMs: 600_000,
        phaseLeftMs: 5000,
        routineLeftMs: 405_000,
        activeMs: 600_000,
      });
    });

    it('gives the same state whether or not it was looked at every frame before sleeping', () => {
      const direct = timerState(LONG, start(LONG, IDLE, T0), T0 + 600_000);
      let ticked = start(LONG, IDLE, T0);
      for (let now = T0; now <= T0 + 10_000; now += 16) {
        ticked = settle(LONG, ticked, now);
        timerState(LONG, ticked, now);
      }
      expect(timerState(LONG, ticked, T0 + 600_000)).to.deep.equal(direct);
    });

    it('while paused, wakes up where it was paused', () => {
      const paused = pause(LONG, start(LONG, IDLE, T0), T0 + 12_345);
      expect(at(paused, T0 + 612_345, LONG)).to.include({
        status: 'paused',
        rep: 1,
        positionMs: 12_345,
        activeMs: 12_345,
      });
    });

    it('for 10 minutes in back-basics (537 s long) finds the routine done at its end', () => {
      const schedule = buildSchedule(BACK_BASICS);
      const run = start(schedule, IDLE, T0);
      expect(at(run, T0 + 600_000, schedule)).to.deep.equal({
        status: 'done',
        kind: 'done',
        exercise: undefined,
        side: undefined,
        rep: 0,
        positionMs: 537_000,
        phaseLeftMs: 0,
        routineLeftMs: 0,
        activeMs: 537_000,
      });
      expect(settle(schedule, run, T0 + 600_000).sinceMs).to.equal(T0 + 537_000);
    });

    it('for 5 minutes in back-basics finds the rest after the bridge', () => {
      // cat-cow ends its rest at 68 s, bird-dog at 188 s; bridge: 5 s ready and
      // 8 reps of 3 + 10 s end at 297 s, then 15 s rest to 312 s.
      const schedule = buildSchedule(BACK_BASICS);
      expect(at(start(schedule, IDLE, T0), T0 + 300_000, schedule)).to.deep.equal({
        status: 'running',
        kind: 'rest',
        exercise: 'bridge',
        side: undefined,
        rep: 0,
        positionMs: 300_000,
        phaseLeftMs: 12_000,
        routineLeftMs: 237_000,
        activeMs: 300_000,
      });
    });
  });
});
