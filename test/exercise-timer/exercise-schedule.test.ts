import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Exercise, Routine } from '../../src/exercise-timer/routine-types.js';
import { LIMITS } from '../../src/exercise-timer/routine-validation.js';
import {
  buildSchedule,
  phaseIndexAt,
  restAfter,
  type Phase,
  type PhaseKind,
  type Schedule,
  type Side,
} from '../../src/exercise-timer/schedule.js';
import { BACK_BASICS } from '../../src/exercise-timer/built-in-exercises.js';
import { RUNS, exercise, routinesWithin, routineOf } from './fixtures.js';

// Helpers -----------------------------------------------------------------------------------

/** A phase, written as the tests expect it. */
const phase = (
  kind: PhaseKind,
  exerciseIndex: number,
  rep: number,
  side: Side | undefined,
  startMs: number,
  durationMs: number,
): Phase => ({ kind, exerciseIndex, rep, side, startMs, durationMs });

/** The done phase: after the last exercise, of no length, with no side. */
const done = (exerciseCount: number, totalMs: number): Phase => ({
  kind: 'done',
  exerciseIndex: exerciseCount,
  rep: 0,
  startMs: totalMs,
  durationMs: 0,
});

/** Seconds to whole milliseconds, as the schedule promises to round them. */
const ms = (seconds: number) => Math.round(seconds * 1000);

/** The length the routine must take, worked out from its numbers alone. */
function expectedTotalMs(routine: Routine): number {
  return routine.exercises.reduce((total, { reps, repSeconds, holdSeconds, sides }, index) => {
    const perSide = sides === 'none' ? 1 : 2;
    const isLast = index === routine.exercises.length - 1;
    return (
      total +
      ms(routine.prepareSeconds) +
      reps * perSide * (ms(repSeconds) + ms(holdSeconds)) +
      (sides === 'both' ? ms(routine.switchSeconds) : 0) +
      (isLast ? 0 : ms(routine.exercises[index]!.restSeconds ?? routine.restSeconds))
    );
  }, 0);
}

/** The (rep, side) of each work phase an exercise must have, in order. */
function expectedReps({ reps, sides }: Exercise): Array<[number, Side | undefined]> {
  const count = Array.from({ length: reps }, (_, i) => i + 1);
  if (sides === 'none') return count.map((rep) => [rep, undefined]);
  if (sides === 'both')
    return [
      ...count.map((rep): [number, Side] => [rep, 'left']),
      ...count.map((rep): [number, Side] => [rep, 'right']),
    ];
  return count.flatMap((rep): Array<[number, Side]> => [
    [rep, 'left'],
    [rep, 'right'],
  ]);
}

// Arbitraries -------------------------------------------------------------------------------

/** Any routine within LIMITS (a few exercises, so the properties stay quick). */
const routineArb = routinesWithin({
  reps: LIMITS.reps.max,
  repSeconds: LIMITS.repSeconds.max,
  holdSeconds: LIMITS.holdSeconds.max,
  restSeconds: LIMITS.restSeconds.max,
  prepareSeconds: LIMITS.prepareSeconds.max,
  switchSeconds: LIMITS.switchSeconds.max,
  exercises: 5,
});

// Tests -------------------------------------------------------------------------------------

