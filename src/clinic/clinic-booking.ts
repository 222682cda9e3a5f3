/**
 * Which of a clinic's booking attributes has no effect, and why: planBooking's rules
 * (booking-button/booking-settings.ts) seen from the clinic, so the clinic can say so once
 * instead of every button staying silent. `booking-url` gives the link, so `booking-account`
 * beside it is ignored; `booking-provider` beside it is not (the link must be on that
 * provider's hosts, and the provider decides whether a popup may frame it). An account
 * without a provider names no page. Pure, with no provider table: the clinic's bundle stays
 * small.
 */
import type { ClinicBooking, IgnoredSetting } from '../booking-button/booking-settings.js';

export function ignoredClinicBooking({
  bookingUrl,
  bookingProvider,
  bookingAccount,
}: ClinicBooking): IgnoredSetting | undefined {
  if (!bookingAccount || (bookingProvider && !bookingUrl)) return undefined;
  return {
    attribute: 'booking-account',
    value: bookingAccount,
    reason: bookingUrl
      ? 'ignored: booking-url already gives the booking link'
      : 'ignored: an account needs a booking-provider',
  };
}
