/**
 * When a technique card offers booking, and what it books. Pure: the card renders what
 * this decides.
 */
import type { ClinicSettings } from '../clinic/clinic-context.js';

/** The card's own say: `bookable` shows a button anyway, `no-booking` never. */
export interface BookingChoice {
  readonly bookable: boolean;
  readonly noBooking: boolean;
}

/** A booking button and the service it passes on (none: the clinic's own booking page). */
export interface CardBooking {
  readonly service: string | undefined;
}

/**
 * The booking button of a card showing technique `id`, or undefined for none. `no-booking`
 * always wins (a clinician should be seen first); otherwise a card books when it is
 * `bookable` or its clinic maps the technique to a service. The map is read by own keys
 * only, so an id like `constructor` never finds Object's prototype. The service goes with
 * the clinic's provider and account: a clinic `booking-url` already names the page
 * (planBooking), and each button would say that it ignores the service.
 */
export function cardBooking(
  id: string | undefined,
  { bookable, noBooking }: BookingChoice,
  clinic?: Pick<ClinicSettings, 'services' | 'bookingUrl'>,
): CardBooking | undefined {
  const services = clinic?.services;
  const service = id && services && Object.hasOwn(services, id) ? services[id] : undefined;
  if (noBooking || !(bookable || service !== undefined)) return undefined;
  return { service: clinic?.bookingUrl ? undefined : service };
}
