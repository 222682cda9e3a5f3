import { expect, fixture, html } from '@open-wc/testing';
// Not src/define.js: this page defines its elements in the order a tag manager or two
// scripts loading in either order would. First the booking button and the card; then the
// clinic (second test); then the check and the timer (third and fourth), after the clinics
// they sit in. A tag is defined once per page, so these tests run in this order.
import '../../src/booking-button/define.js';
import '../../src/technique-card/define.js';
import { captureConsole } from '../helpers/console.js';
import { WIDGETS, marks, pageLang, screenText, settleAll, spokenOn } from './probes.js';

/** What a widget's shadow root shows from the first text it ever shows: every text, in order. */
function recordScreens(el: Element): { texts: string[]; stop: () => void } {
  const texts: string[] = [];
  const note = () => {
    const text = screenText(el);
    if (text && texts.at(-1) !== text) texts.push(text);
  };
  let observer: MutationObserver | undefined;
  const start = () => {
    note();
    observer = new MutationObserver(note);
    observer.observe(el.shadowRoot!, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
    });
  };
  if (el.shadowRoot) start();
  else void customElements.whenDefined(el.localName).then(start);
  return { texts, stop: () => observer?.disconnect() };
}

describe('widgets and <knead-clinic lang> defined in either order', () => {
  let restore: () => void;
  beforeEach(() => (restore = pageLang('en')));
  afterEach(() => restore());

  let page: HTMLElement;

  it('widgets defined before their clinic: they speak the clinic’s lang once it is defined', async () => {
    // Not a fixture: the next test goes on with this page.
    page = document.createElement('div');
    page.innerHTML = `
      <knead-clinic lang="es" name="Clínica"
        ><knead-booking-button provider="calendly" account="harbour"></knead-booking-button
      ></knead-clinic>
      <knead-clinic page lang="fr"></knead-clinic>
      <main><knead-technique-card technique="swedish"></knead-technique-card></main>`;
    document.body.append(page);
    await settleAll(document.body, 200);
    // Waiting calmly: the undefined clinic's lang counts as an ancestor's already.
    const button = page.querySelector('knead-booking-button')!;
    expect(spokenOn(button, 'booking')).to.equal('es');
  });

  it('…then the clinic is defined: the wrapped button in Spanish, the loose card in the page clinic’s French', async () => {
    const errors = await captureConsole('error', async () => {
      await import('../../src/clinic/define.js');
      await settleAll(document.body, 400);
    });
    expect(errors).to.deep.equal([]);
    const button = page.querySelector('knead-booking-button')!;
    const card = page.querySelector('knead-technique-card')!;
    expect(spokenOn(button, 'booking')).to.equal('es');
    expect(spokenOn(card, 'card')).to.equal('fr');
    expect(marks(card)).to.deep.equal(marks(card).map(() => 'fr'));
    page.remove();
  });

  it('a check defined after its clinic lang="es": its first screen is already Spanish', async () => {
    const holder = await fixture<HTMLElement>(
      html`<knead-clinic lang="es"><knead-symptom-check></knead-symptom-check></knead-clinic>`,
    );
    const check = holder.querySelector('knead-symptom-check')!;
    const screens = recordScreens(check);
    await captureConsole('warn', async () => {
      await import('../../src/symptom-check/define.js');
      await settleAll(document.body, 400);
    });
    screens.stop();
    expect(spokenOn(check, 'check')).to.equal('es');
    expect(screens.texts.length, 'it rendered').to.be.above(0);
    for (const text of screens.texts)
      expect(text, 'an English screen first').not.to.include(WIDGETS.check.says.en);
  });

  it('a timer defined after a page clinic lang="fr": French from its first screen', async () => {
    const holder = await fixture<HTMLElement>(
      html`<div>
        <knead-clinic page lang="fr"></knead-clinic><knead-exercise-timer></knead-exercise-timer>
      </div>`,
    );
    const timer = holder.querySelector('knead-exercise-timer')!;
    const screens = recordScreens(timer);
    await import('../../src/exercise-timer/define.js');
    await settleAll(document.body, 400);
    screens.stop();
    expect(spokenOn(timer, 'timer')).to.equal('fr');
    for (const text of screens.texts)
      expect(text, 'an English screen first').not.to.include(WIDGETS.timer.says.en);
  });
});
