import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import fr from '../../src/symptom-check/languages/fr.js';
import es from '../../src/symptom-check/languages/es.js';
import { CHECK_MESSAGES } from '../../src/symptom-check/check-messages.js';
import { ROUTES, part, textOf, type Check } from '../harness/symptom-check.js';
import { answerByCode } from '../symptom-check/walk-by-code.js';
import { englishLeft } from '../helpers/english-left.js';
import { CHECK_ENGLISH } from '../symptom-check/english-words.js';
import { captureConsole } from '../helpers/console.js';
import { stubTimeZone } from '../helpers/time-zone.js';
import { pageLang, settleAll } from './probes.js';

/**
 * A bare language (`lang="fr"`, no region) names no country, so no emergency number: the
 * check must say "your local emergency number" in that language, never a number guessed
 * from the language (France's 112 for French, Spain's for Spanish, 911 for either). Walked
 * by answer code, so the walk does not depend on the words.
 */

const read = (text: string) => text.replace(/\s+/g, ' ');
const TABLES = { fr: fr.check, es: es.check, en: CHECK_MESSAGES } as const;

/** What the emergency result and the intro say about calling, and any digits in it. */
function callingOn(el: Check) {
  const call = part(el, 'call');
  return {
    call: textOf(call),
    link:
      call?.closest('a')?.getAttribute('href') ??
      el.shadowRoot!.querySelector('a[href^="tel:"]')?.getAttribute('href') ??
      null,
    digits: textOf(part(el, 'result')).match(/\d{2,}/g) ?? [],
  };
}

async function checkIn(template: ReturnType<typeof html>): Promise<Check> {
  let el!: Check;
  // The check tells the developer once that it does not know the number: expected here.
  await captureConsole('warn', async () => {
    const holder = await fixture<HTMLElement>(template);
    el = (
      holder.localName === 'knead-symptom-check'
        ? holder
        : holder.querySelector('knead-symptom-check')!
    ) as Check;
    await settleAll(document.body, 100);
  });
  return el;
}

describe('a bare language on the emergency screen', () => {
  let restoreZone: () => void;
  let restoreLang: () => void;
  beforeEach(() => {
    restoreZone = stubTimeZone('Etc/UTC');
    restoreLang = pageLang('en');
  });
  afterEach(() => {
    restoreZone();
    restoreLang();
  });

  const PLACES = [
    {
      where: '<html lang="fr">',
      language: 'fr',
      page: 'fr',
      template: html`<knead-symptom-check></knead-symptom-check>`,
    },
    {
      where: '<html lang="es">',
      language: 'es',
      page: 'es',
      template: html`<knead-symptom-check></knead-symptom-check>`,
    },
    {
      where: 'a <div lang="fr">',
      language: 'fr',
      page: 'en',
      template: html`<div lang="fr"><knead-symptom-check></knead-symptom-check></div>`,
    },
    {
      where: 'a clinic lang="fr" with no emergency-number',
      language: 'fr',
      page: null,
      template: html`<knead-clinic lang="fr" name="Clinique"
        ><knead-symptom-check></knead-symptom-check
      ></knead-clinic>`,
    },
    {
      where: 'its own lang="es" on a page with no lang',
      language: 'es',
      page: null,
      template: html`<knead-symptom-check lang="es"></knead-symptom-check>`,
    },
  ] as const;

  for (const { where, language, page, template } of PLACES)
    it(`${where}: "your local emergency number" in ${language}, from the intro to the result`, async () => {
      pageLang(page);
      const text = TABLES[language];
      const el = await checkIn(template);
      expect(textOf(part(el, 'intro'))).to.include(read(text.introEmergencyLocal));
      await answerByCode(el, ROUTES.emergency);
      await settleAll(document.body, 20);
      const { call, link, digits } = callingOn(el);
      expect(call).to.equal(read(text.callLocalNow));
      expect(link, 'no tel: link').to.equal(null);
      expect(digits, 'no number anywhere in the result').to.deep.equal([]);
      expect(textOf(part(el, 'result'))).to.include(read(text.levelEmergency));
      expect(englishLeft(el, CHECK_ENGLISH)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

  it('the urgent result: the doctor today, and "your local emergency number" if it gets worse', async () => {
    pageLang('fr');
    const el = await checkIn(html`<knead-symptom-check></knead-symptom-check>`);
    await answerByCode(el, ROUTES.urgent);
    await settleAll(document.body, 20);
    const result = textOf(part(el, 'result'));
    expect(result).to.include(read(fr.check.contactDoctorToday));
    expect(result).to.include(read(fr.check.worseCallLocal));
    expect(result.match(/\d{2,}/g) ?? []).to.deep.equal([]);
  });

  it('switched fr → es → de on the emergency screen: it stays, the local number in each', async () => {
    const holder = await fixture<HTMLElement>(html`<div lang="fr"></div>`);
    const el = document.createElement('knead-symptom-check') as Check;
    await captureConsole('warn', async () => {
      holder.append(el);
      await settleAll(document.body, 100);
      await answerByCode(el, ROUTES.emergency);
      for (const [lang, text] of [
        ['es', es.check],
        ['de', CHECK_MESSAGES],
        ['fr', fr.check],
      ] as const) {
        holder.setAttribute('lang', lang);
        await settleAll(document.body, 100);
        expect(callingOn(el).call, lang).to.equal(read(text.callLocalNow));
        expect(callingOn(el).link, lang).to.equal(null);
      }
    });
  });

  it('a French clinic on an en-US page: the page’s region names the number (documented order)', async () => {
    pageLang('en-US');
    const el = await checkIn(
      html`<knead-clinic lang="fr"><knead-symptom-check></knead-symptom-check></knead-clinic>`,
    );
    expect(textOf(part(el, 'intro'))).to.include(read(fr.check.introEmergency('911')));
  });

  it('a bare language in a time zone we know: the time zone’s number, not the language’s', async () => {
    restoreZone();
    restoreZone = stubTimeZone('America/Toronto');
    pageLang('fr');
    const el = await checkIn(html`<knead-symptom-check></knead-symptom-check>`);
    await answerByCode(el, ROUTES.emergency);
    await settleAll(document.body, 20);
    expect(callingOn(el).call).to.equal(read(fr.check.callNumber('911')));
  });

  it('a region the table lacks (es-419, fr-XK): the local number, never a guess', async () => {
    for (const lang of ['es-419', 'fr-XK']) {
      pageLang(lang);
      const el = await checkIn(html`<knead-symptom-check></knead-symptom-check>`);
      await answerByCode(el, ROUTES.emergency);
      await settleAll(document.body, 20);
      const text = lang.startsWith('es') ? es.check : fr.check;
      expect(callingOn(el).call, lang).to.equal(read(text.callLocalNow));
      el.remove();
    }
  });
});
