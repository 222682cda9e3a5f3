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
  movingStrokes,
  printMarks,
  problemsDuring,
  recordFrames,
  strokesAt,
} from './support.js';

/**
 * A single-page app at work on timers: it mounts them, moves them to other parents and into
 * its components' shadow roots, and removes them, in one task, mid-rep and mid-print. Nothing
 * a timer started (a movement, a listener, a print mark, a document stylesheet) may outlive
 * it, and a timer moved back goes on where the clock says.
 */

/** A bird-dog timer, started and a second into its first rep (a movement playing). */
async function midRep(parent?: ParentNode): Promise<Timer> {
  const el = makeTimer(fake, { exercises: 'bird-dog' }, parent);
  await el.updateComplete;
  await pressButton(el, 'Start');
  await pass(el, 6 * SECOND);
  expect(timerScreen(el).phase).to.equal('Move');
  expect(movingStrokes(el)).to.deep.equal(drawn('bird-dog', 'mid'));
  return el;
}

/** One movement plays on the page (this one), drawn where the clock says the rep is. */
function expectMovingAt(el: Timer, frames: ReturnType<typeof recordFrames>, atMs: number) {
  expect(frames.waiting(), 'exactly one movement plays').to.equal(1);
  expect(movingStrokes(el)).to.deep.equal(
    strokesAt('bird-dog', ['start', 'mid', 'end'], atMs, 2000),
  );
}

describe('hostile SPA: timers with pictures mounted, moved and removed', () => {
  let motion: MotionSetting;
  let afterprint: ReturnType<typeof countAfterprintListeners>;
  let sheets: number;
  let frames: ReturnType<typeof recordFrames>;
  beforeEach(() => {
    frames = recordFrames();
    motion = new MotionSetting();
    afterprint = countAfterprintListeners();
    sheets = document.adoptedStyleSheets.length;
  });
  afterEach(() => {
    clearPage();
    motion.restore();
    afterprint.restore();
    frames.restore();
  });

  it('moved to another parent mid-rep in one task: the old movement ends, one new one plays from the clock', async () => {
    const problems = await problemsDuring(async () => {
      const el = await midRep();
      holder().append(el); // disconnected and connected in one task
      await el.updateComplete;
      expectMovingAt(el, frames, 1000);
      expect(motion.listeners, 'one reduced-motion listener').to.equal(1);
    });
    expect(problems).to.deep.equal([]);
  });

  it('moved into an app’s shadow root and back, mid-rep: still one movement, on time', async () => {
    const el = await midRep();
    const view = new HostilePicturesView();
    holder().append(view);
    view.view.append(el);
    await el.updateComplete;
    expectMovingAt(el, frames, 1000);
    const home = holder();
    home.append(el);
    await el.updateComplete;
    expectMovingAt(el, frames, 1000);
    expect(motion.listeners).to.equal(1);
  });

  it('removed mid-rep: nothing it started goes on, and put back later it goes on where the clock says', async () => {
    const el = await midRep();
    el.remove();
    await el.updateComplete;
    expect(frames.waiting(), 'no frame asked for').to.equal(0);
    const left = movingStrokes(el);
    fake.clock.jump(SECOND / 4);
    await frames.nextFrame();
    expect(movingStrokes(el), 'nothing drawn on the removed timer').to.deep.equal(left);
    expect(motion.listeners, 'the reduced-motion listener is gone').to.equal(0);
    expect(fake.clock.pending(), 'no tick waits').to.equal(0);
    // Half a second later (the page was elsewhere): put back in another part of the app.
    fake.clock.jump(SECOND / 4);
    holder().append(el);
    await el.updateComplete;
    expectMovingAt(el, frames, 1500);
  });

  it('mounted, started and removed in one task, then the chunk arrives: no error, nothing left', async () => {
    const problems = await problemsDuring(async () => {
      const el = makeTimer(fake, { exercises: 'bird-dog' });
      el.start();
      el.remove();
      await el.updateComplete;
      expect(motion.listeners).to.equal(0);
      expect(frames.waiting()).to.equal(0);
      expect(movingStrokes(el)).to.equal(null);
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
    expect(frames.waiting(), 'every movement started is over').to.equal(0);
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
    expectMovingAt(el, frames, 1000);
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
    expect(frames.waiting()).to.equal(0);
    expect(motion.listeners).to.equal(0);
    expect(fake.clock.pending()).to.equal(0);
    expect(printMarks()).to.deep.equal([]);
    expect(document.adoptedStyleSheets.length).to.equal(sheets);
    expect(afterprint.now).to.equal(0);
  });
});
