import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Routine } from '../../src/exercise-timer/routine-types.js';
import { buildSchedule } from '../../src/exercise-timer/schedule.js';
import { BACK_BASICS, EXERCISES } from '../../src/exercise-timer/built-in-exercises.js';
import {
  SAVED_RUN_MAX_AGE_MS,
  restoreRun,
  saveRun,
  savedRunKey,
} from '../../src/exercise-timer/saved-run.js';
import {
  IDLE,
  pause,
  settle,
  start,
  timerState,
  type Run,
} from '../../src/exercise-timer/timer-machine.js';
import {
  SCHEDULE,
  TOTAL,
  NOW,
  HOUR,
  running,
  paused,
  SAVED,
  storedObject,
  withRun,
  routineWith,
} from './saved-run-fixtures.js';

describe('savedRunKey', () => {
  it("names the routine's run under the library's prefix", () => {
    expect(savedRunKey(SCHEDULE)).to.equal('knead-exercise-timer:back-basics');
    const other = buildSchedule(routineWith([EXERCISES.bridge], 'my-back'));
    expect(savedRunKey(other)).to.equal('knead-exercise-timer:my-back');
  });
});

describe('SAVED_RUN_MAX_AGE_MS', () => {
  it('is half a day', () => {
    expect(SAVED_RUN_MAX_AGE_MS).to.equal(12 * HOUR);
  });
});

