import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import { KneadBookingFrame } from '../../src/booking-frame/booking-frame.js';
import type { BookingCompleteEvent } from '../../src/booking-button/booking-events.js';
import { captureReports } from '../helpers/console.js';
import { deepActiveElement } from '../harness/dom.js';
import {
  CAL,
  CALENDLY,
  frameState,
  iframeOf,
  keepFrameHere,
  postFromFrame,
  showButton,
  showCalendar,
} from '../harness/booking-frame.js';

const calendlyFrame = () =>
  fixture<KneadBookingFrame>(
    html`<knead-booking-frame
      provider="calendly"
      account="harbour-physio"
      service="60min"
    ></knead-booking-frame>`,
  );

/** Requests the page made to a host, by the browser's own record. */
const requestsTo = (host: string) =>
  performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).host === host);

describe('<knead-booking-frame>', () => {
  const timeout = KneadBookingFrame.readyTimeout;
  afterEach(() => {
    KneadBookingFrame.readyTimeout = timeout;
  });

  describe('before the visitor asks', () => {
    it('names the provider, its cookies and privacy page, and loads nothing of theirs', async () => {
      performance.clearResourceTimings();
      const el = await calendlyFrame();
      const state = frameState(el);
      expect(state.placeholder).to.include('Calendly’s page').and.include('may set cookies');
      expect(state.privacy).to.equal('https://calendly.com/legal/privacy-notice');
      const privacy = el.shadowRoot!.querySelector('[part="placeholder"] a')!;
      expect(privacy.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(showButton(el).textContent).to.equal('Show the booking calendar');
      expect(state.src).to.equal(undefined);
      expect(state.newTab).to.equal('https://calendly.com/harbour-physio/60min');
      await aTimeout(50);
      expect(requestsTo('calendly.com')).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('frames the page inline, with what Calendly needs to talk, when Show is pressed', async () => {
      const el = await calendlyFrame();
      const clicked = oneEvent(el, 'knead-booking-click');
      const iframe = await showCalendar(el);
      expect((await clicked).detail).to.include({ provider: 'calendly', service: '60min' });
      const src = frameState(el).src!;
      expect(src.origin + src.pathname).to.equal('https://calendly.com/harbour-physio/60min');
      expect(src.searchParams.get('embed_domain')).to.equal(location.host);
      expect(src.searchParams.get('embed_type')).to.equal('Inline');
      expect(iframe.title).to.equal('Booking calendar: Calendly');
      expect(iframe.getAttribute('sandbox')).to.not.include('allow-top-navigation');
      expect(frameState(el).status).to.equal('Loading the booking calendar…');
      expect(deepActiveElement()).to.equal(iframe);
      await expect(el).to.be.accessible();
    });

    it('stays a placeholder when the page cancels the click', async () => {
      const el = await calendlyFrame();
      el.addEventListener('knead-booking-click', (event) => event.preventDefault());
      showButton(el).click();
      await el.updateComplete;
      expect(iframeOf(el)).to.equal(null);
      expect(frameState(el).placeholder).to.include('Calendly');
    });

    it('takes autoload="false" as no consent, unlike HTML’s boolean attributes', async () => {
      const el = await fixture<KneadBookingFrame>(
        html`<knead-booking-frame
          provider="cal"
          account="harbour"
          autoload="false"
        ></knead-booking-frame>`,
      );
      expect(el.autoload).to.equal(false);
      expect(iframeOf(el)).to.equal(null);
    });

    it('loads at once with autoload, without a click event', async () => {
      let clicks = 0;
      document.addEventListener('knead-booking-click', () => clicks++);
      const el = await fixture<KneadBookingFrame>(
        html`<knead-booking-frame provider="cal" account="harbour" autoload></knead-booking-frame>`,
      );
      await el.updateComplete;
      const src = new URL(iframeOf(el)!.src);
      expect(src.href).to.equal('https://app.cal.com/harbour/embed?embed=knead&embedType=inline');
      expect(clicks).to.equal(0);
    });
  });

  describe('while the page loads', () => {
    it('is ready only when its own frame says so from the provider’s exact origin', async () => {
      const el = await calendlyFrame();
      await showCalendar(el);
      await postFromFrame(el, 'https://calendly.com.evil.example', CALENDLY.viewed);
      await postFromFrame(el, CALENDLY.origin, CALENDLY.viewed, window);
      await postFromFrame(el, CALENDLY.origin, { event: 'calendly.unknown' });
      expect(frameState(el).status).to.equal('Loading the booking calendar…');
      await postFromFrame(el, CALENDLY.origin, CALENDLY.viewed);
      expect(frameState(el)).to.include({ status: '', frameShown: true });
    });

    it('takes the height the page asks for, within the page’s least and greatest height', async () => {
      const el = await calendlyFrame();
      el.style.setProperty('--knead-frame-max-height', '1200px');
      const iframe = await showCalendar(el);
      await postFromFrame(el, CALENDLY.origin, CALENDLY.height(900));
      expect(iframe.getBoundingClientRect().height).to.equal(900);
      await postFromFrame(el, CALENDLY.origin, CALENDLY.height(100));
      expect(iframe.getBoundingClientRect().height).to.equal(420);
      await postFromFrame(el, CALENDLY.origin, CALENDLY.height(5000));
      expect(iframe.getBoundingClientRect().height).to.equal(1200);
      await postFromFrame(el, CALENDLY.origin, {
        event: 'calendly.page_height',
        payload: { height: '1e9px' },
      });
      expect(iframe.getBoundingClientRect().height).to.equal(1200);
    });

    // With the browser's scroll anchoring, and without it (Safari has none).
    for (const anchoring of ['auto', 'none']) {
      it(`keeps what the visitor reads still when a frame above changes height (overflow-anchor: ${anchoring})`, async () => {
        document.documentElement.style.overflowAnchor = anchoring;
        const root = await fixture<HTMLElement>(
          html`<div>
            <knead-booking-frame provider="calendly" account="harbour"></knead-booking-frame>
            <div style="height: 4000px"></div>
            <p id="reading">What the visitor reads</p>
            <div style="height: 4000px"></div>
          </div>`,
        );
        const el = root.querySelector('knead-booking-frame')!;
        await el.updateComplete;
        await showCalendar(el);
        const reading = root.querySelector('#reading')!;
        reading.scrollIntoView();
        const before = reading.getBoundingClientRect().top;
        await postFromFrame(el, CALENDLY.origin, CALENDLY.height(1400));
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const after = reading.getBoundingClientRect().top;
        window.scrollTo(0, 0);
        document.documentElement.style.overflowAnchor = '';
        expect(Math.round(after)).to.equal(Math.round(before));
      });
    }

    it('says so, hides the frame and offers the new tab and a retry when the page is late', async () => {
      KneadBookingFrame.readyTimeout = 50;
      const el = await calendlyFrame();
      const iframe = await showCalendar(el);
      keepFrameHere(iframe);
      await aTimeout(120);
      await el.updateComplete;
      const state = frameState(el);
      expect(state.status).to.include('did not load');
      expect(state.frameShown).to.equal(false);
      expect(state.newTab).to.equal('https://calendly.com/harbour-physio/60min');
      expect(state.retry).to.equal(true);
      await expect(el).to.be.accessible();

      KneadBookingFrame.readyTimeout = 10_000;
      el.shadowRoot!.querySelector<HTMLButtonElement>('.retry')!.click();
      await el.updateComplete;
      expect(frameState(el).status).to.equal('Loading the booking calendar…');
      expect(iframeOf(el)).to.equal(iframe);
      await postFromFrame(el, CALENDLY.origin, CALENDLY.viewed);
      expect(frameState(el)).to.include({ status: '', frameShown: true });
    });

    it('hides a frame that had taken its page’s height when it fails', async () => {
      const el = await fixture<KneadBookingFrame>(
        html`<knead-booking-frame provider="cal" account="harbour"></knead-booking-frame>`,
      );
      keepFrameHere(await showCalendar(el));
      await postFromFrame(el, CAL.origin, CAL.height(900));
      expect(iframeOf(el)!.getBoundingClientRect().height).to.equal(900);
      await postFromFrame(el, CAL.origin, { originator: 'CAL', type: 'linkFailed', data: {} });
      expect(frameState(el).status).to.include('did not load');
      expect(iframeOf(el)!.getBoundingClientRect().height).to.equal(0);
      expect(frameState(el).frameShown).to.equal(false);
    });

    it('shows a page that reports ready after it was given up on', async () => {
      KneadBookingFrame.readyTimeout = 20;
      const el = await calendlyFrame();
      keepFrameHere(await showCalendar(el));
      await aTimeout(60);
      await postFromFrame(el, CALENDLY.origin, CALENDLY.viewed);
      expect(frameState(el)).to.include({ status: '', frameShown: true });
    });

    it('counts an Acuity page as ready once it has loaded, as it posts nothing', async () => {
      const el = await fixture<KneadBookingFrame>(
        html`<knead-booking-frame provider="acuity" account="12345"></knead-booking-frame>`,
      );
      expect(frameState(el).privacy).to.equal('https://acuityscheduling.com/privacy.php');
      const iframe = await showCalendar(el);
      iframe.dispatchEvent(new Event('load'));
      await el.updateComplete;
      expect(frameState(el).status).to.equal('');
    });

    it('ignores the frame’s load event for a provider that says when it is ready', async () => {
      const el = await calendlyFrame();
      const iframe = await showCalendar(el);
      iframe.dispatchEvent(new Event('load'));
      await el.updateComplete;
      expect(frameState(el).status).to.equal('Loading the booking calendar…');
    });
  });

  describe('a booking made', () => {
    it('fires knead-booking-complete once per booking, with the provider’s ids only', async () => {
      const el = await calendlyFrame();
      await showCalendar(el);
      const seen: BookingCompleteEvent[] = [];
      el.addEventListener('knead-booking-complete', (event) => seen.push(event));
      await postFromFrame(el, 'https://calendly.com.evil.example', CALENDLY.scheduled());
      await postFromFrame(el, CALENDLY.origin, CALENDLY.scheduled(), window);
      await postFromFrame(el, CALENDLY.origin, { event: 'calendly.event_scheduled', payload: {} });
      expect(seen).to.have.length(0);
      await postFromFrame(el, CALENDLY.origin, CALENDLY.scheduled());
      await postFromFrame(el, CALENDLY.origin, CALENDLY.scheduled());
      expect(seen).to.have.length(1);
      expect(Object.keys(seen[0]!.detail).sort()).to.deep.equal([
        'ids',
        'provider',
        'service',
        'source',
        'url',
      ]);
      expect(seen[0]!.detail).to.deep.include({
        provider: 'calendly',
        ids: { event: 'EVT123', invitee: 'INV456' },
      });
      await postFromFrame(el, CALENDLY.origin, CALENDLY.scheduled('EVT999', 'INV999'));
      expect(seen).to.have.length(2);
    });

    it('answers Cal.com’s handshake to its origin only, and hears its booking', async () => {
      const el = await fixture<KneadBookingFrame>(
        html`<knead-booking-frame
          provider="cal"
          account="harbour"
          service="60min"
        ></knead-booking-frame>`,
      );
      const iframe = await showCalendar(el);
      const posted: Array<[unknown, unknown]> = [];
      const frameWindow = iframe.contentWindow!;
      frameWindow.postMessage = ((data: unknown, origin: unknown) =>
        posted.push([data, origin])) as Window['postMessage'];
      await postFromFrame(el, 'https://cal.com', CAL.ready);
      expect(posted).to.deep.equal([]);
      await postFromFrame(el, CAL.origin, CAL.ready);
      expect(posted).to.deep.equal([
        [{ originator: 'CAL', method: 'parentKnowsIframeReady', arg: {} }, 'https://app.cal.com'],
      ]);
      await postFromFrame(el, CAL.origin, CAL.linkReady);
      expect(frameState(el).status).to.equal('');
      const booked = oneEvent(el, 'knead-booking-complete');
      await postFromFrame(el, CAL.origin, CAL.booked());
      const { detail } = (await booked) as BookingCompleteEvent;
      expect(detail.ids).to.deep.equal({ booking: 'bk_123', eventType: '1234567' });
      // The payload's title, attendees and answers name the visitor: none of it is passed on.
      const { source, ...told } = detail;
      expect(source).to.equal(el);
      expect(JSON.stringify(told)).to.not.include('Jane Doe').and.not.include('Lower back');
    });
  });

  describe('a way out, and past', () => {
    it('lets keyboard users skip past the frame to the new-tab link', async () => {
      const el = await calendlyFrame();
      await showCalendar(el);
      const skip = el.shadowRoot!.querySelector<HTMLButtonElement>('.skip')!;
      expect(skip.textContent).to.equal('Skip past the booking calendar');
      skip.focus();
      expect(skip.getBoundingClientRect().width).to.be.greaterThan(1);
      skip.click();
      expect(deepActiveElement()).to.equal(el.shadowRoot!.querySelector('[part="new-tab"]'));
    });

    it('fires a cancelable knead-booking-click for the new tab', async () => {
      const el = await calendlyFrame();
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="new-tab"]')!;
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener');
      el.addEventListener('knead-booking-click', (event) => event.preventDefault(), { once: true });
      const clicked = oneEvent(el, 'knead-booking-click');
      link.click();
      expect((await clicked).defaultPrevented).to.equal(true);
    });
  });

  describe('what cannot be framed', () => {
    it('shows a booking button that opens a new tab, and says why once', async () => {
      let el!: KneadBookingFrame;
      const { errors, warnings } = await captureReports(async () => {
        el = await fixture<KneadBookingFrame>(
          html`<knead-booking-frame provider="jane" account="harbourphysio"></knead-booking-frame>`,
        );
        await el.updateComplete;
        el.requestUpdate();
        await el.updateComplete;
      });
      const button = frameState(el).button!;
      expect(button).to.not.equal(null);
      await customElements.whenDefined('knead-booking-button');
      await (button as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const link = button.shadowRoot!.querySelector('a')!;
      expect(link.href).to.equal('https://harbourphysio.janeapp.com/');
      expect(link.target).to.equal('_blank');
      expect(errors).to.deep.equal([]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('provider').and.include('jane').and.include('new tab');
      expect(iframeOf(el)).to.equal(null);
    });

    it('leaves unusable settings to the booking button, which refuses them', async () => {
      const { errors } = await captureReports(async () => {
        const el = await fixture<KneadBookingFrame>(
          html`<knead-booking-frame
            provider="calendly"
            account="bad account!"
          ></knead-booking-frame>`,
        );
        await customElements.whenDefined('knead-booking-button');
        const button = frameState(el).button as HTMLElement & { updateComplete: Promise<unknown> };
        await button.updateComplete;
        expect(button.shadowRoot!.querySelector('[part="message"]')).to.not.equal(null);
      });
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('account');
    });
  });

  describe('with a clinic', () => {
    it('uses the clinic’s provider and names the clinic in the frame’s title', async () => {
      const root = await fixture<HTMLElement>(
        html`<knead-clinic
          name="Harbour Physio"
          booking-provider="calendly"
          booking-account="harbour-physio"
        >
          <knead-booking-frame service="60min"></knead-booking-frame>
        </knead-clinic>`,
      );
      const el = root.querySelector('knead-booking-frame')!;
      await el.updateComplete;
      expect(frameState(el).newTab).to.equal('https://calendly.com/harbour-physio/60min');
      const iframe = await showCalendar(el);
      expect(iframe.title).to.equal('Booking calendar: Harbour Physio');
    });
  });

  describe('on a page that changes', () => {
    it('listens no more once removed, and again when put back', async () => {
      const el = await calendlyFrame();
      await showCalendar(el);
      const parent = el.parentElement!;
      el.remove();
      let heard = 0;
      el.addEventListener('knead-booking-complete', () => heard++);
      window.dispatchEvent(
        new MessageEvent('message', {
          origin: CALENDLY.origin,
          data: CALENDLY.scheduled(),
          source: null,
        }),
      );
      parent.append(el);
      await el.updateComplete;
      expect(frameState(el).status).to.equal('Loading the booking calendar…');
      await postFromFrame(el, CALENDLY.origin, CALENDLY.scheduled());
      expect(heard).to.equal(1);
    });

    it('asks again before loading after its settings stopped allowing a frame', async () => {
      const el = await calendlyFrame();
      await showCalendar(el);
      el.setAttribute('provider', 'jane');
      await captureReports(async () => {
        await el.updateComplete;
      });
      expect(iframeOf(el)).to.equal(null);
      expect(frameState(el).button).to.not.equal(null);
      el.setAttribute('provider', 'calendly');
      await el.updateComplete;
      expect(iframeOf(el)).to.equal(null);
      expect(frameState(el).placeholder).to.include('Calendly');
    });

    it('loads the new page when its settings name another one', async () => {
      const el = await calendlyFrame();
      await showCalendar(el);
      el.setAttribute('service', '30min');
      await el.updateComplete;
      expect(iframeOf(el)!.src).to.include('/harbour-physio/30min?');
      expect(frameState(el).status).to.equal('Loading the booking calendar…');
    });

    it('speaks the page’s language', async () => {
      const root = await fixture<HTMLElement>(
        html`<div lang="fr-CA">
          <knead-booking-frame provider="calendly" account="harbour"></knead-booking-frame>
        </div>`,
      );
      const el = root.querySelector('knead-booking-frame')!;
      await el.updateComplete;
      expect(showButton(el).textContent).to.equal('Afficher le calendrier de réservation');
      expect(frameState(el).placeholder).to.include('Calendly');
      await expect(el).to.be.accessible();
    });
  });
});
