import { expect, fixture, html } from '@open-wc/testing';
import '../../src/symptom-check/define.js';
import type { KneadSelfCareTips } from '../../src/self-care-tips/self-care-tips.js';
import { ROUTES, answerRoute, part, type RouteName } from '../harness/symptom-check.js';
import type { Check } from '../harness/symptom-check.js';
import { answerByCode } from './walk-by-code.js';

/** The self-care tips a result shows, once loaded: their ids, in order. */
async function tipsOf(el: Check) {
  const tips = el.shadowRoot!.querySelector<KneadSelfCareTips>('knead-self-care-tips');
  if (!tips) return undefined;
  await customElements.whenDefined('knead-self-care-tips');
  await tips.updateComplete;
  return { when: tips.getAttribute('when'), tips: tips.items.map((tip) => tip.title) };
}

/** A check in a section of the page in `lang`, with its emergency number set. */
async function check(lang = 'en') {
  const page = await fixture<HTMLElement>(
    html`<div lang=${lang}>
      <knead-symptom-check emergency-number="112"></knead-symptom-check>
    </div>`,
  );
  const el = page.querySelector<Check>('knead-symptom-check')!;
  await el.updateComplete;
  return el;
}

describe('<knead-symptom-check> self-care tips on a result', () => {
  it('a massage result shows the tips for before and after a session, under their heading', async () => {
    const el = await check();
    await answerRoute(el, ROUTES.muscular);
    expect(await tipsOf(el)).to.deep.equal({
      when: 'before-session after-session',
      tips: [
        'Warmth before, cold after',
        'Drink some water',
        'Stretch gently afterwards',
        'Come back regularly',
      ],
    });
    expect(part(el, 'self-care')!.textContent).to.include(
      'Looking after yourself around a session',
    );
    await expect(el).to.be.accessible();
  });

  for (const route of ['emergency', 'urgent', 'disc-nerve', 'unclear'] as RouteName[])
    it(`a ${route} result shows no tips: care comes first`, async () => {
      const el = await check();
      await answerRoute(el, ROUTES[route]);
      expect(await tipsOf(el)).to.equal(undefined);
    });

  it('in French, the heading and the tips are French', async () => {
    const el = await check('fr');
    await answerByCode(el, ROUTES.muscular);
    expect(part(el, 'self-care')!.textContent).to.include(
      'Prendre soin de vous avant et après une séance',
    );
    const shown = await tipsOf(el);
    expect(shown!.tips).to.have.length(4);
    expect(shown!.tips.join(' ')).to.not.include('Drink some water');
  });
});