describe('saveRun and restoreRun', () => {
  describe('a round trip', () => {
    it('brings back a running or paused run and the cue choices', () => {
      for (const run of [running, paused])
        for (const sound of [true, false])
          for (const voice of [true, false]) {
            const saved = { run, cues: { sound, voice } };
            expect(restoreRun(SCHEDULE, saveRun(SCHEDULE, saved), NOW)).to.deep.equal(saved);
          }
    });

    it('stores plain JSON with a version, the layout and nothing of the routine text', () => {
      const stored = storedObject();
      expect(stored['v']).to.equal(1);
      expect(stored['layout']).to.be.a('string');
      expect(stored['run']).to.deep.equal(running);
      expect(stored['cues']).to.deep.equal(SAVED.cues);
      expect(saveRun(SCHEDULE, SAVED)).to.not.contain(EXERCISES.bridge.steps[0]);
    });

    it('resumes a real run where it would have been', () => {
      const run = start(SCHEDULE, IDLE, NOW - 60_000);
      const restored = restoreRun(
        SCHEDULE,
        saveRun(SCHEDULE, { run, cues: { sound: false, voice: true } }),
        NOW,
      );
      expect(timerState(SCHEDULE, restored!.run, NOW)).to.deep.equal(
        timerState(SCHEDULE, run, NOW),
      );
      expect(timerState(SCHEDULE, restored!.run, NOW).positionMs).to.equal(60_000);
    });

    it('keeps only the fields of a run and of the cues', () => {
      const stored = storedObject();
      const restored = restoreRun(
        SCHEDULE,
        JSON.stringify({
          ...stored,
          run: { ...running, extra: '<script>' },
          cues: { sound: true, voice: false, extra: 1 },
        }),
        NOW,
      );
      expect(restored).to.deep.equal(SAVED);
    });

    it('round-trips any resumable run of any schedule', () => {
      const routineArb = fc
        .array(fc.constantFrom(...Object.values(EXERCISES)), { minLength: 1, maxLength: 6 })
        .map((exercises) => routineWith(exercises));
      fc.assert(
        fc.property(
          routineArb,
          fc.constantFrom<Run['status']>('running', 'paused'),
          fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
          fc.integer({ min: 0, max: SAVED_RUN_MAX_AGE_MS }),
          fc.nat(),
          fc.boolean(),
          fc.boolean(),
          (routine, status, fraction, age, activeMs, sound, voice) => {
            const schedule = buildSchedule(routine);
            const run: Run = {
              status,
              positionMs: Math.floor(fraction * schedule.totalMs),
              sinceMs: NOW - age,
              activeMs,
            };
            const saved = { run, cues: { sound, voice } };
            expect(restoreRun(schedule, saveRun(schedule, saved), NOW)).to.deep.equal(saved);
          },
        ),
        { numRuns: 100 },
      );
    });
  });

  describe('refusals', () => {
    it('refuses nothing stored and garbage', () => {
      for (const stored of [null, '', ' ', 'not json', '{', '{"v":1', 'undefined', 'NaN'])
        expect(restoreRun(SCHEDULE, stored, NOW), String(stored)).to.equal(undefined);
    });

    it('refuses JSON that is not a saved run', () => {
      for (const stored of ['null', '1', '"run"', 'true', '[]', '[1]', '{}', '{"v":1}'])
        expect(restoreRun(SCHEDULE, stored, NOW), stored).to.equal(undefined);
    });

    it('refuses another version', () => {
      for (const v of [0, 2, '1', null, undefined, 1.5]) {
        const stored = JSON.stringify({ ...storedObject(), v });
        expect(restoreRun(SCHEDULE, stored, NOW), String(v)).to.equal(undefined);
      }
    });

    it('refuses a run saved for another layout', () => {
      const stored = saveRun(SCHEDULE, SAVED);
      const others: Routine[] = [
        // Fewer exercises.
        routineWith(BACK_BASICS.exercises.slice(0, 5)),
        // The same exercises in another order.
        routineWith([...BACK_BASICS.exercises].reverse()),
        // One exercise's dose changed.
        routineWith(
          BACK_BASICS.exercises.map((exercise) =>
            exercise.id === 'bridge' ? { ...exercise, reps: 9 } : exercise,
          ),
        ),
        // Longer rests.
        { ...BACK_BASICS, restSeconds: 20 },
        // The same length and exercises, with rest moved from one exercise to another.
        routineWith(
          BACK_BASICS.exercises.map((exercise) =>
            exercise.id === 'cat-cow'
              ? { ...exercise, restSeconds: 10 }
              : exercise.id === 'bridge'
                ? { ...exercise, restSeconds: 20 }
                : exercise,
          ),
        ),
        // The same length and exercises, with bridge's reps traded for its tempo.
        routineWith(
          BACK_BASICS.exercises.map((exercise) =>
            exercise.id === 'bridge'
              ? { ...exercise, reps: 13, repSeconds: 3, holdSeconds: 5 }
              : exercise,
          ),
        ),
        // Another exercise of exactly the same length in the place of one.
        routineWith(
          BACK_BASICS.exercises.map((exercise) =>
            exercise.id === 'superman' ? { ...exercise, id: 'superwoman' } : exercise,
          ),
        ),
      ];
      for (const routine of others) {
        const schedule = buildSchedule(routine);
        expect(
          restoreRun(schedule, stored, NOW),
          JSON.stringify(routine.exercises.map((e) => e.id)),
        ).to.equal(undefined);
      }
      // The same routine laid out the same way resumes.
      expect(restoreRun(buildSchedule({ ...BACK_BASICS }), stored, NOW)).to.deep.equal(SAVED);
    });

    it('refuses a layout that is missing or not the same text', () => {
      const stored = storedObject();
      for (const layout of [undefined, null, '', 1, `${stored['layout']} `, [stored['layout']]])
        expect(restoreRun(SCHEDULE, JSON.stringify({ ...stored, layout }), NOW)).to.equal(
          undefined,
        );
    });

    it('refuses a run or cues that are not objects', () => {
      const stored = storedObject();
      for (const bad of [null, 'running', 1, [], [running]]) {
        expect(restoreRun(SCHEDULE, JSON.stringify({ ...stored, run: bad }), NOW)).to.equal(
          undefined,
        );
        expect(restoreRun(SCHEDULE, JSON.stringify({ ...stored, cues: bad }), NOW)).to.equal(
          undefined,
        );
      }
      const noCues = { ...stored };
      delete noCues['cues'];
      expect(restoreRun(SCHEDULE, JSON.stringify(noCues), NOW)).to.equal(undefined);
    });

    it('refuses a run that is idle, done or of no known status', () => {
      for (const status of ['idle', 'done', 'Running', '', null, 1, undefined])
        expect(restoreRun(SCHEDULE, withRun({ status }), NOW), String(status)).to.equal(undefined);
    });

    it('refuses a position outside the schedule', () => {
      for (const positionMs of [-1, -0.5, TOTAL, TOTAL + 1, '1000', null, undefined])
        expect(restoreRun(SCHEDULE, withRun({ positionMs }), NOW), String(positionMs)).to.equal(
          undefined,
        );
      expect(restoreRun(SCHEDULE, withRun({ positionMs: 0 }), NOW)).to.not.equal(undefined);
      expect(restoreRun(SCHEDULE, withRun({ positionMs: TOTAL - 1 }), NOW)).to.not.equal(undefined);
    });

    it('refuses a run from the future', () => {
      expect(restoreRun(SCHEDULE, withRun({ sinceMs: NOW + 1 }), NOW)).to.equal(undefined);
      expect(restoreRun(SCHEDULE, withRun({ sinceMs: NOW }), NOW)?.run.sinceMs).to.equal(NOW);
    });

    it('refuses a run older than SAVED_RUN_MAX_AGE_MS, taking one just that old', () => {
      const oldest = NOW - SAVED_RUN_MAX_AGE_MS;
      expect(restoreRun(SCHEDULE, withRun({ sinceMs: oldest }), NOW)?.run.sinceMs).to.equal(oldest);
      expect(restoreRun(SCHEDULE, withRun({ sinceMs: oldest - 1 }), NOW)).to.equal(undefined);
      expect(restoreRun(SCHEDULE, withRun({ sinceMs: 0 }), NOW)).to.equal(undefined);
    });

    it('refuses times that are not finite numbers of at least 0', () => {
      for (const value of [-1, '5', null, true, {}]) {
        expect(restoreRun(SCHEDULE, withRun({ sinceMs: value }), NOW), `since ${value}`).to.equal(
          undefined,
        );
        expect(restoreRun(SCHEDULE, withRun({ activeMs: value }), NOW), `active ${value}`).to.equal(
          undefined,
        );
      }
    });

    it('refuses numbers too big for a double, which JSON reads as infinite', () => {
      const stored = saveRun(SCHEDULE, SAVED);
      expect(JSON.parse(stored)['run']).to.include({ positionMs: 42_000, activeMs: 40_000 });
      for (const [from, to] of [
        ['"positionMs":42000', '"positionMs":1e999'],
        ['"activeMs":40000', '"activeMs":1e999'],
        ['"activeMs":40000', '"activeMs":-1e999'],
        [`"sinceMs":${NOW - 5000}`, '"sinceMs":1e999'],
      ]) {
        expect(stored).to.contain(from);
        expect(restoreRun(SCHEDULE, stored.replace(from!, to!), NOW), to).to.equal(undefined);
      }
    });

    it('turns cue choices that are not exactly true into false', () => {
      const stored = storedObject();
      for (const choice of ['true', 1, 'yes', null, {}, [true]]) {
        const restored = restoreRun(
          SCHEDULE,
          JSON.stringify({ ...stored, cues: { sound: choice, voice: choice } }),
          NOW,
        );
        expect(restored?.cues, String(choice)).to.deep.equal({ sound: false, voice: false });
      }
      const none = restoreRun(SCHEDULE, JSON.stringify({ ...stored, cues: {} }), NOW);
      expect(none?.cues).to.deep.equal({ sound: false, voice: false });
    });

    it('never saves a finished run in a form it would bring back', () => {
      const done = settle(SCHEDULE, start(SCHEDULE, IDLE, NOW - TOTAL - 10), NOW);
      expect(done.status).to.equal('done');
      expect(
        restoreRun(SCHEDULE, saveRun(SCHEDULE, { run: done, cues: SAVED.cues }), NOW),
      ).to.equal(undefined);
      const pausedRun = pause(SCHEDULE, start(SCHEDULE, IDLE, NOW - 10_000), NOW - 5000);
      expect(
        restoreRun(SCHEDULE, saveRun(SCHEDULE, { run: pausedRun, cues: SAVED.cues }), NOW)?.run,
      ).to.deep.equal(pausedRun);
    });
  });
});
