import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/clinic/define.js';
import { part, pressButton, textOf, type Timer } from '../harness/exercise-timer.js';
import { BACK_BASICS_OVERVIEW } from '../harness/exercise-timer.js';
import { EXERCISES } from '../../src/exercise-timer/built-in-exercises.js';
import { backBasics, fake, pass } from './timer-element.js';
import { SECOND } from './fixtures.js';

/** The handout as paper shows it: each line of text, and the pictures. */
function handout(el: Timer) {
  const sheet = part(el, 'handout')!;
  const exercises = [...sheet.querySelectorAll('.handout-list > li')];
  return {
    title: textOf(sheet.querySelector('.handout-title')),
    lines: [...sheet.children].filter((child) => child.tagName === 'P').map(textOf),
    names: exercises.map((li) => textOf(li.querySelector('.name'))),
    doses: exercises.map(
      (li) => `${textOf(li.querySelector('.name'))} ${textOf(li.querySelector('.dose'))}`,
    ),
    steps: exercises.map((li) => [...li.querySelectorAll('.steps li')].map(textOf)),
    breathing: exercises.map((li) => textOf(li.querySelector('.breathing'))),
    pictures: exercises.map((li) => li.querySelectorAll('svg').length),
    captions: exercises.map((li) => [...li.querySelectorAll('figcaption')].map(textOf)),
  };
}

/** What paper shows of the page: each element's `display` under print media. */
const displayed = (element: Element) => getComputedStyle(element).display !== 'none';

/** A page with other content around the timer, in a clinic with a name and phone. */
async function pageWithTimer() {
  const page = await fixture<HTMLElement>(
    html`<main>
      <p id="before">The clinic’s own page text.</p>
      <knead-clinic name="Maple Street Massage" phone="604-555-0100">
        <section id="around">
          <knead-exercise-timer .adapters=${fake}></knead-exercise-timer>
        </section>
      </knead-clinic>
      <footer id="after">Footer</footer>
    </main>`,
  );
  const timer = page.querySelector<Timer>('knead-exercise-timer')!;
  await timer.updateComplete;
  return { page, timer };
}

