import { expect, nextFrame } from '@open-wc/testing';
import { SPACE } from '../helpers/keys.js';
import { deepActiveElement } from '../harness/dom.js';
import {
  button,
  buttonNames,
  checkbox,
  keyHint,
  part,
  pressButton,
  setCue,
  textOf,
  timerScreen,
} from '../harness/exercise-timer.js';
import { BACK, SECOND } from './fixtures.js';
import { press, hold, focused, backBasics, skipAhead, pass, record } from './timer-element.js';
import { setVisibility } from './fake-adapters.js';

describe('<knead-exercise-timer>', () => {
  describe('keyboard', () => {
    it('the arrow keys skip and go back while focus is on a button', async () => {
      const el = await backBasics();
      await pressButton(el, 'Start');
      button(el, 'Pause').focus();

      await press(el, 'ArrowRight');
      expect(timerScreen(el).progress).to.equal('Exercise 2 of 6 7:49 left');
      await press(el, 'ArrowRight');
      expect(timerScreen(el).exercise).to.equal('Bridge');
      await press(el, 'ArrowLeft');
      expect(timerScreen(el).exercise).to.equal('Bird dog');
      expect(textOf(deepActiveElement()), 'focus stays on Pause').to.equal('Pause');
      expect(el.status).to.equal('running');
    });

    it('Enter on Skip in the last exercise ends it, focus on the closing message; Enter again does not start it again', async () => {
      const starts = record('knead-exercise-start');
      const el = await backBasics();
      await pressButton(el, 'Start');
      await skipAhead(el, 5);
      await pass(el, 10 * SECOND);
      button(el, 'Skip').focus();

      await press(el, 'Enter');
      await nextFrame();
      expect(el.status).to.equal('done');
      expect(focused(), 'focus on the closing message').to.equal('done');
      expect(part(el, 'done')!.getAttribute('tabindex'), 'focusable by script only').to.equal('-1');
      expect(textOf(deepActiveElement())).to.equal(
        'All done. Well done! You exercised for 10 seconds.',
      );

      await press(el, 'Enter');
      expect(el.status, 'Enter again does not start it again').to.equal('done');
      expect(starts, 'started once').to.have.length(1);
      expect(focused()).to.equal('done');
    });

    it('a held Enter on Skip in the last exercise ends it; its repeats do not start it again', async () => {
      const starts = record('knead-exercise-start');
      const el = await backBasics();
      await pressButton(el, 'Start');
      await skipAhead(el, 5);
      button(el, 'Skip').focus();

      await hold(el, 'Enter', 3);
      expect(el.status).to.equal('done');
      expect(starts, 'started once').to.have.length(1);
      expect(focused()).to.equal('done');
    });

    for (const name of ['Skip', 'Pause'])
      it(`focus on ${name} when the routine ends by itself moves to the closing message, so Enter does not start it again`, async () => {
        const el = await backBasics();
        await pressButton(el, 'Start');
        button(el, name).focus();
        await pass(el, BACK.totalMs);
        await nextFrame();
        expect(el.status).to.equal('done');
        expect(focused(), 'not left on a button that now means Start again').to.equal('done');
        await press(el, 'Enter');
        expect(el.status).to.equal('done');
      });

    it('focus on "Start again" stays there while the timer updates', async () => {
      const el = await backBasics();
      await pressButton(el, 'Start');
      await skipAhead(el, 6);
      button(el, 'Start again').focus();
      await setCue(el, 'Beeps', true);
      button(el, 'Start again').focus();
      setVisibility('visible'); // the timer reads the clock and updates
      await el.updateComplete;
      expect(focused()).to.equal('button Start again');
    });

    it('the left arrow on the closing message goes back to the last exercise, focus on Resume', async () => {
      const el = await backBasics();
      await pressButton(el, 'Start');
      await skipAhead(el, 5);
      button(el, 'Skip').focus();
      await press(el, 'Enter');
      expect(focused()).to.equal('done');

      await press(el, 'ArrowLeft');
      await nextFrame();
      expect(el.status).to.equal('paused');
      expect(timerScreen(el).exercise).to.equal('Pelvic tilt');
      expect(focused(), 'focus stays in the timer').to.equal('button Resume');
    });

    /** Each button a held Enter may act on, where the run stands then, and what it did once. */
    const HELD_ENTER = [
      { on: 'Start', after: 0, status: 'running', focus: 'button Pause', starts: 1, pauses: 0 },
      { on: 'Pause', after: 1, status: 'paused', focus: 'button Resume', starts: 1, pauses: 1 },
      {
        on: 'Restart',
        after: 30,
        status: 'running',
        focus: 'button Restart',
        starts: 2,
        pauses: 0,
      },
      {
        on: 'Previous',
        after: 10,
        status: 'running',
        focus: 'button Previous',
        starts: 1,
        pauses: 0,
      },
    ] as const;

    for (const { on, after, status, focus, starts, pauses } of HELD_ENTER)
      it(`a held Enter on ${on} acts once: its repeats do not undo it`, async () => {
        const heard = {
          starts: record('knead-exercise-start'),
          pauses: record('knead-exercise-pause'),
        };
        const el = await backBasics();
        if (on !== 'Start') await pressButton(el, 'Start');
        await pass(el, after * SECOND);
        button(el, on).focus();
        await hold(el, 'Enter', 3);
        expect(el.status).to.equal(status);
        expect(focused()).to.equal(focus);
        expect(heard.starts).to.have.length(starts);
        expect(heard.pauses).to.have.length(pauses);
        if (on === 'Previous')
          expect(timerScreen(el), 'still at the top').to.include({
            progress: 'Exercise 1 of 6 8:57 left',
            phase: 'Get ready',
          });
      });

    it('a held Space on the timer itself starts once: its repeats do not pause', async () => {
      const pauses = record('knead-exercise-pause');
      const el = await backBasics();
      el.shadowRoot!.querySelector('section')!.focus();
      await hold(el, SPACE, 3);
      expect(el.status).to.equal('running');
      expect(pauses).to.deep.equal([]);
    });

    it('before the start, the hint says Space starts (a button or checkbox it presses), and so it does', async () => {
      const el = await backBasics();
      expect(keyHint(el)).to.equal(
        'Space starts the routine, except on a button or checkbox, which it presses instead.',
      );
      checkbox(el, 'Beeps')!.focus();
      await press(el, SPACE);
      expect(timerScreen(el).cues.beeps).to.equal(true);
      expect(el.status).to.equal('idle');
      button(el, 'Start').focus();
      await press(el, SPACE);
      expect(el.status).to.equal('running');
    });

    it('while running and paused, the hint says where Space pauses and where it presses a control, and so it does', async () => {
      const el = await backBasics();
      await pressButton(el, 'Start');
      const onControls = 'except on a button or checkbox, which it presses instead.';
      const arrows = 'Left and right arrows move between exercises.';
      expect(keyHint(el)).to.equal(`Space pauses, ${onControls} ${arrows}`);

      button(el, 'Skip').focus();
      await press(el, SPACE);
      expect(
        { status: el.status, exercise: timerScreen(el).exercise },
        'on a button, Space presses it',
      ).to.deep.equal({ status: 'running', exercise: 'Bird dog' });

      checkbox(el, 'Spoken cues')!.focus();
      await press(el, SPACE);
      expect(timerScreen(el).cues.spoken, 'on a checkbox, Space ticks it').to.equal(true);
      expect(el.status).to.equal('running');
      await press(el, 'ArrowRight');
      expect(timerScreen(el).exercise, 'the arrows work on a checkbox too').to.equal('Bridge');

      el.shadowRoot!.querySelector('section')!.focus();
      await press(el, SPACE);
      expect(el.status, 'on the timer itself, Space pauses').to.equal('paused');
      expect(keyHint(el)).to.equal(`Space resumes, ${onControls} ${arrows}`);
      await press(el, 'ArrowLeft');
      expect(timerScreen(el).exercise).to.equal('Bird dog');

      button(el, 'Skip').focus();
      await press(el, SPACE);
      expect({ status: el.status, exercise: timerScreen(el).exercise }).to.deep.equal({
        status: 'paused',
        exercise: 'Bridge',
      });
      el.shadowRoot!.querySelector('section')!.focus();
      await press(el, SPACE);
      expect(el.status, 'on the timer itself, Space resumes').to.equal('running');
    });

    it('once done, the hint names only the left arrow; Space and Enter do not start again', async () => {
      const el = await backBasics();
      await pressButton(el, 'Start');
      await skipAhead(el, 5);
      button(el, 'Skip').focus();
      await press(el, SPACE);
      expect(el.status).to.equal('done');
      expect(keyHint(el)).to.equal('The left arrow goes back to the last exercise.');
      expect(focused()).to.equal('done');

      for (const key of [SPACE, 'Enter', 'ArrowRight']) {
        await press(el, key);
        expect(el.status, key).to.equal('done');
      }
      await press(el, 'ArrowLeft');
      expect(el.status).to.equal('paused');
      expect(timerScreen(el).exercise).to.equal('Pelvic tilt');
    });

    it('the arrow keys do nothing before the start', async () => {
      const el = await backBasics();
      button(el, 'Start').focus();
      await press(el, 'ArrowRight');
      expect(el.status).to.equal('idle');
      expect(buttonNames(el)).to.deep.equal(['Print this routine', 'Start']);
    });

    it('Space on the timer itself starts, pauses and resumes', async () => {
      const el = await backBasics();
      el.shadowRoot!.querySelector('section')!.focus();

      await press(el, SPACE);
      expect(el.status).to.equal('running');
      await pass(el, 2 * SECOND);
      await press(el, SPACE);
      expect(el.status).to.equal('paused');
      expect(timerScreen(el).countdown).to.equal('3 seconds');
      await press(el, SPACE);
      expect(el.status).to.equal('running');
      expect(buttonNames(el)).to.include('Pause');
    });

    it('Space on the Pause button presses it once, not twice', async () => {
      const el = await backBasics();
      await pressButton(el, 'Start');
      button(el, 'Pause').focus();
      await press(el, SPACE);
      expect(el.status).to.equal('paused');
      expect(textOf(deepActiveElement())).to.equal('Resume');
    });

    it('Space on a checkbox ticks it and leaves the timer alone', async () => {
      const el = await backBasics();
      await pressButton(el, 'Start');
      checkbox(el, 'Beeps')!.focus();
      await press(el, SPACE);
      expect(timerScreen(el).cues.beeps).to.equal(true);
      expect(el.status).to.equal('running');
    });
  });
});
