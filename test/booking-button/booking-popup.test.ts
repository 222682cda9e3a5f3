import { aTimeout, expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { KneadBookingButton } from '../../src/booking-button/booking-button.js';
import type { BookingCompleteEvent } from '../../src/booking-button/booking-events.js';
import type { KneadClinic } from '../../src/clinic/clinic.js';
import { captureConsole } from '../helpers/console.js';
import {
  accessibleName,
  closePopup,
  control,
  focused,
  nextEvent,
  offer,
  openPopup,
  popup,
  popupPart,
} from '../harness/booking-button.js';
import { bookingButton, calendlyPopup, closeEveryPopup, renderQuietly } from './fixtures.js';
import {
  CAL_ORIGIN,
  CAL_REPLY,
  calBooked,
  calBooking,
  CALENDLY_ORIGIN,
  calMessage,
  scheduled,
} from './provider-messages.js';

describe('<knead-booking-button> popup', () => {
  afterEach(closeEveryPopup);

  describe('popup mode', () => {
    const popupButton = () => fixture<KneadBookingButton>(calendlyPopup({ service: '60min' }));

    it('opens a modal dialog with the framed booking page and moves focus in', async () => {
      const el = await popupButton();
      expect(offer(el)).to.deep.include({ role: 'button', popup: true });
      await openPopup(el);
      const shown = popup(el);
      expect(shown).to.deep.include({ open: true, modal: true });
      expect(focused()).to.equal(popupPart(el, 'close'));
      expect(shown.frameTitle).to.include('booking page');
      const src = shown.frame!;
      expect(src.origin + src.pathname).to.equal('https://calendly.com/harbour-physio/60min');
      expect(src.searchParams.get('embed_domain')).to.equal(location.host);
      expect(shown.newTabLink!.href).to.equal(el.bookingUrl);
      expect(document.documentElement.style.overflow).to.equal('hidden');
      await expect(el).to.be.accessible();
    });

    it('closes on Escape, returns focus to the button and unlocks scrolling', async () => {
      const el = await popupButton();
      await openPopup(el);
      const closed = nextEvent(el, 'knead-booking-close');
      await sendKeys({ press: 'Escape' });
      await closed;
      expect(popup(el).open).to.equal(false);
      expect(focused()).to.equal(control(el));
      expect(document.documentElement.style.overflow).to.equal('');
      await el.updateComplete;
      expect(popupPart(el, 'frame')).to.equal(null);
    });

    it('closes with its labelled close button', async () => {
      const el = await popupButton();
      await openPopup(el);
      expect(popup(el).closeName).to.equal('Close booking');
      await closePopup(el);
      expect(popup(el).open).to.equal(false);
    });

    it('does not open when the click is cancelled', async () => {
      const el = await popupButton();
      el.addEventListener('knead-booking-click', (event) => event.preventDefault());
      control(el).click();
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(popup(el).open).to.equal(false);
      expect(document.documentElement.style.overflow).to.equal('');
    });

    it('fires knead-booking-complete once per Calendly booking from its own frame and origin', async () => {
      const el = await popupButton();
      await openPopup(el);
      const frameWindow = popupPart<HTMLIFrameElement>(el, 'frame')!.contentWindow!;
      const completions: BookingCompleteEvent[] = [];
      el.addEventListener('knead-booking-complete', (event) => completions.push(event));
      const post = (origin: string, data: unknown, source: Window | null = frameWindow) =>
        window.dispatchEvent(new MessageEvent('message', { origin, data, source }));

      post('https://calendly.com.evil.example', scheduled());
      post(CALENDLY_ORIGIN, scheduled(), window);
      post(CALENDLY_ORIGIN, { event: 'calendly.date_and_time_selected' });
      // The event name alone, as the popup once accepted: no ids, no booking.
      post(CALENDLY_ORIGIN, { event: 'calendly.event_scheduled' });
      expect(completions).to.have.length(0);
      post(CALENDLY_ORIGIN, scheduled('EVENT1', 'INVITEE1'));
      post(CALENDLY_ORIGIN, scheduled('EVENT1', 'INVITEE1'));
      expect(completions).to.have.length(1);
      const [complete] = completions;
      expect(complete).to.include({ bubbles: true, composed: true });
      expect(Object.keys(complete!.detail).sort()).to.deep.equal(
        ['ids', 'provider', 'service', 'source', 'url'].sort(),
      );
      expect(complete!.detail).to.deep.equal({
        url: el.bookingUrl,
        provider: 'calendly',
        service: '60min',
        source: el,
        ids: { event: 'EVENT1', invitee: 'INVITEE1' },
      });
      post(CALENDLY_ORIGIN, scheduled('EVENT2', 'INVITEE2'));
      expect(completions.map((event) => event.detail.ids)).to.deep.equal([
        { event: 'EVENT1', invitee: 'INVITEE1' },
        { event: 'EVENT2', invitee: 'INVITEE2' },
      ]);
    });

    it('hears nothing from its frame once closed', async () => {
      const el = await popupButton();
      await openPopup(el);
      const frameWindow = popupPart<HTMLIFrameElement>(el, 'frame')!.contentWindow!;
      let completions = 0;
      el.addEventListener('knead-booking-complete', () => completions++);
      await closePopup(el);
      window.dispatchEvent(
        new MessageEvent('message', {
          origin: CALENDLY_ORIGIN,
          data: scheduled(),
          source: frameWindow,
        }),
      );
      expect(completions).to.equal(0);
    });

    describe('Cal.com', () => {
      const standIns: HTMLIFrameElement[] = [];
      afterEach(() => standIns.splice(0).forEach((frame) => frame.remove()));
      const calPopup = () =>
        fixture<KneadBookingButton>(
          bookingButton({ mode: 'popup', provider: 'cal', account: 'harbour', service: '60min' }),
        );

      /**
       * Opens the popup, with a same-origin window standing in for its frame's, recording what
       * is posted to it: Cal.com's page cannot load here, and a cross-origin window cannot be
       * spied on. The popup still finds the window through its iframe's contentWindow.
       */
      async function openWithStandIn(el: KneadBookingButton) {
        await openPopup(el);
        const standIn = document.createElement('iframe');
        standIn.title = 'Stand-in';
        standIn.srcdoc = '<p>Cal.com</p>';
        const loaded = new Promise((resolve) => standIn.addEventListener('load', resolve));
        document.body.append(standIn);
        await loaded;
        const frameWindow = standIn.contentWindow!;
        const posted: unknown[][] = [];
        Object.defineProperty(frameWindow, 'postMessage', {
          configurable: true,
          value: (...args: unknown[]) => posted.push(args),
        });
        Object.defineProperty(popupPart(el, 'frame')!, 'contentWindow', {
          configurable: true,
          get: () => frameWindow,
        });
        const post = (data: unknown, origin = CAL_ORIGIN, source: Window = frameWindow) =>
          window.dispatchEvent(new MessageEvent('message', { origin, data, source }));
        standIns.push(standIn);
        return { posted, post };
      }

      it("frames the booking page from app.cal.com, as Cal.com's modal embed does", async () => {
        const el = await calPopup();
        await openPopup(el);
        expect(popup(el).frame!.href).to.equal(
          'https://app.cal.com/harbour/60min/embed?embed=knead&embedType=modal',
        );
        expect(popup(el).newTabLink!.href).to.equal('https://cal.com/harbour/60min');
      });

      it('answers the handshake to Cal.com only, and fires knead-booking-complete once per booking', async () => {
        const el = await calPopup();
        const { posted, post } = await openWithStandIn(el);
        const completions: BookingCompleteEvent[] = [];
        el.addEventListener('knead-booking-complete', (event) => completions.push(event));

        post(calMessage('__iframeReady'), 'https://cal.com');
        expect(posted).to.deep.equal([]);
        post(calMessage('__iframeReady'));
        expect(posted).to.deep.equal([[CAL_REPLY, 'https://app.cal.com']]);
        post(calBooked(), 'https://cal.com');
        post(calBooked(), CAL_ORIGIN, window);
        expect(completions).to.have.length(0);
        post(calBooked());
        post(calBooked());
        expect(completions).to.have.length(1);
        expect(completions[0]!.detail).to.deep.equal({
          url: 'https://cal.com/harbour/60min',
          provider: 'cal',
          service: '60min',
          source: el,
          ids: { booking: calBooking.uid, eventType: String(calBooking.eventTypeId) },
        });
        expect(JSON.stringify(completions[0]!.detail.ids)).to.not.include('Jane');
      });
    });

    it('falls back to a new tab for providers that refuse framing, and says so', async () => {
      const { button, errors, warnings } = await renderQuietly(
        calendlyPopup({ provider: 'jane', account: 'harbourphysio' }),
      );
      expect(errors).to.deep.equal([]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('mode="popup"').and.include('Calendly');
      expect(offer(button)).to.deep.include({
        role: 'link',
        newTab: true,
        href: 'https://harbourphysio.janeapp.com/',
      });
      expect(button.shadowRoot!.querySelector('knead-booking-dialog')).to.equal(null);
    });
  });

  describe('held keys', () => {
    /**
     * Holds Enter on the focused control: the first press (awaited through `pressed`, which
     * it starts), then two repeats; what the keydowns were and what the button fired.
     */
    async function holdEnter(el: KneadBookingButton, pressed: () => Promise<unknown>) {
      const seen = { repeats: [] as boolean[], clicks: 0, opens: 0, closes: 0 };
      const count = (name: 'clicks' | 'opens' | 'closes') => () => seen[name]++;
      el.addEventListener('knead-booking-click', count('clicks'));
      el.addEventListener('knead-booking-open', count('opens'));
      el.addEventListener('knead-booking-close', count('closes'));
      const onKey = (event: KeyboardEvent) => seen.repeats.push(event.repeat);
      document.addEventListener('keydown', onKey);
      const first = pressed();
      await sendKeys({ down: 'Enter' });
      await first;
      await sendKeys({ down: 'Enter' });
      await sendKeys({ down: 'Enter' });
      await sendKeys({ up: 'Enter' });
      await aTimeout(0);
      await nextFrame();
      document.removeEventListener('keydown', onKey);
      return seen;
    }

    it('opens once when Enter is held on the booking button', async () => {
      const el = await fixture<KneadBookingButton>(calendlyPopup());
      el.focus();
      // The key repeats, now on the popup's Close button.
      const seen = await holdEnter(el, () => nextEvent(el, 'knead-booking-open'));
      expect(seen).to.deep.equal({ repeats: [false, true, true], clicks: 1, opens: 1, closes: 0 });
      expect(popup(el).open, 'still open').to.equal(true);
    });

    it('closes once, and does not reopen, when Enter is held on Close', async () => {
      const el = await fixture<KneadBookingButton>(calendlyPopup());
      await openPopup(el);
      // The key repeats, now on the booking button that focus went back to.
      const seen = await holdEnter(el, () => nextEvent(el, 'knead-booking-close'));
      expect(seen).to.deep.equal({ repeats: [false, true, true], clicks: 0, opens: 0, closes: 1 });
      expect(popup(el).open, 'still open').to.equal(false);
    });

    it('cancels a repeated Enter or Space keydown on the button and on Close', async () => {
      const el = await fixture<KneadBookingButton>(calendlyPopup());
      await openPopup(el);
      const repeat = (target: Element, key: string) => {
        const event = new KeyboardEvent('keydown', {
          key,
          repeat: true,
          bubbles: true,
          composed: true,
          cancelable: true,
        });
        target.dispatchEvent(event);
        return event.defaultPrevented;
      };
      const close = popupPart(el, 'close')!;
      const booking = control(el);
      expect({
        closeEnter: repeat(close, 'Enter'),
        closeSpace: repeat(close, ' '),
        buttonEnter: repeat(booking, 'Enter'),
        buttonSpace: repeat(booking, ' '),
        closeTab: repeat(close, 'Tab'),
      }).to.deep.equal({
        closeEnter: true,
        closeSpace: true,
        buttonEnter: true,
        buttonSpace: true,
        closeTab: false,
      });
    });
  });

  describe('at 320 px', function () {
    // Axe over an open popup takes a few seconds on a busy machine.
    this.timeout(20000);
    before(() => setViewport({ width: 320, height: 640 }));
    after(() => setViewport({ width: 800, height: 600 }));

    /** The popup of a button in a clinic named `name`, opened; with the console errors. */
    async function popupFor(name: string, label?: string) {
      let clinic!: KneadClinic;
      const errors = await captureConsole('error', async () => {
        clinic = await fixture<KneadClinic>(html`
          <knead-clinic name=${name} booking-provider="calendly" booking-account="harbour-physio">
            <knead-booking-button mode="popup" label=${label ?? 'Book'}></knead-booking-button>
          </knead-clinic>
        `);
        await clinic.querySelector('knead-booking-button')!.updateComplete;
      });
      const el = clinic.querySelector('knead-booking-button')!;
      await openPopup(el);
      const title = popupPart(el, 'dialog')!.querySelector('h2')!;
      const lineHeight = parseFloat(getComputedStyle(title).lineHeight);
      return {
        el,
        errors,
        title,
        lines: Math.round(title.getBoundingClientRect().height / lineHeight),
      };
    }

    it('keeps a title with an 80-character word to two lines, the whole name still read', async () => {
      const word = 'Physiotherapie'.repeat(6).slice(0, 80);
      const { el, errors, title, lines } = await popupFor(word, word);
      expect(errors).to.deep.equal([]);
      expect(lines).to.be.within(1, 2);
      expect(accessibleName(title)).to.equal(`Book with ${word}`);
      expect(title.getAttribute('title')).to.equal(`Book with ${word}`);
      const dialog = popupPart(el, 'dialog')!;
      expect(dialog.getBoundingClientRect().right).to.be.at.most(320);
      // The name gets most of the row, not the few pixels left beside the new-tab link.
      expect(title.getBoundingClientRect().width).to.be.at.least(
        dialog.getBoundingClientRect().width * 0.6,
      );
      expect(title.getBoundingClientRect().right).to.be.at.most(320);
      // The button, labelled with the same word, stays inside the viewport too.
      el.closePopup();
      expect(control(el).getBoundingClientRect().right).to.be.at.most(320);
      await expect(el).to.be.accessible();
    });

    it('keeps a title of long words to two lines', async () => {
      const name = 'Harbour Physiotherapy and Sports Massage Clinic of the Greater Vancouver Area';
      const { errors, title, lines } = await popupFor(name);
      expect(errors).to.deep.equal([]);
      expect(lines).to.be.within(1, 2);
      expect(accessibleName(title)).to.equal(`Book with ${name}`);
    });

    it("refuses a 300-character clinic name once, naming it, and books with the provider's name", async () => {
      const name = 'Harbour Physio '.repeat(20).trim();
      const { el, errors, title, lines } = await popupFor(name);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.match(/^knead-widgets: <knead-booking-button> <knead-clinic> name="/);
      expect(errors[0]).to.include('at most 80 characters');
      expect(lines).to.be.within(1, 2);
      expect(accessibleName(title)).to.equal('Book with Calendly');
      await expect(el).to.be.accessible();
    });
  });
});