describe('<knead-exercise-timer> printed routine', () => {
  it('lays the routine out as a handout: name, clinic, advice, and each exercise with its picture, dose and steps', async () => {
    const { timer } = await pageWithTimer();
    const paper = handout(timer);
    expect(paper.title).to.equal('Back basics');
    expect(paper.lines).to.deep.equal([
      'Back basics',
      'Maple Street Massage',
      'Questions? Call 604-555-0100.',
      '6 exercises, about 9 min.',
      'Go gently. Stop if the pain gets sharper.',
    ]);
    expect(paper.doses).to.deep.equal(BACK_BASICS_OVERVIEW);
    expect(paper.steps).to.deep.equal(Object.values(EXERCISES).map((exercise) => exercise.steps));
    expect(paper.breathing).to.deep.equal(Object.values(EXERCISES).map((e) => e.breathing));
    expect(paper.pictures, 'start and end of each').to.deep.equal([2, 2, 2, 2, 2, 2]);
    expect(paper.captions[0]).to.deep.equal(['Start', 'End']);
  });

  it('without a clinic, the handout names no clinic', async () => {
    const el = await backBasics();
    expect(handout(el).lines).to.deep.equal([
      'Back basics',
      '6 exercises, about 9 min.',
      'Go gently. Stop if the pain gets sharper.',
    ]);
  });

  it('“Print this routine” opens the print dialog with only the routine on paper, and puts the page back after', async () => {
    const { page, timer } = await pageWithTimer();
    let during: { marked: boolean; sheets: number } | undefined;
    fake.printer.during = () =>
      (during = {
        marked: timer.hasAttribute('data-knead-printing'),
        sheets: document.adoptedStyleSheets.length,
      });
    const before = document.adoptedStyleSheets.length;
    await pressButton(timer, 'Print this routine');
    expect(fake.printer.count).to.equal(1);
    expect(during).to.deep.equal({ marked: true, sheets: before + 1 });
    window.dispatchEvent(new Event('afterprint'));
    expect(timer.hasAttribute('data-knead-printing')).to.equal(false);
    expect(document.adoptedStyleSheets.length).to.equal(before);
    expect(page.querySelector('#before'), 'the page is untouched').to.not.equal(null);
  });

  it('removed while printing, or before the print could start, it leaves the page as it was', async () => {
    const { timer } = await pageWithTimer();
    const before = document.adoptedStyleSheets.length;
    fake.printer.during = () => timer.remove();
    await timer.printRoutine();
    expect(fake.printer.count).to.equal(1);
    expect(document.adoptedStyleSheets.length).to.equal(before);
    expect(timer.hasAttribute('data-knead-printing')).to.equal(false);

    const again = await pageWithTimer();
    const printing = again.timer.printRoutine();
    again.timer.remove();
    await printing;
    expect(fake.printer.count, 'no dialog for a timer no longer on the page').to.equal(1);
    expect(document.adoptedStyleSheets.length).to.equal(before);
  });

  describe('on paper', function () {
    // Emulating print media needs the Chrome DevTools Protocol, which Firefox lacks.
    before(function () {
      if (navigator.userAgent.includes('Firefox')) this.skip();
    });
    afterEach(() => emulateMedia({ media: 'screen' }));

    it('shows the handout instead of the screen, with no buttons or ring, in any state of the run', async () => {
      const { timer } = await pageWithTimer();
      expect(displayed(part(timer, 'handout')!), 'not on screen').to.equal(false);
      await emulateMedia({ media: 'print' });
      expect(displayed(part(timer, 'handout')!)).to.equal(true);
      expect(displayed(timer.shadowRoot!.querySelector('section')!)).to.equal(false);
      await pressButton(timer, 'Start');
      await pass(timer, 6 * SECOND);
      expect(displayed(part(timer, 'handout')!), 'while running').to.equal(true);
      expect(displayed(timer.shadowRoot!.querySelector('section')!)).to.equal(false);
    });

    it('the page’s own print command prints the page with the handout in the timer’s place', async () => {
      const { page } = await pageWithTimer();
      await emulateMedia({ media: 'print' });
      expect(displayed(page.querySelector('#before')!)).to.equal(true);
      expect(displayed(page.querySelector('#after')!)).to.equal(true);
    });

    it('printed from the button, the rest of the page is left off the paper', async () => {
      const { page, timer } = await pageWithTimer();
      let paper: Record<string, boolean> | undefined;
      fake.printer.during = () => {
        paper = {
          before: displayed(page.querySelector('#before')!),
          after: displayed(page.querySelector('#after')!),
          around: displayed(page.querySelector('#around')!),
          timer: displayed(timer),
          handout: displayed(part(timer, 'handout')!),
        };
      };
      await emulateMedia({ media: 'print' });
      await pressButton(timer, 'Print this routine');
      expect(paper).to.deep.equal({
        before: false,
        after: false,
        around: true,
        timer: true,
        handout: true,
      });
      window.dispatchEvent(new Event('afterprint'));
      expect(displayed(page.querySelector('#before')!)).to.equal(true);
    });
  });

  it('speaks the page’s language on paper too', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="fr">
        <knead-clinic name="Clinique Érable" phone="514-555-0100">
          <knead-exercise-timer .adapters=${fake}></knead-exercise-timer>
        </knead-clinic>
      </div>`,
    );
    const timer = page.querySelector<Timer>('knead-exercise-timer')!;
    await timer.updateComplete;
    const lines = handout(timer).lines.map((line) => line.replace(/\s/g, ' '));
    expect(lines).to.include('Des questions ? Appelez le 514-555-0100.');
    expect(handout(timer).captions[0]).to.deep.equal(['Début', 'Fin']);
    expect(textOf(part(timer, 'print'))).to.equal('Imprimer cette routine');
  });

  it('is accessible with the print button', async () => {
    const el = await backBasics();
    expect(textOf(part(el, 'print'))).to.equal('Print this routine');
    await expect(el).to.be.accessible();
  });
});
