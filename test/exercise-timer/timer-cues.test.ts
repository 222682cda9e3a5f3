import { expect, fixture, html } from '@open-wc/testing';
import { EXERCISES } from '../../src/exercise-timer/built-in-exercises.js';
import { deepActiveElement } from '../harness/dom.js';
import {
  button,
  checkbox,
  liveRegion,
  pressButton,
  setCue,
  textOf,
  timerScreen,
} from '../harness/exercise-timer.js';
import { type BeepRecord } from './fake-adapters.js';
import { BACK, SECOND } from './fixtures.js';
import {
  press,
  focused,
  fake,
  backBasics,
  timerFor,
  skipAhead,
  pass,
  beepsSince,
  beepMark,
  cleanups,
} from './timer-element.js';

describe('<knead-exercise-timer>', () => {
  describe('cues', () => {
    it('with Beeps off, nothing beeps and audio is never unlocked', async () => {
      const el = await backBasics();
      await pressButton(el, 'Start');
      await pass(el, BACK.totalMs);
      expect(el.status).to.equal('done');
      expect(fake.sound.beeps).to.deep.equal([]);
      expect(fake.sound.unlocks).to.deep.equal([]);
    });

    it('ticking Beeps unlocks audio inside the tap, with a sample beep', async () => {
      const el = await backBasics();
      checkbox(el, 'Beeps')!.click();
      // Checked right after the click, before any await: still inside the tap (iOS).
      expect(fake.sound.unlocks).to.have.length(1);
      expect(fake.sound.beeps.map((beep) => beep.kind)).to.deep.equal(['count']);
      await el.updateComplete;
      await pressButton(el, 'Start');
      expect(fake.sound.unlocks, 'every control unlocks again').to.have.length(2);
    });

    it('with Beeps on: a beep at each new phase, a count at 3, 2, 1 s left, and one at the end', async () => {
      const el = await backBasics();
      await setCue(el, 'Beeps', true); // with a sample beep
      const start = fake.clock.now();
      const started = beepMark();
      await pressButton(el, 'Start');
      await pass(el, 17 * SECOND);
      // Get ready (5 s), then cat-cow reps of 6 s.
      expect(beepsSince(started, start)).to.deep.equal([
        '0 s phase',
        '2 s count',
        '3 s count',
        '4 s count',
        '5 s phase',
        '8 s count',
        '9 s count',
        '10 s count',
        '11 s phase',
        '14 s count',
        '15 s count',
        '16 s count',
        '17 s phase',
      ]);

      await pass(el, BACK.totalMs);
      const heard = fake.sound.beeps.slice(started);
      const at = (beep: BeepRecord) => beep.at - start;
      const phaseBeeps = heard.filter((beep) => beep.kind === 'phase').map(at);
      const phases = BACK.phases.filter((phase) => phase.kind !== 'done');
      expect(phaseBeeps, 'one at the start of every phase').to.deep.equal(
        phases.map((phase) => phase.startMs),
      );
      const countBeeps = heard.filter((beep) => beep.kind === 'count').map(at);
      for (const phase of phases.filter((p) => p.durationMs > 3 * SECOND)) {
        const end = phase.startMs + phase.durationMs;
        const inPhase = countBeeps.filter((time) => time > phase.startMs && time < end);
        expect(inPhase, `${phase.kind} at ${phase.startMs} ms`).to.deep.equal([
          end - 3 * SECOND,
          end - 2 * SECOND,
          end - SECOND,
        ]);
      }
      // Short phases (bird dog's 2 s move and 3 s hold) get their phase beep only.
      for (const phase of phases.filter((p) => p.durationMs <= 3 * SECOND)) {
        const end = phase.startMs + phase.durationMs;
        const inPhase = countBeeps.filter((time) => time > phase.startMs && time < end);
        expect(inPhase, `${phase.kind} at ${phase.startMs} ms`).to.deep.equal([]);
      }
      expect(heard.at(-1)).to.deep.equal({ kind: 'done', at: start + BACK.totalMs });
    });

    it('turning Beeps off stops them', async () => {
      const el = await backBasics();
      await setCue(el, 'Beeps', true);
      await pressButton(el, 'Start');
      await setCue(el, 'Beeps', false);
      const off = beepMark();
      await pass(el, 30 * SECOND);
      expect(beepsSince(off, fake.clock.now())).to.deep.equal([]);
    });

    it('Spoken cues say each phase as it starts, in the page language', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en-GB">
          <knead-exercise-timer .adapters=${fake}></knead-exercise-timer>
        </div>`,
      );
      const el = wrapper.querySelector('knead-exercise-timer')!;
      await el.updateComplete;
      checkbox(el, 'Spoken cues')!.click();
      expect(fake.voice.texts, 'spoken inside the tap').to.deep.equal(['Spoken cues on.']);
      await el.updateComplete;

      await pressButton(el, 'Start');
      await pass(el, 11 * SECOND);
      expect(fake.voice.texts).to.deep.equal([
        'Spoken cues on.',
        'Get ready: Cat-cow. 5 seconds.',
        'Rep 1 of 8.',
        'Rep 2 of 8.',
      ]);
      expect(fake.voice.spoken.every((utterance) => utterance.lang === 'en-GB')).to.equal(true);

      await pass(el, 42 * SECOND);
      expect(fake.voice.texts.at(-1)).to.equal('Rest, 15 seconds. Up next: Bird dog.');

      await setCue(el, 'Spoken cues', false);
      expect(fake.voice.cancels, 'unticking stops speech').to.equal(1);
      await pass(el, 30 * SECOND);
      expect(fake.voice.texts.at(-1), 'and nothing more is said').to.equal(
        'Rest, 15 seconds. Up next: Bird dog.',
      );
    });

    it('the live region says the seconds in words, as the screen does: "1 second", "15 seconds"', async () => {
      const el = await timerFor({
        id: 'one-second',
        name: 'One second',
        prepareSeconds: 1,
        restSeconds: 15,
        switchSeconds: 5,
        exercises: [{ ...EXERCISES.bridge, reps: 1, holdSeconds: 1 }, EXERCISES['cat-cow']],
      });
      const said = () => ({ announced: timerScreen(el).announcement, ...timerScreen(el) });
      await pressButton(el, 'Start');
      expect(said()).to.include({
        announced: 'Get ready: Bridge. 1 second.',
        phase: 'Get ready',
        exercise: 'Bridge',
        countdown: '1 second',
      });
      await pass(el, SECOND);
      expect(said()).to.include({ announced: 'Rep 1 of 1.', rep: 'Rep 1 of 1' });
      await pass(el, 3 * SECOND);
      expect(said()).to.include({
        announced: 'Hold, 1 second.',
        phase: 'Hold',
        countdown: '1 second',
      });
      await pass(el, SECOND);
      expect(said()).to.include({
        announced: 'Rest, 15 seconds. Up next: Cat-cow.',
        phase: 'Rest',
        countdown: '15 seconds',
        exercise: 'Up next: Cat-cow',
      });
      await pass(el, 15 * SECOND);
      expect(said()).to.include({ announced: 'Get ready: Cat-cow. 1 second.' });
    });

    it('says the closing message as the screen shows it, in words', async () => {
      const el = await backBasics();
      await setCue(el, 'Spoken cues', true);
      await pressButton(el, 'Start');
      await pass(el, BACK.totalMs);
      const closing = 'All done. Well done! You exercised for 8 minutes 57 seconds.';
      expect(timerScreen(el).done).to.equal(closing);
      expect(timerScreen(el).announcement).to.equal(closing);
      expect(fake.voice.texts.at(-1)).to.equal(closing);
    });

    it('Enter on Skip at the end: focus on the closing message, which the live region and the voice also say', async () => {
      const el = await backBasics();
      await setCue(el, 'Spoken cues', true);
      await pressButton(el, 'Start');
      await pass(el, 61 * SECOND);
      await skipAhead(el, 5);
      button(el, 'Skip').focus();
      await press(el, 'Enter');
      const closing = 'All done. Well done! You exercised for 1 minute 1 second.';
      expect(focused()).to.equal('done');
      expect(textOf(deepActiveElement()), 'read out as focus lands').to.equal(closing);
      expect(timerScreen(el).announcement).to.equal(closing);
      expect(fake.voice.texts.at(-1)).to.equal(closing);
    });

    it('the live region speaks at phase changes only, not every second', async () => {
      const el = await backBasics();
      await pressButton(el, 'Start');
      expect(liveRegion(el)!.getAttribute('aria-live')).to.equal('polite');
      const changes: string[] = [];
      const observer = new MutationObserver(() => changes.push(timerScreen(el).announcement));
      observer.observe(liveRegion(el)!, { childList: true, characterData: true, subtree: true });
      cleanups.push(() => observer.disconnect());

      for (let second = 0; second < 20; second++) await pass(el, SECOND);
      changes.push(...observer.takeRecords().map(() => timerScreen(el).announcement));
      expect(changes).to.deep.equal(['Rep 1 of 8.', 'Rep 2 of 8.', 'Rep 3 of 8.']);

      await pressButton(el, 'Pause');
      expect(timerScreen(el).announcement).to.equal('Paused.');
    });
  });
});
