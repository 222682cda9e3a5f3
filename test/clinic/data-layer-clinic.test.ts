import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/define.js';
import type { KneadBookingButton } from '../../src/booking-button/booking-button.js';
import {
  BookingClickEvent,
  BookingCompleteEvent,
} from '../../src/booking-button/booking-events.js';
import { captureReports } from '../helpers/console.js';
import { settle } from '../harness/clinic.js';
import { activate, openPopup, popupPart } from '../harness/booking-button.js';

/*
 * <knead-clinic data-layer>: what a tag manager's window.dataLayer receives when a visitor
 * books through a widget, from which clinic, and when nothing is pushed. The listeners the
 * clinics add on the document for the booking events are counted, to catch one that
 * outlives its clinic or its attribute.
 */

const page = window as { dataLayer?: unknown };
const CLICK = { event: 'knead_booking_click', provider: 'calendly' };

const BOOKING_EVENTS = ['knead-booking-click', 'knead-booking-complete'];
const documentListeners = new Set<unknown>();
const addListener = document.addEventListener;
const removeListener = document.removeEventListener;
document.addEventListener = function (this: Document, ...args: Parameters<typeof addListener>) {
  if (BOOKING_EVENTS.includes(args[0])) documentListeners.add(args[1]);
  return addListener.apply(this, args);
} as typeof addListener;
document.removeEventListener = function (
  this: Document,
  ...args: Parameters<typeof removeListener>
) {
  if (BOOKING_EVENTS.includes(args[0])) documentListeners.delete(args[1]);
  return removeListener.apply(this, args);
} as typeof removeListener;

/** A clinic booking with Calendly, with these attributes (`data-layer`, `page`, ...). */
function calendlyClinic(attributes: Record<string, string> = {}, ...children: Node[]) {
  const clinic = document.createElement('knead-clinic');
  clinic.setAttribute('booking-provider', 'calendly');
  clinic.setAttribute('booking-account', 'harbour-physio');
  for (const [name, value] of Object.entries(attributes)) clinic.setAttribute(name, value);
  clinic.append(...children);
  return clinic;
}

const button = (attributes: Record<string, string> = {}) => {
  const element = document.createElement('knead-booking-button');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
};

/** Renders `nodes` in a fresh container, settled. */
async function render(...nodes: Node[]): Promise<HTMLElement> {
  const root = await fixture<HTMLElement>(html`<div></div>`);
  root.append(...nodes);
  await settle();
  return root;
}

/** Clicks each button as a visitor (staying on the page), and returns what was pushed since. */
async function pushedByClicks(...buttons: KneadBookingButton[]): Promise<unknown[]> {
  page.dataLayer = [];
  for (const each of buttons) await activate(each);
  return page.dataLayer as unknown[];
}

/** A booking made, as the popup or a booking frame tells it from `source`. */
function complete(source: HTMLElement, provider = 'calendly'): void {
  const detail = {
    url: 'https://calendly.com/harbour-physio/60min',
    provider,
    service: '60min',
    source,
    ids: { event: 'EV-1', invitee: 'IN-1' },
  };
  source.dispatchEvent(new BookingCompleteEvent(detail));
}

