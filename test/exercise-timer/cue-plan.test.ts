import { expect } from '@open-wc/testing';
import {
  COUNT_WINDOW_MS,
  COUNTDOWN_FROM_MS,
  CUE_WINDOW_MS,
  seen,
} from '../../src/exercise-timer/cue-plan.js';
import { type Schedule } from '../../src/exercise-timer/schedule.js';
import { IDLE, pause, resume, skip, start } from '../../src/exercise-timer/timer-machine.js';
import { T0 } from './fixtures.js';
import {
  SCHEDULE,
  TOTAL,
  STARTS,
  RUNNING,
  at,
  cue,
  NOTHING,
  QUIETLY,
  PHASE,
  COUNT,
  DONE,
  shortRoutine,
} from './cue-looks.js';

describe('cue plan', () => {
  it('uses the windows and the schedule the tests assume', () => {
    expect([CUE_WINDOW_MS, COUNT_WINDOW_MS, COUNTDOWN_FROM_MS]).to.deep.equal([1000, 250, 3000]);
    expect(SCHEDULE.totalMs).to.equal(TOTAL);
    expect(SCHEDULE.exerciseStartMs).to.deep.equal(STARTS);
    const layout = (index: number) => {
      const { kind, startMs, durationMs } = SCHEDULE.phases[index]!;
      return [kind, startMs, durationMs];
    };
    expect(layout(0)).to.deep.equal(['prepare', 0, 5000]);
    expect(layout(1)).to.deep.equal(['work', 5000, 6000]);
    expect(layout(9)).to.deep.equal(['rest', 53_000, 15_000]);
    expect(layout(12)).to.deep.equal(['hold', 75_000, 3000]);
    expect(at(196_000).phase).to.include({ kind: 'hold', startMs: 196_000, durationMs: 10_000 });
    expect(at(193_000).phase).to.include({ kind: 'work', startMs: 193_000, durationMs: 3000 });
  });

  describe('seen', () => {
    it('keeps the phase, the shown second (rounded up) and the status', () => {
      expect(seen(at(0))).to.deep.equal({ phaseIndex: 0, second: 5, status: 'running' });
      expect(seen(at(1500))).to.deep.equal({ phaseIndex: 0, second: 4, status: 'running' });
      expect(seen(at(4001))).to.deep.equal({ phaseIndex: 0, second: 1, status: 'running' });
      expect(seen(at(5000))).to.deep.equal({ phaseIndex: 1, second: 6, status: 'running' });
      expect(seen(at(0, IDLE))).to.deep.equal({ phaseIndex: 0, second: 5, status: 'idle' });
      const done = SCHEDULE.phases.length - 1;
      expect(seen(at(TOTAL + 5))).to.deep.equal({ phaseIndex: done, second: 0, status: 'done' });
    });
  });

  describe('idle and paused', () => {
    it('gives no cue before the start', () => {
      expect(cue(undefined, at(0, IDLE))).to.deep.equal(NOTHING);
      expect(cue(at(0, IDLE), at(5000, IDLE))).to.deep.equal(NOTHING);
    });

    it('gives no cue while paused, whatever was shown before', () => {
      const paused = pause(SCHEDULE, RUNNING, T0 + 8000);
      // Paused at 3 s left of work 1 (5-11 s), where a running run would count.
      expect(cue(undefined, at(8000, paused))).to.deep.equal(NOTHING);
      expect(cue(at(7999), at(8000, paused))).to.deep.equal(NOTHING);
      expect(cue(at(4000), at(8000, paused))).to.deep.equal(NOTHING);
      expect(cue(at(8000, paused), at(60_000, paused))).to.deep.equal(NOTHING);
      // Skipped while paused: a new phase, still no cue until it runs.
      const skipped = skip(SCHEDULE, paused, T0 + 9000);
      expect(at(9000, skipped)).to.include({ status: 'paused', positionMs: 68_000 });
      expect(cue(at(8000, paused), at(9000, skipped))).to.deep.equal(NOTHING);
    });
  });

  describe('while running', () => {
    it('announces the first look with a beep when the phase has just begun', () => {
      expect(cue(undefined, at(0))).to.deep.equal(PHASE);
      expect(cue(undefined, at(999))).to.deep.equal(PHASE);
      expect(cue(undefined, at(5000))).to.deep.equal(PHASE);
      expect(cue(undefined, at(5999))).to.deep.equal(PHASE);
    });

    it('announces the first look quietly when the phase began long ago (a tab that slept)', () => {
      expect(cue(undefined, at(1000))).to.deep.equal(QUIETLY);
      expect(cue(undefined, at(6000))).to.deep.equal(QUIETLY);
      // Asleep 5 minutes: the rest after the bridge began at 297 s.
      expect(cue(undefined, at(300_000))).to.deep.equal(QUIETLY);
      // At 3 s left of a long phase: the place, not a countdown beep.
      expect(cue(undefined, at(8000))).to.deep.equal(QUIETLY);
    });

    it('announces a new phase, with a beep only when it has just begun', () => {
      expect(cue(at(4999), at(5000))).to.deep.equal(PHASE);
      expect(cue(at(4500), at(5400))).to.deep.equal(PHASE);
      expect(cue(at(4500), at(5999))).to.deep.equal(PHASE);
      expect(cue(at(4500), at(6000))).to.deep.equal(QUIETLY);
      expect(cue(at(4500), at(6500))).to.deep.equal(QUIETLY);
      // Several phases later, from work 1 into work 3 (17-23 s).
      expect(cue(at(5000), at(17_200))).to.deep.equal(PHASE);
      expect(cue(at(5000), at(20_000))).to.deep.equal(QUIETLY);
      // Short phases of bird-dog: work 1 left (73-75 s), hold 1 left (75-78 s).
      expect(cue(at(74_000), at(75_000))).to.deep.equal(PHASE);
      expect(cue(at(75_000), at(78_000))).to.deep.equal(PHASE);
    });

    it('announces a skip to another exercise, which starts it now', () => {
      const skipped = skip(SCHEDULE, RUNNING, T0 + 2000);
      expect(at(2000, skipped)).to.include({ positionMs: 68_000, intoPhaseMs: 0 });
      expect(cue(at(1999), at(2000, skipped))).to.deep.equal(PHASE);
      expect(cue(at(1999), at(2500, skipped))).to.deep.equal(PHASE);
    });

    it('announces going again after a pause, quietly when resumed mid-phase', () => {
      // Paused 3.5 s into work 1 (5-11 s), resumed almost a minute later.
      const paused = pause(SCHEDULE, RUNNING, T0 + 8500);
      const resumed = resume(SCHEDULE, paused, T0 + 60_000);
      expect(at(60_000, resumed)).to.include({ positionMs: 8500, phaseLeftMs: 2500 });
      expect(cue(at(8500, paused), at(60_000, resumed))).to.deep.equal(QUIETLY);
      expect(cue(at(30_000, paused), at(60_100, resumed))).to.deep.equal(QUIETLY);
      // Then the countdown carries on: 2 s left at 60.5 s.
      expect(cue(at(60_000, resumed), at(60_500, resumed))).to.deep.equal(COUNT);
    });

    it('gives nothing for the same phase and the same second', () => {
      expect(cue(at(5000), at(5000))).to.deep.equal(NOTHING);
      expect(cue(at(5000), at(5999))).to.deep.equal(NOTHING);
      expect(cue(at(5001), at(5500))).to.deep.equal(NOTHING);
      expect(cue(at(300_000), at(300_000))).to.deep.equal(NOTHING);
    });

    it('gives nothing for a new second outside the countdown', () => {
      expect(cue(at(5999), at(6000))).to.deep.equal(NOTHING);
      expect(cue(at(5000), at(6100))).to.deep.equal(NOTHING);
      expect(cue(at(60_000), at(61_000))).to.deep.equal(NOTHING);
    });
  });

  describe('count beeps', () => {
    it('count the last three seconds of a phase longer than 3 s', () => {
      // Work 1 of cat-cow, 5-11 s: 3 s left at 8 s, 2 at 9 s, 1 at 10 s.
      expect(cue(at(7999), at(8000))).to.deep.equal(COUNT);
      expect(cue(at(8000), at(9000))).to.deep.equal(COUNT);
      expect(cue(at(9000), at(10_000))).to.deep.equal(COUNT);
      // The prepare phase, 0-5 s.
      expect(cue(at(1000), at(2000))).to.deep.equal(COUNT);
      expect(cue(at(3000), at(4000))).to.deep.equal(COUNT);
      // Hold 1 of the bridge, 196-206 s.
      expect(cue(at(202_000), at(203_000))).to.deep.equal(COUNT);
      expect(cue(at(204_000), at(205_000))).to.deep.equal(COUNT);
    });

    it('count when the look comes a little late, within the window', () => {
      expect(cue(at(7999), at(8001))).to.deep.equal(COUNT);
      expect(cue(at(8000), at(9249))).to.deep.equal(COUNT);
      // A look that skipped a second still counts the one it lands in.
      expect(cue(at(6500), at(8100))).to.deep.equal(COUNT);
    });

    it('do not count a second the look comes too late for', () => {
      expect(cue(at(8000), at(9250))).to.deep.equal(NOTHING);
      expect(cue(at(8000), at(9600))).to.deep.equal(NOTHING);
      expect(cue(at(9000), at(10_600))).to.deep.equal(NOTHING);
      expect(cue(at(7000), at(8999))).to.deep.equal(NOTHING);
    });

    it('do not count 4 s left', () => {
      expect(cue(at(6999), at(7000))).to.deep.equal(NOTHING);
      expect(cue(at(0), at(1000))).to.deep.equal(NOTHING);
      expect(cue(at(201_999), at(202_000))).to.deep.equal(NOTHING);
    });

    it('never count in phases of 3 s or less', () => {
      // Bird-dog: hold 1 left 75-78 s (3 s), work 1 right 78-80 s (2 s).
      expect(cue(at(75_000), at(76_000))).to.deep.equal(NOTHING);
      expect(cue(at(76_000), at(77_000))).to.deep.equal(NOTHING);
      expect(cue(at(78_000), at(79_000))).to.deep.equal(NOTHING);
      // Bridge: work 1, 193-196 s (3 s).
      expect(cue(at(193_000), at(194_000))).to.deep.equal(NOTHING);
      expect(cue(at(194_000), at(195_000))).to.deep.equal(NOTHING);
      // A prepare phase of exactly 3 s, and one a millisecond longer.
      const three = shortRoutine(3);
      const longer = shortRoutine(3.001);
      expect(three.phases[0]!.durationMs).to.equal(3000);
      expect(longer.phases[0]!.durationMs).to.equal(3001);
      const run = (schedule: Schedule) => start(schedule, IDLE, T0);
      const look = (schedule: Schedule, ms: number) => at(ms, run(schedule), schedule);
      expect(cue(look(three, 0), look(three, 1000))).to.deep.equal(NOTHING);
      expect(cue(look(three, 1000), look(three, 2000))).to.deep.equal(NOTHING);
      expect(cue(look(longer, 0), look(longer, 1))).to.deep.equal(COUNT);
      expect(cue(look(longer, 1), look(longer, 1001))).to.deep.equal(COUNT);
      expect(cue(look(longer, 1001), look(longer, 2001))).to.deep.equal(COUNT);
    });

    it('never count the same second twice', () => {
      expect(cue(at(8000), at(8000))).to.deep.equal(NOTHING);
      expect(cue(at(8000), at(8100))).to.deep.equal(NOTHING);
      expect(cue(at(8001), at(8200))).to.deep.equal(NOTHING);
      expect(cue(at(10_000), at(10_999))).to.deep.equal(NOTHING);
    });
  });

  describe('done', () => {
    it('announces the end with a beep when the routine has just ended', () => {
      expect(cue(at(TOTAL - 1), at(TOTAL))).to.deep.equal(DONE);
      expect(cue(at(TOTAL - 1), at(TOTAL + 999))).to.deep.equal(DONE);
      expect(cue(undefined, at(TOTAL + 500))).to.deep.equal(DONE);
    });

    it('announces the end quietly when it ended long ago', () => {
      expect(cue(at(TOTAL - 1), at(TOTAL + 1000))).to.deep.equal(QUIETLY);
      expect(cue(at(300_000), at(600_000))).to.deep.equal(QUIETLY);
      expect(cue(undefined, at(TOTAL + 3_600_000))).to.deep.equal(QUIETLY);
    });

    it('gives nothing at a second look at the end', () => {
      expect(cue(at(TOTAL), at(TOTAL))).to.deep.equal(NOTHING);
      expect(cue(at(TOTAL), at(TOTAL + 1))).to.deep.equal(NOTHING);
      expect(cue(at(TOTAL + 5000), at(TOTAL + 9000))).to.deep.equal(NOTHING);
    });

    it('beeps from the moment of a skip to the end', () => {
      // Skipping in pelvic-tilt, the last exercise (482-537 s), ends the routine then.
      const skipped = skip(SCHEDULE, RUNNING, T0 + 490_000);
      expect(at(490_000, skipped)).to.include({ status: 'done', intoPhaseMs: 0 });
      expect(cue(at(489_999), at(490_000, skipped))).to.deep.equal(DONE);
      expect(cue(at(489_999), at(490_999, skipped))).to.deep.equal(DONE);
      expect(cue(at(489_999), at(491_000, skipped))).to.deep.equal(QUIETLY);
      // Skipped to the end while paused.
      const paused = pause(SCHEDULE, RUNNING, T0 + 500_000);
      const ended = skip(SCHEDULE, paused, T0 + 700_000);
      expect(cue(at(650_000, paused), at(700_200, ended))).to.deep.equal(DONE);
    });
  });
});
