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
  movingStrokes,
  problemsDuring,
  recordFrames,
  stagePicture,
  strokesAt,
} from './support.js';

/**
 * The movement attacked from the visitor's side: reduced motion switched on and off again
 * and again mid-rep, and Pause, Resume, Skip and Previous pressed as fast as a thumb can.
 * At every moment the stage has one movement playing (one animation frame waiting) while a
 * rep moves, none otherwise, and every movement it dropped has stopped asking for frames.
 */

/** What the stage shows, in words: `moving` (with its movements), `pair`, `still` or none. */
function stageKind(el: Timer): string {
  const { present, figures } = stagePicture(el);
  if (!present) return 'none';
  if (figures.length === 2) return 'pair';
  return el.shadowRoot!.querySelector('svg.figure.moving') ? 'moving' : 'still';
}

describe('hostile motion: the stage’s movement under pressure', () => {
  let motion: MotionSetting;
  let frames: ReturnType<typeof recordFrames>;
  beforeEach(() => {
    motion = new MotionSetting();
    frames = recordFrames();
  });
  afterEach(() => {
    clearPage();
    motion.restore();
    frames.restore();
  });

  it('reduced motion switched on and off ten times mid-rep: the pair, then one movement on time', async () => {
    const problems = await problemsDuring(async () => {
      const el = makeTimer(fake, { exercises: 'bird-dog' });
      await el.updateComplete;
      await pressButton(el, 'Start');
      await pass(el, 5.5 * SECOND);
      const onTime = strokesAt('bird-dog', ['start', 'mid', 'end'], 500, 2000);
      for (let round = 0; round < 10; round++) {
        motion.set(true);
        await el.updateComplete;
        expect(stageKind(el), `round ${round}: reduced`).to.equal('pair');
        expect(stagePicture(el).figures).to.deep.equal([
          drawn('bird-dog', 'start'),
          drawn('bird-dog', 'end'),
        ]);
        expect(frames.waiting(), 'nothing moves').to.equal(0);
        motion.set(false);
        await el.updateComplete;
        expect(stageKind(el), `round ${round}: moving`).to.equal('moving');
        expect(frames.waiting(), 'one movement plays').to.equal(1);
        expect(movingStrokes(el)).to.deep.equal(onTime);
      }
      // The same setting told twice changes nothing.
      motion.set(false);
      await el.updateComplete;
      expect(frames.waiting()).to.equal(1);
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
    expect(stageKind(el)).to.equal('moving');
    expect(frames.waiting(), 'standing still').to.equal(0);
    motion.set(true);
    await el.updateComplete;
    expect(stageKind(el)).to.equal('pair');
    await pressButton(el, 'Resume');
    motion.set(false);
    await el.updateComplete;
    expect(stageKind(el)).to.equal('moving');
    expect(frames.waiting(), 'playing').to.equal(1);
  });

  it('Pause, Resume, Skip and Previous spammed through a routine: never more than one movement', async () => {
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
        const playing = kind === 'moving' && el.status === 'running';
        expect(frames.waiting(), `step ${i} (${command}, ${kind}, ${el.status})`).to.equal(
          playing ? 1 : 0,
        );
      }
    });
    expect(problems).to.deep.equal([]);
  });

  it('every moving rep of the built-in routine plays one movement, none in holds and rests', async () => {
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
      expect(frames.waiting(), `${at / 2} s`).to.equal(kind === 'moving' ? 1 : 0);
    }
    expect(el.status).to.equal('done');
    expect([...kinds].sort()).to.deep.equal([
      'Get ready still',
      'Hold still',
      'Move moving',
      'Rest still',
    ]);
    expect(frames.waiting(), 'none after the end').to.equal(0);
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
    expect(movingStrokes(el), 'half a second into the rep').to.deep.equal(
      strokesAt('bird-dog', ['start', 'mid', 'end'], 500, 2000),
    );
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
        expect(frames.waiting()).to.equal(reduce ? 0 : 1);
      }
    });
  });
});