describe('<knead-clinic data-layer>', () => {
  beforeEach(() => delete page.dataLayer);

  afterEach(async () => {
    document.querySelectorAll('knead-booking-button').forEach((each) => each.closePopup());
    fixtureCleanup();
    for (const clinic of document.querySelectorAll('knead-clinic')) clinic.remove();
    await settle();
    delete page.dataLayer;
    expect(documentListeners.size, 'booking listeners left on the document').to.equal(0);
  });

  describe('what is pushed', () => {
    it('creates window.dataLayer, and pushes a click as exactly the event and provider', async () => {
      const inside = button({ service: '30min' });
      await render(calendlyClinic({ 'data-layer': '' }, inside));
      expect(page.dataLayer, 'nothing before a click').to.equal(undefined);
      await activate(inside);
      expect(page.dataLayer).to.deep.equal([CLICK]);
    });

    it('adds to the tag manager array already there, through its own push', async () => {
      const inside = button();
      await render(calendlyClinic({ 'data-layer': '' }, inside));
      // The tag manager replaces the array's push with its own once it loads.
      const tagManager: unknown[] = [{ event: 'gtm.js' }];
      const seen: unknown[] = [];
      tagManager.push = (...items: unknown[]) => {
        seen.push(...items);
        return Array.prototype.push.apply(tagManager, items);
      };
      page.dataLayer = tagManager;
      await activate(inside);
      expect(page.dataLayer).to.equal(tagManager);
      expect(seen).to.deep.equal([CLICK]);
      expect([...tagManager]).to.deep.equal([{ event: 'gtm.js' }, CLICK]);
    });

    it('pushes "other" for a plain link, and never its address', async () => {
      const inside = button({ href: 'https://book.example.com/harbour?service=sciatica' });
      await render(calendlyClinic({ 'data-layer': '' }, inside));
      const pushed = await pushedByClicks(inside);
      expect(pushed).to.deep.equal([{ event: 'knead_booking_click', provider: 'other' }]);
    });

    it('pushes a click the page cancels too: the visitor still chose to book', async () => {
      const inside = button();
      const clinic = calendlyClinic({ 'data-layer': '' }, inside);
      await render(clinic);
      clinic.addEventListener('knead-booking-click', (event) => event.preventDefault());
      expect(await pushedByClicks(inside)).to.deep.equal([CLICK]);
    });

    it('pushes a booking made as knead_booking_complete, without its ids', async () => {
      const inside = button();
      await render(calendlyClinic({ 'data-layer': '' }, inside));
      page.dataLayer = [];
      complete(inside);
      expect(page.dataLayer).to.deep.equal([
        { event: 'knead_booking_complete', provider: 'calendly' },
      ]);
    });

    it('pushes the click and the booking a popup reports, not its opening or closing', async () => {
      const popup = button({ mode: 'popup', service: '60min' });
      await render(calendlyClinic({ 'data-layer': '' }, popup));
      page.dataLayer = [];
      await openPopup(popup);
      const frame = popupPart<HTMLIFrameElement>(popup, 'frame')!.contentWindow!;
      const data = {
        event: 'calendly.event_scheduled',
        payload: {
          event: { uri: 'https://api.calendly.com/scheduled_events/EV-1' },
          invitee: { uri: 'https://api.calendly.com/scheduled_events/EV-1/invitees/IN-1' },
        },
      };
      window.dispatchEvent(
        new MessageEvent('message', { origin: 'https://calendly.com', data, source: frame }),
      );
      popup.closePopup();
      await settle();
      expect(page.dataLayer).to.deep.equal([
        CLICK,
        { event: 'knead_booking_complete', provider: 'calendly' },
      ]);
    });

    it('pushes nothing without data-layer, and leaves window.dataLayer alone', async () => {
      const inside = button();
      await render(calendlyClinic({}, inside));
      await activate(inside);
      complete(inside);
      expect(page.dataLayer).to.equal(undefined);
    });
  });

  describe('which clinic pushes', () => {
    it('only the nearest clinic, and only when it has data-layer', async () => {
      const inInner = button();
      const inOuter = button();
      const inner = calendlyClinic({}, inInner);
      const outer = calendlyClinic({ 'data-layer': '' }, inner, inOuter);
      await render(outer);
      expect(await pushedByClicks(inInner), "the inner clinic's widget").to.deep.equal([]);
      expect(await pushedByClicks(inOuter), "the outer clinic's widget").to.deep.equal([CLICK]);

      inner.dataLayer = true;
      outer.dataLayer = false;
      await settle();
      expect(await pushedByClicks(inInner), 'the inner one opted in').to.deep.equal([CLICK]);
      expect(await pushedByClicks(inOuter), 'the outer one opted out').to.deep.equal([]);

      outer.dataLayer = true;
      await settle();
      expect(await pushedByClicks(inInner, inOuter), 'both: once each').to.deep.equal([
        CLICK,
        CLICK,
      ]);
    });

    it('a page clinic pushes once for widgets outside it and once for those inside', async () => {
      const outside = button();
      const inside = button();
      await render(calendlyClinic({ page: '', 'data-layer': '' }, inside), outside);
      expect(await pushedByClicks(outside), 'outside').to.deep.equal([CLICK]);
      expect(await pushedByClicks(inside), 'inside').to.deep.equal([CLICK]);
      page.dataLayer = [];
      complete(inside);
      complete(outside);
      expect(page.dataLayer, 'bookings made').to.have.length(2);
    });

    it("a page clinic leaves widgets of another clinic to that clinic's choice", async () => {
      const inOther = button();
      await render(calendlyClinic({ page: '', 'data-layer': '' }), calendlyClinic({}, inOther));
      expect(await pushedByClicks(inOther)).to.deep.equal([]);
    });

    it('only the page clinic serving the page pushes for widgets outside any clinic', async () => {
      const outside = button();
      const serving = calendlyClinic({ page: '' });
      const waiting = calendlyClinic({ 'data-layer': '' });
      const messages = await captureReports(async () => {
        await render(serving, outside);
        waiting.toggleAttribute('page', true);
        serving.after(waiting);
        await settle();
      });
      expect(messages.errors.join(), 'the second page clinic is refused').to.include('page');
      expect(await pushedByClicks(outside), 'the serving one has no data-layer').to.deep.equal([]);

      serving.remove();
      await settle();
      expect(await pushedByClicks(outside), 'now it serves').to.deep.equal([CLICK]);
    });

    it('a widget in a closed shadow root is pushed once, by its own clinic', async () => {
      const inside = button();
      const host = document.createElement('div');
      host.attachShadow({ mode: 'closed' }).append(calendlyClinic({ 'data-layer': '' }, inside));
      await render(calendlyClinic({ page: '', 'data-layer': '' }), host);
      await settle(inside.parentNode as ParentNode);
      expect(await pushedByClicks(inside)).to.deep.equal([CLICK]);
    });
  });

  describe('turned on and off', () => {
    it('follows the attribute and the property at runtime, and reflects it', async () => {
      const inside = button();
      const clinic = calendlyClinic({}, inside);
      await render(clinic);
      expect(await pushedByClicks(inside), 'off').to.deep.equal([]);

      clinic.setAttribute('data-layer', '');
      await settle();
      expect(clinic.dataLayer).to.equal(true);
      expect(await pushedByClicks(inside), 'on').to.deep.equal([CLICK]);

      clinic.removeAttribute('data-layer');
      await settle();
      expect(await pushedByClicks(inside), 'off again').to.deep.equal([]);

      clinic.dataLayer = true;
      await settle();
      expect(clinic.hasAttribute('data-layer'), 'reflected').to.equal(true);
      expect(await pushedByClicks(inside), 'on as a property').to.deep.equal([CLICK]);
    });

    it('follows page at runtime: widgets outside only while it serves the page', async () => {
      const outside = button();
      const clinic = calendlyClinic({ 'data-layer': '' });
      // A widget no clinic serves has no booking link, and says so.
      await captureReports(() => render(clinic, outside));
      expect(await pushedByClicks(outside), 'not a page clinic').to.deep.equal([]);
      clinic.page = true;
      await settle();
      expect(await pushedByClicks(outside), 'a page clinic').to.deep.equal([CLICK]);
      clinic.page = false;
      await settle();
      expect(await pushedByClicks(outside), 'not any more').to.deep.equal([]);
      expect(documentListeners.size).to.equal(0);
    });

    it('stops when the clinic is removed, and starts again when it is put back', async () => {
      const inside = button();
      const outside = button();
      const clinic = calendlyClinic({ page: '', 'data-layer': '' }, inside);
      const root = await render(clinic, outside);
      // The widget left outside has no booking link now, and says so.
      await captureReports(async () => {
        clinic.remove();
        expect(documentListeners.size, 'at once').to.equal(0);
        page.dataLayer = [];
        for (const each of [inside, outside]) {
          const detail = { url: 'https://calendly.com/harbour-physio', provider: 'calendly' };
          each.dispatchEvent(
            new BookingClickEvent({ ...detail, service: undefined, source: each }),
          );
          complete(each);
        }
        await settle();
      });
      expect(page.dataLayer, 'removed').to.deep.equal([]);

      root.prepend(clinic);
      await settle();
      expect(await pushedByClicks(inside, outside), 'back').to.deep.equal([CLICK, CLICK]);
    });
  });

  describe('a page that is not ready for it', () => {
    /**
     * Two clicks and a booking made in a data-layer clinic, with this `window.dataLayer`:
     * what was thrown (to the page) and what was warned meanwhile.
     */
    async function bookWith(dataLayer: unknown) {
      const inside = button();
      await render(calendlyClinic({ 'data-layer': '' }, inside));
      page.dataLayer = dataLayer;
      const thrown: unknown[] = [];
      const onError = (event: ErrorEvent) => thrown.push(event.error);
      window.addEventListener('error', onError);
      const { warnings } = await captureReports(async () => {
        await activate(inside);
        await activate(inside);
        complete(inside);
      });
      window.removeEventListener('error', onError);
      return { thrown, warnings };
    }

    it('skips a window.dataLayer that is not an array, with one warning, and never throws', async () => {
      const notAnArray = { push: () => 0 };
      const { thrown, warnings } = await bookWith(notAnArray);
      expect(thrown).to.deep.equal([]);
      expect(page.dataLayer).to.equal(notAnArray);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('<knead-clinic> data-layer').and.include('window.dataLayer');
    });

    it('warns once when window.dataLayer refuses the push, and never throws', async () => {
      const { thrown, warnings } = await bookWith(Object.freeze([]));
      expect(thrown).to.deep.equal([]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('<knead-clinic> data-layer');
    });
  });
});
