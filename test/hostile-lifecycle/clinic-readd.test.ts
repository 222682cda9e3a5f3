import { expect } from '@open-wc/testing';
import type { KneadBookingButton } from '../../src/booking-button/booking-button.js';
import type { KneadClinic } from '../../src/clinic/clinic.js';
import { captureReports } from '../helpers/console.js';
import {
  census,
  clearPage,
  holder,
  problemsDuring,
  screenText,
  settleAll,
  wait,
} from './support.js';

/**
 * A single-page app re-renders the clinic around its widgets: it takes the clinic (widgets
 * and all) off the page and puts it back, in one task and over many, changes it while it is
 * away, and switches its `page` attribute on and off. Every widget must end up with the
 * clinic's settings as they are, and the page must hold one page-clinic listener at most.
 */

const HARBOUR = 'https://harbour.example/book';

function clinicPage() {
  const page = holder();
  page.innerHTML = `
    <knead-clinic name="Harbour" booking-url="${HARBOUR}" lang="fr">
      <knead-booking-button id="inside"></knead-booking-button>
    </knead-clinic>
    <section><knead-booking-button id="outside"></knead-booking-button></section>`;
  return {
    page,
    clinic: page.querySelector<KneadClinic>('knead-clinic')!,
    inside: page.querySelector<KneadBookingButton>('#inside')!,
    outside: page.querySelector<KneadBookingButton>('#outside')!,
  };
}

describe('hostile SPA: a clinic taken away and put back, its page attribute switched', () => {
  afterEach(clearPage);

  it('removed and re-added with its widgets 50 times in one task and 10 over 10 tasks: they book with it, in its language', async () => {
    const problems = await problemsDuring(async () => {
      const { page, clinic, inside } = clinicPage();
      await captureReports(() => settleAll(page));
      for (let turn = 0; turn < 50; turn++) {
        clinic.remove();
        page.prepend(clinic);
      }
      await settleAll(page);
      expect(inside.bookingUrl).to.equal(HARBOUR);
      for (let turn = 0; turn < 10; turn++) {
        clinic.remove();
        await wait(0);
        page.prepend(clinic);
        await wait(0);
      }
      await settleAll(page);
      expect(inside.bookingUrl).to.equal(HARBOUR);
      expect(screenText(inside)).to.include('Prendre rendez-vous');
    });
    expect(problems).to.deep.equal([]);
  });

  it('changed while off the page (another link, another language): its widgets have the new settings once it is back', async () => {
    const { page, clinic, inside } = clinicPage();
    await captureReports(() => settleAll(page));
    clinic.remove();
    clinic.setAttribute('booking-url', 'https://harbour.example/new');
    clinic.setAttribute('lang', 'es');
    await wait(10);
    page.prepend(clinic);
    await settleAll(page);
    expect(inside.bookingUrl).to.equal('https://harbour.example/new');
    expect(screenText(inside)).to.include('Reservar una cita');
  });

  it('page switched on and off 51 times in one task, then off and on over tasks: serves the page exactly while on, with one listener', async () => {
    const { page, clinic, outside } = clinicPage();
    const held = census();
    try {
      await captureReports(() => settleAll(page));
      expect(outside.bookingUrl, 'not served yet').to.equal(undefined);
      for (let turn = 0; turn < 51; turn++) clinic.page = !clinic.page;
      await settleAll(page);
      expect(clinic.page).to.equal(true);
      expect(outside.bookingUrl).to.equal(HARBOUR);
      expect(held.held()['html context-request'], 'one page-clinic listener').to.equal(1);

      await captureReports(async () => {
        clinic.removeAttribute('page');
        await settleAll(page);
      });
      expect(outside.bookingUrl, 'no longer served').to.equal(undefined);
      expect(held.held()['html context-request'] ?? 0, 'no page-clinic listener').to.equal(0);

      clinic.setAttribute('page', '');
      await settleAll(page);
      expect(outside.bookingUrl).to.equal(HARBOUR);
      expect(screenText(outside), 'the page clinic’s language').to.include('Prendre rendez-vous');

      clinic.remove();
      await captureReports(() => settleAll(page));
      expect(outside.bookingUrl, 'removed, it serves nothing').to.equal(undefined);
      expect(held.held()['html context-request'] ?? 0).to.equal(0);
    } finally {
      held.stop();
    }
  });
});
