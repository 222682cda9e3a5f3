import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { figureStrokes, type PoseName } from '../../src/exercise-timer/pictures/figure-paths.js';
import { part, pressButton, timerScreen, type Timer } from '../harness/exercise-timer.js';
import { SECOND } from './fixtures.js';
import { backBasics, fake, pass, timerWith, timerWithJson } from './timer-element.js';
import { movingStrokes, recordFrames, strokesAt } from './figure-frames.js';

/** The `d` of each stroke of a built-in figure in one position. */
const drawn = (id: string, pose: PoseName) => figureStrokes(id, pose)!.map((stroke) => stroke.d);

/** The stage's picture as drawn: each figure's strokes, and the moving figure's now. */
function picture(el: Timer) {
  const box = part(el, 'picture');
  const figures = [...(box?.querySelectorAll('svg') ?? [])];
  return {
    box,
    figures: figures.map((svg) =>
      [...svg.querySelectorAll('path')].map((p) => p.getAttribute('d')),
    ),
    hidden: figures.map((svg) => svg.getAttribute('aria-hidden')),
    moving: movingStrokes(el),
    captions: [...(box?.querySelectorAll('figcaption') ?? [])].map((c) => c.textContent?.trim()),
  };
}

describe('<knead-exercise-timer> pictures', () => {
  let frames: ReturnType<typeof recordFrames>;
  beforeEach(() => {
    frames = recordFrames();
  });
  afterEach(() => frames.restore());

  it('getting ready shows where to start, as a decorative figure', async () => {
    const { el } = await timerWith({ exercises: 'bird-dog' });
    await pressButton(el, 'Start');
    expect(timerScreen(el).phase).to.equal('Get ready');
    const shown = picture(el);
    expect(shown.figures).to.deep.equal([drawn('bird-dog', 'start')]);
    expect(shown.hidden).to.deep.equal(['true']);
    expect(shown.moving).to.equal(null);
    expect(frames.waiting()).to.equal(0);
  });

  it('a rep moves from start to end in the rep’s time, drawn where the clock says the rep is', async () => {
    const { el } = await timerWith({ exercises: 'bird-dog' });
    await pressButton(el, 'Start');
    // A second into the 2 s rep: the timer looks at the clock when the countdown changes.
    await pass(el, 6 * SECOND);
    expect(timerScreen(el).phase).to.equal('Move');
    // Bird dog holds each rep, so the movement goes there (through halfway, where the arm
    // and leg swing in an arc) and stops: left arm and right leg. Halfway in time is the
    // halfway position.
    expect(picture(el).moving).to.deep.equal(drawn('bird-dog', 'mid'));
    expect(frames.waiting(), 'a frame asked for: it plays').to.equal(1);
    // Between two ticks, each frame draws where the clock is now.
    fake.clock.jump(SECOND / 2);
    await frames.nextFrame();
    await frames.nextFrame();
    expect(picture(el).moving).to.deep.equal(
      strokesAt('bird-dog', ['start', 'mid', 'end'], 1500, 2000),
    );
    expect(picture(el).moving).to.not.deep.equal(drawn('bird-dog', 'mid'));
    // Past the rep's end (a tick late), it stays at the end, never beyond.
    fake.clock.jump(SECOND);
    await frames.nextFrame();
    await frames.nextFrame();
    expect(picture(el).moving).to.deep.equal(drawn('bird-dog', 'end'));
  });

  it('an update between two ticks (Beeps ticked mid-rep) leaves the figure where the clock says', async () => {
    const { el } = await timerWith({ exercises: 'bird-dog' });
    await pressButton(el, 'Start');
    await pass(el, 5.5 * SECOND);
    const halfSecondIn = strokesAt('bird-dog', ['start', 'mid', 'end'], 500, 2000);
    await frames.nextFrame();
    expect(picture(el).moving).to.deep.equal(halfSecondIn);
    el.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await el.updateComplete;
    expect(picture(el).moving, 'not back at the last tick').to.deep.equal(halfSecondIn);
  });

  it('the right side’s rep moves the other arm and leg, through its own halfway position', async () => {
    const { el } = await timerWith({ exercises: 'bird-dog' });
    await pressButton(el, 'Start');
    await pass(el, 11 * SECOND);
    expect(timerScreen(el).rep).to.equal('Rep 1 of 10, right side');
    expect(timerScreen(el).phase).to.equal('Move');
    expect(picture(el).moving).to.deep.equal(drawn('bird-dog', 'midOther'));
  });

  it('a rep without a hold goes there and back', async () => {
    const el = await backBasics();
    await pressButton(el, 'Start');
    await pass(el, 6 * SECOND);
    // A second into cat-cow's 6 s rep: a third of the way to cat.
    expect(picture(el).moving).to.deep.equal(
      strokesAt('cat-cow', ['start', 'end', 'start'], 1000, 6000),
    );
    await pass(el, 2 * SECOND);
    expect(picture(el).moving, 'cat, halfway through').to.deep.equal(drawn('cat-cow', 'end'));
    await pass(el, 2 * SECOND);
    expect(picture(el).moving, 'on the way back').to.deep.equal(
      strokesAt('cat-cow', ['start', 'end', 'start'], 5000, 6000),
    );
    await pass(el, SECOND);
    expect(timerScreen(el).rep).to.equal('Rep 2 of 8');
    expect(picture(el).moving, 'the next rep from the start').to.deep.equal(
      drawn('cat-cow', 'start'),
    );
  });

  it('paused, the movement stands still; resumed, it goes on', async () => {
    const { el } = await timerWith({ exercises: 'bird-dog' });
    await pressButton(el, 'Start');
    await pass(el, 5.5 * SECOND);
    await pressButton(el, 'Pause');
    const standing = strokesAt('bird-dog', ['start', 'mid', 'end'], 500, 2000);
    expect(picture(el).moving).to.deep.equal(standing);
    expect(frames.waiting(), 'no frame asked for').to.equal(0);
    fake.clock.jump(SECOND);
    await frames.nextFrame();
    expect(picture(el).moving).to.deep.equal(standing);
    await pressButton(el, 'Resume');
    expect(frames.waiting()).to.equal(1);
    expect(picture(el).moving).to.deep.equal(standing);
    fake.clock.jump(SECOND / 4);
    await frames.nextFrame();
    await frames.nextFrame();
    expect(picture(el).moving).to.deep.equal(
      strokesAt('bird-dog', ['start', 'mid', 'end'], 750, 2000),
    );
  });

  it('once the rep moves on to a still position, the figure is drawn afresh, not left mid-movement', async () => {
    const { el } = await timerWith({ exercises: 'cat-cow' });
    await pressButton(el, 'Start');
    await pass(el, 6.5 * SECOND);
    expect(picture(el).moving).to.not.deep.equal(drawn('cat-cow', 'start'));
    // Back to the start of the same exercise: the same start position Lit drew before.
    await pressButton(el, 'Previous');
    expect(timerScreen(el).phase).to.equal('Get ready');
    expect(picture(el).moving).to.equal(null);
    expect(frames.waiting()).to.equal(0);
    expect(picture(el).figures).to.deep.equal([drawn('cat-cow', 'start')]);
  });

  it('a hold shows the held position: left, then the other side’s on the right', async () => {
    const { el } = await timerWith({ exercises: 'bird-dog' });
    await pressButton(el, 'Start');
    await pass(el, 7.5 * SECOND);
    expect(timerScreen(el).rep).to.equal('Rep 1 of 10, left side');
    expect(picture(el).figures).to.deep.equal([drawn('bird-dog', 'end')]);
    expect(picture(el).moving, 'nothing moves in a hold').to.equal(null);
    expect(frames.waiting()).to.equal(0);
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
    expect(picture(el).moving).to.not.equal(null);
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
      expect(shown.moving).to.equal(null);
      expect(frames.waiting()).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('follows the setting when it changes during a rep', async () => {
      const el = await backBasics();
      await pressButton(el, 'Start');
      await pass(el, 6 * SECOND);
      expect(picture(el).moving).to.not.equal(null);
      await emulateMedia({ reducedMotion: 'reduce' });
      await waitUntil(() => picture(el).figures.length === 2, 'the two positions side by side');
      expect(picture(el).moving).to.equal(null);
      expect(frames.waiting()).to.equal(0);
    });
  });
});
