/**
 * What a clinic with `data-layer` pushes to a tag manager's `window.dataLayer` for a booking
 * event: the event's name and the booking provider, nothing else. No URL (a service id in it
 * can name the technique a symptom check recommended), no service, no element, and nothing
 * for any other event: a visitor's answers and results are health information. Pure.
 */

/** The booking events that are pushed; every other event never is. */
export const DATA_LAYER_EVENTS = ['knead-booking-click', 'knead-booking-complete'] as const;

/** One entry for `window.dataLayer`, as Google Tag Manager reads it. */
export interface DataLayerEntry {
  /** The event's type with underscores, as tag managers name events: `knead_booking_click`. */
  readonly event: 'knead_booking_click' | 'knead_booking_complete';
  /** The booking provider's id (`calendly`), or `other` for a link with no known provider. */
  readonly provider: string;
}

/**
 * The shape of a provider id (`calendly`, `cal`, `mindbody`). The booking widgets only ever
 * send a known provider's id; anything else another script put there (free text, say) is
 * pushed as `other`.
 */
const PROVIDER_ID = /^[a-z][a-z0-9-]{0,31}$/;

/** The entry to push for an event of `type` with this `detail`; undefined: push nothing. */
export function dataLayerEntry(type: string, detail: unknown): DataLayerEntry | undefined {
  if (!(DATA_LAYER_EVENTS as readonly string[]).includes(type)) return undefined;
  const provider = (detail as { provider?: unknown } | null | undefined)?.provider;
  return {
    event: type.replaceAll('-', '_') as DataLayerEntry['event'],
    provider: typeof provider === 'string' && PROVIDER_ID.test(provider) ? provider : 'other',
  };
}
