import { expect, fixture, html } from '@open-wc/testing';
// The widgets only. <knead-clinic> is defined by the last test, the way a tag manager or a
// CDN script that loads after the npm build would define it; a tag is defined once per page,
// and wtr gives each test file its own page, so these tests run in order in this file.
import '../../src/booking-button/define.js';
import '../../src/technique-list/define.js';
import '../../src/symptom-check/define.js';
import type { KneadBookingButton } from '../../src/booking-button/booking-button.js';
import type { KneadTechniqueCard } from '../../src/technique-card/technique-card.js';
import '../helpers/clinic-probe.js';
import { captureConsole } from '../helpers/console.js';
import { clinicMarkup, settle } from '../harness/clinic.js';
import { offer, refusal } from '../harness/booking-button.js';
import { consoleDuring } from './fixtures.js';

const text = (element: Element) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

/** A clinic with booking settings and a phone, which a refused button would offer. */
const HARBOUR = {
  name: 'Harbour',
  'booking-provider': 'calendly',
  'booking-account': 'harbour-physio',
  phone: '+1 555 0100',
};

describe('widgets defined before <knead-clinic>', () => {
  it('stop waiting when the clinic they wait for leaves', async () => {
    let page!: HTMLElement;
    const messages = await consoleDuring(async () => {
      page = await fixture(html`
        <div>
          <knead-clinic page booking-url="https://book.example.com/gone"></knead-clinic>
          <knead-clinic><clinic-probe id="moved"></clinic-probe></knead-clinic>
          <knead-booking-button></knead-booking-button>
          <clinic-probe id="loose"></clinic-probe>
        </div>
      `);
    });
    expect(messages).to.deep.equal([]);
    const button = page.querySelector('knead-booking-button')!;
    expect(refusal(button)).to.equal(undefined);
    expect(text(page.querySelector('#loose')!)).to.equal('waiting');
    expect(text(page.querySelector('#moved')!)).to.equal('waiting');

    // Moved out of its clinic, with no page clinic any more: no clinic, said plainly.
    const errors = await captureConsole('error', async () => {
      page.querySelector('knead-clinic[page]')!.remove();
      page.append(page.querySelector('#moved')!);
      await settle();
    });
    expect(text(page.querySelector('#loose')!)).to.equal('no clinic');
    expect(text(page.querySelector('#moved')!)).to.equal('no clinic');
    expect(refusal(button)).to.equal('Online booking is not set up yet.');
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include('no booking link');
  });

  it('wait calmly for an undefined clinic, then use its settings once it is defined', async () => {
    let page!: HTMLElement;
    const before = await consoleDuring(async () => {
      page = await fixture(html`
        <div>
          ${clinicMarkup(
            HARBOUR,
            html`<script type="application/json">
                { "services": { "swedish": "relax-45" } }
              </script>
              <knead-booking-button id="inside"></knead-booking-button>
              <knead-technique-card technique="swedish"></knead-technique-card>
              <clinic-probe id="inside-probe"></clinic-probe>`,
          )}
          <knead-clinic
            page
            name="Page"
            booking-url="https://book.example.com/page"
            emergency-number="112"
          ></knead-clinic>
          <p>
            <knead-booking-button id="outside">Book now</knead-booking-button>
            <clinic-probe id="outside-probe"></clinic-probe>
          </p>
          <knead-symptom-check></knead-symptom-check>
        </div>
      `);
    });

    expect(before, 'console while waiting').to.deep.equal([]);
    const inside = page.querySelector<KneadBookingButton>('#inside')!;
    const outside = page.querySelector<KneadBookingButton>('#outside')!;
    // A calm button with its label, not yet active, and no "not set up" message.
    expect(offer(inside)).to.deep.include({
      role: 'button',
      disabled: true,
      name: 'Book an appointment',
    });
    expect(refusal(inside)).to.equal(undefined);
    expect(refusal(outside)).to.equal(undefined);
    expect(outside.textContent).to.equal('Book now');
    expect(text(page.querySelector('#inside-probe')!)).to.equal('waiting');
    expect(text(page.querySelector('#outside-probe')!)).to.equal('waiting');

    const after = await consoleDuring(() => import('../../src/clinic/define.js'));

    expect(after, 'console once defined').to.deep.equal([]);
    expect(inside.bookingUrl).to.equal('https://calendly.com/harbour-physio');
    expect(outside.bookingUrl).to.equal('https://book.example.com/page');
    expect(offer(outside)).to.deep.include({ role: 'link', disabled: false });
    expect(refusal(outside)).to.equal(undefined);
    expect(text(page.querySelector('#inside-probe')!)).to.equal('Harbour');
    expect(text(page.querySelector('#outside-probe')!)).to.equal('Page');
    const card = page.querySelector<KneadTechniqueCard>('knead-technique-card')!;
    const cardButton = card.shadowRoot!.querySelector<KneadBookingButton>('knead-booking-button');
    await cardButton?.updateComplete;
    expect(cardButton?.bookingUrl).to.equal('https://calendly.com/harbour-physio/relax-45');
  });
});
