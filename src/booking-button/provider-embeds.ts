/**
 * How a provider's booking page talks to the page that frames it: the URL it must be framed
 * with, the messages it posts (ready, its height, a booking made, a failure), and what it
 * expects back. Pure. Its own module, loaded only by the popup and the inline frame, so a
 * page with booking links never downloads it. Sources: docs/content-sources.md, "Booking
 * providers".
 */
import type { BookingTarget } from './booking-target.js';

/** What a provider's framed page said, read from one message in its documented shape. */
export type EmbedMessage =
  | { readonly kind: 'ready' }
  | { readonly kind: 'height'; readonly px: number }
  /** A booking was made: the ids the provider gives it, never a name, email or answer. */
  | { readonly kind: 'booked'; readonly ids: Readonly<Record<string, string>> }
  /** The page says it can hear us (Cal.com): answer with `reply`. */
  | { readonly kind: 'handshake' }
  | { readonly kind: 'failed' };

/** How one provider's framed pages talk to the page. */
export interface ProviderEmbed {
  /** The exact origin its framed pages post from. */
  readonly origin: string;
  /** The URL to frame: the booking page, plus what the provider needs to talk to us. */
  readonly frame: (url: URL, embedDomain: string, inline: boolean) => void;
  /** Reads one posted message; undefined unless it is one we know, in its documented shape. */
  readonly read: (data: unknown) => EmbedMessage | undefined;
  /** What to post to the frame when it says `handshake`. */
  readonly reply?: unknown;
}

/** What the page shows before the frame loads, and how the frame talks. */
export interface ProviderFraming {
  /** The provider's privacy page, linked before anything of theirs loads. */
  readonly privacy: string;
  /** Undefined for a provider whose page posts nothing we may rely on (Acuity). */
  readonly embed?: ProviderEmbed;
}

/** The tallest height a frame may ask for, in CSS pixels: a hostile number is not a layout. */
export const MAX_FRAME_HEIGHT = 10_000;
/** An id a provider gives a booking: short, plain characters, nothing that could be a name. */
const ID = /^[A-Za-z0-9_-]{1,64}$/;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/**
 * A height in CSS pixels (`1141`, `812.8000000000001`, `"1141px"`), rounded up; undefined
 * unless plausible. A number is read as it is (its text may be `1e-7`, or have 13 decimals).
 */
export function readHeight(value: unknown): number | undefined {
  const px =
    typeof value === 'number'
      ? Math.ceil(value)
      : typeof value === 'string' && /^[0-9]{1,6}(?:\.[0-9]{1,6})?(?:px)?$/.test(value)
        ? Math.ceil(Number.parseFloat(value))
        : Number.NaN;
  return px > 0 && px <= MAX_FRAME_HEIGHT ? px : undefined;
}

/** The id at the end of a Calendly API address (`https://api.calendly.com/scheduled_events/ID`). */
function calendlyId(uri: unknown): string | undefined {
  if (typeof uri !== 'string' || uri.length > 300) return;
  const match = /^https:\/\/(?:api\.)?calendly\.com\/[A-Za-z0-9_/-]*\/([A-Za-z0-9_-]{1,64})$/.exec(
    uri,
  );
  return match?.[1];
}

const CALENDLY: ProviderEmbed = {
  origin: 'https://calendly.com',
  // Calendly posts to the page only when told where it is framed (`embed_domain`:
  // https://github.com/tcampb/react-calendly/pull/31).
  frame: (url, embedDomain, inline) => {
    url.searchParams.set('embed_domain', embedDomain);
    url.searchParams.set('embed_type', inline ? 'Inline' : 'PopupWidget');
  },
  // https://developer.calendly.com/api-docs/overview/embedding/notifying-the-parent-window
  read: (data) => {
    if (!isRecord(data) || typeof data['event'] !== 'string') return;
    const payload = isRecord(data['payload']) ? data['payload'] : {};
    switch (data['event']) {
      case 'calendly.profile_page_viewed':
      case 'calendly.event_type_viewed':
        return { kind: 'ready' };
      case 'calendly.page_height': {
        const px = readHeight(payload['height']);
        return px ? { kind: 'height', px } : undefined;
      }
      case 'calendly.event_scheduled': {
        const event = calendlyId(isRecord(payload['event']) && payload['event']['uri']);
        const invitee = calendlyId(isRecord(payload['invitee']) && payload['invitee']['uri']);
        return event && invitee ? { kind: 'booked', ids: { event, invitee } } : undefined;
      }
    }
    return;
  },
};