describe('buildSchedule', () => {
  describe('hand-made routines', () => {
    /** One exercise of each way of using the sides. */
    const MIXED = routineOf([
      exercise('plain', 2, 3, 0, 'none'),
      exercise('alternate', 2, 2, 1, 'alternating'),
      exercise('each-side', 2, 1, 0, 'both'),
    ]);

    it('lays out prepare, work, hold, switch, rest and done back to back', () => {
      const schedule = buildSchedule(MIXED);
      expect(schedule.phases).to.deep.equal([
        // plain: no sides, no hold
        phase('prepare', 0, 0, undefined, 0, 5000),
        phase('work', 0, 1, undefined, 5000, 3000),
        phase('work', 0, 2, undefined, 8000, 3000),
        phase('rest', 0, 0, undefined, 11000, 15000),
        // alternate: left, right, left, right, each with its hold
        phase('prepare', 1, 0, undefined, 26000, 5000),
        phase('work', 1, 1, 'left', 31000, 2000),
        phase('hold', 1, 1, 'left', 33000, 1000),
        phase('work', 1, 1, 'right', 34000, 2000),
        phase('hold', 1, 1, 'right', 36000, 1000),
        phase('work', 1, 2, 'left', 37000, 2000),
        phase('hold', 1, 2, 'left', 39000, 1000),
        phase('work', 1, 2, 'right', 40000, 2000),
        phase('hold', 1, 2, 'right', 42000, 1000),
        phase('rest', 1, 0, undefined, 43000, 15000),
        // each-side: every rep on the left, switch, every rep on the right; no rest at the end
        phase('prepare', 2, 0, undefined, 58000, 5000),
        phase('work', 2, 1, 'left', 63000, 1000),
        phase('work', 2, 2, 'left', 64000, 1000),
        phase('switch', 2, 0, 'right', 65000, 5000),
        phase('work', 2, 1, 'right', 70000, 1000),
        phase('work', 2, 2, 'right', 71000, 1000),
        done(3, 72000),
      ]);
      expect(schedule.totalMs).to.equal(72000);
      expect(schedule.exerciseStartMs).to.deep.equal([0, 26000, 58000]);
      expect(schedule.routine).to.equal(MIXED);
    });

    it('leaves out prepare when it takes no time', () => {
      const schedule = buildSchedule(
        routineOf([exercise('a', 1, 2, 0, 'none'), exercise('b', 1, 3, 0, 'none')], {
          prepareSeconds: 0,
          restSeconds: 4,
        }),
      );
      expect(schedule.phases).to.deep.equal([
        phase('work', 0, 1, undefined, 0, 2000),
        phase('rest', 0, 0, undefined, 2000, 4000),
        phase('work', 1, 1, undefined, 6000, 3000),
        done(2, 9000),
      ]);
      expect(schedule.exerciseStartMs).to.deep.equal([0, 6000]);
    });

    it('leaves out the switch when it takes no time', () => {
      const schedule = buildSchedule(
        routineOf([exercise('a', 1, 2, 1, 'both')], { prepareSeconds: 0, switchSeconds: 0 }),
      );
      expect(schedule.phases).to.deep.equal([
        phase('work', 0, 1, 'left', 0, 2000),
        phase('hold', 0, 1, 'left', 2000, 1000),
        phase('work', 0, 1, 'right', 3000, 2000),
        phase('hold', 0, 1, 'right', 5000, 1000),
        done(1, 6000),
      ]);
    });

    it('puts no rest after the last exercise, even one that asks for rest', () => {
      const schedule = buildSchedule(
        routineOf([exercise('only', 1, 2, 0, 'none', 60)], { prepareSeconds: 1, restSeconds: 30 }),
      );
      expect(schedule.phases.map((p) => p.kind)).to.deep.equal(['prepare', 'work', 'done']);
      expect(schedule.totalMs).to.equal(3000);
    });

    it("lets an exercise's own rest override the routine's, 0 included", () => {
      const schedule = buildSchedule(
        routineOf(
          [
            exercise('a', 1, 1, 0, 'none', 30),
            exercise('b', 1, 1, 0, 'none', 0),
            exercise('c', 1, 1, 0, 'none'),
            exercise('d', 1, 1, 0, 'none'),
          ],
          { prepareSeconds: 0, restSeconds: 10 },
        ),
      );
      const rests = schedule.phases.filter((p) => p.kind === 'rest');
      expect(rests).to.deep.equal([
        phase('rest', 0, 0, undefined, 1000, 30000),
        phase('rest', 2, 0, undefined, 33000, 10000),
      ]);
      expect(schedule.exerciseStartMs).to.deep.equal([0, 31000, 32000, 43000]);
    });

    it('puts no rest anywhere when the routine rests for 0 s', () => {
      const schedule = buildSchedule(
        routineOf([exercise('a', 1, 1, 0, 'none'), exercise('b', 1, 1, 0, 'none')], {
          restSeconds: 0,
        }),
      );
      expect(schedule.phases.some((p) => p.kind === 'rest')).to.equal(false);
      expect(schedule.totalMs).to.equal(12000);
    });

    it('rounds fractional seconds to whole milliseconds, leaving out what rounds to 0', () => {
      const schedule = buildSchedule(
        routineOf(
          [exercise('a', 1, 1.0006, 0.0004, 'none', 2.0004), exercise('b', 1, 1.5, 0.0006, 'none')],
          { prepareSeconds: 0.25 },
        ),
      );
      expect(schedule.phases).to.deep.equal([
        phase('prepare', 0, 0, undefined, 0, 250),
        phase('work', 0, 1, undefined, 250, 1001),
        phase('rest', 0, 0, undefined, 1251, 2000),
        phase('prepare', 1, 0, undefined, 3251, 250),
        phase('work', 1, 1, undefined, 3501, 1500),
        phase('hold', 1, 1, undefined, 5001, 1),
        done(2, 5002),
      ]);
    });

    it('takes back-basics in 537 s (each dose, 5 s to get ready, 15 s rests)', () => {
      // cat-cow 5+8*6, bird-dog 5+10*2*(2+3), bridge 5+8*(3+10), superman 5+10*(2+3),
      // dead-bug 5+10*2*4, pelvic-tilt 5+10*(2+3), and 5 rests of 15 s.
      const seconds = 53 + 105 + 109 + 55 + 85 + 55 + 5 * 15;
      const schedule = buildSchedule(BACK_BASICS);
      expect(schedule.totalMs).to.equal(seconds * 1000);
      expect(schedule.exerciseStartMs).to.deep.equal([0, 68, 188, 312, 382, 482].map(ms));
    });
  });

  describe('restAfter', () => {
    it("is the exercise's own rest, else the routine's", () => {
      const routine = routineOf([], { restSeconds: 12 });
      expect(restAfter(exercise('a', 1, 1, 0, 'none', 3), routine)).to.equal(3);
      expect(restAfter(exercise('a', 1, 1, 0, 'none', 0), routine)).to.equal(0);
      expect(restAfter(exercise('a', 1, 1, 0, 'none'), routine)).to.equal(12);
    });
  });

  describe('properties', () => {
    it('lays phases back to back from 0, each of some time, done last at totalMs', () => {
      fc.assert(
        fc.property(routineArb, (routine) => {
          const { phases, totalMs } = buildSchedule(routine);
          expect(phases[0]!.startMs).to.equal(0);
          phases.slice(1).forEach((current, i) => {
            const before = phases[i]!;
            expect(current.startMs).to.equal(before.startMs + before.durationMs);
          });
          expect(phases.at(-1)).to.deep.equal(done(routine.exercises.length, totalMs));
          for (const p of phases.slice(0, -1)) {
            expect(p.kind).to.not.equal('done');
            expect(Number.isInteger(p.durationMs)).to.equal(true);
            expect(p.durationMs).to.be.greaterThan(0);
          }
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

describe('phaseIndexAt', () => {
  const schedule = buildSchedule(
    routineOf([exercise('a', 2, 3, 1, 'none'), exercise('b', 1, 2, 0, 'alternating')], {
      prepareSeconds: 2,
      restSeconds: 4,
    }),
  );
  // prepare 0-2000, work 2000-5000, hold 5000-6000, work 6000-9000, hold 9000-10000,
  // rest 10000-14000, prepare 14000-16000, work L 16000-18000, work R 18000-20000, done 20000.

  it('finds the phase a position falls in, a phase starting exactly on its start', () => {
    const cases: Array<[number, number]> = [
      [0, 0],
      [1999, 0],
      [2000, 1],
      [4999.5, 1],
      [5000, 2],
      [9999, 4],
      [10000, 5],
      [14000, 6],
      [17999, 7],
      [18000, 8],
      [19999, 8],
    ];
    for (const [position, index] of cases)
      expect(phaseIndexAt(schedule, position), `${position}`).to.equal(index);
  });

  it('gives the done phase at the end and after it, the first phase before the start', () => {
    const done = schedule.phases.length - 1;
    expect(schedule.totalMs).to.equal(20000);
    expect(phaseIndexAt(schedule, 20000)).to.equal(done);
    expect(phaseIndexAt(schedule, 20001)).to.equal(done);
    expect(phaseIndexAt(schedule, Number.MAX_SAFE_INTEGER)).to.equal(done);
    expect(phaseIndexAt(schedule, -1)).to.equal(0);
  });

  it('finds the phase containing any position of any routine', () => {
    fc.assert(
      fc.property(
        routineArb.chain((routine) => {
          const built = buildSchedule(routine);
          return fc.tuple(
            fc.constant(built),
            fc.array(
              fc.oneof(
                fc.integer({ min: 0, max: built.totalMs }),
                fc.double({ min: 0, max: built.totalMs, noNaN: true }),
                fc.constantFrom(...built.phases.map((p) => p.startMs)),
              ),
              { minLength: 1, maxLength: 20 },
            ),
          );
        }),
        ([built, positions]: [Schedule, number[]]) => {
          for (const position of positions) {
            const found = built.phases[phaseIndexAt(built, position)]!;
            if (position >= built.totalMs) expect(found.kind).to.equal('done');
            else {
              expect(found.startMs).to.be.at.most(position);
              expect(position).to.be.below(found.startMs + found.durationMs);
            }
          }
        },
      ),
      RUNS,
    );
  });

  it('gives the done phase for any position at or after the end', () => {
    fc.assert(
      fc.property(routineArb, fc.nat(), (routine, past) => {
        const built = buildSchedule(routine);
        expect(phaseIndexAt(built, built.totalMs + past)).to.equal(built.phases.length - 1);
      }),
      RUNS,
    );
  });
});
