import { expect, html } from '@open-wc/testing';
import '../../src/define.js';
import type { KneadBookingButton } from '../../src/booking-button/booking-button.js';
import { exerciseName } from '../../src/exercise-timer/exercise-names.js';
import { withErrors } from '../helpers/console.js';
import {
  ROUTES,
  answerRoute,
  buttonNames,
  callLink,
  headingText,
  outcomeOf,
  part,
  parts,
  resultLevel,
  textOf,
} from '../harness/symptom-check.js';
import {
  CLINIC_PHONE,
  RESULT_ELEMENTS,
  cardsOf,
  checkFixture,
  clinicCheck,
  countIn,
  wrapped,
  inTimeZone,
} from './fixtures.js';

describe('<knead-symptom-check> results', () => {
  inTimeZone();

  for (const id of ['emergency', 'urgent'] as const) {
    it(`${id}: medical care, and nothing to book or try`, async () => {
      const el = await clinicCheck(
        html`<knead-symptom-check emergency-number="000"></knead-symptom-check>`,
      );
      await answerRoute(el, ROUTES[id]);
      const outcome = outcomeOf(id);
      expect(headingText(el)).to.equal(outcome.title);
      expect(resultLevel(el)).to.equal(id === 'emergency' ? 'Emergency' : 'See a doctor soon');
      expect(textOf(part(el, 'result'))).to.include(outcome.advice);
      const calls = parts<HTMLAnchorElement>(el, 'call');
      expect(calls.map((call) => call.getAttribute('href'))).to.deep.equal(['tel:000']);
      expect(textOf(calls[0])).to.equal(id === 'emergency' ? 'Call 000' : '000');
      expect(countIn(el, RESULT_ELEMENTS), 'booking buttons and cards').to.equal(0);
      expect(!!part(el, 'techniques'), 'techniques').to.equal(false);
      expect(!!part(el, 'exercises'), 'exercises').to.equal(false);
      expect(buttonNames(el)).to.deep.equal(['Back', 'Start again']);
      await expect(el).to.be.accessible();
    });
  }

  it('emergency with no number known: "Call your local emergency number now", no digits', async () => {
    const el = await checkFixture();
    await answerRoute(el, ROUTES.emergency);
    expect(textOf(callLink(el))).to.equal('Call your local emergency number now.');
    expect(callLink(el)!.localName).to.equal('strong');
    expect(textOf(part(el, 'result'))).to.not.match(/\d{3}/);
    expect(countIn(el, RESULT_ELEMENTS)).to.equal(0);
  });

  it("emergency in an en-GB page: the region's number", async () => {
    const { el } = await wrapped(
      html`<div lang="en-GB"><knead-symptom-check></knead-symptom-check></div>`,
    );
    await answerRoute(el, ROUTES.emergency);
    expect(textOf(callLink(el))).to.equal('Call 999');
    expect(callLink(el)!.getAttribute('href')).to.equal('tel:999');
  });

  it('disc-nerve: gentle technique cards with no booking, even for mapped services', async () => {
    const el = await clinicCheck();
    await answerRoute(el, ROUTES['disc-nerve']);
    const outcome = outcomeOf('disc-nerve');
    expect(headingText(el)).to.equal(outcome.title);
    expect(resultLevel(el)).to.equal('See a clinician first');
    expect(textOf(part(el, 'result'))).to.include(outcome.advice);
    const shown = await cardsOf(el);
    expect(shown.map((card) => card.technique)).to.deep.equal([...outcome.techniques!]);
    expect(shown.map((card) => card.hasAttribute('no-booking'))).to.deep.equal(
      shown.map(() => true),
    );
    expect(shown.map((card) => !!card.bookingButton)).to.deep.equal(shown.map(() => false));
    expect(countIn(el, 'knead-booking-button'), 'booking buttons').to.equal(0);
    // The clinic's phone, to talk it through.
    const call = callLink(el)!;
    expect(call.getAttribute('href')).to.equal('tel:+16045550142');
    expect(textOf(call)).to.equal(CLINIC_PHONE);
    expect(textOf(call.parentElement)).to.include('Harbour Physio');
    await expect(el).to.be.accessible();
  });

  it('unclear: no cards, no booking, the clinic phone', async () => {
    const el = await clinicCheck();
    await answerRoute(el, ROUTES.unclear);
    const outcome = outcomeOf('unclear');
    expect(headingText(el)).to.equal(outcome.title);
    expect(textOf(part(el, 'result'))).to.include(outcome.advice);
    expect(countIn(el, RESULT_ELEMENTS)).to.equal(0);
    expect(callLink(el)!.getAttribute('href')).to.equal('tel:+16045550142');
    await expect(el).to.be.accessible();
  });

  it('a clinician result with no clinic phone shows no call link', async () => {
    const el = await checkFixture();
    await answerRoute(el, ROUTES.unclear);
    expect(headingText(el)).to.equal(outcomeOf('unclear').title);
    expect(!!callLink(el), 'a call link').to.equal(false);
  });

  it("muscular: the clinic's booking button, technique cards, exercises and their page", async () => {
    const { el, errors } = await withErrors(async () => {
      const el = await clinicCheck(
        html`<knead-symptom-check exercises-href="/exercises"></knead-symptom-check>`,
      );
      await answerRoute(el, ROUTES.muscular);
      return el;
    });
    expect(errors).to.deep.equal([]);
    const outcome = outcomeOf('muscular');
    expect(headingText(el)).to.equal(outcome.title);
    expect(resultLevel(el)).to.equal('Massage can help');
    expect(textOf(part(el, 'result'))).to.include(outcome.advice);
    const booking = el.shadowRoot!.querySelectorAll<KneadBookingButton>('knead-booking-button');
    expect(booking.length, 'one booking button').to.equal(1);
    await booking[0]!.updateComplete;
    expect(booking[0]!.bookingUrl).to.equal('https://calendly.com/harbour-physio');
    const cards = await cardsOf(el);
    expect(cards.map((card) => card.technique)).to.deep.equal([...outcome.techniques!]);
    expect(cards.some((card) => card.noBooking)).to.equal(false);
    const exercises = part(el, 'exercises')!;
    for (const id of outcome.exercises!) expect(textOf(exercises)).to.include(exerciseName(id));
    const link = exercises.querySelector('a');
    expect(!!link, 'a link to the exercises').to.equal(true);
    expect(link!.href).to.equal(new URL('/exercises', document.baseURI).href);
    expect(!!callLink(el), 'a call link').to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('muscular with no exercises-href: the exercises named, no link', async () => {
    const el = await clinicCheck();
    await answerRoute(el, ROUTES.muscular);
    expect(!!part(el, 'exercises'), 'exercises').to.equal(true);
    expect(part(el, 'exercises')!.querySelectorAll('a').length).to.equal(0);
  });

  it('refuses a javascript: exercises-href, with one console error naming it', async () => {
    const { el, errors } = await withErrors(async () => {
      const el = await clinicCheck(
        html`<knead-symptom-check exercises-href="javascript:alert(1)"></knead-symptom-check>`,
      );
      await answerRoute(el, ROUTES.muscular);
      return el;
    });
    expect(headingText(el)).to.equal(outcomeOf('muscular').title);
    expect(!!part(el, 'exercises'), 'the exercises').to.equal(true);
    expect(countIn(el, '[part~="exercises"] a'), 'exercise links').to.equal(0);
    expect(countIn(el, 'a[href^="javascript"]'), 'javascript links').to.equal(0);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include('exercises-href').and.include('javascript');
  });
});
