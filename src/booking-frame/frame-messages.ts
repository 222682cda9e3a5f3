/**
 * What `<knead-booking-frame>` says to a visitor, in English; other languages: ./languages/.
 * Each message is a whole sentence or name; a function gets the values (the provider's or
 * the clinic's name) and returns the sentence with them in place.
 */
export const FRAME_MESSAGES = {
  /** The placeholder's first line: where booking happens, and that it loads only on request. */
  intro: (provider: string) =>
    `Booking is done on ${provider}’s page. It loads here only when you ask for it.`,
  /** The placeholder's second line: what the provider's page may store. */
  cookies: (provider: string) => `${provider} may set cookies when its page loads.`,
  /** The link to the provider's privacy page. */
  privacy: (provider: string) => `${provider}’s privacy policy`,
  /** The button that loads the provider's page. */
  show: 'Show the booking calendar',
  /** The link that opens the same booking page in a tab of its own; always shown. */
  openInNewTab: 'Open booking in a new tab',
  /** Announced while the provider's page loads. */
  loading: 'Loading the booking calendar…',
  /** Announced when the page has not said it is ready in time. */
  failed:
    'The booking calendar did not load. It may be blocked in this browser. You can still book in a new tab.',
  /** Loads the provider's page again after a failure. */
  retry: 'Try again',
  /** The keyboard shortcut past the framed page (shown when focused). */
  skip: 'Skip past the booking calendar',
  /** The framed page's title, with the clinic's name, else the provider's. */
  frameTitle: (name: string) => `Booking calendar: ${name}`,
};

/** The booking frame's messages: what every language's table gives. */
export type FrameMessages = typeof FRAME_MESSAGES;
