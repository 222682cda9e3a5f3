import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { part, pressButton, textOf } from '../harness/exercise-timer.js';
import { deepActiveElement } from '../harness/dom.js';
import { SPACE } from '../helpers/keys.js';
import { fakeAdapters } from '../exercise-timer/fake-adapters.js';
import { fake } from '../exercise-timer/timer-element.js';
import '../../src/clinic/define.js';
import { expectClinicFollowed } from './clinic-checks.js';
import {
  HostilePicturesView,
  chunkTimer,
  clearPage,
  countAfterprintListeners,
  heldChunk,
  holder,
  isFirefox,
  makeTimer,
  onPaper,
  printMarks,
  problemsDuring,
} from './support.js';

/**
 * "Print this routine" attacked: two timers printed one after the other, a print pressed
 * before the pictures arrive, the button reached by keyboard alone, a timer inside an app's
 * shadow root, and the clinic defined before or after the timer (its name and phone on the
 * handout either way, changed when the clinic changes).
 */

/** A page: text, a clinic with two timers, a footer. */
async function twoTimers() {
  const page = holder();
  page.innerHTML = `<p id="before">The clinic’s page.</p>
    <knead-clinic name="Harbour Physio" phone="604-555-0199">
      <section id="first"></section><section id="second"></section>
    </knead-clinic><footer id="after">Footer</footer>`;
  const first = makeTimer(fake, {}, page.querySelector('#first')!);
  const second = makeTimer(
    fakeAdapters(fake.clock),
    { exercises: 'bridge' },
    page.querySelector('#second')!,
  );
  await first.updateComplete;
  await second.updateComplete;
  return { page, first, second };
}

