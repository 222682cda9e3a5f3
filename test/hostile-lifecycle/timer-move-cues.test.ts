import { expect } from '@open-wc/testing';
import type { KneadExerciseTimer } from '../../src/exercise-timer/exercise-timer.js';
import { FakeClock, fakeAdapters } from '../exercise-timer/fake-adapters.js';
import { SECOND } from '../exercise-timer/fixtures.js';
import { setCue, timerScreen } from '../harness/exercise-timer.js';
import { appView, clearPage, holder, realSound, realVoice } from './support.js';

/**
 * A single-page app moves a running timer (a layout that changes with the screen's
 * orientation, a "now playing" panel), each time in one DOM call. The visitor turned beeps
 * and spoken cues on: after the move they must hear exactly what a timer left alone hears,
 * nothing cut short, nothing missing, nothing twice. The timer's real Web Audio and speech
 * adapters run here, over fakes of the browser's, so a closed audio context is silent as it
 * would be on a phone.
 */

/** A back-basics timer on `clock` with real cues over fakes, in `parent`, beeps and voice on. */
async function timerWithCues(clock: FakeClock, parent: ParentNode) {
  const audio = realSound(clock);
  const speech = realVoice();
  const el = document.createElement('knead-exercise-timer') as KneadExerciseTimer;
  el.adapters = { ...fakeAdapters(clock), sound: audio.sound, voice: speech.voice };
  parent.append(el);
  await el.updateComplete;
  await setCue(el, 'Beeps', true);
  await setCue(el, 'Spoken cues', true);
  return { el, audio, speech };
}

describe('hostile SPA: a running timer with its cues on, moved', () => {
  afterEach(clearPage);

  it('moved mid-phase to another parent and into an app’s shadow root, 100 times in one task: hears and says what a timer left alone does', async () => {
    const clock = new FakeClock();
    const still = await timerWithCues(clock, holder());
    const moved = await timerWithCues(clock, holder());
    const settle = () => Promise.all([still.el.updateComplete, moved.el.updateComplete]);
    still.el.start();
    moved.el.start();
    await settle();
    await clock.advance(1500, settle);

    const places = [holder(), appView().view, holder()];
    for (let move = 0; move < 100; move++) places[move % places.length]!.append(moved.el);
    await settle();
    const heardBefore = still.audio.heard.length;
    await clock.advance(20 * SECOND, settle);

    expect(still.audio.heard.length, 'the countdown and phase beeps of 20 s').to.be.above(
      heardBefore + 3,
    );
    expect(moved.audio.heard, 'the same beeps, at the same moments').to.deep.equal(
      still.audio.heard,
    );
    expect(moved.speech.calls, 'the same words, none cut short').to.deep.equal(still.speech.calls);
    expect(moved.audio.closed(), 'its audio was never closed').to.equal(0);
    expect(timerScreen(moved.el).countdown).to.equal(timerScreen(still.el).countdown);

    // Taken off the page for good: silent at once, and nothing later.
    moved.el.remove();
    expect(moved.audio.closed()).to.equal(1);
    expect(moved.speech.calls.at(-1)).to.equal('cancel');
    const heard = moved.audio.heard.length;
    const said = moved.speech.calls.length;
    await clock.advance(20 * SECOND, settle);
    expect(moved.audio.heard).to.have.length(heard);
    expect(moved.speech.calls).to.have.length(said);
  });

  it('moved by the app’s own knead-exercise-change listener: the new exercise is beeped and said once', async () => {
    const clock = new FakeClock();
    const still = await timerWithCues(clock, holder());
    const moved = await timerWithCues(clock, holder());
    const settle = () => Promise.all([still.el.updateComplete, moved.el.updateComplete]);
    const panels = [holder(), appView().view];
    let changes = 0;
    moved.el.addEventListener('knead-exercise-change', () => {
      panels[changes++ % 2]!.append(moved.el);
    });
    still.el.start();
    moved.el.start();
    await settle();
    await clock.advance(2 * SECOND, settle);
    for (const { el } of [still, moved]) el.skip();
    await settle();
    await clock.advance(10 * SECOND, settle);

    expect(changes, 'moved at the start and at the skip').to.equal(2);
    expect(moved.audio.heard).to.deep.equal(still.audio.heard);
    expect(moved.speech.calls).to.deep.equal(still.speech.calls);
    expect(timerScreen(moved.el).exercise).to.equal(timerScreen(still.el).exercise);
  });
});
