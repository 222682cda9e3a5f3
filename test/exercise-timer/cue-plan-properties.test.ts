import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  COUNT_WINDOW_MS,
  COUNTDOWN_FROM_MS,
  CUE_WINDOW_MS,
  cueFor,
  seen,
  type Seen,
} from '../../src/exercise-timer/cue-plan.js';
import { IDLE, start, timerState } from '../../src/exercise-timer/timer-machine.js';
import { RUNS } from './fixtures.js';
import { where, scheduleArb, startArb, lookThroughout } from './cue-looks.js';

describe('cue plan', () => {
  describe('properties', () => {
    it('cues every phase and countdown once, in order, when looked at as the element does', () => {
      fc.assert(
        fc.property(scheduleArb, startArb, (schedule, t0) => {
          const { phases, totalMs } = schedule;
          const looks = lookThroughout(schedule, t0);
          const last = looks.at(-1)!;
          expect([last.now, last.view.status]).to.deep.equal([t0 + totalMs, 'done']);

          const announced = looks.filter((look) => look.cue.announce);
          expect(announced.map((look) => look.view.phaseIndex)).to.deep.equal(
            phases.map((_, index) => index),
          );
          expect(announced.map((look) => look.now)).to.deep.equal(
            phases.map((phase) => t0 + phase.startMs),
          );

          const beeps = (kind: string) => looks.filter((look) => look.cue.beep === kind);
          expect(beeps('phase').map((look) => look.now)).to.deep.equal(
            phases.slice(0, -1).map((phase) => t0 + phase.startMs),
          );
          const counts = phases
            .filter((phase) => phase.kind !== 'done' && phase.durationMs > 3000)
            .flatMap((phase) =>
              [3, 2, 1].map((left) => t0 + phase.startMs + phase.durationMs - left * 1000),
            );
          expect(beeps('count').map((look) => look.now)).to.deep.equal(counts);
          expect(beeps('done')).to.deep.equal([last]);
          expect(looks.filter((look) => look.cue.beep !== undefined)).to.have.length(
            phases.length + counts.length,
          );
        }),
        RUNS,
      );
    });

    it('beeps only for what has just happened, however far apart the looks', () => {
      const gapArb = fc.oneof(
        { weight: 2, arbitrary: fc.integer({ min: 0, max: 1500 }) },
        { weight: 3, arbitrary: fc.integer({ min: 1000, max: 120_000 }) },
      );
      fc.assert(
        fc.property(
          scheduleArb,
          startArb,
          fc.array(gapArb, { minLength: 1, maxLength: 40 }),
          fc.nat(3000),
          (schedule, t0, gaps, afterEnd) => {
            const run = start(schedule, IDLE, t0);
            const times = [t0];
            for (const gap of gaps) times.push(times.at(-1)! + gap);
            times.push(Math.max(times.at(-1)!, t0 + schedule.totalMs + afterEnd));
            let last: Seen | undefined;
            let before: ReturnType<typeof where> | undefined;
            for (const now of times) {
              const view = timerState(schedule, run, now);
              const { announce, beep } = cueFor(last, view);
              last = seen(view);
              const here = where(schedule, t0, now);
              const done = here.phase.kind === 'done';
              expect(view.phaseIndex).to.equal(here.index);
              const sinceChange = now - here.changedAt;
              const newPhase = before?.index !== here.index;
              // Every look that lands in a new phase says so; no other does.
              expect(announce, `announce at ${now - t0}`).to.equal(newPhase);
              if (beep === 'phase' || beep === 'done') {
                expect(newPhase).to.equal(true);
                expect(beep).to.equal(done ? 'done' : 'phase');
                expect(sinceChange).to.be.below(CUE_WINDOW_MS);
              }
              if (newPhase && sinceChange < CUE_WINDOW_MS)
                expect(beep).to.equal(done ? 'done' : 'phase');
              // When the second now shown began (its number showed).
              const secondBegan = here.changedAt + here.phase.durationMs - here.second * 1000;
              if (beep === 'count') {
                expect(newPhase).to.equal(false);
                expect(here.phase.durationMs).to.be.above(COUNTDOWN_FROM_MS);
                expect(here.second).to.be.within(1, 3);
                expect(here.second).to.not.equal(before!.second);
                expect(now - secondBegan).to.be.within(0, COUNT_WINDOW_MS - 1);
              }
              const counting =
                !newPhase &&
                here.phase.durationMs > COUNTDOWN_FROM_MS &&
                [1, 2, 3].includes(here.second) &&
                here.second !== before!.second &&
                now - secondBegan < COUNT_WINDOW_MS;
              if (counting) expect(beep, `count at ${now - t0}`).to.equal('count');
              if (!newPhase && beep !== 'count') expect(beep).to.equal(undefined);
              before = here;
            }
          },
        ),
        RUNS,
      );
    });
  });
});
