import { expect } from '@open-wc/testing';
import '../../src/symptom-check/define.js';
import '../../src/clinic/define.js';
import { TIPS_FR } from '../../src/self-care-tips/languages/tips.fr.js';
import { TIPS_ES } from '../../src/self-care-tips/languages/tips.es.js';
import { tipsIn, titles } from '../harness/self-care-tips.js';
import { ROUTES, part as checkPart, type Check } from '../harness/symptom-check.js';
import { answerByCode } from '../symptom-check/walk-by-code.js';
import { part, textOf, type Timer } from '../harness/exercise-timer.js';
import { captureReports } from '../helpers/console.js';
import { fake } from '../exercise-timer/timer-element.js';
import {
  MotionSetting,
  clearPage,
  holder,
  makeTimer,
  pageLang,
  problemsDuring,
} from './support.js';

/**
 * A page that says only `<html lang="fr">` (no region, nothing on the widgets): the timer,
 * its figures' captions, its handout, its closing tips and the symptom check's massage tips
 * all speak French; and the same in Spanish. Axe is clean on each.
 */

const read = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The timer on the bare-language page, run to its end by its own Start and Skip methods. */
async function finished(): Promise<Timer> {
  const el = makeTimer(fake, {});
  await el.updateComplete;
  el.start();
  for (let i = 0; i < 6; i++) el.skip();
  await el.updateComplete;
  expect(el.status).to.equal('done');
  return el;
}

describe('hostile languages: a bare <html lang> page', () => {
  let restoreLang: () => void;
  let motion: MotionSetting;
  beforeEach(() => (motion = new MotionSetting()));
  afterEach(() => {
    clearPage();
    restoreLang();
    motion.restore();
  });

  it('fr: the print button, the handout, the figures’ captions and the closing tips in French', async () => {
    restoreLang = pageLang('fr');
    const problems = await problemsDuring(async () => {
      const el = makeTimer(fake, {});
      await el.updateComplete;
      expect(textOf(part(el, 'print'))).to.equal('Imprimer cette routine');
      const handout = part(el, 'handout')!;
      expect(read(textOf(handout))).to.include('Allez-y doucement.');
      expect([...handout.querySelectorAll('figcaption')].slice(0, 2).map(textOf)).to.deep.equal([
        'Début',
        'Fin',
      ]);
      await expect(el).to.be.accessible();
      el.remove();
      const done = await finished();
      const tips = await tipsIn(done.shadowRoot!);
      expect(titles(tips)).to.deep.equal([TIPS_FR.water.title, TIPS_FR['gentle-exercise'].title]);
      await expect(done).to.be.accessible();
    });
    expect(problems).to.deep.equal([]);
  });

  it('fr: the stage’s pair under reduced motion is captioned in French, and accessible', async () => {
    restoreLang = pageLang('fr');
    motion.set(true);
    const el = makeTimer(fake, { exercises: 'bridge' });
    await el.updateComplete;
    el.start();
    await el.updateComplete;
    await fake.clock.advance(6000, () => el.updateComplete);
    await el.updateComplete;
    const captions = [...part(el, 'picture')!.querySelectorAll('figcaption')].map(textOf);
    expect(captions).to.deep.equal(['Début', 'Fin']);
    await expect(el).to.be.accessible();
  });

  it('fr: the symptom check’s massage result shows the session tips in French', async () => {
    restoreLang = pageLang('fr');
    const page = holder();
    page.innerHTML = `<knead-clinic booking-url="https://book.example/harbour">
      <knead-symptom-check></knead-symptom-check></knead-clinic>`;
    const check = page.querySelector<Check>('knead-symptom-check')!;
    await check.updateComplete;
    // A bare language names no country: the check warns that it knows no number.
    const { errors } = await captureReports(async () => {
      await answerByCode(check, ROUTES.muscular);
      const selfCare = checkPart(check, 'self-care');
      expect(selfCare, 'a massage result has self-care tips').to.not.equal(null);
      expect(textOf(selfCare)).to.include('Prendre soin de vous');
      const tips = await tipsIn(check.shadowRoot!);
      expect(titles(tips)).to.include(TIPS_FR['heat-cold'].title);
      expect(titles(tips).join(' ')).to.not.match(/Drink|Warmth|Stretch/);
    });
    expect(errors).to.deep.equal([]);
  });

  it('es: closing tips and handout in Spanish, accessible when done', async () => {
    restoreLang = pageLang('es');
    const el = await finished();
    const tips = await tipsIn(el.shadowRoot!);
    expect(titles(tips)).to.deep.equal([TIPS_ES.water.title, TIPS_ES['gentle-exercise'].title]);
    expect(read(textOf(part(el, 'handout')))).to.not.include('Go gently');
    await expect(el).to.be.accessible();
  });
});
