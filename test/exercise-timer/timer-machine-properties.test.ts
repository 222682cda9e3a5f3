import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  IDLE,
  msUntilDisplayChange,
  pause,
  previous,
  resume,
  settle,
  skip,
  start,
  timerState,
  type Run,
} from '../../src/exercise-timer/timer-machine.js';
import { clockText, countdownSeconds } from '../../src/exercise-timer/timer-text.js';
import { RUNS, T0 } from './fixtures.js';
import {
  SCHEDULE,
  TOTAL,
  runOf,
  started,
  pausedAt,
  scheduleArb,
  eventsArb,
  startArb,
  checkState,
  play,
} from './machine-runs.js';

describe('timer run', () => {
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
