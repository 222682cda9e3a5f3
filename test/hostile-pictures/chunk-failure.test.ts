import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { part, pressButton, timerScreen } from '../harness/exercise-timer.js';
import { fake, pass } from '../exercise-timer/timer-element.js';
import { SECOND } from '../exercise-timer/fixtures.js';
import {
  chunkTimer,
  clearPage,
  countAfterprintListeners,
  heldChunk,
  isFirefox,
  onPaper,
  drawn,
  movingStrokes,
  printMarks,
  problemsDuring,
  stagePicture,
} from './support.js';

/**
 * The pictures' chunk blocked (offline, a content blocker, a CDN error) or slow: the timer
 * still runs its routine and prints, with no error thrown or logged; the empty picture box
 * keeps its place; a chunk that arrives late is taken up mid-run.
 */

const blocked = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

describe('hostile chunk: the pictures fail to load, or come late', () => {
  let afterprint: ReturnType<typeof countAfterprintListeners>;
  beforeEach(() => (afterprint = countAfterprintListeners()));
  afterEach(async () => {
    clearPage();
    afterprint.restore();
    if (!isFirefox()) await emulateMedia({ media: 'screen' });
  });

  it('blocked: the routine runs through a rep with an empty picture box, nothing thrown or logged, accessible', async () => {
    const problems = await problemsDuring(async () => {
      const el = chunkTimer(fake, blocked, { exercises: 'bird-dog' });
      await el.updateComplete;
      expect(part(el, 'handout'), 'no handout without the chunk').to.equal(null);
      await pressButton(el, 'Start');
      await pass(el, 6 * SECOND);
      expect(timerScreen(el).phase).to.equal('Move');
      const picture = stagePicture(el);
      expect(picture.present, 'the box keeps its place').to.equal(true);
      expect(picture.figures).to.deep.equal([]);
      expect(movingStrokes(el)).to.equal(null);
      await pressButton(el, 'Pause');
      await pressButton(el, 'Skip');
      await expect(el).to.be.accessible();
    });
    expect(problems).to.deep.equal([]);
  });

  it('blocked: Print this routine still opens the dialog, and leaves nothing behind', async () => {
    const sheets = document.adoptedStyleSheets.length;
    const problems = await problemsDuring(async () => {
      const el = chunkTimer(fake, blocked);
      await el.updateComplete;
      let marked: Element[] = [];
      fake.printer.during = () => (marked = printMarks());
      await pressButton(el, 'Print this routine');
      expect(fake.printer.count).to.equal(1);
      // The printer comes with the pictures: without them, the page's own print (the timer's
      // screen in its place), nothing marked.
      expect(marked).to.deep.equal([]);
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(problems).to.deep.equal([]);
    expect(printMarks()).to.deep.equal([]);
    expect(document.adoptedStyleSheets.length).to.equal(sheets);
    expect(afterprint.now).to.equal(0);
  });

  it('blocked, printed: the timer’s own screen is on paper (the routine, not a blank page)', async function () {
    if (isFirefox()) this.skip();
    const el = chunkTimer(fake, blocked);
    await el.updateComplete;
    await emulateMedia({ media: 'print' });
    let paper: boolean | undefined;
    fake.printer.during = () => (paper = onPaper(el.shadowRoot!.querySelector('section')!));
    await el.printRoutine();
    expect(paper).to.equal(true);
  });

  it('slow: the run goes on while the chunk is on its way, and the figure moves once it comes', async () => {
    const held = heldChunk();
    const problems = await problemsDuring(async () => {
      const el = chunkTimer(fake, held.load, { exercises: 'bird-dog' });
      // updateComplete waits for the pictures: the screen is read as it is instead.
      await waitUntil(() => el.shadowRoot?.querySelector('button'), 'the first render');
      el.start();
      await waitUntil(() => timerScreen(el).phase === 'Get ready');
      expect(stagePicture(el)).to.include({ present: true });
      expect(stagePicture(el).figures).to.deep.equal([]);
      held.arrive();
      await el.updateComplete;
      await pass(el, 6 * SECOND);
      expect(timerScreen(el).phase).to.equal('Move');
      expect(movingStrokes(el)).to.deep.equal(drawn('bird-dog', 'mid'));
      expect(part(el, 'handout')).to.not.equal(null);
    });
    expect(problems).to.deep.equal([]);
  });

  it('fails after the timer left the page: nothing thrown, nothing left', async () => {
    const held = heldChunk();
    const problems = await problemsDuring(async () => {
      const el = chunkTimer(fake, held.load);
      await waitUntil(() => el.shadowRoot?.querySelector('button'), 'the first render');
      el.remove();
      held.fail(new TypeError('Failed to fetch'));
      await el.updateComplete;
    });
    expect(problems).to.deep.equal([]);
  });

  // Found by this pass: updateComplete waited for the pictures, so while their chunk was
  // stalled (a hung request) every `await el.updateComplete` in a page or a framework
  // wrapper never returned. It now waits for them 2 s at most (picture-controller.ts).
  it('stalled: updateComplete still resolves once the timer has rendered', async () => {
    const held = heldChunk();
    const el = chunkTimer(fake, held.load);
    let complete = false;
    void el.updateComplete.then(() => (complete = true));
    await waitUntil(() => complete, 'updateComplete resolved although the chunk has not come', {
      timeout: 4000,
    });
  });
});
