import { expect, oneEvent } from '@open-wc/testing';
import { button, buttonNames, pressButton, timerScreen } from '../harness/exercise-timer.js';
import { BACK, MINUTE, SECOND } from './fixtures.js';
import { fake, backBasics, skipAhead, pass, record } from './timer-element.js';

describe('<knead-exercise-timer>', () => {
  describe('pause and resume', () => {
    it('stops time while paused: the screen is the same ten minutes later', async () => {
      const pauses = record('knead-exercise-pause');
      const completes = record('knead-exercise-complete');
      const el = await backBasics();
      await pressButton(el, 'Start');
      await pass(el, 7 * SECOND); // cat-cow, rep 1, 4 s left
      const changes = record('knead-exercise-change');

      await pressButton(el, 'Pause');
      expect(pauses).to.deep.equal([{ id: 'cat-cow', index: 0 }]);
      expect(el.status).to.equal('paused');
      expect(buttonNames(el)).to.deep.equal(['Previous', 'Resume', 'Skip', 'Restart']);
      expect(timerScreen(el).announcement).to.equal('Paused.');
      const paused = timerScreen(el);
      expect(paused).to.include({
        phase: 'Move',
        countdown: '4 seconds',
        rep: 'Rep 1 of 8',
        paused: 'Paused',
      });
      expect(fake.clock.pending(), 'no timer while paused').to.equal(0);

      await pass(el, 10 * MINUTE);
      expect(timerScreen(el)).to.deep.equal(paused);

      await pressButton(el, 'Resume');
      expect(el.status).to.equal('running');
      expect(buttonNames(el)).to.deep.equal(['Previous', 'Pause', 'Skip', 'Restart']);
      expect(timerScreen(el)).to.include({ countdown: '4 seconds', paused: '' });
      expect(timerScreen(el).announcement, 'resuming says where it is').to.equal('Rep 1 of 8.');
      await pass(el, SECOND);
      expect(timerScreen(el).countdown).to.equal('3 seconds');
      expect(changes, 'pausing and resuming is no change of exercise').to.deep.equal([]);

      await pass(el, BACK.totalMs);
      expect(completes, 'the pause does not count').to.deep.equal([
        { routine: 'back-basics', durationSeconds: BACK.totalMs / SECOND },
      ]);
    });

    it('fires knead-exercise-pause on the element, bubbling and composed', async () => {
      const el = await backBasics();
      await pressButton(el, 'Start');
      await pressButton(el, 'Skip');
      const paused = oneEvent(el, 'knead-exercise-pause');
      button(el, 'Pause').click();
      const event = await paused;
      expect(event.detail).to.deep.equal({ id: 'bird-dog', index: 1 });
      expect(event.bubbles && event.composed).to.equal(true);
    });
  });

  describe('skip and previous', () => {
    it('Skip moves to the next exercise, running or paused', async () => {
      const changes = record('knead-exercise-change');
      const el = await backBasics();
      await pressButton(el, 'Start');
      await pass(el, 20 * SECOND);

      await pressButton(el, 'Skip');
      expect(timerScreen(el)).to.include({
        progress: 'Exercise 2 of 6 7:49 left',
        exercise: 'Bird dog',
        phase: 'Get ready',
        countdown: '5 seconds',
      });
      expect(el.status).to.equal('running');

      await pressButton(el, 'Pause');
      await pressButton(el, 'Skip');
      expect(timerScreen(el)).to.include({
        exercise: 'Bridge',
        phase: 'Get ready',
        paused: 'Paused',
      });
      expect(el.status, 'skipping keeps it paused').to.equal('paused');
      expect(changes).to.deep.equal([
        { id: 'cat-cow', index: 0 },
        { id: 'bird-dog', index: 1 },
        { id: 'bridge', index: 2 },
      ]);

      await pressButton(el, 'Resume');
      expect(changes, 'no second event for bridge on resume').to.have.length(3);
    });

    it('Skip on the last exercise ends the routine', async () => {
      const completes = record('knead-exercise-complete');
      const el = await backBasics();
      await pressButton(el, 'Start');
      await skipAhead(el, 5);
      await pass(el, 10 * SECOND);
      await pressButton(el, 'Skip');
      expect(el.status).to.equal('done');
      expect(completes).to.deep.equal([{ routine: 'back-basics', durationSeconds: 10 }]);
      expect(buttonNames(el)).to.deep.equal(['Start again']);
    });

    it('Previous goes to the exercise before within 3 s of a start, else to its start', async () => {
      const el = await backBasics();
      await pressButton(el, 'Start');
      await pressButton(el, 'Skip');
      await pass(el, 2 * SECOND);
      await pressButton(el, 'Previous');
      expect(timerScreen(el)).to.include({
        progress: 'Exercise 1 of 6 8:57 left',
        exercise: 'Cat-cow',
        countdown: '5 seconds',
      });

      await pressButton(el, 'Skip');
      await pass(el, 5 * SECOND); // bird dog, rep 1
      await pressButton(el, 'Previous');
      expect(timerScreen(el)).to.include({
        progress: 'Exercise 2 of 6 7:49 left',
        exercise: 'Bird dog',
        phase: 'Get ready',
        countdown: '5 seconds',
      });

      await pressButton(el, 'Previous');
      expect(timerScreen(el).exercise, 'pressed again at once: the one before').to.equal('Cat-cow');
      await pressButton(el, 'Previous');
      expect(timerScreen(el).exercise, 'nothing before the first').to.equal('Cat-cow');
    });
  });
});
