import { expect } from '@open-wc/testing';
import type { KneadBookingFrame } from '../../src/booking-frame/booking-frame.js';
import { frameState } from '../harness/booking-frame.js';
import { clearPage, holder, settleAll, wait } from './support.js';

/**
 * A page's analytics count `knead-booking-open`: once each time a booking calendar is shown.
 * An app that mounts an `autoload` frame and takes it away before its first update (a route
 * that changes its mind), then shows it, must still hear that the calendar was shown: once.
 */

describe('hostile SPA: an autoload frame removed before its first update, then shown', () => {
  let opened: EventTarget[];
  const listen = (event: Event) => opened.push(event.composedPath()[0]!);
  beforeEach(() => {
    opened = [];
    document.addEventListener('knead-booking-open', listen);
  });
  afterEach(() => {
    document.removeEventListener('knead-booking-open', listen);
    clearPage();
  });

  for (const later of [false, true]) {
    it(`put back ${later ? 'in a later task' : 'in the same task'}: the calendar shows and knead-booking-open fires once`, async () => {
      const el = document.createElement('knead-booking-frame') as KneadBookingFrame;
      el.setAttribute('provider', 'cal');
      el.setAttribute('account', 'harbour');
      el.setAttribute('autoload', '');
      const home = holder();
      home.append(el);
      el.remove();
      if (later) await wait(20);
      holder().append(el);
      await settleAll();
      expect(frameState(el).frameShown, 'the calendar is shown').to.equal(true);
      expect(opened.length, 'knead-booking-open heard once').to.equal(1);

      // Moved while loading: the same calendar, loaded again, is not shown anew.
      home.append(el);
      await settleAll();
      expect(opened.length).to.equal(1);
    });
  }
});
