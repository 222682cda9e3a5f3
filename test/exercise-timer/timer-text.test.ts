import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { buildSchedule } from '../../src/exercise-timer/schedule.js';
import { BACK_BASICS, EXERCISES } from '../../src/exercise-timer/built-in-exercises.js';
import {
  aboutMinutes,
  clockText,
  countdownSeconds,
  doseText,
  durationText,
  nextExerciseName,
  phaseLabel,
  repText,
  spokenDuration,
  summaryText,
} from '../../src/exercise-timer/timer-text.js';
import { TIMER_MESSAGES as EN } from '../../src/exercise-timer/timer-messages.js';
import { exercise, KINDS, phase, ROUTINE, SCHEDULE, find, UNSPOKEN } from './text-routine.js';

describe('phaseLabel', () => {
  it('labels every kind of phase, each differently', () => {
    const labels = KINDS.map((kind) => phaseLabel(kind, EN));
    for (const label of labels) expect(label.trim().length).to.be.greaterThan(0);
    expect(new Set(labels).size).to.equal(KINDS.length);
  });

  it('says what to do in each phase, in the order of a routine', () => {
    expect(KINDS.map((kind) => phaseLabel(kind, EN)).join(', ')).to.equal(
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
    for (const [seconds, text] of cases)
      expect(durationText(seconds, EN), `${seconds}`).to.equal(text);
  });

  it('rounds to whole seconds and never goes below 0', () => {
    expect(durationText(0.4, EN)).to.equal('0 s');
    expect(durationText(2.5, EN)).to.equal('3 s');
    expect(durationText(59.4, EN)).to.equal('59 s');
    expect(durationText(59.5, EN)).to.equal('1 min');
    expect(durationText(-5, EN)).to.equal('0 s');
  });

  it('adds up to the rounded seconds for any number', () => {
    fc.assert(
      fc.property(fc.double({ min: -1000, max: 100_000, noNaN: true }), (seconds) => {
        // Past 999 minutes English groups the digits ("1,666 min"), as Intl writes numbers.
        const text = durationText(seconds, EN).replace(/(\d),(\d)/g, '$1$2');
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
    expect(doseText(exercise('a', 'A', 8, 0, 'none'), EN)).to.equal('8 reps');
    expect(doseText(exercise('a', 'A', 1, 0, 'none'), EN)).to.equal('1 rep');
    expect(doseText(exercise('a', 'A', 5, 0, 'both'), EN)).to.equal('5 reps per side');
    expect(doseText(exercise('a', 'A', 1, 0, 'alternating'), EN)).to.equal(
      '1 rep per side, alternating',
    );
    expect(doseText(exercise('a', 'A', 10, 3, 'alternating'), EN)).to.equal(
      '10 reps per side, alternating, hold 3 s',
    );
    expect(doseText(exercise('a', 'A', 2, 90, 'both'), EN)).to.equal(
      '2 reps per side, hold 1 min 30 s',
    );
    expect(doseText(exercise('a', 'A', 4, 2.5, 'none'), EN)).to.equal('4 reps, hold 3 s');
  });

  it('gives the built-in doses of docs/content-sources.md, "Home exercises"', () => {
    expect(Object.values(EXERCISES).map((e) => doseText(e, EN))).to.deep.equal([
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
    expect(repText(phase('work', 0, 2), lift, EN)).to.equal('Rep 2 of 2');
    expect(repText(phase('hold', 0, 1), lift, EN)).to.equal('Rep 1 of 2');
    expect(repText(phase('work', 1, 1, 'left'), reach, EN)).to.equal('Rep 1 of 1, left side');
    expect(repText(phase('hold', 1, 1, 'right'), reach, EN)).to.equal('Rep 1 of 1, right side');
  });

  it('names the side coming next when switching', () => {
    expect(repText(phase('switch', 1, 0, 'right'), reach, EN)).to.equal('Next: right side');
    expect(repText(phase('switch', 1, 0, 'left'), reach, EN)).to.equal('Next: left side');
    expect(repText(phase('switch', 1), reach, EN)).to.equal('Next: other side');
  });

  it('says nothing outside the reps or without an exercise', () => {
    for (const kind of ['prepare', 'rest', 'done'] as const)
      expect(repText(phase(kind, 0), lift, EN), kind).to.equal('');
    for (const kind of KINDS)
      expect(repText(phase(kind, 2, 1, 'left'), undefined, EN)).to.equal('');
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

describe('the seconds message', () => {
  it('says seconds as a word, one in the singular', () => {
    const cases: Array<[number, string]> = [
      [0, '0 seconds'],
      [1, '1 second'],
      [2, '2 seconds'],
      [5, '5 seconds'],
      [60, '60 seconds'],
      [90, '90 seconds'],
    ];
    for (const [seconds, text] of cases) expect(EN.seconds(seconds), `${seconds}`).to.equal(text);
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
      expect(spokenDuration(seconds, EN), `${seconds}`).to.equal(text);
  });

  it('reads the same time as durationText shows, in words', () => {
    fc.assert(
      fc.property(fc.double({ min: -1000, max: 100_000, noNaN: true }), (seconds) => {
        const spoken = spokenDuration(seconds, EN);
        expect(spoken).to.not.match(UNSPOKEN);
        const shown = durationText(seconds, EN)
          .replace(/(\d+) min/, (_, n: string) => `${n} ${n === '1' ? 'minute' : 'minutes'}`)
          .replace(/(\d+) s$/, (_, n: string) => `${n} ${n === '1' ? 'second' : 'seconds'}`);
        expect(spoken).to.equal(shown);
      }),
      { numRuns: 200 },
    );
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
