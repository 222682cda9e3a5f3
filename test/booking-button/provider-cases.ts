/**
 * The booking tests' provider cases: the documented link each provider builds from a valid
 * account (and service, where it links one), which providers allow framing, and the target
 * of a resolution that must be ok.
 */
import type { ProviderId } from '../../src/booking-button/built-in-providers.js';
import type { BookingResolution, BookingTarget } from '../../src/booking-button/booking-target.js';

/** The target of a resolution that must be ok; fails the test otherwise. */
export function targetOf(resolution: BookingResolution): BookingTarget {
  if (!resolution.ok) {
    throw new Error(
      `expected ok, got problem on ${resolution.attribute}: ${resolution.value} (${resolution.reason})`,
    );
  }
  return resolution.target;
}

/** The documented link for each provider, from a valid account and, where it has one, service. */
export const EXPECTED: Record<
  ProviderId,
  {
    readonly account?: string;
    readonly accountUrl?: string;
    readonly service?: string;
    readonly serviceUrl?: string;
    readonly href?: string;
  }
> = {
  noterro: {
    account: 'HarbourPhysio',
    accountUrl: 'https://harbourphysio.noterro.com/',
    service: '26506/myofascial-therapy',
    serviceUrl: 'https://harbourphysio.noterro.com/service/26506/myofascial-therapy',
  },
  jane: { account: 'harbourphysio', accountUrl: 'https://harbourphysio.janeapp.com/' },
  calendly: {
    account: 'harbour-physio',
    accountUrl: 'https://calendly.com/harbour-physio',
    service: '60min',
    serviceUrl: 'https://calendly.com/harbour-physio/60min',
  },
  cal: {
    account: 'harbour',
    accountUrl: 'https://cal.com/harbour',
    service: '60min',
    serviceUrl: 'https://cal.com/harbour/60min',
  },
  acuity: {
    account: '12345',
    accountUrl: 'https://app.acuityscheduling.com/schedule.php?owner=12345',
    service: '678',
    serviceUrl: 'https://app.acuityscheduling.com/schedule.php?owner=12345&appointmentType=678',
  },
  square: { href: 'https://book.squareup.com/appointments/abc123/location/def456/services' },
  vagaro: { account: 'harbourphysio', accountUrl: 'https://www.vagaro.com/harbourphysio' },
  fresha: { href: 'https://www.fresha.com/a/harbour-physio-london-abc123' },
  mindbody: {
    account: '12345',
    accountUrl: 'https://clients.mindbodyonline.com/classic/ws?studioid=12345',
  },
};

export const FRAMEABLE: readonly ProviderId[] = ['calendly', 'cal', 'acuity'];