describe('hostile print: Print this routine', () => {
  let afterprint: ReturnType<typeof countAfterprintListeners>;
  let sheets: number;
  beforeEach(() => {
    afterprint = countAfterprintListeners();
    sheets = document.adoptedStyleSheets.length;
  });
  afterEach(async () => {
    clearPage();
    afterprint.restore();
    if (!isFirefox()) await emulateMedia({ media: 'screen' });
  });

  it('two timers pressed one after the other, the first print not yet over: only the second is marked', async () => {
    const { first, second } = await twoTimers();
    await first.printRoutine();
    const printers = [fake.printer, second.adapters.print];
    expect(printers).to.have.length(2);
    let marked: Element[] = [];
    (second.adapters as typeof fake).printer.during = () => (marked = printMarks());
    // The browser has not said the first print is over (a phone's print is not modal).
    await second.printRoutine();
    expect(marked, 'only the pressed timer is on paper').to.deep.equal([second]);
    window.dispatchEvent(new Event('afterprint'));
    expect(printMarks()).to.deep.equal([]);
    expect(document.adoptedStyleSheets.length).to.equal(sheets);
    expect(afterprint.now).to.equal(0);
  });

  it('two timers, each print over before the next: every print has its own timer alone', async () => {
    const { first, second } = await twoTimers();
    const seen: Element[][] = [];
    fake.printer.during = () => seen.push(printMarks());
    (second.adapters as typeof fake).printer.during = () => seen.push(printMarks());
    for (const el of [first, second, first]) {
      await pressButton(el, 'Print this routine');
      window.dispatchEvent(new Event('afterprint'));
    }
    expect(seen).to.deep.equal([[first], [second], [first]]);
    expect(document.adoptedStyleSheets.length).to.equal(sheets);
  });

  it('pressed before the pictures arrive: the dialog waits for them and shows the handout', async () => {
    const held = heldChunk();
    const el = chunkTimer(fake, held.load);
    await new Promise((resolve) => setTimeout(resolve));
    let handout: boolean | undefined;
    fake.printer.during = () => (handout = part(el, 'handout') !== null);
    const printing = el.printRoutine();
    expect(fake.printer.count, 'no dialog yet').to.equal(0);
    held.arrive();
    await printing;
    expect(handout).to.equal(true);
    expect(fake.printer.count).to.equal(1);
    expect(printMarks()).to.deep.equal([el]);
    window.dispatchEvent(new Event('afterprint'));
    expect(printMarks()).to.deep.equal([]);
    expect(document.adoptedStyleSheets.length).to.equal(sheets);
    expect(afterprint.now).to.equal(0);
  });

  // Found by this pass: each press while the pictures loaded queued its own print, so an
  // impatient visitor on a slow line got the dialog once per press. One print waits now.
  it('pressed three times before the pictures arrive: one dialog, not three', async () => {
    const held = heldChunk();
    const el = chunkTimer(fake, held.load);
    await new Promise((resolve) => setTimeout(resolve));
    const presses = [el.printRoutine(), el.printRoutine(), el.printRoutine()];
    held.arrive();
    await Promise.all(presses);
    expect(fake.printer.count, 'pressed three times, one dialog').to.equal(1);
  });

  it('reached and pressed with the keyboard alone', async () => {
    const page = holder();
    page.innerHTML = '<a href="#top">Skip to the routine</a>';
    const el = makeTimer(fake, {}, page);
    await el.updateComplete;
    page.querySelector('a')!.focus();
    let tabs = 0;
    while (textOf(deepActiveElement()) !== 'Print this routine' && tabs < 10) {
      await sendKeys({ press: 'Tab' });
      tabs++;
    }
    expect(textOf(deepActiveElement())).to.equal('Print this routine');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => fake.printer.count === 1, 'Enter prints');
    window.dispatchEvent(new Event('afterprint'));
    await sendKeys({ press: SPACE });
    await waitUntil(() => fake.printer.count === 2, 'Space prints');
    expect(el.status, 'Space on the button prints, it does not start').to.equal('idle');
    window.dispatchEvent(new Event('afterprint'));
  });

  it('a clinic defined before the timer: its name and phone on the handout, and changed when it changes', async () => {
    const page = holder();
    const clinic = document.createElement('knead-clinic');
    clinic.setAttribute('name', 'Harbour Physio');
    clinic.setAttribute('phone', '604-555-0111');
    page.append(clinic);
    const el = makeTimer(fake, {}, clinic);
    await el.updateComplete;
    await expectClinicFollowed(el, clinic);
  });

  describe('on paper', function () {
    before(function () {
      if (isFirefox()) this.skip();
    });

    it('two timers, the second pressed: the first is hidden on paper, the second shows its handout', async () => {
      const { page, first, second } = await twoTimers();
      await emulateMedia({ media: 'print' });
      let paper: Record<string, boolean> | undefined;
      (second.adapters as typeof fake).printer.during = () => {
        paper = {
          before: onPaper(page.querySelector('#before')!),
          first: onPaper(first),
          second: onPaper(second),
          secondHandout: onPaper(part(second, 'handout')!),
          after: onPaper(page.querySelector('#after')!),
        };
      };
      await second.printRoutine();
      expect(paper).to.deep.equal({
        before: false,
        first: false,
        second: true,
        secondHandout: true,
        after: false,
      });
    });

    it('a timer inside an app’s shadow root prints its handout, not a blank page', async () => {
      const view = new HostilePicturesView();
      holder().append(view);
      const el = makeTimer(fake, {}, view.view);
      await el.updateComplete;
      await emulateMedia({ media: 'print' });
      let paper: Record<string, boolean> | undefined;
      fake.printer.during = () => {
        paper = {
          app: onPaper(view),
          beside: onPaper(view.shadowRoot!.querySelector('#beside')!),
          timer: onPaper(el),
          handout: onPaper(part(el, 'handout')!),
        };
      };
      const problems = await problemsDuring(() => el.printRoutine());
      expect(problems).to.deep.equal([]);
      expect(paper).to.deep.equal({ app: true, beside: false, timer: true, handout: true });
      window.dispatchEvent(new Event('afterprint'));
      expect(printMarks()).to.deep.equal([]);
      expect(view.hasAttribute('data-knead-printing-around')).to.equal(false);
      expect(view.shadowRoot!.adoptedStyleSheets).to.have.length(0);
      expect(document.adoptedStyleSheets.length).to.equal(sheets);
      expect(onPaper(view.shadowRoot!.querySelector('#beside')!), 'the page’s own print').to.equal(
        true,
      );
    });
  });
});
