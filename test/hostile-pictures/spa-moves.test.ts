import { expect } from '@open-wc/testing';
import { pressButton, timerScreen, type Timer } from '../harness/exercise-timer.js';
import { fake, pass } from '../exercise-timer/timer-element.js';
import { SECOND } from '../exercise-timer/fixtures.js';
import {
  HostilePicturesView,
  MotionSetting,
  clearPage,
  countAfterprintListeners,
  drawn,
  holder,
  makeTimer,
  pathAnimations,
  playStates,
  printMarks,
  problemsDuring,
  recordAnimations,
} from './support.js';

/**
 * A single-page app at work on timers: it mounts them, moves them to other parents and into
 * its components' shadow roots, and removes them, in one task, mid-rep and mid-print. Nothing
 * a timer started (a movement, a listener, a print mark, a document stylesheet) may outlive
 * it, and a timer moved back goes on where the clock says.
 */

const STROKES = drawn('bird-dog', 'start').length;

/** A bird-dog timer, started and a second into its first rep (a movement playing). */
async function midRep(parent?: ParentNode): Promise<Timer> {
  const el = makeTimer(fake, { exercises: 'bird-dog' }, parent);
  await el.updateComplete;
  await pressButton(el, 'Start');
  await pass(el, 6 * SECOND);
  expect(timerScreen(el).phase).to.equal('Move');
  expect(pathAnimations(el)).to.have.length(STROKES);
  return el;
}

/** The movement is one per stroke, playing, set where the clock says the rep is. */
function expectMovingAt(el: Timer, atMs: number) {
  const animations = pathAnimations(el);
  expect(animations, 'exactly one movement per stroke').to.have.length(STROKES);
  expect(playStates(animations)).to.deep.equal(['running']);
  for (const animation of animations)
    expect(Number(animation.currentTime)).to.be.within(atMs - 150, atMs + 150);
}

describe('hostile SPA: timers with pictures mounted, moved and removed', () => {
  let motion: MotionSetting;
  let afterprint: ReturnType<typeof countAfterprintListeners>;
  let sheets: number;
  let animations: ReturnType<typeof recordAnimations>;
  beforeEach(() => {
    animations = recordAnimations();
    motion = new MotionSetting();
    afterprint = countAfterprintListeners();
    sheets = document.adoptedStyleSheets.length;
  });
  afterEach(() => {
    clearPage();
    motion.restore();
    afterprint.restore();
    animations.restore();
  });

  it('moved to another parent mid-rep in one task: the old movement ends, one new one plays from the clock', async () => {
    const problems = await problemsDuring(async () => {
      const el = await midRep();
      const before = pathAnimations(el);
      holder().append(el); // disconnected and connected in one task
      await el.updateComplete;
      expect(playStates(before), 'the old movement is cancelled').to.deep.equal(['idle']);
      expectMovingAt(el, 1000);
      expect(motion.listeners, 'one reduced-motion listener').to.equal(1);
    });
    expect(problems).to.deep.equal([]);
  });

  it('moved into an app’s shadow root and back, mid-rep: still one movement per stroke, on time', async () => {
    const el = await midRep();
    const view = new HostilePicturesView();
    holder().append(view);
    view.view.append(el);
    await el.updateComplete;
    expectMovingAt(el, 1000);
    const home = holder();
    home.append(el);
    await el.updateComplete;
    expectMovingAt(el, 1000);
    expect(motion.listeners).to.equal(1);
  });

  it('removed mid-rep: nothing it started goes on, and put back later it goes on where the clock says', async () => {
    const el = await midRep();
    el.remove();
    await el.updateComplete;
    expect(playStates(animations.started)).to.deep.equal(['idle']);
    expect(motion.listeners, 'the reduced-motion listener is gone').to.equal(0);
    expect(fake.clock.pending(), 'no tick waits').to.equal(0);
    // Half a second later (the page was elsewhere): put back in another part of the app.
    fake.clock.jump(SECOND / 2);
    holder().append(el);
    await el.updateComplete;
    expectMovingAt(el, 1500);
  });

  it('mounted, started and removed in one task, then the chunk arrives: no error, nothing left', async () => {
    const problems = await problemsDuring(async () => {
      const el = makeTimer(fake, { exercises: 'bird-dog' });
      el.start();
      el.remove();
      await el.updateComplete;
      expect(motion.listeners).to.equal(0);
      expect(pathAnimations(el)).to.deep.equal([]);
    });
    expect(problems).to.deep.equal([]);
  });

  it('mounted, moved three times and removed in one task, mid-rep: no movement, listener or mark left', async () => {
    const el = await midRep();
    const a = holder();
    const b = holder();
    a.append(el);
    b.append(el);
    a.append(el);
    el.remove();
    await el.updateComplete;
    expect(playStates(animations.started), 'every movement started is over').to.deep.equal([
      'idle',
    ]);
    expect(motion.listeners).to.equal(0);
    expect(fake.clock.pending()).to.equal(0);
  });

  it('moved while printing (the dialog open): the print mark and document stylesheet go with the print', async () => {
    const el = await midRep();
    const elsewhere = holder();
    let during: { marked: number; sheets: number } | undefined;
    fake.printer.during = () => {
      elsewhere.append(el); // the app re-renders while the dialog is open
      during = { marked: printMarks().length, sheets: document.adoptedStyleSheets.length };
    };
    await el.printRoutine();
    expect(fake.printer.count).to.equal(1);
    // Moved, it is no longer the timer that was pressed in its place: the print is over.
    expect(during).to.deep.equal({ marked: 0, sheets });
    window.dispatchEvent(new Event('afterprint'));
    expect(printMarks()).to.deep.equal([]);
    expect(document.adoptedStyleSheets.length).to.equal(sheets);
    expect(afterprint.now, 'no afterprint listener left').to.equal(0);
    await el.updateComplete;
    expectMovingAt(el, 1000);
  });

  it('removed before the browser says printing is over: nothing of the print is left on the page', async () => {
    const el = await midRep();
    await el.printRoutine();
    expect(printMarks()).to.have.length(1);
    expect(document.adoptedStyleSheets.length).to.equal(sheets + 1);
    el.remove();
    expect(printMarks()).to.deep.equal([]);
    expect(el.hasAttribute('data-knead-printing')).to.equal(false);
    expect(document.adoptedStyleSheets.length).to.equal(sheets);
    expect(afterprint.now).to.equal(0);
  });

  it('print pressed, removed and put back in one task before the pictures arrive: no dialog for it, nothing left', async () => {
    const el = makeTimer(fake, {});
    const printing = el.printRoutine();
    el.remove();
    holder().append(el);
    el.remove();
    await printing;
    await el.updateComplete;
    expect(fake.printer.count).to.equal(0);
    expect(printMarks()).to.deep.equal([]);
    expect(document.adoptedStyleSheets.length).to.equal(sheets);
    expect(afterprint.now).to.equal(0);
  });

  it('a page that mounts and removes twenty timers mid-rep leaves no movement, listener, tick or mark', async () => {
    for (let i = 0; i < 20; i++) {
      const el = await midRep();
      if (i % 2) await el.printRoutine();
      // Moved first (an update waits), then removed, in one task.
      holder().append(el);
      el.remove();
      await el.updateComplete;
    }
    expect(playStates(animations.started)).to.deep.equal(['idle']);
    expect(motion.listeners).to.equal(0);
    expect(fake.clock.pending()).to.equal(0);
    expect(printMarks()).to.deep.equal([]);
    expect(document.adoptedStyleSheets.length).to.equal(sheets);
    expect(afterprint.now).to.equal(0);
  });
});
