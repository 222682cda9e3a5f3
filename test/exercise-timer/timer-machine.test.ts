import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Routine } from '../../src/exercise-timer/routine-types.js';
import { buildSchedule, type Schedule } from '../../src/exercise-timer/schedule.js';
import { BACK_BASICS } from '../../src/exercise-timer/built-in-exercises.js';
import {
  IDLE,
  PREVIOUS_GRACE_MS,
  msUntilDisplayChange,
  pause,
  previous,
  restart,
  resume,
  settle,
  skip,
  start,
  timerState,
  toggle,
  type Run,
  type RunStatus,
  type TimerState,
} from '../../src/exercise-timer/timer-machine.js';
import { clockText, countdownSeconds } from '../../src/exercise-timer/timer-text.js';
import { RUNS, SHORT_ROUTINES, T0, exercise, schedulesWithin } from './fixtures.js';

// Helpers -----------------------------------------------------------------------------------

/**
 * Three short exercises. Laid out by hand:
 *   x: prepare 0-2000, work 1 2000-5000, hold 1 5000-6000, work 2 6000-9000,
 *      hold 2 9000-10000, rest 10000-14000
 *   y: prepare 14000-16000, work 1 left 16000-18000, switch 18000-19000,
 *      work 1 right 19000-21000, rest 21000-25000
 *   z: prepare 25000-27000, work 1 27000-32000
 *   done at 32000
 */
const ROUTINE: Routine = {
  id: 'three',
  name: 'Three',
  prepareSeconds: 2,
  restSeconds: 4,
  switchSeconds: 1,
  exercises: [
    exercise('x', 2, 3, 1, 'none'),
    exercise('y', 1, 2, 0, 'both'),
    exercise('z', 1, 5, 0, 'none'),
  ],
};
const SCHEDULE = buildSchedule(ROUTINE);
const TOTAL = 32000;
const STARTS = [0, 14000, 25000];

/** What a test reads from a state: the phase by kind, the exercise by id. */
function view(state: TimerState) {
  return {
    status: state.status,
    kind: state.phase.kind,
    exercise: state.exercise?.id,
    side: state.phase.side,
    rep: state.phase.rep,
    positionMs: state.positionMs,
    phaseLeftMs: state.phaseLeftMs,
    routineLeftMs: state.routineLeftMs,
    activeMs: state.activeMs,
  };
}

const at = (run: Run, now: number, schedule: Schedule = SCHEDULE) =>
  view(timerState(schedule, run, now));

/** A run, its fields in order: status, position, since when, time spent running. */
const runOf = (status: RunStatus, positionMs: number, sinceMs: number, activeMs: number): Run => ({
  status,
  positionMs,
  sinceMs,
  activeMs,
});

/** A run started at T0 and left alone. */
const started = () => start(SCHEDULE, IDLE, T0);

/** A run started at T0, paused once `positionMs` in. */
const pausedAt = (positionMs: number) => pause(SCHEDULE, started(), T0 + positionMs);

// Arbitraries -------------------------------------------------------------------------------

const scheduleArb = schedulesWithin(SHORT_ROUTINES);

const TRANSITIONS = { start, pause, resume, toggle, skip, previous, restart } as const;
type EventKind = keyof typeof TRANSITIONS;
const EVENT_KINDS = Object.keys(TRANSITIONS) as EventKind[];

/** Wall-clock gaps: none, a few seconds, or a long sleep past most routines' end. */
const gapArb = fc.oneof(
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 5, arbitrary: fc.integer({ min: 0, max: 5000 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 3_000_000 }) },
);

const eventsArb = fc.array(fc.record({ kind: fc.constantFrom(...EVENT_KINDS), gapMs: gapArb }), {
  minLength: 1,
  maxLength: 25,
});

const startArb = fc.integer({ min: 0, max: 4_000_000_000_000 });

