import { expect, fixture, html } from '@open-wc/testing';
import '../../src/clinic/define.js';
import '../../src/symptom-check/define.js';
import fr from '../../src/symptom-check/languages/fr.js';
import es from '../../src/symptom-check/languages/es.js';
import { BACK_PAIN_FLOW } from '../../src/symptom-check/back-pain-flow.js';
import { CHECK_MESSAGES } from '../../src/symptom-check/check-messages.js';
import type { SymptomCheckCompleteEvent } from '../../src/symptom-check/symptom-check-events.js';
import { englishLeft } from '../helpers/english-left.js';
import {
  ROUTES,
  buttonNames,
  checkedLabels,
  headingText,
  part,
  press,
  progressText,
  resultLevel,
  routeTo,
  settle,
  textOf,
  type Check,
} from '../harness/symptom-check.js';
import {
  NECK_FLOW,
  NECK_ROUTE,
  asRead,
  checkInLang,
  clinicWith,
  withJsonChild,
  inTimeZone,
} from './fixtures.js';
import { answerByCode, pressMain } from './walk-by-code.js';
import { CHECK_ENGLISH } from './english-words.js';

/**
 * Which language the check speaks (a region variant speaks its language; a language the
 * library lacks speaks English), switching language while a visitor is mid-check, and a
 * clinic's own flow on a French page: the clinic's words, the check's chrome in French.
 */

const FR = fr.check;
const ES = es.check;
const FR_FLOW = fr['back-pain-flow'];
/** Sets `lang` on the wrapper, as an app switching language would, and lets the check follow. */
async function switchTo(holder: HTMLElement, el: Check, lang: string): Promise<void> {
  holder.setAttribute('lang', lang);
  // The lang observer reports after this task; the language's chunk may load first.
  await new Promise((resolve) => setTimeout(resolve));
  await settle(el);
}

