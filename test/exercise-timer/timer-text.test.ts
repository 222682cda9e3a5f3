import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Exercise, Routine, Sides } from '../../src/exercise-timer/routine-types.js';
import { buildSchedule, type Phase, type PhaseKind } from '../../src/exercise-timer/schedule.js';
import { BACK_BASICS, EXERCISES } from '../../src/exercise-timer/built-in-exercises.js';
import type { RunStatus } from '../../src/exercise-timer/timer-machine.js';
import {
  PHASE_LABELS,
  aboutMinutes,
  announcementFor,
  clockText,
  closingText,
  countdownSeconds,
  doseText,
  durationText,
  keyHint,
  nextExerciseName,
  phaseAnnouncement,
  repText,
  secondsText,
  spokenDuration,
  summaryText,
} from '../../src/exercise-timer/timer-text.js';

// Helpers -----------------------------------------------------------------------------------

const exercise = (
  id: string,
  name: string,
  reps: number,
  holdSeconds: number,
  sides: Sides,
): Exercise => ({ id, name, steps: [], reps, repSeconds: 2, holdSeconds, sides });

const KINDS: readonly PhaseKind[] = ['prepare', 'work', 'hold', 'switch', 'rest', 'done'];

/** A phase made by hand, for the cases a schedule never makes. */
const phase = (kind: PhaseKind, exerciseIndex: number, rep = 0, side?: Phase['side']): Phase => ({
  kind,
  exerciseIndex,
  rep,
  side,
  startMs: 0,
  durationMs: 1000,
});

/**
 * Two exercises, the second done on both sides:
 *   lift: prepare 5 s, work 1, hold 1 (3 s), work 2, hold 2, rest 20 s
 *   reach: prepare 5 s, work 1 left, switch 4 s, work 1 right, done
 */
const ROUTINE: Routine = {
  id: 'two',
  name: 'Morning moves',
  prepareSeconds: 5,
  restSeconds: 20,
  switchSeconds: 4,
  exercises: [exercise('lift', 'Lift', 2, 3, 'none'), exercise('reach', 'Reach', 1, 0, 'both')],
};
const SCHEDULE = buildSchedule(ROUTINE);

/** The first phase of the schedule that matches. */
const find = (kind: PhaseKind, exerciseIndex: number, side?: Phase['side']) => {
  const found = SCHEDULE.phases.find(
    (p) =>
      p.kind === kind &&
      p.exerciseIndex === exerciseIndex &&
      (side === undefined || p.side === side),
  );
  if (!found) throw new Error(`no ${kind} phase for exercise ${exerciseIndex}`);
  return found;
};

// Tests -------------------------------------------------------------------------------------

describe('PHASE_LABELS', () => {
  it('labels every kind of phase, each differently', () => {
    expect(Object.keys(PHASE_LABELS)).to.have.members([...KINDS]);
    const labels = KINDS.map((kind) => PHASE_LABELS[kind]);
    for (const label of labels) expect(label.trim().length).to.be.greaterThan(0);
    expect(new Set(labels).size).to.equal(KINDS.length);
  });

  it('says what to do in each phase, in the order of a routine', () => {
    expect(KINDS.map((kind) => PHASE_LABELS[kind]).join(', ')).to.equal(
      'Get ready, Move, Hold, Switch sides, Rest, Done',
    );
  });
});

describe('durationText', () => {
  it('reads seconds, minutes, and minutes with seconds', () => {
    const cases: Array<[number, string]> = [
      [0, '0 s'],
      [1, '1 s'],
      [45, '45 s'],
      [59, '59 s'],
      [60, '1 min'],
      [61, '1 min 1 s'],
      [90, '1 min 30 s'],
      [150, '2 min 30 s'],
      [537, '8 min 57 s'],
      [600, '10 min'],
      [3600, '60 min'],
    ];
    for (const [seconds, text] of cases) expect(durationText(seconds), `${seconds}`).to.equal(text);
  });

  it('rounds to whole seconds and never goes below 0', () => {
    expect(durationText(0.4)).to.equal('0 s');
    expect(durationText(2.5)).to.equal('3 s');
    expect(durationText(59.4)).to.equal('59 s');
    expect(durationText(59.5)).to.equal('1 min');
    expect(durationText(-5)).to.equal('0 s');
  });

  it('adds up to the rounded seconds for any number', () => {
    fc.assert(
      fc.property(fc.double({ min: -1000, max: 100_000, noNaN: true }), (seconds) => {
        const text = durationText(seconds);
        const match = /^(?:(\d+) min)?(?: ?(\d+) s)?$/.exec(text);
        expect(match, text).to.not.equal(null);
        const minutes = Number(match![1] ?? 0);
        const rest = Number(match![2] ?? 0);
        expect(rest).to.be.below(60);
        if (minutes > 0) expect(rest, 'no "0 s" after minutes').to.not.equal(0);
        if (match![2] === undefined) expect(minutes).to.be.greaterThan(0);
        expect(minutes * 60 + rest).to.equal(Math.max(0, Math.round(seconds)));
      }),
      { numRuns: 200 },
    );
  });
});

