import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { pressButton, timerScreen, type Timer } from '../harness/exercise-timer.js';
import { fake, pass } from '../exercise-timer/timer-element.js';
import { SECOND } from '../exercise-timer/fixtures.js';
import {
  MotionSetting,
  clearPage,
  drawn,
  isFirefox,
  makeTimer,
  pathAnimations,
  playStates,
  problemsDuring,
  recordAnimations,
  stagePicture,
} from './support.js';

/**
 * The movement attacked from the visitor's side: reduced motion switched on and off again
 * and again mid-rep, and Pause, Resume, Skip and Previous pressed as fast as a thumb can.
 * At every moment the stage has exactly one movement per stroke while a rep moves (none
 * otherwise), and every movement it dropped is over.
 */

/** Movements not yet over, anywhere (on this timer or left behind). */
const live = (started: readonly Animation[]) =>
  started.filter((animation) => animation.playState !== 'idle');

/** What the stage shows, in words: `moving` (with its movements), `pair`, `still` or none. */
function stageKind(el: Timer): string {
  const { present, figures } = stagePicture(el);
  if (!present) return 'none';
  if (figures.length === 2) return 'pair';
  return el.shadowRoot!.querySelector('svg.figure.moving') ? 'moving' : 'still';
}

describe('hostile motion: the stage’s movement under pressure', () => {
  let motion: MotionSetting;
  let animations: ReturnType<typeof recordAnimations>;
  beforeEach(() => {
    motion = new MotionSetting();
    animations = recordAnimations();
  });
  afterEach(() => {
    clearPage();
    motion.restore();
    animations.restore();
  });

  it('reduced motion switched on and off ten times mid-rep: the pair, then one movement per stroke on time', async () => {
    const problems = await problemsDuring(async () => {
      const el = makeTimer(fake, { exercises: 'bird-dog' });
      await el.updateComplete;
      await pressButton(el, 'Start');
      await pass(el, 5.5 * SECOND);
      const strokes = drawn('bird-dog', 'start').length;
      for (let round = 0; round < 10; round++) {
        motion.set(true);
        await el.updateComplete;
        expect(stageKind(el), `round ${round}: reduced`).to.equal('pair');
        expect(stagePicture(el).figures).to.deep.equal([
          drawn('bird-dog', 'start'),
          drawn('bird-dog', 'end'),
        ]);
        expect(live(animations.started), 'nothing moves').to.deep.equal([]);
        motion.set(false);
        await el.updateComplete;
        expect(stageKind(el), `round ${round}: moving`).to.equal('moving');
        expect(live(animations.started)).to.have.length(strokes);
        expect(pathAnimations(el)).to.have.length(strokes);
        expect(playStates(pathAnimations(el))).to.deep.equal(['running']);
      }
      // The same setting told twice changes nothing.
      motion.set(false);
      await el.updateComplete;
      expect(live(animations.started)).to.have.length(strokes);
    });
    expect(problems).to.deep.equal([]);
  });

  it('reduced motion switched on while paused, and off after resuming: the movement stands, then plays', async () => {
    const el = makeTimer(fake, { exercises: 'bridge' });
    await el.updateComplete;
    await pressButton(el, 'Start');
    await pass(el, 6 * SECOND);
    expect(timerScreen(el).phase).to.equal('Move');
    await pressButton(el, 'Pause');
    expect(playStates(pathAnimations(el))).to.deep.equal(['paused']);
    motion.set(true);
    await el.updateComplete;
    expect(stageKind(el)).to.equal('pair');
    await pressButton(el, 'Resume');
    motion.set(false);
    await el.updateComplete;
    expect(playStates(pathAnimations(el))).to.deep.equal(['running']);
    expect(live(animations.started)).to.have.length(drawn('bridge', 'start').length);
  });

  it('Pause, Resume, Skip and Previous spammed through a routine: never more than one movement per stroke', async () => {
    const problems = await problemsDuring(async () => {
      const el = makeTimer(fake, {});
      await el.updateComplete;
      await pressButton(el, 'Start');
      await pass(el, 6 * SECOND);
      // A fixed, messy sequence (no randomness: a failure replays the same way).
      const commands = [
        'pause',
        'resume',
        'togglePause',
        'togglePause',
        'previous',
        'skip',
      ] as const;
      for (let i = 0; i < 90; i++) {
        const command = commands[(i * 7 + (i >> 2)) % commands.length]!;
        el[command]();
        if (i % 3 === 0) await el.updateComplete;
        if (i % 5 === 0) await pass(el, (i % 4) * 700);
        if (el.status === 'done') el.restart();
        await el.updateComplete;
        const kind = stageKind(el);
        const strokes = el.shadowRoot!.querySelectorAll('svg.figure.moving path').length;
        const expected = kind === 'moving' ? strokes : 0;
        expect(live(animations.started), `step ${i} (${command}, ${kind})`).to.have.length(
          expected,
        );
        expect(pathAnimations(el)).to.have.length(expected);
        if (expected) {
          expect(playStates(pathAnimations(el))).to.deep.equal([
            el.status === 'running' ? 'running' : 'paused',
          ]);
        }
      }
    });
    expect(problems).to.deep.equal([]);
  });

  it('every moving rep of the built-in routine plays one movement per stroke, none in holds and rests', async () => {
    const el = makeTimer(fake, {});
    await el.updateComplete;
    await pressButton(el, 'Start');
    const kinds = new Set<string>();
    // Half a second at a time through the whole routine (about 9 minutes).
    for (let at = 0; at < 1200; at++) {
      await pass(el, SECOND / 2);
      if (el.status === 'done') break;
      const kind = stageKind(el);
      kinds.add(`${timerScreen(el).phase} ${kind}`);
      const strokes = el.shadowRoot!.querySelectorAll('svg.figure.moving path').length;
      expect(live(animations.started), `${at / 2} s`).to.have.length(
        kind === 'moving' ? strokes : 0,
      );
    }
    expect(el.status).to.equal('done');
    expect([...kinds].sort()).to.deep.equal([
      'Get ready still',
      'Hold still',
      'Move moving',
      'Rest still',
    ]);
    expect(live(animations.started), 'none after the end').to.deep.equal([]);
  });

  // Found by this pass: a movement restarted by a change of the setting (or by the pictures
  // arriving) started where the run was at the last tick, up to a second behind the clock.
  // The controller now updates the timer at the clock's moment (its `look`, as a tick does).
  it('switched back to motion between ticks, the movement starts where the clock says', async () => {
    const el = makeTimer(fake, { exercises: 'bird-dog' });
    await el.updateComplete;
    await pressButton(el, 'Start');
    await pass(el, 5.5 * SECOND);
    motion.set(true);
    await el.updateComplete;
    motion.set(false);
    await el.updateComplete;
    for (const animation of pathAnimations(el))
      expect(Number(animation.currentTime), 'half a second into the rep').to.be.within(350, 650);
  });

  describe('the browser’s own setting', function () {
    before(function () {
      if (isFirefox()) this.skip();
    });
    afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

    it('emulated reduce, no-preference, reduce mid-rep: the stage follows each time', async () => {
      motion.restore();
      const el = makeTimer(fake, { exercises: 'dead-bug' });
      await el.updateComplete;
      await pressButton(el, 'Start');
      await pass(el, 5.5 * SECOND);
      for (const reduce of [true, false, true, false]) {
        await emulateMedia({ reducedMotion: reduce ? 'reduce' : 'no-preference' });
        const want = reduce ? 'pair' : 'moving';
        for (let frame = 0; stageKind(el) !== want && frame < 50; frame++)
          await new Promise(requestAnimationFrame);
        expect(stageKind(el)).to.equal(want);
        expect(live(animations.started)).to.have.length(
          reduce ? 0 : drawn('dead-bug', 'start').length,
        );
      }
    });
  });
});
