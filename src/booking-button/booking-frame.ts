/**
 * What the booking popup's frame needs: the URL to frame, and whether a message from it says
 * a booking was made. Pure. Its own module so that only the popup's code, loaded when a popup
 * is wanted, carries it.
 */
import type { BookingProvider } from './built-in-providers.js';
import type { BookingTarget } from './booking-target.js';

/** The URL to put in the popup's iframe: the target plus what the provider needs to embed. */
export function frameUrl(target: BookingTarget, embedDomain: string): string {
  const params = target.provider?.frameParams?.(embedDomain);
  if (!params) return target.url;
  const url = new URL(target.url);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.href;
}

/** True when a window message is the provider's own "booking made" message. */
export function isBookingComplete(
  provider: BookingProvider | undefined,
  origin: string,
  data: unknown,
): boolean {
  const completion = provider?.completion;
  return !!completion && origin === completion.origin && completion.isComplete(data);
}