/** Throws (so fast-check reports the case) unless the state keeps every promise. */
function checkState(schedule: Schedule, state: TimerState, now: number, firstStart?: number) {
  const { phases, totalMs, routine } = schedule;
  const { phaseIndex, phase, positionMs } = state;
  expect(phaseIndex).to.be.within(0, phases.length - 1);
  expect(phase).to.equal(phases[phaseIndex]);
  expect(state.exerciseIndex).to.equal(phase.exerciseIndex);
  expect(state.exercise).to.equal(routine.exercises[phase.exerciseIndex]);
  expect(phase.startMs).to.be.at.most(positionMs);
  if (phase.kind === 'done') expect(positionMs).to.equal(totalMs);
  else {
    expect(positionMs).to.be.below(phase.startMs + phase.durationMs);
    expect(state.exercise, 'an exercise unless done').to.not.equal(undefined);
  }
  expect(state.status === 'done', 'done exactly in the done phase').to.equal(phase.kind === 'done');
  expect(state.phaseLeftMs).to.be.within(0, phase.durationMs);
  expect(state.routineLeftMs).to.be.within(0, totalMs);
  expect(state.routineLeftMs).to.equal(totalMs - positionMs);
  expect(state.phaseLeftMs).to.be.at.most(state.routineLeftMs);
  expect(state.activeMs).to.be.at.least(0);
  if (firstStart === undefined) {
    expect(state.status).to.equal('idle');
    expect(state.activeMs).to.equal(0);
  } else expect(state.activeMs).to.be.at.most(now - firstStart);
  if (state.status === 'idle') expect(positionMs).to.equal(0);
}

/** Plays the events from IDLE at `t0`, checking the state after each one. */
function play(
  schedule: Schedule,
  t0: number,
  events: ReadonlyArray<{ kind: EventKind; gapMs: number }>,
) {
  let run: Run = IDLE;
  let now = t0;
  let firstStart: number | undefined;
  for (const { kind, gapMs } of events) {
    now += gapMs;
    const before = timerState(schedule, run, now);
    run = TRANSITIONS[kind](schedule, run, now);
    if (firstStart === undefined && run.status !== 'idle') firstStart = now;
    const after = timerState(schedule, run, now);
    checkState(schedule, after, now, firstStart);
    checkTransition(schedule, kind, before, after);
  }
  return { run, now, firstStart };
}

/** What each event does to the state at the moment it happens. */
function checkTransition(
  schedule: Schedule,
  kind: EventKind,
  before: TimerState,
  after: TimerState,
) {
  const starts = schedule.exerciseStartMs;
  if (before.status === 'idle' && ['pause', 'resume', 'skip', 'previous'].includes(kind)) {
    expect(after).to.deep.equal(before);
    return;
  }
  switch (kind) {
    case 'restart':
      expect([after.status, after.positionMs, after.activeMs]).to.deep.equal(['running', 0, 0]);
      break;
    case 'pause':
      expect(after.positionMs).to.equal(before.positionMs);
      expect(after.status).to.equal(before.status === 'running' ? 'paused' : before.status);
      break;
    case 'resume':
      expect(after.positionMs).to.equal(before.positionMs);
      expect(after.status).to.equal(before.status === 'paused' ? 'running' : before.status);
      break;
    case 'start':
    case 'toggle': {
      const fresh = before.status === 'idle' || before.status === 'done';
      expect(after.positionMs).to.equal(fresh ? 0 : before.positionMs);
      const pausing = kind === 'toggle' && before.status === 'running';
      expect(after.status).to.equal(pausing ? 'paused' : 'running');
      break;
    }
    case 'skip':
      expect(after.positionMs).to.equal(starts[before.exerciseIndex + 1] ?? schedule.totalMs);
      if (after.status !== 'done') expect(after.status).to.equal(before.status);
      expect(after.activeMs).to.equal(before.activeMs);
      break;
    case 'previous':
      expect(starts).to.include(after.positionMs);
      expect(after.positionMs).to.be.at.most(before.positionMs);
      expect(after.status).to.equal(before.status === 'done' ? 'paused' : before.status);
      expect(after.activeMs).to.equal(before.activeMs);
      break;
  }
}

