/**
 * Why a clinic's `booking-account` has no effect, if it has none: planBooking's rules
 * (booking-button/booking-settings.ts) seen from the clinic, so the clinic can say so once
 * instead of every button staying silent. `booking-url` gives the link, so an account beside
 * it is ignored; `booking-provider` beside it is not (the link must be on that provider's
 * hosts, and the provider decides whether a popup may frame it). An account without a
 * provider names no page. Pure, with no provider table: the clinic's bundle stays small.
 */
import type { ClinicBooking } from '../booking-button/booking-settings.js';

export function ignoredAccount(clinic: ClinicBooking): string | undefined {
  if (!clinic.bookingAccount) return undefined;
  if (clinic.bookingUrl) return 'ignored: booking-url already gives the booking link';
  if (!clinic.bookingProvider) return 'ignored: an account needs a booking-provider';
  return undefined;
}