const CAL: ProviderEmbed = {
  origin: 'https://app.cal.com',
  // Cal.com frames <origin>/<link>/embed?embed=<namespace> from app.cal.com (its embed's
  // loadInIframe, packages/embeds/embed-core/src/embed.ts in calcom/cal.com).
  frame: (url, _embedDomain, inline) => {
    url.hostname = 'app.cal.com';
    const path = url.pathname.replace(/\/+$/, '');
    url.pathname = path.endsWith('/embed') ? path : `${path}/embed`;
    url.searchParams.set('embed', 'knead');
    url.searchParams.set('embedType', inline ? 'inline' : 'modal');
  },
  // {originator: "CAL", type, namespace, fullType, data}: packages/embeds/embed-core/src/
  // sdk-action-manager.ts and embed-iframe.ts (messageParent) in calcom/cal.com.
  read: (data) => {
    if (!isRecord(data) || data['originator'] !== 'CAL' || typeof data['type'] !== 'string') return;
    const detail = isRecord(data['data']) ? data['data'] : {};
    switch (data['type']) {
      case '__iframeReady':
        return { kind: 'handshake' };
      case 'linkReady':
        return { kind: 'ready' };
      case 'linkFailed':
        return { kind: 'failed' };
      case '__dimensionChanged': {
        const px = readHeight(detail['iframeHeight']);
        return px ? { kind: 'height', px } : undefined;
      }
      case 'bookingSuccessfulV2': {
        const { uid, eventTypeId } = detail;
        if (typeof uid !== 'string' || !ID.test(uid)) return;
        const eventType = Number.isSafeInteger(eventTypeId) ? String(eventTypeId) : undefined;
        return { kind: 'booked', ids: { booking: uid, ...(eventType && { eventType }) } };
      }
    }
    return;
  },
  // The embedded page stays hidden until its parent says it has heard it (the
  // parentKnowsIframeReady method, embed-iframe.ts).
  reply: { originator: 'CAL', method: 'parentKnowsIframeReady', arg: {} },
};

/** Each provider whose pages may be framed: its privacy page, and how its frame talks. */
export const FRAMING: Readonly<Record<string, ProviderFraming>> = {
  calendly: { privacy: 'https://calendly.com/legal/privacy-notice', embed: CALENDLY },
  cal: { privacy: 'https://cal.com/privacy', embed: CAL },
  // Acuity's own embed script resizes its frame, but how is not documented: its page is
  // framed at a fixed height, and counts as ready once it has loaded.
  acuity: { privacy: 'https://acuityscheduling.com/privacy.php' },
};

/** The provider's framing, for a target that may be framed; else undefined. */
export function framingOf(target: BookingTarget | undefined): ProviderFraming | undefined {
  const id = target?.frameable ? target.provider?.id : undefined;
  return id && Object.hasOwn(FRAMING, id) ? FRAMING[id] : undefined;
}

/**
 * The URL to frame: the target plus what the provider needs to talk to the page (`inline`
 * for `<knead-booking-frame>`, else the popup). `embedDomain` is the page's host.
 */
export function frameUrl(target: BookingTarget, embedDomain: string, inline = false): string {
  const embed = framingOf(target)?.embed;
  if (!embed) return target.url;
  const url = new URL(target.url);
  embed.frame(url, embedDomain, inline);
  return url.href;
}

/**
 * Reads a window message from a provider's frame: only from the provider's exact origin,
 * only in a documented shape. The caller checks that it came from its own frame.
 */
export function readEmbedMessage(
  target: BookingTarget | undefined,
  origin: string,
  data: unknown,
): EmbedMessage | undefined {
  const embed = framingOf(target)?.embed;
  return embed && origin === embed.origin ? embed.read(data) : undefined;
}