// Tests -------------------------------------------------------------------------------------

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

  describe('properties', () => {
    it('keeps every state valid through any events at any times', () => {
      fc.assert(
        fc.property(scheduleArb, startArb, eventsArb, (schedule, t0, events) => {
          const { run, now, firstStart } = play(schedule, t0, events);
          // And later on, however long the tab sleeps.
          for (const later of [1, 1000, schedule.totalMs, 10 * schedule.totalMs + 1])
            checkState(schedule, timerState(schedule, run, now + later), now + later, firstStart);
        }),
        RUNS,
      );
    });

    it('moves a running run on exactly with wall-clock time until done, without drift', () => {
      fc.assert(
        fc.property(
          scheduleArb,
          startArb,
          eventsArb,
          fc.array(fc.integer({ min: 0, max: 200_000 }), { minLength: 1, maxLength: 12 }),
          (schedule, t0, events, gaps) => {
            const { run, now } = play(schedule, t0, events);
            const from = timerState(schedule, run, now);
            let t = now;
            for (const gap of gaps) {
              t += gap;
              const state = timerState(schedule, run, t);
              if (from.status === 'running') {
                const moved = Math.min(t - now, schedule.totalMs - from.positionMs);
                expect(state.positionMs).to.equal(from.positionMs + moved);
                expect(state.activeMs).to.equal(from.activeMs + moved);
                expect(state.status).to.equal(
                  from.positionMs + (t - now) >= schedule.totalMs ? 'done' : 'running',
                );
              } else {
                // Nothing moves, but the time since the end keeps counting once done.
                const { intoPhaseMs, ...still } = state;
                const { intoPhaseMs: intoBefore, ...stillBefore } = from;
                expect(still).to.deep.equal(stillBefore);
                expect(intoPhaseMs).to.equal(
                  from.status === 'done' ? intoBefore + (t - now) : intoBefore,
                );
              }
            }
          },
        ),
        RUNS,
      );
    });

    it('visits the phases in schedule order, each at its start', () => {
      fc.assert(
        fc.property(
          scheduleArb,
          startArb,
          fc.array(fc.double({ min: 0, max: 1.1, noNaN: true }), { maxLength: 40 }),
          (schedule, t0, fractions) => {
            const run = start(schedule, IDLE, t0);
            schedule.phases.forEach((phase, index) => {
              expect(timerState(schedule, run, t0 + phase.startMs).phaseIndex).to.equal(index);
              const last = t0 + phase.startMs + Math.max(0, phase.durationMs - 1);
              expect(timerState(schedule, run, last).phaseIndex).to.equal(index);
            });
            const times = fractions
              .map((f) => t0 + Math.round(f * schedule.totalMs))
              .sort((a, b) => a - b);
            let seen = 0;
            for (const t of times) {
              const { phaseIndex } = timerState(schedule, run, t);
              expect(phaseIndex).to.be.at.least(seen);
              seen = phaseIndex;
            }
          },
        ),
        RUNS,
      );
    });

    it('takes exactly as long as the schedule when left to run', () => {
      fc.assert(
        fc.property(scheduleArb, startArb, fc.nat(), (schedule, t0, after) => {
          const { totalMs } = schedule;
          const run = start(schedule, IDLE, t0);
          const last = timerState(schedule, run, t0 + totalMs - 1);
          expect([last.status, last.routineLeftMs]).to.deep.equal(['running', 1]);
          const end = timerState(schedule, run, t0 + totalMs);
          expect([end.status, end.activeMs, end.routineLeftMs]).to.deep.equal(['done', totalMs, 0]);
          expect(settle(schedule, run, t0 + totalMs + after)).to.deep.equal(
            runOf('done', totalMs, t0 + totalMs, totalMs),
          );
        }),
        RUNS,
      );
    });

    it('finishes later by exactly the time spent paused', () => {
      fc.assert(
        fc.property(
          scheduleArb,
          startArb,
          fc.array(
            fc.record({
              runFor: fc.integer({ min: 0, max: 60_000 }),
              pauseFor: fc.oneof(fc.integer({ min: 0, max: 10_000 }), fc.nat(5_000_000)),
            }),
            { minLength: 1, maxLength: 5 },
          ),
          (schedule, t0, segments) => {
            const { totalMs } = schedule;
            let run = start(schedule, IDLE, t0);
            let t = t0;
            let pausedFor = 0;
            for (const { runFor, pauseFor } of segments) {
              t += runFor;
              if (t - t0 - pausedFor >= totalMs) break;
              run = pause(schedule, run, t);
              t += pauseFor;
              run = resume(schedule, run, t);
              pausedFor += pauseFor;
            }
            const finish = t0 + totalMs + pausedFor;
            expect(timerState(schedule, run, finish - 1).status).to.equal('running');
            const end = timerState(schedule, run, finish);
            expect([end.status, end.activeMs]).to.deep.equal(['done', totalMs]);
            expect(settle(schedule, run, finish + 1).sinceMs).to.equal(finish);
          },
        ),
        RUNS,
      );
    });

    it('skip then previous at once comes back to the start of the same exercise', () => {
      fc.assert(
        fc.property(scheduleArb, startArb, eventsArb, (schedule, t0, events) => {
          const { run, now } = play(schedule, t0, events);
          const before = timerState(schedule, run, now);
          fc.pre(before.status === 'running' || before.status === 'paused');
          const back = timerState(schedule, previous(schedule, skip(schedule, run, now), now), now);
          expect(back.positionMs).to.equal(schedule.exerciseStartMs[before.exerciseIndex]);
          expect(back.exerciseIndex).to.equal(before.exerciseIndex);
          const wasLast = before.exerciseIndex === schedule.routine.exercises.length - 1;
          expect(back.status).to.equal(wasLast ? 'paused' : before.status);
        }),
        RUNS,
      );
    });
  });

  describe('intoPhaseMs', () => {
    const into = (run: Run, now: number) => timerState(SCHEDULE, run, now).intoPhaseMs;

    it('is 0 before the start', () => {
      expect(into(IDLE, 0)).to.equal(0);
      expect(into(IDLE, T0 + 50_000)).to.equal(0);
    });

    it('is the time since the phase began while running', () => {
      const run = started();
      // prepare 0-2000, work 1 2000-5000, switch 18000-19000, work 1 of z 27000-32000.
      expect(into(run, T0)).to.equal(0);
      expect(into(run, T0 + 1999)).to.equal(1999);
      expect(into(run, T0 + 2000)).to.equal(0);
      expect(into(run, T0 + 3500)).to.equal(1500);
      expect(into(run, T0 + 18_500)).to.equal(500);
      expect(into(run, T0 + 31_999)).to.equal(4999);
    });

    it('stands still while paused, and carries on from there when resumed', () => {
      const paused = pausedAt(3500);
      expect(into(paused, T0 + 3500)).to.equal(1500);
      expect(into(paused, T0 + 100_000)).to.equal(1500);
      const resumed = resume(SCHEDULE, paused, T0 + 100_000);
      expect(into(resumed, T0 + 100_400)).to.equal(1900);
      expect(into(resumed, T0 + 101_500)).to.equal(0);
    });

    it('once done, grows with wall-clock time since the end, from 0 at the exact end', () => {
      const run = started();
      expect(into(run, T0 + TOTAL)).to.equal(0);
      expect(into(run, T0 + TOTAL + 1)).to.equal(1);
      expect(into(run, T0 + TOTAL + 60_000)).to.equal(60_000);
      // Ended later by the time spent paused.
      const resumed = resume(SCHEDULE, pausedAt(3500), T0 + 100_000);
      const end = T0 + 100_000 + TOTAL - 3500;
      expect(into(resumed, end)).to.equal(0);
      expect(into(resumed, end + 750)).to.equal(750);
      // A clock set back before the end counts as no time.
      const done = settle(SCHEDULE, run, T0 + TOTAL);
      expect(into(done, T0 + TOTAL - 5000)).to.equal(0);
    });

    it('after a skip to the end, counts from the skip', () => {
      const skipped = skip(SCHEDULE, started(), T0 + 26_000);
      expect(into(skipped, T0 + 26_000)).to.equal(0);
      expect(into(skipped, T0 + 26_500)).to.equal(500);
      expect(into(skipped, T0 + 26_000 + TOTAL)).to.equal(TOTAL);
      const fromPause = skip(SCHEDULE, pausedAt(30_000), T0 + 50_000);
      expect(into(fromPause, T0 + 50_250)).to.equal(250);
    });
  });
});

