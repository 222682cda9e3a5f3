import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { KneadSelfCareTips } from '../../src/self-care-tips/self-care-tips.js';
import type { KneadTechniqueCard } from '../../src/technique-card/technique-card.js';
import { ROUTES, type Check } from '../harness/symptom-check.js';
import { answerByCode } from '../symptom-check/walk-by-code.js';
import { ALL_WIDGETS, WIDGETS, expectSpeaks, pageLang, settleAll } from './probes.js';

/**
 * A page clinic (no lang of its own) on an English page serves widgets in a section of
 * another language: they speak the section's language, as README "Languages" orders it
 * (own lang, the clinic's own lang, the nearest ancestor's, then <html>). The clinic's
 * locale, inherited from <html lang>, is where the clinic is (emergency numbers), not what
 * its widgets speak: the card, list, timer and tips once took it for their language, and a
 * Spanish section of an English page stayed English.
 */
describe('a page clinic and a section in another language', () => {
  let restore: () => void;
  beforeEach(() => (restore = pageLang('en')));
  afterEach(() => restore());

  it('every widget in a Spanish section speaks Spanish', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <knead-clinic page name="Harbour Massage"></knead-clinic>
        <section lang="es"></section>
      </div>`,
    );
    const section = page.querySelector('section')!;
    section.innerHTML = ALL_WIDGETS.map((name) => WIDGETS[name].markup).join('');
    await settleAll(document.body, 400);
    expectSpeaks(section, 'es');
  });

  it('the widgets inside a symptom check’s result follow <html lang> changed while it ran', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <knead-clinic page name="Harbour Massage" emergency-number="911"></knead-clinic>
        <knead-symptom-check></knead-symptom-check>
      </div>`,
    );
    const check = page.querySelector<Check>('knead-symptom-check')!;
    await settleAll();
    pageLang('fr-CA');
    await settleAll(document.body, 200);
    await answerByCode(check, ROUTES.muscular);
    await settleAll(check.shadowRoot!, 400);
    const tips = check.shadowRoot!.querySelector<KneadSelfCareTips>('knead-self-care-tips')!;
    const card = check.shadowRoot!.querySelector<KneadTechniqueCard>('knead-technique-card')!;
    await Promise.all([tips.updateComplete, card.updateComplete]);
    expect(tips.items.map((tip) => tip.title)).to.include('Buvez de l’eau');
    expect(card.shadowRoot!.textContent).to.include('Pression');
    expect(card.shadowRoot!.textContent).to.not.include('Pressure');
  });
});
