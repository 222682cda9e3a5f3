import { expect } from '@open-wc/testing';
import {
  IDLE,
  PREVIOUS_GRACE_MS,
  pause,
  restart,
  resume,
  settle,
  start,
  timerState,
  toggle,
  type Run,
} from '../../src/exercise-timer/timer-machine.js';
import { T0 } from './fixtures.js';
import {
  ROUTINE,
  SCHEDULE,
  TOTAL,
  STARTS,
  view,
  at,
  runOf,
  started,
  pausedAt,
} from './machine-runs.js';

describe('timer run', () => {
  it('uses a schedule laid out as the tests assume', () => {
    expect(SCHEDULE.totalMs).to.equal(TOTAL);
    expect(SCHEDULE.exerciseStartMs).to.deep.equal(STARTS);
    expect(PREVIOUS_GRACE_MS).to.equal(3000);
  });

  describe('IDLE and timerState', () => {
    it('shows the first phase, untouched by time, before the start', () => {
      const idle = {
        status: 'idle',
        kind: 'prepare',
        exercise: 'x',
        side: undefined,
        rep: 0,
        positionMs: 0,
        phaseLeftMs: 2000,
        routineLeftMs: TOTAL,
        activeMs: 0,
      };
      expect(at(IDLE, 0)).to.deep.equal(idle);
      expect(at(IDLE, T0 + 999_999)).to.deep.equal(idle);
      expect(timerState(SCHEDULE, IDLE, T0).phaseIndex).to.equal(0);
    });

    it('follows the schedule phase by phase while running', () => {
      const run = started();
      const cases = [
        [0, 'prepare', 'x', undefined, 0, 2000],
        [1999, 'prepare', 'x', undefined, 0, 1],
        [2000, 'work', 'x', undefined, 1, 3000],
        [5500, 'hold', 'x', undefined, 1, 500],
        [6000, 'work', 'x', undefined, 2, 3000],
        [9999, 'hold', 'x', undefined, 2, 1],
        [12000, 'rest', 'x', undefined, 0, 2000],
        [14000, 'prepare', 'y', undefined, 0, 2000],
        [17000, 'work', 'y', 'left', 1, 1000],
        [18500, 'switch', 'y', 'right', 0, 500],
        [19000, 'work', 'y', 'right', 1, 2000],
        [24999, 'rest', 'y', undefined, 0, 1],
        [25000, 'prepare', 'z', undefined, 0, 2000],
        [31999, 'work', 'z', undefined, 1, 1],
      ] as const;
      for (const [positionMs, kind, id, side, rep, phaseLeftMs] of cases) {
        expect(at(run, T0 + positionMs), `at ${positionMs}`).to.deep.equal({
          status: 'running',
          kind,
          exercise: id,
          side,
          rep,
          positionMs,
          phaseLeftMs,
          routineLeftMs: TOTAL - positionMs,
          activeMs: positionMs,
        });
      }
    });

    it('shows the done phase, no exercise and nothing left once the routine is over', () => {
      const state = timerState(SCHEDULE, started(), T0 + TOTAL);
      expect(state.phaseIndex).to.equal(SCHEDULE.phases.length - 1);
      expect(state.exerciseIndex).to.equal(ROUTINE.exercises.length);
      expect(view(state)).to.deep.equal({
        status: 'done',
        kind: 'done',
        exercise: undefined,
        side: undefined,
        rep: 0,
        positionMs: TOTAL,
        phaseLeftMs: 0,
        routineLeftMs: 0,
        activeMs: TOTAL,
      });
      expect(at(started(), T0 + TOTAL + 3_600_000)).to.deep.equal(view(state));
    });
  });

  describe('settle', () => {
    it('leaves a run that has not reached the end as it is', () => {
      const run = started();
      expect(settle(SCHEDULE, run, T0 + TOTAL - 1)).to.equal(run);
      expect(settle(SCHEDULE, IDLE, T0 + 10 * TOTAL)).to.equal(IDLE);
      const paused = pausedAt(3000);
      expect(settle(SCHEDULE, paused, T0 + 10 * TOTAL)).to.equal(paused);
    });

    it('makes a run done exactly when the schedule ends, at that moment', () => {
      const done = runOf('done', TOTAL, T0 + TOTAL, TOTAL);
      expect(settle(SCHEDULE, started(), T0 + TOTAL)).to.deep.equal(done);
      expect(settle(SCHEDULE, started(), T0 + TOTAL + 500_000)).to.deep.equal(done);
      expect(settle(SCHEDULE, done as Run, T0 + 9 * TOTAL)).to.deep.equal(done);
    });

    it('ends a resumed run its remaining time after the resume', () => {
      const resumed = resume(SCHEDULE, pausedAt(10_000), T0 + 60_000);
      expect(settle(SCHEDULE, resumed, T0 + 60_000 + TOTAL - 10_000 - 1).status).to.equal(
        'running',
      );
      expect(settle(SCHEDULE, resumed, T0 + 60_000 + TOTAL - 10_000 + 7)).to.deep.equal(
        runOf('done', TOTAL, T0 + 60_000 + TOTAL - 10_000, TOTAL),
      );
    });
  });

  describe('a clock set back', () => {
    it('counts as no time, never as time run backwards', () => {
      const run = started();
      expect(at(run, T0 - 5000)).to.deep.equal(at(run, T0));
      expect(settle(SCHEDULE, run, T0 - 10 * TOTAL)).to.equal(run);
      expect(pause(SCHEDULE, run, T0 - 5000)).to.deep.equal(runOf('paused', 0, T0 - 5000, 0));
    });

    it('holds a resumed run where it was resumed until the clock passes the resume', () => {
      const resumed = resume(SCHEDULE, pausedAt(7000), T0 + 20_000);
      expect(at(resumed, T0 + 10_000).positionMs).to.equal(7000);
      expect(at(resumed, T0 + 10_000).activeMs).to.equal(7000);
      expect(at(resumed, T0 + 21_000).positionMs).to.equal(8000);
    });
  });

  describe('start', () => {
    it('starts an idle run from the top, now', () => {
      expect(started()).to.deep.equal(runOf('running', 0, T0, 0));
    });

    it('resumes a paused run and leaves a running one alone', () => {
      const paused = pausedAt(4000);
      expect(start(SCHEDULE, paused, T0 + 9000)).to.deep.equal(resume(SCHEDULE, paused, T0 + 9000));
      const run = started();
      expect(start(SCHEDULE, run, T0 + 3000)).to.deep.equal(run);
    });

    it('starts a finished run again from the top', () => {
      expect(start(SCHEDULE, started(), T0 + TOTAL + 100)).to.deep.equal(
        runOf('running', 0, T0 + TOTAL + 100, 0),
      );
    });
  });

  describe('pause and resume', () => {
    it('pause keeps the position and the time run so far', () => {
      expect(pausedAt(5000)).to.deep.equal(runOf('paused', 5000, T0 + 5000, 5000));
    });

    it('a paused run stands still, however long the pause', () => {
      const paused = pausedAt(5500);
      const still = at(paused, T0 + 5500);
      expect(still).to.include({
        status: 'paused',
        kind: 'hold',
        positionMs: 5500,
        activeMs: 5500,
      });
      expect(at(paused, T0 + 3_600_000)).to.deep.equal(still);
    });

    it('resume goes on from where the run stopped, leaving the pause out of activeMs', () => {
      const resumed = resume(SCHEDULE, pausedAt(5000), T0 + 65_000);
      expect(resumed).to.deep.equal(runOf('running', 5000, T0 + 65_000, 5000));
      expect(at(resumed, T0 + 66_000)).to.include({ positionMs: 6000, activeMs: 6000 });
      expect(at(resumed, T0 + 60_000 + TOTAL - 1).status).to.equal('running');
      expect(at(resumed, T0 + 60_000 + TOTAL)).to.include({ status: 'done', activeMs: TOTAL });
    });

    it('pause does nothing to an idle, paused or finished run', () => {
      expect(pause(SCHEDULE, IDLE, T0)).to.equal(IDLE);
      const paused = pausedAt(1000);
      expect(pause(SCHEDULE, paused, T0 + 5000)).to.deep.equal(paused);
      expect(pause(SCHEDULE, started(), T0 + TOTAL + 5)).to.deep.equal(
        settle(SCHEDULE, started(), T0 + TOTAL),
      );
    });

    it('resume does nothing to an idle, running or finished run', () => {
      expect(resume(SCHEDULE, IDLE, T0)).to.equal(IDLE);
      const run = started();
      expect(resume(SCHEDULE, run, T0 + 4000)).to.deep.equal(run);
      expect(resume(SCHEDULE, run, T0 + TOTAL)).to.include({ status: 'done' });
    });
  });

  describe('toggle', () => {
    it('pauses a running run and resumes a paused one', () => {
      const paused = toggle(SCHEDULE, started(), T0 + 3000);
      expect(paused).to.deep.equal(pausedAt(3000));
      expect(toggle(SCHEDULE, paused, T0 + 8000)).to.deep.equal(
        runOf('running', 3000, T0 + 8000, 3000),
      );
    });

    it('starts an idle or finished run from the top', () => {
      expect(toggle(SCHEDULE, IDLE, T0)).to.deep.equal(started());
      expect(toggle(SCHEDULE, started(), T0 + TOTAL)).to.deep.equal(
        runOf('running', 0, T0 + TOTAL, 0),
      );
    });
  });

  describe('restart', () => {
    it('goes back to the top, running, from any run', () => {
      const fresh = runOf('running', 0, T0 + 20_000, 0);
      for (const run of [
        IDLE,
        started(),
        pausedAt(12_000),
        settle(SCHEDULE, started(), T0 + TOTAL),
      ])
        expect(restart(SCHEDULE, run, T0 + 20_000)).to.deep.equal(fresh);
    });
  });
});
