import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { define } from '../../src/shared/define.js';
import { KneadBookingButton } from '../../src/booking-button/booking-button.js';
import type { BookingClickEvent } from '../../src/booking-button/booking-events.js';
import { captureConsole } from '../helpers/console.js';
import { browserWorkDuring } from '../shared/browser-work.js';
import {
  activate,
  control,
  nextEvent,
  nextFrame,
  offer,
  refusal,
} from '../harness/booking-button.js';
import { bookingButton, closeEveryPopup, renderQuietly } from './fixtures.js';

describe('<knead-booking-button>', () => {
  afterEach(closeEveryPopup);

  describe('link modes', () => {
    it('opens a checked booking link in a new tab by default', async () => {
      const el = await fixture<KneadBookingButton>(
        bookingButton({ href: 'https://book.example.com/massage' }),
      );
      expect(offer(el)).to.deep.include({
        role: 'link',
        href: 'https://book.example.com/massage',
        newTab: true,
        name: 'Book an appointment, opens in a new tab',
      });
      expect(control<HTMLAnchorElement>(el).rel).to.equal('noopener');
      await expect(el).to.be.accessible();
    });

    it('stays in the same tab in same-tab mode', async () => {
      const el = await fixture<KneadBookingButton>(
        bookingButton({ mode: 'same-tab', href: 'https://book.example.com/' }),
      );
      expect(offer(el).newTab).to.equal(false);
      expect(control(el).hasAttribute('target')).to.equal(false);
      expect(offer(el).name).not.to.include('new tab');
    });

    it('builds the provider URL and adds UTM parameters', async () => {
      const el = await fixture<KneadBookingButton>(
        bookingButton({
          provider: 'calendly',
          account: 'harbour-physio',
          service: '60min',
          'utm-source': 'clinic-site',
          'utm-medium': 'widget',
          'utm-campaign': 'spring',
        }),
      );
      const url = new URL(offer(el).href!);
      expect(url.origin + url.pathname).to.equal('https://calendly.com/harbour-physio/60min');
      expect(Object.fromEntries(url.searchParams)).to.deep.equal({
        utm_source: 'clinic-site',
        utm_medium: 'widget',
        utm_campaign: 'spring',
      });
      expect(el.bookingUrl).to.equal(url.href);
    });

    it('calls a phone number in the same tab', async () => {
      const el = await fixture<KneadBookingButton>(
        bookingButton({ href: 'tel:+15550100', label: 'Call to book' }),
      );
      expect(offer(el)).to.deep.include({ href: 'tel:+15550100', newTab: false });
      expect(control(el).hasAttribute('target')).to.equal(false);
      expect(control(el).textContent!.trim()).to.equal('Call to book');
    });

    it('takes its text from label, else from slotted text', async () => {
      const labelled = await fixture<KneadBookingButton>(
        html`<knead-booking-button href="https://x.example/" label="Book a massage"
          >Ignored</knead-booking-button
        >`,
      );
      expect(control(labelled).textContent).to.include('Book a massage');
      const slotted = await fixture<KneadBookingButton>(
        html`<knead-booking-button href="https://x.example/"
          >Reserve a session</knead-booking-button
        >`,
      );
      const slot = control(slotted).querySelector('slot')!;
      expect(
        slot
          .assignedNodes()
          .map((node) => node.textContent)
          .join(''),
      ).to.include('Reserve a session');
      await expect(slotted).to.be.accessible();
    });

    it('warns about an unknown mode and falls back to a new tab', async () => {
      const { button, errors, warnings } = await renderQuietly(
        bookingButton({ mode: 'sideways', href: 'https://x.example/' }),
      );
      expect(errors).to.deep.equal([]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('mode').and.include('sideways');
      expect(offer(button).newTab).to.equal(true);
    });
  });

  describe('progressive enhancement', () => {
    it('upgrades a light-DOM link, keeping its href and text', async () => {
      const el = await fixture<KneadBookingButton>(html`
        <knead-booking-button
          ><a href="https://book.example.com/fallback">Book a massage</a></knead-booking-button
        >
      `);
      expect(offer(el).href).to.equal('https://book.example.com/fallback');
      expect(control(el).textContent).to.include('Book a massage');
      // The original link is no longer shown: only the upgraded one is.
      expect(el.querySelector('a')!.getClientRects().length).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('keeps the same height before and after upgrade with the documented CSS', async () => {
      class LateButton extends KneadBookingButton {}
      const style = document.createElement('style');
      style.textContent = `knead-late-button:not(:defined) { display: inline-block; min-height: 44px; line-height: 1.5; }`;
      document.head.append(style);
      const wrapper = await fixture(html`
        <div style="font: 16px/1.5 sans-serif">
          <knead-late-button><a href="https://book.example.com/">Book</a></knead-late-button>
        </div>
      `);
      const host = wrapper.querySelector('knead-late-button')!;
      const before = host.getBoundingClientRect().height;
      customElements.define('knead-late-button', LateButton);
      await (host as KneadBookingButton).updateComplete;
      await nextFrame();
      expect(host.getBoundingClientRect().height).to.be.closeTo(before, 1);
      style.remove();
    });

    it('does not run a refused fallback link', async () => {
      const hostile = Object.assign(document.createElement('a'), { textContent: 'Book' });
      hostile.setAttribute('href', 'javascript:alert(1)');
      const { button, errors } = await renderQuietly(
        html`<knead-booking-button>${hostile}</knead-booking-button>`,
      );
      expect(offer(button).role).to.equal('button');
      expect(errors[0]).to.include('<a href> child').and.include('javascript:alert(1)');
    });
  });

  describe('refused and unavailable', () => {
    it('refuses an unsafe URL with a visible, accessible explanation and one console error', async () => {
      const { button, errors } = await renderQuietly(
        bookingButton({ href: 'javascript:alert(document.cookie)' }),
      );
      expect(offer(button)).to.deep.include({ role: 'button', disabled: true });
      expect(refusal(button)).to.include('blocked');
      const message = button.shadowRoot!.querySelector('[part~="message"]')!;
      expect(control(button).getAttribute('aria-describedby')).to.equal(message.id);
      expect(button.shadowRoot!.innerHTML).not.to.include('javascript:');
      expect(button.bookingUrl).to.equal(undefined);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('href').and.include('javascript:alert(document.cookie)');
      await expect(button).to.be.accessible();
    });

    it('refuses a look-alike host for a provider', async () => {
      const { button, errors } = await renderQuietly(
        bookingButton({ provider: 'calendly', href: 'https://calendly.com.evil.example/x' }),
      );
      expect(offer(button).disabled).to.equal(true);
      expect(errors[0]).to.include('calendly.com.evil.example');
    });

    it('names an unknown provider', async () => {
      const { button, errors } = await renderQuietly(
        bookingButton({ provider: 'bookly', account: 'x' }),
      );
      expect(refusal(button)).to.include('not valid');
      expect(errors[0]).to.include('provider').and.include('bookly').and.include('calendly');
    });

    it('says when booking is not set up', async () => {
      const { button, errors } = await renderQuietly(bookingButton({}));
      expect(refusal(button)).to.include('not set up');
      expect(errors).to.have.length(1);
      await expect(button).to.be.accessible();
    });

    it('does not fire a click event when refused', async () => {
      const { button } = await renderQuietly(bookingButton({ href: 'data:text/html,hi' }));
      let fired = false;
      button.addEventListener('knead-booking-click', () => (fired = true));
      control(button).click();
      expect(fired).to.equal(false);
    });

    it('shows a disabled button when disabled', async () => {
      const el = await fixture<KneadBookingButton>(
        bookingButton({ disabled: '', href: 'https://x.example/' }),
      );
      expect(offer(el).disabled).to.equal(true);
      await expect(el).to.be.accessible();
      el.disabled = false;
      await el.updateComplete;
      expect(offer(el).role).to.equal('link');
    });

    it('logs each problem once, not on every render', async () => {
      const errors = await captureConsole('error', async () => {
        const el = await fixture<KneadBookingButton>(bookingButton({ href: 'http://x.example/' }));
        el.label = 'Again';
        await el.updateComplete;
        el.variant = 'secondary';
        await el.updateComplete;
      });
      expect(errors).to.have.length(1);
    });
  });

  describe('events', () => {
    it('fires a bubbling, composed knead-booking-click with the booking details', async () => {
      const el = await fixture<KneadBookingButton>(
        bookingButton({ provider: 'cal', account: 'harbour', service: 'massage-60' }),
      );
      const heard = nextEvent<BookingClickEvent>(document, 'knead-booking-click');
      const { prevented } = await activate(el);
      const event = await heard;
      expect(prevented).to.equal(false);
      expect(event.composed).to.equal(true);
      expect(event.detail).to.include({
        url: 'https://cal.com/harbour/massage-60',
        provider: 'cal',
        service: 'massage-60',
        source: el,
      });
    });

    it('lets a listener cancel the navigation', async () => {
      const el = await fixture<KneadBookingButton>(bookingButton({ href: 'https://x.example/' }));
      el.addEventListener('knead-booking-click', (event) => event.preventDefault());
      const { prevented } = await activate(el);
      expect(prevented).to.equal(true);
    });
  });

  it('starts no browser work when constructed, nor its popup', async () => {
    await import('../../src/booking-button/booking-dialog.js');
    const work = await browserWorkDuring(() => {
      document.createElement('knead-booking-button').setAttribute('mode', 'popup');
      document.createElement('knead-booking-dialog');
    });
    expect(work).to.deep.equal([]);
  });

  it('warns without throwing when another version defines the tag again', async () => {
    class OtherCopy extends KneadBookingButton {
      static override readonly version = '9.9.9';
    }
    const warnings = await captureConsole('warn', () => define('knead-booking-button', OtherCopy));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('9.9.9').and.include(KneadBookingButton.version);
  });
});