describe('clockText', () => {
  it('shows m:ss, rounding up so 0:00 means time is up', () => {
    const cases: Array<[number, string]> = [
      [0, '0:00'],
      [1, '0:01'],
      [999, '0:01'],
      [1000, '0:01'],
      [1001, '0:02'],
      [9000, '0:09'],
      [59_000, '0:59'],
      [59_001, '1:00'],
      [60_000, '1:00'],
      [61_000, '1:01'],
      [600_000, '10:00'],
      [537_000, '8:57'],
    ];
    for (const [ms, text] of cases) expect(clockText(ms), `${ms}`).to.equal(text);
  });

  it('shows 0:00 for time below 0', () => {
    expect(clockText(-1)).to.equal('0:00');
    expect(clockText(-90_000)).to.equal('0:00');
  });

  it('reads back as the seconds left, rounded up', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000, max: 10_000_000 }), (ms) => {
        const match = /^(\d+):([0-5]\d)$/.exec(clockText(ms));
        expect(match, clockText(ms)).to.not.equal(null);
        const seconds = Number(match![1]) * 60 + Number(match![2]);
        expect(seconds).to.equal(Math.max(0, Math.ceil(ms / 1000)));
        expect(seconds).to.equal(countdownSeconds(ms));
      }),
      { numRuns: 200 },
    );
  });
});

