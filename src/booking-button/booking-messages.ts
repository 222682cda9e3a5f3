/**
 * What the booking button and its popup say to a visitor, in English; other languages:
 * ./languages/. Each message is a whole sentence or name: a function gets the values (a
 * label, a phone number, a clinic's name) and returns the sentence with them in place.
 */
export const BOOKING_MESSAGES = {
  /** The button's text when no `label`, fallback link or slotted text gives one. */
  book: 'Book an appointment',
  /** The whole accessible name of a link that opens a new tab. */
  opensInNewTab: (label: string) => `${label}, opens in a new tab`,
  /** Why booking is unavailable: no booking link was given at all. */
  notSetUp: 'Online booking is not set up yet.',
  /** Why booking is unavailable: the link given was refused as unsafe. */
  unsafeLink: 'This booking link was blocked because it is not a safe web address.',
  /** Why booking is unavailable: a provider, account or service that is not valid. */
  invalidSettings: 'Online booking is unavailable because its settings are not valid.',
  /** After the reason, the clinic's phone; the view makes the number a link where it dials. */
  callToBook: (phone: string) => `Please call ${phone} to book.`,
  /** The popup's title, with the clinic's name. */
  bookWithClinic: (clinic: string) => `Book with ${clinic}`,
  /** The popup's title, with the booking provider's name (Calendly) when no clinic is named. */
  bookWithProvider: (provider: string) => `Book with ${provider}`,
  /** The popup's title when neither is known. */
  bookWithUs: 'Book with us',
  /** The popup's link to the same booking page in a tab of its own. */
  openInNewTab: 'Open in a new tab',
  /** The accessible name of the popup's close button (it shows only ×). */
  close: 'Close booking',
  /** Shown in the popup until the booking page has loaded. */
  loading: 'Loading the booking page…',
  /** The framed booking page's title, after the popup's title. */
  frameTitle: (title: string) => `${title}: booking page`,
};

/** The booking button's messages: what every language's table gives. */
export type BookingMessages = typeof BOOKING_MESSAGES;
