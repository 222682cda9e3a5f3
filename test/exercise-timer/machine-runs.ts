/**
 * Runs for the state machine tests: three short exercises laid out by hand, runs started
 * and paused at known moments, random routines and commands, and the checks every state
 * and every command must pass.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Routine } from '../../src/exercise-timer/routine-types.js';
import { buildSchedule, type Schedule } from '../../src/exercise-timer/schedule.js';
import {
  IDLE,
  pause,
  previous,
  restart,
  resume,
  skip,
  start,
  timerState,
  toggle,
  type Run,
  type RunStatus,
  type TimerState,
} from '../../src/exercise-timer/timer-machine.js';
import { SHORT_ROUTINES, T0, exercise, schedulesWithin } from './fixtures.js';

/**
 * Three short exercises. Laid out by hand:
 *   x: prepare 0-2000, work 1 2000-5000, hold 1 5000-6000, work 2 6000-9000,
 *      hold 2 9000-10000, rest 10000-14000
 *   y: prepare 14000-16000, work 1 left 16000-18000, switch 18000-19000,
 *      work 1 right 19000-21000, rest 21000-25000
 *   z: prepare 25000-27000, work 1 27000-32000
 *   done at 32000
 */
export const ROUTINE: Routine = {
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
export const SCHEDULE = buildSchedule(ROUTINE);
export const TOTAL = 32000;
export const STARTS = [0, 14000, 25000];

/** What a test reads from a state: the phase by kind, the exercise by id. */
export function view(state: TimerState) {
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

export const at = (run: Run, now: number, schedule: Schedule = SCHEDULE) =>
  view(timerState(schedule, run, now));

/** A run, its fields in order: status, position, since when, time spent running. */
export const runOf = (
  status: RunStatus,
  positionMs: number,
  sinceMs: number,
  activeMs: number,
): Run => ({
  status,
  positionMs,
  sinceMs,
  activeMs,
});

/** A run started at T0 and left alone. */
export const started = () => start(SCHEDULE, IDLE, T0);

/** A run started at T0, paused once `positionMs` in. */
export const pausedAt = (positionMs: number) => pause(SCHEDULE, started(), T0 + positionMs);

// Arbitraries -------------------------------------------------------------------------------

export const scheduleArb = schedulesWithin(SHORT_ROUTINES);

export const TRANSITIONS = { start, pause, resume, toggle, skip, previous, restart } as const;
export type EventKind = keyof typeof TRANSITIONS;
export const EVENT_KINDS = Object.keys(TRANSITIONS) as EventKind[];

/** Wall-clock gaps: none, a few seconds, or a long sleep past most routines' end. */
export const gapArb = fc.oneof(
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 5, arbitrary: fc.integer({ min: 0, max: 5000 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 3_000_000 }) },
);

export const eventsArb = fc.array(
  fc.record({ kind: fc.constantFrom(...EVENT_KINDS), gapMs: gapArb }),
  {
    minLength: 1,
    maxLength: 25,
  },
);

export const startArb = fc.integer({ min: 0, max: 4_000_000_000_000 });

/** Throws (so fast-check reports the case) unless the state keeps every promise. */
export function checkState(
  schedule: Schedule,
  state: TimerState,
  now: number,
  firstStart?: number,
) {
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
export function play(
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
export function checkTransition(
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