describe('countdownSeconds', () => {
  it('rounds up and never goes below 0', () => {
    const cases: Array<[number, number]> = [
      [0, 0],
      [1, 1],
      [999, 1],
      [1000, 1],
      [1001, 2],
      [4500, 5],
      [-1, 0],
      [-5000, 0],
    ];
    for (const [ms, seconds] of cases) expect(countdownSeconds(ms), `${ms}`).to.equal(seconds);
  });

  it('is the smallest whole number of seconds covering the time left', () => {
    fc.assert(
      // Time left is whole milliseconds (quarters here, for good measure).
      fc.property(
        fc.integer({ min: 0, max: 4e7 }).map((quarters) => quarters / 4),
        (ms) => {
          const seconds = countdownSeconds(ms);
          expect(Number.isInteger(seconds)).to.equal(true);
          expect(seconds * 1000).to.be.at.least(ms);
          if (ms > 0) expect((seconds - 1) * 1000).to.be.below(ms);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('doseText', () => {
  it('says the reps, the sides and the hold', () => {
    expect(doseText(exercise('a', 'A', 8, 0, 'none'))).to.equal('8 reps');
    expect(doseText(exercise('a', 'A', 1, 0, 'none'))).to.equal('1 rep');
    expect(doseText(exercise('a', 'A', 5, 0, 'both'))).to.equal('5 reps per side');
    expect(doseText(exercise('a', 'A', 1, 0, 'alternating'))).to.equal(
      '1 rep per side, alternating',
    );
    expect(doseText(exercise('a', 'A', 10, 3, 'alternating'))).to.equal(
      '10 reps per side, alternating, hold 3 s',
    );
    expect(doseText(exercise('a', 'A', 2, 90, 'both'))).to.equal(
      '2 reps per side, hold 1 min 30 s',
    );
    expect(doseText(exercise('a', 'A', 4, 2.5, 'none'))).to.equal('4 reps, hold 3 s');
  });

  it('gives the built-in doses of docs/content-sources.md, "Home exercises"', () => {
    expect(Object.values(EXERCISES).map(doseText)).to.deep.equal([
      '8 reps',
      '10 reps per side, alternating, hold 3 s',
      '8 reps, hold 10 s',
      '10 reps, hold 3 s',
      '10 reps per side, alternating',
      '10 reps, hold 3 s',
    ]);
  });
});

describe('repText', () => {
  const lift = ROUTINE.exercises[0]!;
  const reach = ROUTINE.exercises[1]!;

  it('counts the rep of a work or hold phase, with the side when there is one', () => {
    expect(repText(phase('work', 0, 2), lift)).to.equal('Rep 2 of 2');
    expect(repText(phase('hold', 0, 1), lift)).to.equal('Rep 1 of 2');
    expect(repText(phase('work', 1, 1, 'left'), reach)).to.equal('Rep 1 of 1, left side');
    expect(repText(phase('hold', 1, 1, 'right'), reach)).to.equal('Rep 1 of 1, right side');
  });

  it('names the side coming next when switching', () => {
    expect(repText(phase('switch', 1, 0, 'right'), reach)).to.equal('Next: right side');
    expect(repText(phase('switch', 1, 0, 'left'), reach)).to.equal('Next: left side');
    expect(repText(phase('switch', 1), reach)).to.equal('Next: other side');
  });

  it('says nothing outside the reps or without an exercise', () => {
    for (const kind of ['prepare', 'rest', 'done'] as const)
      expect(repText(phase(kind, 0), lift), kind).to.equal('');
    for (const kind of KINDS) expect(repText(phase(kind, 2, 1, 'left'), undefined)).to.equal('');
  });
});

describe('nextExerciseName', () => {
  it('names the next exercise, nothing during the last one or once done', () => {
    expect(nextExerciseName(SCHEDULE, find('prepare', 0))).to.equal('Reach');
    expect(nextExerciseName(SCHEDULE, find('rest', 0))).to.equal('Reach');
    expect(nextExerciseName(SCHEDULE, find('work', 1, 'right'))).to.equal(undefined);
    expect(nextExerciseName(SCHEDULE, SCHEDULE.phases.at(-1)!)).to.equal(undefined);
  });

  it('follows the order of back-basics', () => {
    const schedule = buildSchedule(BACK_BASICS);
    const names = BACK_BASICS.exercises.map((_, index) =>
      nextExerciseName(schedule, phase('work', index, 1)),
    );
    expect(names).to.deep.equal([
      'Bird dog',
      'Bridge',
      'Superman',
      'Dead bug',
      'Pelvic tilt',
      undefined,
    ]);
  });
});

describe('phaseAnnouncement', () => {
  it('announces getting ready with the exercise and the time', () => {
    expect(phaseAnnouncement(SCHEDULE, find('prepare', 0))).to.equal('Get ready: Lift. 5 seconds.');
    expect(phaseAnnouncement(SCHEDULE, find('prepare', 1))).to.equal(
      'Get ready: Reach. 5 seconds.',
    );
  });

  it('announces each rep, with its side', () => {
    expect(phaseAnnouncement(SCHEDULE, find('work', 0))).to.equal('Rep 1 of 2.');
    expect(phaseAnnouncement(SCHEDULE, find('work', 1, 'left'))).to.equal('Rep 1 of 1, left side.');
    expect(phaseAnnouncement(SCHEDULE, find('work', 1, 'right'))).to.equal(
      'Rep 1 of 1, right side.',
    );
  });

  it('announces a hold with its time', () => {
    expect(phaseAnnouncement(SCHEDULE, find('hold', 0))).to.equal('Hold, 3 seconds.');
  });

  it('announces the switch to the other side', () => {
    expect(phaseAnnouncement(SCHEDULE, find('switch', 1))).to.equal('Switch to the right side.');
  });

  it('announces a rest with its time and the exercise after it, the last one included', () => {
    // In ROUTINE the only rest comes before the last exercise.
    expect(phaseAnnouncement(SCHEDULE, find('rest', 0))).to.equal(
      'Rest, 20 seconds. Up next: Reach.',
    );
    const backBasics = buildSchedule(BACK_BASICS);
    const rests = backBasics.phases.filter((p) => p.kind === 'rest');
    expect(rests.map((p) => phaseAnnouncement(backBasics, p))).to.deep.equal([
      'Rest, 15 seconds. Up next: Bird dog.',
      'Rest, 15 seconds. Up next: Bridge.',
      'Rest, 15 seconds. Up next: Superman.',
      'Rest, 15 seconds. Up next: Dead bug.',
      'Rest, 15 seconds. Up next: Pelvic tilt.',
    ]);
  });

  it('announces a rest with nothing after it without a next exercise', () => {
    expect(phaseAnnouncement(SCHEDULE, { ...phase('rest', 1), durationMs: 20_000 })).to.equal(
      'Rest, 20 seconds.',
    );
  });

  it('says the phase time as the countdown shows it at the start: "90 seconds", "1 second"', () => {
    // The ring counts whole seconds, rounded up, never minutes.
    expect(phaseAnnouncement(SCHEDULE, { ...phase('rest', 1), durationMs: 90_000 })).to.equal(
      'Rest, 90 seconds.',
    );
    expect(phaseAnnouncement(SCHEDULE, { ...phase('hold', 0), durationMs: 1000 })).to.equal(
      'Hold, 1 second.',
    );
    expect(phaseAnnouncement(SCHEDULE, { ...phase('hold', 0), durationMs: 2500 })).to.equal(
      'Hold, 3 seconds.',
    );
    expect(phaseAnnouncement(SCHEDULE, { ...phase('prepare', 0), durationMs: 1000 })).to.equal(
      'Get ready: Lift. 1 second.',
    );
  });

  it('announces the end with the closing message title', () => {
    expect(phaseAnnouncement(SCHEDULE, SCHEDULE.phases.at(-1)!)).to.equal('All done. Well done!');
  });

  it('gives every phase of back-basics one short sentence, never "undefined"', () => {
    const schedule = buildSchedule(BACK_BASICS);
    for (const p of schedule.phases) {
      const text = phaseAnnouncement(schedule, p);
      expect(text, p.kind).to.match(/[.!]$/);
      expect(text).to.not.contain('undefined');
      expect(text.length).to.be.below(60);
    }
  });

  it('keeps a hostile exercise name as it is, for a text-only live region', () => {
    const name = '<img src=x onerror=alert(1)>';
    const schedule = buildSchedule({
      ...ROUTINE,
      exercises: [exercise('odd', name, 1, 0, 'none')],
    });
    expect(phaseAnnouncement(schedule, schedule.phases[0]!)).to.equal(
      `Get ready: ${name}. 5 seconds.`,
    );
  });
});

/**
 * Abbreviations and symbols a screen reader or a voice reads badly: "5 s", "2 min", "&".
 * (A colon is fine: it is read as a pause.)
 */
const UNSPOKEN = /\d\s*(s|sec|secs|min|mins|h)\b|[&/@#%+=<>~|*]/;

describe('secondsText', () => {
  it('says seconds as a word, one in the singular', () => {
    const cases: Array<[number, string]> = [
      [0, '0 seconds'],
      [1, '1 second'],
      [2, '2 seconds'],
      [5, '5 seconds'],
      [60, '60 seconds'],
      [90, '90 seconds'],
    ];
    for (const [seconds, text] of cases) expect(secondsText(seconds), `${seconds}`).to.equal(text);
  });
});

describe('spokenDuration', () => {
  it('says minutes and seconds as words, singular for one', () => {
    const cases: Array<[number, string]> = [
      [0, '0 seconds'],
      [1, '1 second'],
      [45, '45 seconds'],
      [60, '1 minute'],
      [61, '1 minute 1 second'],
      [62, '1 minute 2 seconds'],
      [120, '2 minutes'],
      [121, '2 minutes 1 second'],
      [537, '8 minutes 57 seconds'],
      [3600, '60 minutes'],
    ];
    for (const [seconds, text] of cases)
      expect(spokenDuration(seconds), `${seconds}`).to.equal(text);
  });

  it('reads the same time as durationText shows, in words', () => {
    fc.assert(
      fc.property(fc.double({ min: -1000, max: 100_000, noNaN: true }), (seconds) => {
        const spoken = spokenDuration(seconds);
        expect(spoken).to.not.match(UNSPOKEN);
        const shown = durationText(seconds)
          .replace(/(\d+) min/, (_, n: string) => `${n} ${n === '1' ? 'minute' : 'minutes'}`)
          .replace(/(\d+) s$/, (_, n: string) => `${n} ${n === '1' ? 'second' : 'seconds'}`);
        expect(spoken).to.equal(shown);
      }),
      { numRuns: 200 },
    );
  });
});

describe('closingText', () => {
  it('gives the closing message: the title and the time spent, in words', () => {
    expect(closingText(537_000)).to.equal(
      'All done. Well done! You exercised for 8 minutes 57 seconds.',
    );
    expect(closingText(61_000)).to.equal(
      'All done. Well done! You exercised for 1 minute 1 second.',
    );
    expect(closingText(1000)).to.equal('All done. Well done! You exercised for 1 second.');
  });
});

describe('aboutMinutes and summaryText', () => {
  it('round the routine up to whole minutes: never less time than it takes', () => {
    expect(aboutMinutes(537_000)).to.equal(9);
    expect(aboutMinutes(60_000)).to.equal(1);
    expect(aboutMinutes(60_001)).to.equal(2);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 * 60 * 60 * 1000 }), (totalMs) => {
        const minutes = aboutMinutes(totalMs);
        expect(minutes * 60_000).to.be.at.least(totalMs);
        expect((minutes - 1) * 60_000).to.be.below(totalMs);
      }),
    );
  });

  it('say how many exercises and about how long, as the overview shows it', () => {
    expect(summaryText(buildSchedule(BACK_BASICS))).to.equal('6 exercises, about 9 min.');
    expect(summaryText(SCHEDULE)).to.equal('2 exercises, about 1 min.');
    const one = buildSchedule({ ...ROUTINE, exercises: [EXERCISES.bridge] });
    expect(summaryText(one)).to.equal('1 exercise, about 2 min.');
  });
});

describe('announcementFor', () => {
  it("says the phase's sentence while started, and the closing message once done", () => {
    const rest = find('rest', 0);
    expect(announcementFor(SCHEDULE, { status: 'running', phase: rest, activeMs: 0 })).to.equal(
      phaseAnnouncement(SCHEDULE, rest),
    );
    const done = SCHEDULE.phases.at(-1)!;
    expect(announcementFor(SCHEDULE, { status: 'done', phase: done, activeMs: 61_000 })).to.equal(
      closingText(61_000),
    );
  });
});

describe('what is announced and spoken', () => {
  it('uses words, not abbreviations or symbols, for every phase of any schedule', () => {
    const schedules = [SCHEDULE, buildSchedule(BACK_BASICS)];
    for (const schedule of schedules) {
      for (const p of schedule.phases) {
        const text = phaseAnnouncement(schedule, p);
        expect(text, `${p.kind} ${p.startMs}`).to.not.match(UNSPOKEN);
      }
    }
    fc.assert(
      fc.property(
        fc.constantFrom(...KINDS),
        fc.integer({ min: 0, max: 700 }).map((tenths) => tenths * 100),
        (kind, durationMs) => {
          const p = { ...phase(kind, 0, 1, 'left'), durationMs };
          expect(phaseAnnouncement(SCHEDULE, p)).to.not.match(UNSPOKEN);
        },
      ),
      { numRuns: 200 },
    );
    expect(closingText(537_000)).to.not.match(UNSPOKEN);
  });
});

describe('keyHint', () => {
  const STATUSES: readonly RunStatus[] = ['idle', 'running', 'paused', 'done'];

  it('says which keys work where, for each state of the run', () => {
    const onControls = 'except on a button or checkbox, which it presses instead.';
    const arrows = 'Left and right arrows move between exercises.';
    expect(Object.fromEntries(STATUSES.map((status) => [status, keyHint(status)]))).to.deep.equal({
      idle: 'Space starts the routine, except on a button or checkbox, which it presses instead.',
      running: `Space pauses, ${onControls} ${arrows}`,
      paused: `Space resumes, ${onControls} ${arrows}`,
      done: 'The left arrow goes back to the last exercise.',
    });
  });

  it('never says Space pauses or resumes without saying a button or checkbox takes it', () => {
    for (const status of STATUSES) {
      const hint = keyHint(status);
      if (/Space (pauses|resumes)/.test(hint))
        expect(hint, status).to.contain('except on a button or checkbox');
    }
  });
});
