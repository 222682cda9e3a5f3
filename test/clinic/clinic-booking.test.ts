import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { planBooking, type ClinicBooking } from '../../src/booking-button/booking-settings.js';
import { ignoredAccount } from '../../src/clinic/clinic-booking.js';

const URL = 'https://calendly.com/harbour-physio/intro';

describe('ignoredAccount: when a clinic says its booking-account is ignored', () => {
  it('names booking-account beside booking-url, which gives the link', () => {
    expect(
      ignoredAccount({ bookingUrl: URL, bookingProvider: 'calendly', bookingAccount: 'a' }),
    ).to.equal('ignored: booking-url already gives the booking link');
    expect(ignoredAccount({ bookingUrl: URL, bookingAccount: 'a' })).to.equal(
      'ignored: booking-url already gives the booking link',
    );
  });

  it('names booking-account without booking-provider', () => {
    expect(ignoredAccount({ bookingAccount: 'a' })).to.equal(
      'ignored: an account needs a booking-provider',
    );
  });

  it('keeps quiet about settings in use: provider and account, or a link with its provider', () => {
    expect(ignoredAccount({ bookingProvider: 'calendly', bookingAccount: 'a' })).to.equal(
      undefined,
    );
    // The provider beside a link still counts: the link must be on its hosts, and it
    // decides whether a popup may frame the page.
    expect(ignoredAccount({ bookingUrl: URL, bookingProvider: 'calendly' })).to.equal(undefined);
    expect(ignoredAccount({})).to.equal(undefined);
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
          if (!ignoredAccount(clinic)) return;
          const own = { service };
          expect(planBooking(own, undefined, clinic).resolution).to.deep.equal(
            planBooking(own, undefined, { ...clinic, bookingAccount: undefined }).resolution,
          );
        },
      ),
    );
  });
});
