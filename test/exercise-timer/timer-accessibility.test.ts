import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { luminance } from '../helpers/colour.js';
import { part, pressButton, timerScreen, type Timer } from '../harness/exercise-timer.js';
import { BACK, SECOND, SIDES_ROUTINE } from './fixtures.js';
import {
  fake,
  backBasics,
  timerFor,
  timerWith,
  skipAhead,
  pass,
  cleanups,
} from './timer-element.js';

describe('<knead-exercise-timer>', () => {
  describe('motion', function () {
    // Emulating the setting needs the Chrome DevTools Protocol, which Firefox lacks.
    before(function () {
      if (navigator.userAgent.includes('Firefox')) this.skip();
    });
    afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

    /** How the phase name enters and whether the ring animates between its steps. */
    const motion = (el: Timer) => {
      const phase = getComputedStyle(part(el, 'phase')!);
      const fill = getComputedStyle(el.shadowRoot!.querySelector('.fill')!);
      // Reduced motion cuts any transition to 0.01 ms (baseStyles): count that as none.
      const ring = parseFloat(fill.transitionDuration) < 0.001 ? 'still' : fill.transitionDuration;
      return { entrance: phase.animationName, ring };
    };

    it('the ring steps without animating; a new phase name eases in', async () => {
      await emulateMedia({ reducedMotion: 'no-preference' });
      const el = await backBasics();
      await pressButton(el, 'Start');
      expect(motion(el)).to.deep.equal({ entrance: 'knead-phase-in', ring: 'still' });
    });

    it('with reduced motion, nothing moves but the numbers', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await backBasics();
      await pressButton(el, 'Start');
      expect(motion(el)).to.deep.equal({ entrance: 'none', ring: 'still' });
    });
  });

  describe('accessibility in every state', () => {
    it('getting ready, moving, holding and paused', async () => {
      const el = await backBasics();
      await pressButton(el, 'Start');
      expect(timerScreen(el).phase).to.equal('Get ready');
      await expect(el).to.be.accessible();
      await pass(el, 5 * SECOND);
      expect(timerScreen(el).phase).to.equal('Move');
      await expect(el).to.be.accessible();
      await pressButton(el, 'Skip');
      await pass(el, 7 * SECOND);
      expect(timerScreen(el).phase).to.equal('Hold');
      await expect(el).to.be.accessible();
      await pressButton(el, 'Pause');
      await expect(el).to.be.accessible();
    });

    it('switching sides and resting', async () => {
      const el = await timerFor(SIDES_ROUTINE);
      await pressButton(el, 'Start');
      await pass(el, 13 * SECOND);
      expect(timerScreen(el).phase).to.equal('Switch sides');
      await expect(el).to.be.accessible();
      await pass(el, 14 * SECOND);
      expect(timerScreen(el).phase).to.equal('Rest');
      await expect(el).to.be.accessible();
    });

    it('done', async () => {
      const el = await backBasics();
      await pressButton(el, 'Start');
      await skipAhead(el, 6);
      expect(el.status).to.equal('done');
      await expect(el).to.be.accessible();
    });

    it('an unknown routine', async () => {
      const { el } = await timerWith({ routine: 'nope' });
      expect(timerScreen(el).message).to.include('could not be loaded');
      await expect(el).to.be.accessible();
    });

    it('with theme="dark": light text, accessible idle, running and done', async () => {
      const { el } = await timerWith({ theme: 'dark' });
      expect(luminance(getComputedStyle(part(el, 'heading')!).color) > 0.5, 'light text').to.equal(
        true,
      );
      await expect(el).to.be.accessible();
      await pressButton(el, 'Start');
      await pass(el, 5 * SECOND);
      await expect(el).to.be.accessible();
      await skipAhead(el, 6);
      await expect(el).to.be.accessible();
    });
  });

  describe('events', () => {
    it('bubble and are composed: the document hears them from inside a shadow root', async () => {
      const seen: string[] = [];
      for (const type of [
        'knead-exercise-start',
        'knead-exercise-change',
        'knead-exercise-pause',
        'knead-exercise-complete',
      ] as const) {
        const listener = (event: Event) => {
          if (event.bubbles && event.composed) seen.push(event.type);
        };
        document.addEventListener(type, listener);
        cleanups.push(() => document.removeEventListener(type, listener));
      }
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('knead-exercise-timer');
      el.adapters = fake;
      host.attachShadow({ mode: 'open' }).append(el);
      await el.updateComplete;

      await pressButton(el, 'Start');
      await pressButton(el, 'Pause');
      await pressButton(el, 'Resume');
      await pressButton(el, 'Skip');
      await pass(el, BACK.totalMs);
      expect(seen).to.deep.equal([
        'knead-exercise-start',
        'knead-exercise-change',
        'knead-exercise-pause',
        'knead-exercise-change',
        'knead-exercise-change',
        'knead-exercise-change',
        'knead-exercise-change',
        'knead-exercise-change',
        'knead-exercise-complete',
      ]);
    });
  });
});
