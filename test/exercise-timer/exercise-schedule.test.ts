import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  buildSchedule,
  phaseIndexAt,
  restAfter,
  type Schedule,
} from '../../src/exercise-timer/schedule.js';
import { BACK_BASICS } from '../../src/exercise-timer/built-in-exercises.js';
import { RUNS, exercise, routineOf } from './fixtures.js';
import { phase, done, ms, routineArb } from './schedule-expectations.js';

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
