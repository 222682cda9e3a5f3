import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import type { KneadClinic } from '../../src/clinic/clinic.js';
import { callLink, offer, refusal, renderedButton } from '../harness/booking-button.js';
import { renderQuietly } from './fixtures.js';

describe('<knead-booking-button> with a clinic', () => {
  /** The clinic `template` renders, and its button once both have settled. */
  async function inClinic(template: TemplateResult) {
    const root = await fixture<HTMLElement>(template);
    for (const clinic of [root, ...root.querySelectorAll('knead-clinic')])
      await (clinic as KneadClinic).updateComplete;
    return renderedButton(root);
  }

  it("books with the clinic's provider when it has no settings of its own", async () => {
    const el = await inClinic(html`
      <knead-clinic
        booking-provider="calendly"
        booking-account="harbour-physio"
        name="Harbour Physio"
      >
        <knead-booking-button service="30min"></knead-booking-button>
      </knead-clinic>
    `);
    expect(el.bookingUrl).to.equal('https://calendly.com/harbour-physio/30min');
  });

  it('follows the clinic live', async () => {
    const clinic = await fixture<KneadClinic>(html`
      <knead-clinic booking-url="https://book.example.com/a"
        ><knead-booking-button></knead-booking-button
      ></knead-clinic>
    `);
    const el = clinic.querySelector('knead-booking-button')!;
    clinic.setAttribute('booking-url', 'https://book.example.com/b');
    await clinic.updateComplete;
    await el.updateComplete;
    expect(offer(el).href).to.equal('https://book.example.com/b');
  });

  it('prefers its own href over the clinic', async () => {
    const el = await inClinic(html`
      <knead-clinic booking-url="https://book.example.com/clinic">
        <knead-booking-button href="https://book.example.com/own"></knead-booking-button>
      </knead-clinic>
    `);
    expect(el.bookingUrl).to.equal('https://book.example.com/own');
  });

  it('uses a page clinic when it is not inside one', async () => {
    const el = await inClinic(html`
      <div>
        <knead-clinic page booking-url="https://book.example.com/page"></knead-clinic>
        <p><knead-booking-button></knead-booking-button></p>
      </div>
    `);
    expect(el.bookingUrl).to.equal('https://book.example.com/page');
  });

  it("names the clinic's attribute when its URL is refused, and offers its phone", async () => {
    const { button, errors } = await renderQuietly(html`
      <knead-clinic booking-url="https://user:pw@book.example.com/" phone="+1 (555) 010-0100">
        <knead-booking-button></knead-booking-button>
      </knead-clinic>
    `);
    expect(errors.some((e) => e.includes('<knead-clinic> booking-url'))).to.equal(true);
    expect(callLink(button)).to.deep.equal({
      text: '+1 (555) 010-0100',
      href: 'tel:+15550100100',
    });
    await expect(button).to.be.accessible();
  });

  it('shows a clinic phone that is not a number as text, not as a link', async () => {
    const { button } = await renderQuietly(html`
      <knead-clinic phone="ask at reception"
        ><knead-booking-button></knead-booking-button
      ></knead-clinic>
    `);
    expect(refusal(button)).to.include('Please call ask at reception to book.');
    expect(callLink(button)).to.equal(undefined);
  });
});
