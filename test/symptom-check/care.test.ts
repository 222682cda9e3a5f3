import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { captureConsole } from '../helpers/console.js';
import { stubTimeZone } from '../helpers/time-zone.js';
import fr from '../../src/symptom-check/languages/fr.js';
import es from '../../src/symptom-check/languages/es.js';
import { answerByCode } from './walk-by-code.js';
import { asRead } from './fixtures.js';
import {
  ROUTES,
  answerRoute,
  part,
  parts,
  textOf,
  type Check,
  type RouteName,
} from '../harness/symptom-check.js';

/**
 * Where the check sends a visitor for medical care: the emergency number from the right
 * source (never a guess), and for an urgent result the advice line first.
 */

const callOf = (el: Check) => part(el, 'call');

/** The page's `<html lang>` before a test set it; put back after each test. */
let pageLangBefore: string | null | undefined;
afterEach(() => {
  const root = document.documentElement;
  if (pageLangBefore === undefined) return;
  if (pageLangBefore === null) root.removeAttribute('lang');
  else root.setAttribute('lang', pageLangBefore);
  pageLangBefore = undefined;
});

/**
 * Renders `template` with the page's `<html lang>` set (until the test ends: the check
 * follows a change of it) and the visitor in `zone`.
 */
async function checkIn(
  zone: string,
  template = html`<knead-symptom-check></knead-symptom-check>`,
  pageLang?: string,
): Promise<{ el: Check; warnings: string[]; errors: string[] }> {
  const root = document.documentElement;
  if (pageLang) {
    if (pageLangBefore === undefined) pageLangBefore = root.getAttribute('lang');
    root.setAttribute('lang', pageLang);
  }
  const restore = stubTimeZone(zone);
  let el!: Check;
  const errors: string[] = [];
  try {
    const warnings = await captureConsole('warn', async () => {
      errors.push(
        ...(await captureConsole('error', async () => {
          const holder = await fixture<HTMLElement>(html`<div>${template}</div>`);
          el = holder.querySelector('knead-symptom-check') ?? findInShadow(holder);
          await el.updateComplete;
        })),
      );
    });
    return { el, warnings, errors };
  } finally {
    restore();
  }
}

function findInShadow(holder: HTMLElement): Check {
  for (const child of holder.querySelectorAll('*')) {
    const found = child.shadowRoot?.querySelector<Check>('knead-symptom-check');
    if (found) return found;
  }
  throw new Error('no knead-symptom-check');
}

/**
 * Walks to a result with the time zone still stubbed, as a visitor there would; by code,
 * since some of these pages are in French or Spanish.
 */
async function resultIn(zone: string, el: Check, id: RouteName): Promise<void> {
  const restore = stubTimeZone(zone);
  try {
    await answerByCode(el, ROUTES[id]);
  } finally {
    restore();
  }
}

describe('<knead-symptom-check> emergency number', () => {
  it('a French page in Paris: 112, not 911', async () => {
    const { el, warnings } = await checkIn('Europe/Paris', undefined, 'fr');
    expect(callOf(el)!.getAttribute('href')).to.equal('tel:112');
    await resultIn('Europe/Paris', el, 'emergency');
    expect(textOf(callOf(el))).to.equal('Appelez le 112');
    expect(warnings).to.deep.equal([]);
  });

  it('a Spanish page: 911 in Mexico City, 112 in Madrid', async () => {
    for (const [zone, number] of [
      ['America/Mexico_City', '911'],
      ['Europe/Madrid', '112'],
    ] as const) {
      const { el } = await checkIn(zone, undefined, 'es');
      expect(callOf(el)!.getAttribute('href'), zone).to.equal(`tel:${number}`);
    }
  });

  it('a UK clinic with lang="en" and a visitor in London: 999', async () => {
    const { el } = await checkIn(
      'Europe/London',
      html`<knead-clinic lang="en" name="Harbour Physio"
        ><knead-symptom-check></knead-symptom-check
      ></knead-clinic>`,
    );
    await resultIn('Europe/London', el, 'emergency');
    expect(textOf(callOf(el))).to.equal('Call 999');
  });

  it('a French page where the time zone says nothing: no number, and one warning to set one', async () => {
    const { el, warnings } = await checkIn('Etc/UTC', undefined, 'fr');
    expect(textOf(part(el, 'intro'))).to.include(asRead(fr.check.introEmergencyLocal));
    await resultIn('Etc/UTC', el, 'emergency');
    expect(textOf(callOf(el))).to.equal('Appelez immédiatement le numéro d’urgence local.');
    expect(textOf(part(el, 'result'))).to.not.match(/\d{3}/);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('emergency-number');
    await expect(el).to.be.accessible();
  });

  it("the clinic's emergency-number wins over lang and time zone", async () => {
    const { el } = await checkIn(
      'Europe/London',
      html`<knead-clinic emergency-number="15" lang="fr-FR"
        ><knead-symptom-check></knead-symptom-check
      ></knead-clinic>`,
    );
    expect(callOf(el)!.getAttribute('href')).to.equal('tel:15');
  });

  it("a page clinic's lang counts for widgets outside it", async () => {
    const { el } = await checkIn(
      'Etc/UTC',
      html`<knead-clinic page lang="en-AU"></knead-clinic>
        <knead-symptom-check></knead-symptom-check>`,
    );
    expect(callOf(el)!.getAttribute('href')).to.equal('tel:000');
    el.parentElement!.querySelector('knead-clinic')!.remove();
  });

  it("reads lang across an app's shadow root", async () => {
    const host = document.createElement('div');
    host.setAttribute('lang', 'en-NZ');
    host.attachShadow({ mode: 'open' }).innerHTML = '<knead-symptom-check></knead-symptom-check>';
    const { el } = await checkIn('Etc/UTC', html`${host}`);
    expect(callOf(el)!.getAttribute('href')).to.equal('tel:111');
  });
});

