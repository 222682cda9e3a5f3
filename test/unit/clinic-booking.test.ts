import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { planBooking, type ClinicBooking } from '../../src/booking-button/booking-settings.js';
import { ignoredClinicBooking } from '../../src/clinic/clinic-booking.js';

const URL = 'https://calendly.com/harbour-physio/intro';

describe('ignoredClinicBooking: what a clinic says it ignores', () => {
  it('names booking-account beside booking-url, which gives the link', () => {
    expect(
      ignoredClinicBooking({ bookingUrl: URL, bookingProvider: 'calendly', bookingAccount: 'a' }),
    ).to.deep.equal({
      attribute: 'booking-account',
      value: 'a',
      reason: 'ignored: booking-url already gives the booking link',
    });
    expect(ignoredClinicBooking({ bookingUrl: URL, bookingAccount: 'a' })?.attribute).to.equal(
      'booking-account',
    );
  });

  it('names booking-account without booking-provider', () => {
    expect(ignoredClinicBooking({ bookingAccount: 'a' })).to.deep.equal({
      attribute: 'booking-account',
      value: 'a',
      reason: 'ignored: an account needs a booking-provider',
    });
  });

  it('keeps quiet about settings in use: provider and account, or a link with its provider', () => {
    expect(ignoredClinicBooking({ bookingProvider: 'calendly', bookingAccount: 'a' })).to.equal(
      undefined,
    );
    // The provider beside a link still counts: the link must be on its hosts, and it
    // decides whether a popup may frame the page.
    expect(ignoredClinicBooking({ bookingUrl: URL, bookingProvider: 'calendly' })).to.equal(
      undefined,
    );
    expect(ignoredClinicBooking({})).to.equal(undefined);
  });

  it('names only what changes nothing a button does (planBooking, with and without it)', () => {
    const maybe = <T>(values: T[]) => fc.option(fc.constantFrom(...values), { nil: undefined });
    fc.assert(
      fc.property(
        maybe([URL, 'https://book.example.com/', 'javascript:alert(1)', '']),
        maybe(['calendly', 'jane', 'square', 'nope', '']),
        maybe(['harbour-physio', 'bad account!', '']),
        maybe(['60min', undefined]),
        (bookingUrl, bookingProvider, bookingAccount, service) => {
          const clinic: ClinicBooking = { bookingUrl, bookingProvider, bookingAccount };
          const ignored = ignoredClinicBooking(clinic);
          if (!ignored) return;
          expect(ignored.attribute).to.equal('booking-account');
          expect(ignored.value).to.equal(bookingAccount);
          const own = { service };
          expect(planBooking(own, undefined, clinic).resolution).to.deep.equal(
            planBooking(own, undefined, { ...clinic, bookingAccount: undefined }).resolution,
          );
        },
      ),
    );
  });
});
