import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { buildSchedule } from '../../src/exercise-timer/schedule.js';
import { BACK_BASICS } from '../../src/exercise-timer/built-in-exercises.js';
import type { RunStatus } from '../../src/exercise-timer/timer-machine.js';
import {
  announcementFor,
  closingText,
  keyHint,
  phaseAnnouncement,
} from '../../src/exercise-timer/timer-text.js';
import { TIMER_MESSAGES as EN } from '../../src/exercise-timer/timer-messages.js';
import { exercise, phase, ROUTINE, SCHEDULE, find, KINDS, UNSPOKEN } from './text-routine.js';

describe('phaseAnnouncement', () => {
  it('announces getting ready with the exercise and the time', () => {
    expect(phaseAnnouncement(SCHEDULE, find('prepare', 0), EN)).to.equal(
      'Get ready: Lift. 5 seconds.',
    );
    expect(phaseAnnouncement(SCHEDULE, find('prepare', 1), EN)).to.equal(
      'Get ready: Reach. 5 seconds.',
    );
  });

  it('announces each rep, with its side', () => {
    expect(phaseAnnouncement(SCHEDULE, find('work', 0), EN)).to.equal('Rep 1 of 2.');
    expect(phaseAnnouncement(SCHEDULE, find('work', 1, 'left'), EN)).to.equal(
      'Rep 1 of 1, left side.',
    );
    expect(phaseAnnouncement(SCHEDULE, find('work', 1, 'right'), EN)).to.equal(
      'Rep 1 of 1, right side.',
    );
  });

  it('announces a hold with its time', () => {
    expect(phaseAnnouncement(SCHEDULE, find('hold', 0), EN)).to.equal('Hold, 3 seconds.');
  });

  it('announces the switch to the other side', () => {
    expect(phaseAnnouncement(SCHEDULE, find('switch', 1), EN)).to.equal(
      'Switch to the right side.',
    );
  });

  it('announces a rest with its time and the exercise after it, the last one included', () => {
    // In ROUTINE the only rest comes before the last exercise.
    expect(phaseAnnouncement(SCHEDULE, find('rest', 0), EN)).to.equal(
      'Rest, 20 seconds. Up next: Reach.',
    );
    const backBasics = buildSchedule(BACK_BASICS);
    const rests = backBasics.phases.filter((p) => p.kind === 'rest');
    expect(rests.map((p) => phaseAnnouncement(backBasics, p, EN))).to.deep.equal([
      'Rest, 15 seconds. Up next: Bird dog.',
      'Rest, 15 seconds. Up next: Bridge.',
      'Rest, 15 seconds. Up next: Superman.',
      'Rest, 15 seconds. Up next: Dead bug.',
      'Rest, 15 seconds. Up next: Pelvic tilt.',
    ]);
  });

  it('announces a rest with nothing after it without a next exercise', () => {
    expect(phaseAnnouncement(SCHEDULE, { ...phase('rest', 1), durationMs: 20_000 }, EN)).to.equal(
      'Rest, 20 seconds.',
    );
  });

  it('says the phase time as the countdown shows it at the start: "90 seconds", "1 second"', () => {
    // The ring counts whole seconds, rounded up, never minutes.
    expect(phaseAnnouncement(SCHEDULE, { ...phase('rest', 1), durationMs: 90_000 }, EN)).to.equal(
      'Rest, 90 seconds.',
    );
    expect(phaseAnnouncement(SCHEDULE, { ...phase('hold', 0), durationMs: 1000 }, EN)).to.equal(
      'Hold, 1 second.',
    );
    expect(phaseAnnouncement(SCHEDULE, { ...phase('hold', 0), durationMs: 2500 }, EN)).to.equal(
      'Hold, 3 seconds.',
    );
    expect(phaseAnnouncement(SCHEDULE, { ...phase('prepare', 0), durationMs: 1000 }, EN)).to.equal(
      'Get ready: Lift. 1 second.',
    );
  });

  it('announces the end with the closing message title', () => {
    expect(phaseAnnouncement(SCHEDULE, SCHEDULE.phases.at(-1)!, EN)).to.equal(
      'All done. Well done!',
    );
  });

  it('gives every phase of back-basics one short sentence, never "undefined"', () => {
    const schedule = buildSchedule(BACK_BASICS);
    for (const p of schedule.phases) {
      const text = phaseAnnouncement(schedule, p, EN);
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
    expect(phaseAnnouncement(schedule, schedule.phases[0]!, EN)).to.equal(
      `Get ready: ${name}. 5 seconds.`,
    );
  });
});

describe('closingText', () => {
  it('gives the closing message: the title and the time spent, in words', () => {
    expect(closingText(537_000, EN)).to.equal(
      'All done. Well done! You exercised for 8 minutes 57 seconds.',
    );
    expect(closingText(61_000, EN)).to.equal(
      'All done. Well done! You exercised for 1 minute 1 second.',
    );
    expect(closingText(1000, EN)).to.equal('All done. Well done! You exercised for 1 second.');
  });
});

describe('announcementFor', () => {
  it("says the phase's sentence while started, and the closing message once done", () => {
    const rest = find('rest', 0);
    expect(announcementFor(SCHEDULE, { status: 'running', phase: rest, activeMs: 0 }, EN)).to.equal(
      phaseAnnouncement(SCHEDULE, rest, EN),
    );
    const done = SCHEDULE.phases.at(-1)!;
    expect(
      announcementFor(SCHEDULE, { status: 'done', phase: done, activeMs: 61_000 }, EN),
    ).to.equal(closingText(61_000, EN));
  });
});

describe('what is announced and spoken', () => {
  it('uses words, not abbreviations or symbols, for every phase of any schedule', () => {
    const schedules = [SCHEDULE, buildSchedule(BACK_BASICS)];
    for (const schedule of schedules) {
      for (const p of schedule.phases) {
        const text = phaseAnnouncement(schedule, p, EN);
        expect(text, `${p.kind} ${p.startMs}`).to.not.match(UNSPOKEN);
      }
    }
    fc.assert(
      fc.property(
        fc.constantFrom(...KINDS),
        fc.integer({ min: 0, max: 700 }).map((tenths) => tenths * 100),
        (kind, durationMs) => {
          const p = { ...phase(kind, 0, 1, 'left'), durationMs };
          expect(phaseAnnouncement(SCHEDULE, p, EN)).to.not.match(UNSPOKEN);
        },
      ),
      { numRuns: 200 },
    );
    expect(closingText(537_000, EN)).to.not.match(UNSPOKEN);
  });
});

describe('keyHint', () => {
  const STATUSES: readonly RunStatus[] = ['idle', 'running', 'paused', 'done'];

  it('says which keys work where, for each state of the run', () => {
    const onControls = 'except on a button or checkbox, which it presses instead.';
    const arrows = 'Left and right arrows move between exercises.';
    expect(
      Object.fromEntries(STATUSES.map((status) => [status, keyHint(status, EN)])),
    ).to.deep.equal({
      idle: 'Space starts the routine, except on a button or checkbox, which it presses instead.',
      running: `Space pauses, ${onControls} ${arrows}`,
      paused: `Space resumes, ${onControls} ${arrows}`,
      done: 'The left arrow goes back to the last exercise.',
    });
  });

  it('never says Space pauses or resumes without saying a button or checkbox takes it', () => {
    for (const status of STATUSES) {
      const hint = keyHint(status, EN);
      if (/Space (pauses|resumes)/.test(hint))
        expect(hint, status).to.contain('except on a button or checkbox');
    }
  });
});