describe('<knead-symptom-check> urgent result', () => {
  it('in Canada: 811 is the main action, 911 only if it gets worse', async () => {
    const { el } = await checkIn('America/Toronto', undefined, 'fr-CA');
    await resultIn('America/Toronto', el, 'urgent');
    const advice = part<HTMLAnchorElement>(el, 'advice-line')!;
    expect(advice.getAttribute('href')).to.equal('tel:811');
    expect(textOf(advice)).to.equal('Appelez le 811');
    expect(advice.classList.contains('call'), 'a large button').to.equal(true);
    const calls = parts<HTMLAnchorElement>(el, 'call');
    expect(calls.map((call) => textOf(call))).to.deep.equal(['911']);
    expect(
      calls[0]!.classList.contains('call'),
      'the emergency number is not a big button',
    ).to.equal(false);
    expect(textOf(calls[0]!.closest('p'))).to.equal(
      'Si votre état s’aggrave, ou si vous remarquez un signe d’urgence, appelez immédiatement le 911.',
    );
    await expect(el).to.be.accessible();
  });

  it('in the UK: NHS 111, then 999 if it gets worse', async () => {
    const { el } = await checkIn('Europe/London', undefined, 'en');
    await resultIn('Europe/London', el, 'urgent');
    expect(part(el, 'advice-line')!.getAttribute('href')).to.equal('tel:111');
    expect(textOf(part(el, 'result'))).to.include('NHS 111');
    expect(textOf(callOf(el))).to.equal('999');
  });

  it('in Australia: healthdirect', async () => {
    const { el } = await checkIn('Australia/Sydney');
    await resultIn('Australia/Sydney', el, 'urgent');
    expect(part(el, 'advice-line')!.getAttribute('href')).to.equal('tel:1800022222');
    expect(textOf(part(el, 'result'))).to.include('healthdirect');
    expect(textOf(callOf(el))).to.equal('000');
  });

  it('in the US, with no nationwide line: the doctor or urgent care first', async () => {
    const { el } = await checkIn('America/Chicago', undefined, 'en-US');
    await resultIn('America/Chicago', el, 'urgent');
    expect(!!part(el, 'advice-line'), 'an advice line').to.equal(false);
    expect(textOf(el.shadowRoot!.querySelector('.call-text'))).to.equal(
      'Contact your doctor or an urgent care service today.',
    );
    const calls = parts(el, 'call');
    expect(calls.map((call) => textOf(call))).to.deep.equal(['911']);
    expect(calls[0]!.classList.contains('call')).to.equal(false);
  });

  it('where nothing is known: no digits at all', async () => {
    const { el } = await checkIn('Etc/UTC', undefined, 'es');
    await resultIn('Etc/UTC', el, 'urgent');
    expect(!!part(el, 'advice-line')).to.equal(false);
    const result = textOf(part(el, 'result'));
    expect(result).to.include(es.check.contactDoctorToday);
    expect(result).to.include(es.check.worseCallLocal);
    expect(result).to.not.match(/\d/);
    await expect(el).to.be.accessible();
  });

  it('in Nunavut: no 811', async () => {
    const { el } = await checkIn('America/Iqaluit', undefined, 'en-CA');
    await resultIn('America/Iqaluit', el, 'urgent');
    expect(!!part(el, 'advice-line')).to.equal(false);
    expect(textOf(callOf(el))).to.equal('911');
  });

  it('in dark: the advice line and the result pass axe', async () => {
    const { el } = await checkIn(
      'America/Vancouver',
      html`<knead-symptom-check theme="dark"></knead-symptom-check>`,
      'en-CA',
    );
    await resultIn('America/Vancouver', el, 'urgent');
    await expect(el).to.be.accessible();
  });
});

describe('<knead-symptom-check> result sections', () => {
  it('"Techniques that may help" and "Gentle exercises for home" are headings, with the cards below them', async () => {
    const { el } = await checkIn(
      'Etc/UTC',
      html`<knead-symptom-check heading-level="2" emergency-number="911"></knead-symptom-check>`,
    );
    await answerRoute(el, ROUTES.muscular);
    const headings = [...el.shadowRoot!.querySelectorAll('[role="heading"]')].map(
      (node) => `${node.getAttribute('aria-level')} ${textOf(node)}`,
    );
    expect(headings.slice(1)).to.deep.equal([
      '3 Techniques that may help',
      '3 Gentle exercises for home',
      '3 Looking after yourself around a session',
    ]);
    const card = el.shadowRoot!.querySelector('knead-technique-card')!;
    expect(card.getAttribute('heading-level')).to.equal('4');
  });
});
