import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import {
  figurePoses,
  figureStrokes,
  type PoseName,
} from '../../src/exercise-timer/pictures/figure-paths.js';
import { part, pressButton, timerScreen, type Timer } from '../harness/exercise-timer.js';
import { SECOND } from './fixtures.js';
import { backBasics, pass, timerWith, timerWithJson } from './timer-element.js';

/** The `d` of each stroke of a built-in figure in one position. */
const drawn = (id: string, pose: PoseName) => figureStrokes(id, pose)!.map((stroke) => stroke.d);

/** The stage's picture as drawn: each figure's strokes, and the movement playing on them. */
function picture(el: Timer) {
  const box = part(el, 'picture');
  const figures = [...(box?.querySelectorAll('svg') ?? [])];
  const paths = figures.flatMap((svg) => [...svg.querySelectorAll('path')]);
  const animations = paths.flatMap((path) => path.getAnimations());
  return {
    box,
    figures: figures.map((svg) =>
      [...svg.querySelectorAll('path')].map((p) => p.getAttribute('d')),
    ),
    hidden: figures.map((svg) => svg.getAttribute('aria-hidden')),
    animations,
    captions: [...(box?.querySelectorAll('figcaption') ?? [])].map((c) => c.textContent?.trim()),
  };
}

/** Path data with the spaces a browser may drop or keep around its commands taken out. */
const tight = (d: unknown) => String(d).replace(/\s*([A-Za-z"()])\s*/g, '$1');

/** The positions one animation moves a stroke through, as `d` values. */
const framesOf = (animation: Animation) =>
  (animation.effect as KeyframeEffect).getKeyframes().map((frame) => tight(frame['d']));

/** A stroke's `d` in each position, as an animation's keyframes hold it. */
const framesFor = (id: string, poses: PoseName[], stroke = 0) =>
  poses.map((pose) => tight(`path("${drawn(id, pose)[stroke]}")`));

describe('<knead-exercise-timer> pictures', () => {
  it('getting ready shows where to start, as a decorative figure', async () => {
    const { el } = await timerWith({ exercises: 'bird-dog' });
    await pressButton(el, 'Start');
    expect(timerScreen(el).phase).to.equal('Get ready');
    const shown = picture(el);
    expect(shown.figures).to.deep.equal([drawn('bird-dog', 'start')]);
    expect(shown.hidden).to.deep.equal(['true']);
    expect(shown.animations).to.have.length(0);
  });

  it('a rep moves from start to end in the rep’s time, set where the clock says the rep is', async () => {
    const { el } = await timerWith({ exercises: 'bird-dog' });
    await pressButton(el, 'Start');
    // A second into the rep: the timer looks at the clock when the countdown changes.
    await pass(el, 6 * SECOND);
    expect(timerScreen(el).phase).to.equal('Move');
    const { animations, figures } = picture(el);
    const strokes = drawn('bird-dog', 'start').length;
    expect(figures).to.deep.equal([drawn('bird-dog', 'start')]);
    expect(animations, 'one movement per stroke').to.have.length(strokes);
    const [first] = animations;
    expect(first!.effect!.getTiming().duration, 'the rep’s 2 s').to.equal(2000);
    expect(Number(first!.currentTime)).to.be.within(1000, 2000);
    expect(first!.playState).to.equal('running');
    // Bird dog holds each rep, so the movement goes there (through halfway, where the arm
    // and leg swing in an arc) and stops: left arm and right leg.
    expect(animations.map(framesOf)).to.deep.equal(
      drawn('bird-dog', 'start').map((_, stroke) =>
        framesFor('bird-dog', ['start', 'mid', 'end'], stroke),
      ),
    );
  });

  it('the right side’s rep moves the other arm and leg, through its own halfway position', async () => {
    const { el } = await timerWith({ exercises: 'bird-dog' });
    await pressButton(el, 'Start');
    await pass(el, 11 * SECOND);
    expect(timerScreen(el).rep).to.equal('Rep 1 of 10, right side');
    expect(timerScreen(el).phase).to.equal('Move');
    expect(picture(el).animations.map(framesOf)).to.deep.equal(
      drawn('bird-dog', 'start').map((_, stroke) =>
        framesFor('bird-dog', ['start', 'midOther', 'endOther'], stroke),
      ),
    );
  });

  it('a rep without a hold goes there and back', async () => {
    const el = await backBasics();
    await pressButton(el, 'Start');
    await pass(el, 6 * SECOND);
    const [first] = picture(el).animations;
    expect(first!.effect!.getTiming().duration, 'cat-cow’s 6 s rep').to.equal(6000);
    const poses = ['start', ...(figurePoses('cat-cow').includes('mid') ? ['mid'] : []), 'end'];
    const thereAndBack = [...poses, ...poses.slice(0, -1).reverse()] as PoseName[];
    expect(picture(el).animations.map(framesOf)).to.deep.equal(
      drawn('cat-cow', 'start').map((_, stroke) => framesFor('cat-cow', thereAndBack, stroke)),
    );
  });

  it('paused, the movement stands still; resumed, it goes on', async () => {
    const { el } = await timerWith({ exercises: 'bird-dog' });
    await pressButton(el, 'Start');
    await pass(el, 5.5 * SECOND);
    await pressButton(el, 'Pause');
    expect(picture(el).animations.map((a) => a.playState)).to.satisfy((states: string[]) =>
      states.every((state) => state === 'paused'),
    );
    await pressButton(el, 'Resume');
    expect(picture(el).animations[0]!.playState).to.equal('running');
  });

  it('a hold shows the held position: left, then the other side’s on the right', async () => {
    const { el } = await timerWith({ exercises: 'bird-dog' });
    await pressButton(el, 'Start');
    await pass(el, 7.5 * SECOND);
    expect(timerScreen(el).rep).to.equal('Rep 1 of 10, left side');
    expect(picture(el).figures).to.deep.equal([drawn('bird-dog', 'end')]);
    expect(picture(el).animations, 'nothing moves in a hold').to.have.length(0);
    await pass(el, 5 * SECOND);
    expect(timerScreen(el).rep).to.equal('Rep 1 of 10, right side');
    expect(picture(el).figures).to.deep.equal([drawn('bird-dog', 'endOther')]);
  });

  it('a rest shows where the next exercise starts', async () => {
    const el = await backBasics();
    await pressButton(el, 'Start');
    await pass(el, 55 * SECOND);
    expect(timerScreen(el).phase).to.equal('Rest');
    expect(picture(el).figures).to.deep.equal([drawn('bird-dog', 'start')]);
  });

  it('an exercise of the clinic’s own without a picture shows none; one with a picture shows it, described', async () => {
    const { el } = await timerWithJson(
      JSON.stringify({
        exercises: [
          { id: 'wall-sit', name: 'Wall sit', reps: 2, repSeconds: 5 },
          {
            id: 'bridge',
            image: 'https://images.example/bridge.jpg',
            imageAlt: 'Hips lifted, a cushion between the knees.',
          },
        ],
      }),
    );
    await pressButton(el, 'Start');
    expect(part(el, 'picture')).to.equal(null);
    await pressButton(el, 'Skip');
    const img = part(el, 'picture')!.querySelector('img')!;
    expect(img.getAttribute('src')).to.equal('https://images.example/bridge.jpg');
    expect(img.alt).to.equal('Hips lifted, a cushion between the knees.');
    expect(
      part(el, 'picture')!.querySelector('svg'),
      'the clinic’s picture, not the figure',
    ).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('a refused picture is named in the console and the exercise goes on with its figure', async () => {
    const { el, errors } = await timerWithJson(
      JSON.stringify({ exercises: [{ id: 'bridge', image: 'javascript:alert(1)' }] }),
    );
    expect(errors.join('\n')).to.include('exercises[0].image').and.include('javascript:alert(1)');
    await pressButton(el, 'Start');
    expect(picture(el).figures).to.deep.equal([drawn('bridge', 'start')]);
  });

  it('the stage is laid out by the timer’s own styles, not by the pictures’ sheet that comes later', async () => {
    const el = await backBasics();
    await pressButton(el, 'Start');
    const root = el.shadowRoot!;
    const ring = root.querySelector('.ring')!;
    const box = part(el, 'picture')!;
    const widths = () => [getComputedStyle(ring).width, getComputedStyle(box).aspectRatio];
    const withPictures = widths();
    root.adoptedStyleSheets = root.adoptedStyleSheets.slice(0, -1);
    expect(widths(), 'the same without the pictures’ sheet').to.deep.equal(withPictures);
    expect(getComputedStyle(root.querySelector('.fill')!).stroke).to.not.equal('none');
  });

  it('is accessible while a figure moves', async () => {
    const el = await backBasics();
    await pressButton(el, 'Start');
    await pass(el, 6 * SECOND);
    expect(picture(el).animations).to.not.have.length(0);
    await expect(el).to.be.accessible();
  });

  describe('reduced motion', function () {
    // Emulating the setting needs the Chrome DevTools Protocol, which Firefox lacks.
    before(function () {
      if (navigator.userAgent.includes('Firefox')) this.skip();
    });
    afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

    it('a rep shows its start and end side by side, named, and nothing moves', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const { el } = await timerWith({ exercises: 'bird-dog' });
      await pressButton(el, 'Start');
      await pass(el, 10.5 * SECOND);
      expect(timerScreen(el).rep).to.equal('Rep 1 of 10, right side');
      const shown = picture(el);
      expect(shown.figures).to.deep.equal([
        drawn('bird-dog', 'start'),
        drawn('bird-dog', 'endOther'),
      ]);
      expect(shown.captions).to.deep.equal(['Start', 'End']);
      expect(shown.animations).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('follows the setting when it changes during a rep', async () => {
      const el = await backBasics();
      await pressButton(el, 'Start');
      await pass(el, 6 * SECOND);
      expect(picture(el).animations).to.not.have.length(0);
      await emulateMedia({ reducedMotion: 'reduce' });
      await waitUntil(() => picture(el).figures.length === 2, 'the two positions side by side');
      expect(picture(el).animations).to.have.length(0);
    });
  });
});
