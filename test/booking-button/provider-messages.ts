/**
 * What the providers' framed pages post, in their documented shapes (sources:
 * docs/content-sources.md, "Booking providers"), for the tests that speak for them.
 */

/** The origins the framed pages post from. */
export const CALENDLY_ORIGIN = 'https://calendly.com';
export const CAL_ORIGIN = 'https://app.cal.com';

/** Calendly's `calendly.event_scheduled`, as its embedding guide shows it. */
export const scheduled = (event = 'GBGBDCAADAEDCRZ2', invitee = 'AAAAAAAAAAAAAAAA') => ({
  event: 'calendly.event_scheduled',
  payload: {
    event: { uri: `https://api.calendly.com/scheduled_events/${event}` },
    invitee: { uri: `https://api.calendly.com/scheduled_events/${event}/invitees/${invitee}` },
  },
});

/** Calendly's other messages: the page shown, and its height. */
export const calendlyViewed = { event: 'calendly.event_type_viewed', payload: {} };
export const calendlyHeight = (height: unknown) => ({
  event: 'calendly.page_height',
  payload: { height },
});

/** A Cal.com embed message (sdk-action-manager's fire, through embed-iframe's messageParent). */
export const calMessage = (type: string, data: unknown = {}) => ({
  originator: 'CAL',
  type,
  namespace: 'knead',
  fullType: `CAL:knead:${type}`,
  data,
});

/** The data of Cal.com's `bookingSuccessfulV2`, with what it holds besides the ids. */
export const calBooking = {
  uid: 'f4JqUvNcK1ZmXy7bT2aPsw',
  title: 'Deep tissue massage between Harbour Physio and Jane Doe',
  startTime: '2025-03-04T17:00:00.000Z',
  endTime: '2025-03-04T18:00:00.000Z',
  eventTypeId: 1234567,
  status: 'ACCEPTED',
  paymentRequired: false,
  isRecurring: false,
  allBookings: [{ startTime: '2025-03-04T17:00:00.000Z', endTime: '2025-03-04T18:00:00.000Z' }],
  videoCallUrl: 'https://app.cal.com/video/f4JqUvNcK1ZmXy7bT2aPsw',
  attendees: [{ name: 'Jane Doe', email: 'jane.doe@example.com', timeZone: 'America/Toronto' }],
  responses: { name: 'Jane Doe', email: 'jane.doe@example.com', notes: 'Lower back pain' },
};

/** A Cal.com booking, `uid` for its id. */
export const calBooked = (uid = calBooking.uid) =>
  calMessage('bookingSuccessfulV2', { ...calBooking, uid });

/** What the page posts back when Cal.com's frame says `__iframeReady`. */
export const CAL_REPLY = { originator: 'CAL', method: 'parentKnowsIframeReady', arg: {} };
