import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { buildSchedule, restAfter } from '../../src/exercise-timer/schedule.js';
import { RUNS } from './fixtures.js';
import { done, ms, expectedTotalMs, expectedReps, routineArb } from './schedule-expectations.js';

describe('buildSchedule', () => {
  describe('properties', () => {
    it('lays phases back to back from 0, each of some time, done last at totalMs', () => {
      fc.assert(
        fc.property(routineArb, (routine) => {
          const { phases, totalMs } = buildSchedule(routine);
          expect(phases[0]!.startMs).to.equal(0);
          // Checked in plain code, one assertion each: a routine has hundreds of phases, and
          // hundreds of chai calls per run made this test slow on a busy machine.
          const gaps = phases
            .slice(1)
            .filter((current, i) => current.startMs !== phases[i]!.startMs + phases[i]!.durationMs);
          expect(gaps, 'phases that do not start where the one before ends').to.deep.equal([]);
          expect(phases.at(-1)).to.deep.equal(done(routine.exercises.length, totalMs));
          const empty = phases
            .slice(0, -1)
            .filter(
              (p) => p.kind === 'done' || !Number.isInteger(p.durationMs) || p.durationMs <= 0,
            );
          expect(empty, 'phases before the end that are done, or of no whole time').to.deep.equal(
            [],
          );
        }),
        RUNS,
      );
    });

    it('takes as long as the routine says, each phase rounded to the millisecond', () => {
      fc.assert(
        fc.property(routineArb, (routine) => {
          const { phases, totalMs } = buildSchedule(routine);
          const sum = phases.reduce((total, p) => total + p.durationMs, 0);
          expect(sum).to.equal(totalMs);
          expect(totalMs).to.equal(expectedTotalMs(routine));
        }),
        RUNS,
      );
    });

    it('counts reps 1 to reps on each side, in order, each hold right after its work', () => {
      fc.assert(
        fc.property(routineArb, (routine) => {
          const { phases } = buildSchedule(routine);
          routine.exercises.forEach((ex, index) => {
            const own = phases.filter((p) => p.exerciseIndex === index);
            const works = own.filter((p) => p.kind === 'work');
            expect(works.map((p) => [p.rep, p.side])).to.deep.equal(expectedReps(ex));
            for (const p of works) expect(p.durationMs).to.equal(ms(ex.repSeconds));
            const holds = own.filter((p) => p.kind === 'hold');
            expect(holds.length).to.equal(ms(ex.holdSeconds) > 0 ? works.length : 0);
            own.forEach((p, i) => {
              if (p.kind !== 'hold') return;
              const before = own[i - 1]!;
              expect([before.kind, before.rep, before.side]).to.deep.equal(['work', p.rep, p.side]);
              expect(p.durationMs).to.equal(ms(ex.holdSeconds));
            });
            for (const p of own)
              if (p.kind !== 'work' && p.kind !== 'hold') expect(p.rep).to.equal(0);
          });
        }),
        RUNS,
      );
    });

    it('gets ready first, switches between the sides, rests last but after the last exercise', () => {
      fc.assert(
        fc.property(routineArb, (routine) => {
          const { phases, exerciseStartMs } = buildSchedule(routine);
          const last = routine.exercises.length - 1;
          expect(exerciseStartMs).to.have.length(routine.exercises.length);
          routine.exercises.forEach((ex, index) => {
            const own = phases.filter((p) => p.exerciseIndex === index);
            expect(own[0]!.startMs, 'exercise start').to.equal(exerciseStartMs[index]);
            const kinds = own.map((p) => p.kind);
            const prepares = own.filter((p) => p.kind === 'prepare');
            expect(prepares.length).to.equal(ms(routine.prepareSeconds) > 0 ? 1 : 0);
            if (prepares.length) expect(kinds[0]).to.equal('prepare');

            const rest = ms(restAfter(ex, routine));
            const rests = own.filter((p) => p.kind === 'rest');
            expect(rests.length).to.equal(index < last && rest > 0 ? 1 : 0);
            if (rests.length) {
              expect(kinds.at(-1)).to.equal('rest');
              expect(rests[0]!.durationMs).to.equal(rest);
            }

            const switches = own.filter((p) => p.kind === 'switch');
            const switching = ex.sides === 'both' && ms(routine.switchSeconds) > 0;
            expect(switches.length).to.equal(switching ? 1 : 0);
            if (switching) {
              const at = own.indexOf(switches[0]!);
              expect(switches[0]!.side).to.equal('right');
              expect(own.slice(0, at).filter((p) => p.side === 'right')).to.have.length(0);
              expect(own.slice(at + 1).filter((p) => p.side === 'left')).to.have.length(0);
            }
          });
          // Every phase belongs to an exercise of the routine, in routine order.
          const indexes = phases.map((p) => p.exerciseIndex);
          expect(indexes).to.deep.equal([...indexes].sort((a, b) => a - b));
        }),
        RUNS,
      );
    });
  });
});
