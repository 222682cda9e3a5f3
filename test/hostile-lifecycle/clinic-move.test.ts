import { expect } from '@open-wc/testing';
import type { KneadBookingButton } from '../../src/booking-button/booking-button.js';
import type { KneadSymptomCheck } from '../../src/symptom-check/symptom-check.js';
import { captureReports } from '../helpers/console.js';
import { callLink, refusal } from '../harness/booking-button.js';
import { appView, clearPage, holder, screenText, settleAll } from './support.js';

/**
 * A single-page app moves widgets between the parts of its page: out of one clinic's
 * section into another's, and out of every clinic. A widget must then book, call and speak
 * as its new place says, never as the clinic it left.
 */

const HARBOUR = 'https://harbour.example/book';
const NORTH = 'https://north.example/book';

const scheme = (element: Element) => getComputedStyle(element).colorScheme;

/** Two clinics side by side, Harbour (dark, French, 000) and North (Spanish), on the page. */
function twoClinics(): { harbour: Element; north: Element } {
  const page = holder('en-US');
  page.innerHTML = `
    <knead-clinic name="Harbour" booking-url="${HARBOUR}" phone="+61 2 5550 1234"
      emergency-number="000" lang="fr" theme="dark">
      <knead-booking-button></knead-booking-button>
      <knead-symptom-check></knead-symptom-check>
    </knead-clinic>
    <knead-clinic name="North" booking-url="${NORTH}" lang="es"></knead-clinic>`;
  const [harbour, north] = page.querySelectorAll('knead-clinic');
  return { harbour: harbour!, north: north! };
}

describe('hostile SPA: widgets moved between clinics', () => {
  afterEach(clearPage);

  it('moved from one clinic into another: books with the new one, in its language', async () => {
    const { harbour, north } = twoClinics();
    const button = harbour.querySelector<KneadBookingButton>('knead-booking-button')!;
    await settleAll();
    expect(button.bookingUrl).to.equal(HARBOUR);
    expect(screenText(button)).to.include('Prendre rendez-vous');
    expect(scheme(button)).to.equal('dark');

    north.append(button);
    await settleAll();
    expect(button.bookingUrl).to.equal(NORTH);
    expect(screenText(button)).to.include('Reservar una cita');
    expect(scheme(button), 'North sets no theme').to.equal('normal');
  });

  it('moved out of its clinic to a part of the page no clinic serves: Harbour’s link, language and theme go with Harbour', async () => {
    const { harbour } = twoClinics();
    const button = harbour.querySelector<KneadBookingButton>('knead-booking-button')!;
    await settleAll();

    const reports = await captureReports(async () => {
      holder('en-US').append(button);
      await settleAll();
    });
    expect(button.bookingUrl, 'no booking link of its own, no clinic').to.equal(undefined);
    expect(refusal(button)).to.include('Online booking is not set up yet.');
    expect(callLink(button), 'no Harbour phone to call').to.equal(undefined);
    expect(scheme(button), 'no Harbour theme').to.equal('normal');
    expect(reports.errors).to.have.length(1);
    expect(reports.errors[0]).to.include('no booking link');
  });

  it('moved out of its clinic into an app’s shadow root: no longer Harbour’s, and Harbour’s again when put back', async () => {
    const { harbour } = twoClinics();
    const button = harbour.querySelector<KneadBookingButton>('knead-booking-button')!;
    await settleAll();

    const app = appView(holder('en-US'));
    await captureReports(async () => {
      app.view.append(button);
      await settleAll();
    });
    expect(button.bookingUrl).to.equal(undefined);
    expect(screenText(button)).to.include('Book an appointment');

    harbour.append(button);
    await settleAll();
    expect(button.bookingUrl).to.equal(HARBOUR);
    expect(screenText(button)).to.include('Prendre rendez-vous');
  });

  it('a symptom check moved out of an Australian clinic into a US section: never says 000 again', async () => {
    const { harbour } = twoClinics();
    const check = harbour.querySelector<KneadSymptomCheck>('knead-symptom-check')!;
    await settleAll();
    expect(screenText(check)).to.include('000');

    holder('en-US').append(check);
    await settleAll();
    expect(screenText(check)).not.to.include('000');
    expect(screenText(check)).to.include('911');
  });

  it('moved to a part of the page a page clinic serves: that clinic’s settings', async () => {
    const { harbour } = twoClinics();
    const page = holder();
    page.innerHTML = `<knead-clinic page name="Central" booking-url="https://central.example/book"></knead-clinic>`;
    const button = harbour.querySelector<KneadBookingButton>('knead-booking-button')!;
    await settleAll();

    holder().append(button);
    await settleAll();
    expect(button.bookingUrl).to.equal('https://central.example/book');
    expect(screenText(button)).to.include('Book an appointment');
  });
});