describe('msUntilDisplayChange', () => {
  /** What the screen shows of a state: the big countdown and the routine's time left. */
  const shown = (phaseLeftMs: number, routineLeftMs: number) =>
    `${countdownSeconds(phaseLeftMs)} ${clockText(routineLeftMs)}`;

  it('wakes when the phase countdown or the time left turns, whichever is first', () => {
    expect(msUntilDisplayChange({ phaseLeftMs: 4300, routineLeftMs: 60_800 })).to.equal(300);
    expect(msUntilDisplayChange({ phaseLeftMs: 4800, routineLeftMs: 60_200 })).to.equal(200);
    expect(
      msUntilDisplayChange({ phaseLeftMs: 4000, routineLeftMs: 60_000 }),
      'just turned',
    ).to.equal(1000);
  });

  it('for any state: nothing shown changes before it, something changes at it', () => {
    const leftArb = fc.integer({ min: 1, max: 3_600_000 });
    fc.assert(
      fc.property(leftArb, leftArb, (phaseLeftMs, extraMs) => {
        const routineLeftMs = phaseLeftMs + extraMs - 1;
        const wait = msUntilDisplayChange({ phaseLeftMs, routineLeftMs });
        expect(wait).to.be.within(1, 1000);
        const now = shown(phaseLeftMs, routineLeftMs);
        expect(shown(phaseLeftMs - wait + 1, routineLeftMs - wait + 1), 'a ms before').to.equal(
          now,
        );
        expect(shown(phaseLeftMs - wait, routineLeftMs - wait), 'at the wake').to.not.equal(now);
      }),
      RUNS,
    );
  });
});