describe('<knead-symptom-check> language', () => {
  inTimeZone();

  for (const [lang, start, title] of [
    ['fr-CA', FR.start, FR_FLOW.title],
    ['fr-FR', FR.start, FR_FLOW.title],
    ['es-MX', ES.start, es['back-pain-flow'].title],
    ['es-419', ES.start, es['back-pain-flow'].title],
    ['de', CHECK_MESSAGES.start, BACK_PAIN_FLOW.title],
    ['en-GB', CHECK_MESSAGES.start, BACK_PAIN_FLOW.title],
  ] as const) {
    it(`lang="${lang}" speaks ${start}`, async () => {
      const { el } = await checkInLang(lang);
      expect(buttonNames(el)).to.deep.equal([start]);
      expect(headingText(el)).to.equal(asRead(title));
      expect(part(el, 'intro')!.getAttribute('aria-label')).to.equal(title);
    });
  }

  it('its own lang wins over the page around it', async () => {
    const { el } = await checkInLang(
      'fr',
      html`<knead-symptom-check lang="es"></knead-symptom-check>`,
    );
    expect(buttonNames(el)).to.deep.equal([ES.start]);
  });

  it("a clinic's lang counts, and an own lang still wins", async () => {
    const { el } = await checkInLang(
      'en',
      html`<knead-clinic lang="fr-CA"><knead-symptom-check></knead-symptom-check></knead-clinic>`,
    );
    await el.updateComplete;
    expect(buttonNames(el)).to.deep.equal([FR.start]);
  });

  it('says it is loading in French while a clinic flow is checked', async () => {
    const el = document.createElement('knead-symptom-check');
    el.flow = NECK_FLOW;
    const shown: string[] = [];
    const holder = await fixture<HTMLDivElement>(html`<div lang="fr"></div>`);
    const watch = new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes) if (textOf(node)) shown.push(textOf(node));
    });
    holder.append(el);
    watch.observe(el.shadowRoot!, { childList: true, subtree: true });
    await el.updateComplete;
    watch.disconnect();
    expect(shown[0]).to.equal(FR.loading);
  });

  describe('switched mid-check', () => {
    it('keeps the question, what was picked and the answers, in the new words', async () => {
      const { holder, el } = await checkInLang(
        'en',
        clinicWith(html`<knead-symptom-check></knead-symptom-check>`),
      );
      await answerByCode(el, routeTo('worse-with'));
      const linkId = () => el.shadowRoot!.querySelector('input')!.name;
      // Two picks on the screen, not yet confirmed with Next.
      const [moving, , bending] = [...el.shadowRoot!.querySelectorAll('input')];
      moving!.click();
      bending!.click();
      await el.updateComplete;
      const progress = progressText(el);

      await switchTo(holder, el, 'fr');
      expect(linkId()).to.equal('worse-with');
      expect(headingText(el)).to.equal(asRead(FR_FLOW.items['worse-with']!.text));
      expect(checkedLabels(el)).to.deep.equal([
        asRead(FR_FLOW.items['worse-with']!.options!.moving!),
        asRead(FR_FLOW.items['worse-with']!.options!.bending!),
      ]);
      expect(progressText(el)?.replace(/\D+/g, ' ')).to.equal(progress?.replace(/\D+/g, ' '));
      expect(buttonNames(el)).to.deep.equal([FR.next, FR.back, FR.restart]);
      expect(englishLeft(el, CHECK_ENGLISH)).to.deep.equal([]);

      // Back shows the answer given before the switch, in French.
      await press(el, FR.back);
      expect(linkId()).to.equal('leg-symptoms');
      expect(checkedLabels(el)).to.deep.equal([FR.no]);

      await switchTo(holder, el, 'es');
      expect(checkedLabels(el)).to.deep.equal([ES.no]);
      const events: SymptomCheckCompleteEvent[] = [];
      el.addEventListener('knead-symptom-check-complete', (event) => events.push(event));
      await answerByCode(el, ROUTES.muscular.slice(routeTo('leg-symptoms').length));
      expect(events.map((event) => event.detail.outcome)).to.deep.equal(['muscular']);
      expect(resultLevel(el)).to.equal(ES.levelMassage);
      expect(headingText(el)).to.equal(asRead(es['back-pain-flow'].outcomes.muscular!.title));

      // And back to English on the result.
      await switchTo(holder, el, 'en');
      expect(resultLevel(el)).to.equal(CHECK_MESSAGES.levelMassage);
      expect(headingText(el)).to.equal(
        BACK_PAIN_FLOW.outcomes.find((o) => o.id === 'muscular')!.title,
      );
    });
  });

  describe('a French result', () => {
    it('lists the exercises with their French names, joined as French lists them', async () => {
      const { el } = await checkInLang(
        'fr',
        clinicWith(html`<knead-symptom-check emergency-number="911"></knead-symptom-check>`),
      );
      await answerByCode(el, ROUTES.muscular);
      const names = fr['exercise-names'];
      expect(textOf(part(el, 'exercises')!.querySelector('p'))).to.equal(
        `${names['cat-cow']}, ${names['bird-dog']}, ${names.bridge}, ${names.superman}, ${names['dead-bug']} et ${names['pelvic-tilt']}.`,
      );
      const booking = el.shadowRoot!.querySelector('knead-booking-button')!;
      expect(booking.getAttribute('label')).to.equal(FR.bookMassage);
      expect(booking.shadowRoot!.querySelector('a')?.href, "the clinic's booking link").to.include(
        'calendly.com',
      );
    });

    it('names the Canadian health line in French, then 911 for when it gets worse', async () => {
      const { el } = await checkInLang('fr-CA');
      await answerByCode(el, ROUTES.urgent);
      const result = textOf(part(el, 'result'));
      expect(result).to.include(asRead(FR.adviceLineAbout('811', fr['advice-lines'].CA!)));
      expect(result).to.include(asRead(FR.worseCall('911')));
    });
  });

  describe("a clinic's own flow on a French page", () => {
    it("keeps the clinic's words; only the check's own words are French", async () => {
      const { el } = await checkInLang('fr', clinicWith(withJsonChild(JSON.stringify(NECK_FLOW))));
      await el.updateComplete;
      expect(headingText(el)).to.equal(NECK_FLOW.title);
      expect(textOf(part(el, 'intro'))).to.include(NECK_FLOW.intro);
      expect(buttonNames(el)).to.deep.equal([FR.start]);
      // The information-only screen: the clinic's text, the check's buttons in French.
      await pressMain(el);
      expect(headingText(el)).to.equal(NECK_FLOW.item[0]!.text);
      expect(buttonNames(el)).to.deep.equal([FR.next, FR.back, FR.restart]);
      expect(englishLeft(el, CHECK_ENGLISH)).to.deep.equal([]);
      await expect(el).to.be.accessible();
      await answerByCode(el, NECK_ROUTE.slice(0, 1), NECK_FLOW);
      expect(headingText(el)).to.equal(NECK_FLOW.item[1]!.text);
      expect([...el.shadowRoot!.querySelectorAll('label')].map(textOf)).to.deep.equal([
        FR.yes,
        FR.no,
      ]);
      await answerByCode(el, NECK_ROUTE.slice(1), NECK_FLOW);
      const outcome = NECK_FLOW.outcomes[0]!;
      expect(headingText(el)).to.equal(outcome.title);
      expect(textOf(part(el, 'result'))).to.include(outcome.advice);
      expect(resultLevel(el)).to.equal(FR.levelMassage);
      expect(englishLeft(el, CHECK_ENGLISH)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  });
});
