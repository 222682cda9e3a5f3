import { expect } from '@open-wc/testing';
import { EXERCISES } from '../../src/exercise-timer/built-in-exercises.js';
import {
  BACK_BASICS_OVERVIEW,
  buttonNames,
  pressButton,
  textOf,
  timerScreen,
} from '../harness/exercise-timer.js';
import { BACK, MINUTE, SECOND, SIDES_ROUTINE } from './fixtures.js';
import { fake, backBasics, timerFor, skipAhead, walk, pass, record } from './timer-element.js';

describe('<knead-exercise-timer>', () => {
  describe('before the start', () => {
    it('shows the six back-basics exercises with their doses, Print this routine and Start', async () => {
      const el = await backBasics();
      expect(timerScreen(el).heading).to.equal('Back basics');
      expect(timerScreen(el).headingLevel).to.equal('2');
      expect(textOf(el.shadowRoot!.querySelector('.summary'))).to.equal(
        '6 exercises, about 9 min.',
      );
      expect(timerScreen(el).overview).to.deep.equal(BACK_BASICS_OVERVIEW);
      expect(buttonNames(el)).to.deep.equal(['Print this routine', 'Start']);
      expect(timerScreen(el).cues.beeps, 'Beeps start off').to.equal(false);
      expect(timerScreen(el).cues.spoken, 'Spoken cues start off').to.equal(false);
      expect(timerScreen(el).announcement).to.equal('');
      expect(el.status).to.equal('idle');
      expect(fake.clock.pending(), 'no timer while idle').to.equal(0);
      expect(fake.wakeLock.requests, 'no wake lock while idle').to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('lets time pass without moving', async () => {
      const el = await backBasics();
      await pass(el, 10 * MINUTE);
      expect(el.status).to.equal('idle');
      expect(buttonNames(el)).to.deep.equal(['Print this routine', 'Start']);
    });
  });

  describe('a whole routine', () => {
    it('runs from Start to done, telling the page about each exercise in order', async () => {
      const starts = record('knead-exercise-start');
      const changes = record('knead-exercise-change');
      const completes = record('knead-exercise-complete');
      const el = await backBasics();

      await pressButton(el, 'Start');
      expect(starts).to.deep.equal([{ routine: 'back-basics' }]);
      expect(changes).to.deep.equal([{ id: 'cat-cow', index: 0 }]);
      expect(buttonNames(el)).to.deep.equal(['Previous', 'Pause', 'Skip', 'Restart']);

      await pass(el, BACK.totalMs - SECOND);
      expect(completes, 'not done a second before the end').to.deep.equal([]);
      expect(timerScreen(el).countdown).to.equal('1 second');
      expect(timerScreen(el).progress).to.equal('Exercise 6 of 6 0:01 left');

      await pass(el, SECOND);
      expect(changes).to.deep.equal([
        { id: 'cat-cow', index: 0 },
        { id: 'bird-dog', index: 1 },
        { id: 'bridge', index: 2 },
        { id: 'superman', index: 3 },
        { id: 'dead-bug', index: 4 },
        { id: 'pelvic-tilt', index: 5 },
      ]);
      expect(completes).to.deep.equal([
        { routine: 'back-basics', durationSeconds: BACK.totalMs / SECOND },
      ]);
      expect(starts, 'started once').to.have.length(1);
      expect(el.status).to.equal('done');
      expect(timerScreen(el).done).to.equal(
        'All done. Well done! You exercised for 8 minutes 57 seconds.',
      );
      expect(buttonNames(el)).to.deep.equal(['Start again']);
      expect(timerScreen(el).announcement).to.equal(
        'All done. Well done! You exercised for 8 minutes 57 seconds.',
      );
      expect(fake.clock.pending(), 'no timer once done').to.equal(0);

      await pass(el, 5 * MINUTE);
      expect(completes, 'done once').to.have.length(1);
    });

    it('starts again from the top with "Start again"', async () => {
      const starts = record('knead-exercise-start');
      const el = await backBasics();
      await pressButton(el, 'Start');
      await pass(el, BACK.totalMs);
      const changes = record('knead-exercise-change');

      await pressButton(el, 'Start again');
      expect(starts).to.deep.equal([{ routine: 'back-basics' }, { routine: 'back-basics' }]);
      expect(changes).to.deep.equal([{ id: 'cat-cow', index: 0 }]);
      expect(timerScreen(el).progress).to.equal('Exercise 1 of 6 8:57 left');
      expect(timerScreen(el).phase).to.equal('Get ready');
      expect(buttonNames(el)).to.deep.equal(['Previous', 'Pause', 'Skip', 'Restart']);
    });

    it('Restart goes back to the top, running, and says so to the page', async () => {
      const el = await backBasics();
      await pressButton(el, 'Start');
      await pass(el, 100 * SECOND);
      const starts = record('knead-exercise-start');
      const changes = record('knead-exercise-change');

      await pressButton(el, 'Restart');
      expect(starts).to.deep.equal([{ routine: 'back-basics' }]);
      expect(changes).to.deep.equal([{ id: 'cat-cow', index: 0 }]);
      expect(el.status).to.equal('running');
      expect(timerScreen(el).progress).to.equal('Exercise 1 of 6 8:57 left');
      expect(timerScreen(el).countdown).to.equal('5 seconds');
    });
  });

  describe('what each moment shows', () => {
    it('counts down each phase with its name, the rep and what is next', async () => {
      const el = await backBasics();
      await pressButton(el, 'Start');
      expect(timerScreen(el)).to.deep.include({
        progress: 'Exercise 1 of 6 8:57 left',
        exercise: 'Cat-cow',
        phase: 'Get ready',
        countdown: '5 seconds',
        rep: '',
        next: 'Up next: Bird dog',
        paused: '',
        overview: [],
        steps: EXERCISES['cat-cow'].steps,
        breathing: 'Breathe in for cow, out for cat.',
      });
      await walk(el, [
        [1, { countdown: '4 seconds', progress: 'Exercise 1 of 6 8:56 left' }],
        // 0:05: the first of 8 reps of 6 s
        [4, { phase: 'Move', countdown: '6 seconds', rep: 'Rep 1 of 8' }],
        [6, { phase: 'Move', countdown: '6 seconds', rep: 'Rep 2 of 8' }],
        // 0:53: the rest before bird dog shows it ahead, its steps and breathing
        [
          42,
          {
            progress: 'Exercise 1 of 6 8:04 left',
            exercise: 'Up next: Bird dog',
            phase: 'Rest',
            countdown: '15 seconds',
            rep: '',
            next: '',
            steps: EXERCISES['bird-dog'].steps,
            breathing: EXERCISES['bird-dog'].breathing,
          },
        ],
        [
          15,
          {
            progress: 'Exercise 2 of 6 7:49 left',
            exercise: 'Bird dog',
            phase: 'Get ready',
            countdown: '5 seconds',
            next: 'Up next: Bridge',
          },
        ],
        // 1:13: reach for 2 s, hold for 3 s, each side in turn
        [5, { phase: 'Move', countdown: '2 seconds', rep: 'Rep 1 of 10, left side' }],
        [2, { phase: 'Hold', countdown: '3 seconds', rep: 'Rep 1 of 10, left side' }],
        [3, { phase: 'Move', rep: 'Rep 1 of 10, right side' }],
        [2, { phase: 'Hold', rep: 'Rep 1 of 10, right side' }],
        // two sides of 5 s a rep: rep 3 on the left
        [13, { phase: 'Move', rep: 'Rep 3 of 10, left side' }],
      ]);
    });

    it('says "Last exercise" where there is nothing up next', async () => {
      const el = await backBasics();
      await pressButton(el, 'Start');
      await skipAhead(el, 5);
      expect(timerScreen(el)).to.include({
        progress: 'Exercise 6 of 6 0:55 left',
        exercise: 'Pelvic tilt',
        next: 'Last exercise',
      });
    });

    it('a routine on both sides: left reps, a switch, then right reps', async () => {
      const el = await timerFor(SIDES_ROUTINE);
      expect(timerScreen(el).overview).to.deep.equal([
        'Clamshell 2 reps per side, hold 2 s',
        'Bridge 8 reps, hold 10 s',
      ]);
      await pressButton(el, 'Start');
      await walk(el, [
        [0, { exercise: 'Clamshell', phase: 'Get ready', countdown: '3 seconds' }],
        [3, { phase: 'Move', rep: 'Rep 1 of 2, left side' }],
        [3, { phase: 'Hold', countdown: '2 seconds', rep: 'Rep 1 of 2, left side' }],
        [2, { phase: 'Move', rep: 'Rep 2 of 2, left side' }],
        [
          5,
          {
            phase: 'Switch sides',
            countdown: '4 seconds',
            rep: 'Next: right side',
            announcement: 'Switch to the right side.',
          },
        ],
        [4, { phase: 'Move', rep: 'Rep 1 of 2, right side' }],
        [5, { phase: 'Move', rep: 'Rep 2 of 2, right side' }],
        [5, { phase: 'Rest', countdown: '10 seconds', exercise: 'Up next: Bridge', next: '' }],
      ]);
    });
  });
});
