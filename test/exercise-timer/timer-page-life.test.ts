import { aTimeout, expect } from '@open-wc/testing';
import { buildSchedule } from '../../src/exercise-timer/schedule.js';
import { timerState } from '../../src/exercise-timer/timer-machine.js';
import {
  clockText,
  countdownSeconds,
  phaseLabel,
  repText,
} from '../../src/exercise-timer/timer-text.js';
import { TIMER_MESSAGES as EN } from '../../src/exercise-timer/timer-messages.js';
import { buttonNames, pressButton, setCue, timerScreen } from '../harness/exercise-timer.js';
import { fakeAdapters, setVisibility } from './fake-adapters.js';
import { BACK, LONG_ROUTINE, MINUTE, SECOND } from './fixtures.js';
import {
  secondsText,
  fake,
  backBasics,
  timerFor,
  timerWith,
  pass,
  record,
  beepsSince,
  beepMark,
  cleanups,
} from './timer-element.js';

describe('<knead-exercise-timer>', () => {
  describe('a tab hidden for ten minutes', () => {
    it('shows exactly where the routine is on return, announced, without beeping the past', async () => {
      const long = buildSchedule(LONG_ROUTINE);
      const el = await timerFor(LONG_ROUTINE);
      await setCue(el, 'Beeps', true);
      const startedAt = fake.clock.now();
      await pressButton(el, 'Start');
      await pass(el, 4 * SECOND);
      const changes = record('knead-exercise-change');

      setVisibility('hidden');
      const hidden = beepMark();
      fake.clock.jump(10 * MINUTE); // no timer runs in the hidden tab
      await el.updateComplete;
      setVisibility('visible');
      await el.updateComplete;

      const run = { status: 'running' as const, positionMs: 0, sinceMs: startedAt, activeMs: 0 };
      const expected = timerState(long, run, fake.clock.now());
      expect(
        expected.positionMs - expected.phase.startMs,
        'the test lands well inside a phase',
      ).to.be.at.least(SECOND);
      expect(timerScreen(el)).to.include({
        progress: `Exercise ${expected.exerciseIndex + 1} of 3 ${clockText(expected.routineLeftMs)} left`,
        exercise: expected.exercise!.name,
        phase: phaseLabel(expected.phase.kind, EN),
        countdown: secondsText(countdownSeconds(expected.phaseLeftMs)),
        rep: repText(expected.phase, expected.exercise, EN),
      });
      // Spelled out, so a reader sees where that is: bird dog, rep 19, right side, holding.
      expect(timerScreen(el)).to.include({
        progress: 'Exercise 2 of 3 2:11 left',
        phase: 'Hold',
        countdown: '1 second',
        rep: 'Rep 19 of 20, right side',
      });
      expect(timerScreen(el).announcement).to.equal('Hold, 3 seconds.');
      expect(beepsSince(hidden, startedAt), 'no beeps for the phases missed').to.deep.equal([]);
      expect(changes).to.deep.equal([{ id: 'bird-dog', index: 1 }]);

      await pass(el, SECOND);
      expect(timerScreen(el)).to.include({ phase: 'Move', rep: 'Rep 20 of 20, left side' });
      expect(beepsSince(hidden, startedAt), 'on time again: beeps again').to.deep.equal([
        '605 s phase',
      ]);
    });

    it('shows the end when the routine finished while hidden', async () => {
      const completes = record('knead-exercise-complete');
      const el = await backBasics();
      await setCue(el, 'Beeps', true);
      await pressButton(el, 'Start');
      setVisibility('hidden');
      const hidden = beepMark();
      fake.clock.jump(10 * MINUTE);
      setVisibility('visible');
      await el.updateComplete;
      expect(el.status).to.equal('done');
      expect(beepsSince(hidden, 0), 'no fanfare for an end long past').to.deep.equal([]);
      expect(buttonNames(el)).to.deep.equal(['Start again']);
      expect(completes).to.deep.equal([
        { routine: 'back-basics', durationSeconds: BACK.totalMs / SECOND },
      ]);
    });
  });

  describe('persist', () => {
    const KEY = 'knead-exercise-timer:back-basics';

    it('resumes after a reload where wall-clock time says the routine is', async () => {
      const { el: first } = await timerWith({ persist: '' });
      await setCue(first, 'Beeps', true);
      await pressButton(first, 'Start');
      await pass(first, 70 * SECOND); // bird dog, getting ready
      expect(localStorage.getItem(KEY), 'remembered').to.be.a('string');
      first.remove();

      fake.clock.jump(10 * SECOND); // the page reloads
      const changes = record('knead-exercise-change');
      const starts = record('knead-exercise-start');
      const again = fakeAdapters(fake.clock);
      const { el: second } = await timerWith({ persist: '' }, { adapters: again });
      expect(second.status).to.equal('running');
      expect(timerScreen(second)).to.include({
        progress: 'Exercise 2 of 6 7:37 left',
        exercise: 'Bird dog',
        phase: 'Hold',
        countdown: '3 seconds',
        rep: 'Rep 1 of 10, right side',
      });
      expect(buttonNames(second)).to.deep.equal(['Previous', 'Pause', 'Skip', 'Restart']);
      expect(timerScreen(second).cues.beeps, 'the cue choice comes back').to.equal(true);
      expect(changes).to.deep.equal([{ id: 'bird-dog', index: 1 }]);
      expect(starts, 'a resume is no new start').to.deep.equal([]);

      await fake.clock.advance(SECOND, () => second.updateComplete);
      await second.updateComplete;
      expect(timerScreen(second).countdown, 'and it runs on').to.equal('2 seconds');
    });

    it('resumes a paused run paused', async () => {
      const { el: first } = await timerWith({ persist: '' });
      await pressButton(first, 'Start');
      await pass(first, 7 * SECOND);
      await pressButton(first, 'Pause');
      first.remove();
      fake.clock.jump(5 * MINUTE);
      const { el: second } = await timerWith(
        { persist: '' },
        { adapters: fakeAdapters(fake.clock) },
      );
      expect(second.status).to.equal('paused');
      expect(timerScreen(second)).to.include({ countdown: '4 seconds', rep: 'Rep 1 of 8' });
    });

    it('forgets the run once done', async () => {
      const { el } = await timerWith({ persist: '' });
      await pressButton(el, 'Start');
      expect(localStorage.getItem(KEY)).to.be.a('string');
      await pass(el, BACK.totalMs);
      expect(el.status).to.equal('done');
      expect(localStorage.getItem(KEY)).to.equal(null);
    });

    it('without persist, never touches localStorage', async () => {
      const calls: string[] = [];
      const original = {
        getItem: Storage.prototype.getItem,
        setItem: Storage.prototype.setItem,
        removeItem: Storage.prototype.removeItem,
      };
      for (const name of ['getItem', 'setItem', 'removeItem'] as const) {
        Storage.prototype[name] = function (this: Storage, ...args: never[]) {
          calls.push(name);
          return (original[name] as (...a: never[]) => unknown).apply(this, args);
        } as never;
      }
      cleanups.push(() => Object.assign(Storage.prototype, original));

      const el = await backBasics();
      await setCue(el, 'Beeps', true);
      await pressButton(el, 'Start');
      await pass(el, 20 * SECOND);
      await pressButton(el, 'Pause');
      await pressButton(el, 'Resume');
      await pressButton(el, 'Skip');
      await pass(el, BACK.totalMs);
      el.remove();
      expect(calls).to.deep.equal([]);
    });
  });

  describe('screen wake lock', () => {
    it('holds the screen on while running, and lets it go on pause and at the end', async () => {
      const el = await backBasics();
      await pressButton(el, 'Start');
      expect(fake.wakeLock.held, 'held once started').to.equal(true);

      await pressButton(el, 'Pause');
      expect(fake.wakeLock.held, 'let go on pause').to.equal(false);
      await pressButton(el, 'Resume');
      expect(fake.wakeLock.held, 'held again on resume').to.equal(true);

      await pass(el, BACK.totalMs);
      expect(el.status).to.equal('done');
      expect(fake.wakeLock.held, 'let go at the end').to.equal(false);
    });

    it('asks again when the page is visible again while running', async () => {
      const el = await backBasics();
      await pressButton(el, 'Start');
      setVisibility('hidden');
      fake.wakeLock.drop(); // the browser lets the lock go with the page hidden
      await pass(el, 3 * SECOND);
      expect(fake.wakeLock.held, 'not asked for while hidden').to.equal(false);

      fake.clock.jump(400);
      setVisibility('visible');
      await el.updateComplete;
      expect(fake.wakeLock.held, 'asked for again on return').to.equal(true);
    });

    it('does not ask when the page comes back while paused', async () => {
      const el = await backBasics();
      await pressButton(el, 'Start');
      await pressButton(el, 'Pause');
      const requests = fake.wakeLock.requests;
      setVisibility('hidden');
      fake.clock.jump(MINUTE);
      setVisibility('visible');
      await el.updateComplete;
      expect(fake.wakeLock.requests).to.equal(requests);
      expect(fake.wakeLock.held).to.equal(false);
    });
  });

  describe('leaving the page', () => {
    it('cleans up: no timer, no lock, no speech, audio closed, no more events', async () => {
      const el = await backBasics();
      await setCue(el, 'Beeps', true);
      await setCue(el, 'Spoken cues', true);
      await pressButton(el, 'Start');
      await pass(el, 3 * SECOND);
      expect(fake.clock.pending()).to.equal(1);
      const cancels = fake.voice.cancels;

      el.remove();
      expect(fake.clock.pending(), 'no timer left').to.equal(0);
      expect(fake.wakeLock.held, 'the lock let go').to.equal(false);
      expect(fake.voice.cancels, 'speech cancelled').to.equal(cancels + 1);
      expect(fake.sound.closes, 'audio closed').to.equal(1);

      const heard = [record('knead-exercise-change'), record('knead-exercise-complete')];
      const beeps = fake.sound.beeps.length;
      const spoken = fake.voice.spoken.length;
      await fake.clock.advance(20 * MINUTE);
      await aTimeout(0);
      expect(heard.flat()).to.deep.equal([]);
      expect(fake.sound.beeps.length).to.equal(beeps);
      expect(fake.voice.spoken.length).to.equal(spoken);

      setVisibility('visible');
      await aTimeout(0);
      expect(fake.clock.pending(), 'a visible page does not wake it').to.equal(0);
    });

    it('moved to another place in the page, it keeps running', async () => {
      const el = await backBasics();
      await pressButton(el, 'Start');
      await pass(el, SECOND);
      const elsewhere = document.createElement('div');
      el.parentElement!.after(elsewhere);
      cleanups.push(() => elsewhere.remove());

      elsewhere.append(el); // disconnected and connected again, at the same moment
      await el.updateComplete;
      expect(fake.wakeLock.held, 'the screen is held again').to.equal(true);
      await pass(el, SECOND);
      expect(timerScreen(el).countdown, 'the countdown still moves').to.equal('3 seconds');
    });
  });
});
