import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { cardBooking } from '../../src/technique-card/card-booking.js';

const ON_REQUEST = { bookable: false, noBooking: false };
const BOOKABLE = { bookable: true, noBooking: false };
const NO_BOOKING = { bookable: true, noBooking: true };
const SERVICES = { 'deep-tissue': 'deep-60' };
const PROVIDER_CLINIC = { services: SERVICES };
const URL_CLINIC = { services: SERVICES, bookingUrl: 'https://book.example.com/massage' };

describe('cardBooking: when a card offers booking, and what it books', () => {
  it('offers nothing without a clinic service or bookable', () => {
    expect(cardBooking('swedish', ON_REQUEST)).to.equal(undefined);
    expect(cardBooking('swedish', ON_REQUEST, PROVIDER_CLINIC)).to.equal(undefined);
    expect(cardBooking(undefined, ON_REQUEST, PROVIDER_CLINIC)).to.equal(undefined);
  });

  it("books a technique's mapped service with the clinic's provider", () => {
    expect(cardBooking('deep-tissue', ON_REQUEST, PROVIDER_CLINIC)).to.deep.equal({
      service: 'deep-60',
    });
  });

  it('offers the clinic’s booking page, with no service, when bookable', () => {
    expect(cardBooking('swedish', BOOKABLE)).to.deep.equal({ service: undefined });
    expect(cardBooking(undefined, BOOKABLE, PROVIDER_CLINIC)).to.deep.equal({
      service: undefined,
    });
  });

  it('passes no service when the clinic’s booking-url gives the page', () => {
    expect(cardBooking('deep-tissue', ON_REQUEST, URL_CLINIC)).to.deep.equal({
      service: undefined,
    });
    expect(cardBooking('swedish', ON_REQUEST, URL_CLINIC)).to.equal(undefined);
  });

  it('never offers booking with no-booking, mapped or bookable', () => {
    expect(cardBooking('deep-tissue', NO_BOOKING, PROVIDER_CLINIC)).to.equal(undefined);
    expect(cardBooking('deep-tissue', { ...NO_BOOKING, bookable: false }, URL_CLINIC)).to.equal(
      undefined,
    );
  });

  for (const id of ['constructor', '__proto__', 'toString', 'hasOwnProperty'])
    it(`finds no service for "${id}", which every object has`, () => {
      // Compared as a flag: printing Object's prototype on failure would stall the runner.
      const booking = cardBooking(id, ON_REQUEST, PROVIDER_CLINIC);
      expect(booking === undefined, 'no booking').to.equal(true);
    });

  it('follows the rule for any id, choice and map', () => {
    const id = fc.option(fc.constantFrom('deep-tissue', 'swedish', 'constructor', 'thai'), {
      nil: undefined,
    });
    const services = fc.dictionary(
      fc.constantFrom('deep-tissue', 'swedish', 'thai'),
      fc.stringMatching(/^[a-z]{1,8}$/),
    );
    const bookingUrl = fc.option(fc.constant('https://book.example.com/'), { nil: undefined });
    fc.assert(
      fc.property(id, fc.boolean(), fc.boolean(), services, bookingUrl, (id, b, n, map, url) => {
        const mapped = id !== undefined && Object.hasOwn(map, id) ? map[id] : undefined;
        const booking = cardBooking(
          id,
          { bookable: b, noBooking: n },
          { services: map, bookingUrl: url },
        );
        const offered = !n && (b || mapped !== undefined);
        expect(booking !== undefined).to.equal(offered);
        if (booking) expect(booking.service).to.equal(url ? undefined : mapped);
      }),
    );
  });
});
