/**
 * Reads `<knead-booking-frame>` and drives it as a visitor would (the placeholder, its Show
 * button, the frame, the status line, the way out to a new tab), and speaks for the
 * provider's framed page: a message posted from the frame's own window, from any origin.
 * Plain DOM, so the element tests and the story play functions share it.
 */
import type { KneadBookingFrame } from '../../src/booking-frame/booking-frame.js';
import { part, textOf } from './dom.js';
import {
  CAL_ORIGIN,
  CALENDLY_ORIGIN,
  calBooked,
  calendlyHeight,
  calendlyViewed,
  calMessage,
  scheduled,
} from '../booking-button/provider-messages.js';

/** What the widget shows now, as a visitor would see it. */
export function frameState(frame: KneadBookingFrame) {
  const iframe = part<HTMLIFrameElement>(frame, 'frame');
  const placeholder = part(frame, 'placeholder');
  return {
    /** The placeholder's words, when it is shown. */
    placeholder: placeholder ? textOf(placeholder) : undefined,
    /** Its link to the provider's privacy page. */
    privacy: placeholder?.querySelector('a')?.href,
    /** The framed page's URL, once the visitor asked for it (kept here by `keepFrameHere`). */
    src: iframe ? new URL(iframe.dataset['asked'] ?? iframe.src) : undefined,
    frameTitle: iframe?.title,
    frameShown: !!iframe && iframe.checkVisibility({ visibilityProperty: true }),
    /** The status line (loading, failed), announced politely. */
    status: textOf(frame.shadowRoot!.querySelector('[role="status"]')!),
    /** The way out, always offered. */
    newTab: part<HTMLAnchorElement>(frame, 'new-tab')?.href,
    retry: !!frame.shadowRoot!.querySelector('.retry'),
    /** The booking button shown instead of a frame. */
    button: frame.shadowRoot!.querySelector('knead-booking-button'),
  };
}

/** The placeholder's "Show the booking calendar" button. */
export const showButton = (frame: Element): HTMLButtonElement => part(frame, 'show')!;

/** The iframe, once shown. */
export const iframeOf = (frame: Element): HTMLIFrameElement | null =>
  part<HTMLIFrameElement>(frame, 'frame');

/**
 * Presses Show, and waits for the frame to be there; the frame is kept on a blank page of
 * this origin (`keepFrameHere`; `frameState().src` still says what was asked for).
 */
export async function showCalendar(frame: KneadBookingFrame): Promise<HTMLIFrameElement> {
  showButton(frame).click();
  await frame.updateComplete;
  await frame.updateComplete;
  const iframe = iframeOf(frame);
  if (!iframe) throw new Error('no frame after pressing Show');
  keepFrameHere(iframe);
  return iframe;
}

/**
 * Keeps a shown frame on a blank page of this origin instead of the provider's, which a
 * test machine cannot reach: Firefox gives a frame that failed to load a window that no
 * test-made message may name as its source, so a test that waits before posting holds it.
 */
export function keepFrameHere(iframe: HTMLIFrameElement): void {
  if (iframe.dataset['asked'] !== undefined) return;
  iframe.dataset['asked'] = iframe.src;
  iframe.src = 'about:blank';
}

/**
 * Posts `data` to the page as if from `source` (default: the widget's own frame), with
 * `origin`, and lets the widget render what it heard.
 */
export async function postFromFrame(
  frame: KneadBookingFrame,
  origin: string,
  data: unknown,
  source: MessageEventSource | null = iframeOf(frame)?.contentWindow ?? null,
): Promise<void> {
  window.dispatchEvent(new MessageEvent('message', { origin, data, source }));
  // A height is applied at the next animation frame.
  await new Promise(requestAnimationFrame);
  await frame.updateComplete;
}

/** Calendly's own messages, in their documented shapes (test/booking-button/provider-messages.ts). */
export const CALENDLY = {
  origin: CALENDLY_ORIGIN,
  viewed: calendlyViewed,
  height: (px: number) => calendlyHeight(`${px}px`),
  scheduled: (event = 'EVT123', invitee = 'INV456') => scheduled(event, invitee),
};

/** Cal.com's own messages, in their documented shapes. */
export const CAL = {
  origin: CAL_ORIGIN,
  ready: calMessage('__iframeReady', { isPrerendering: false }),
  linkReady: calMessage('linkReady'),
  height: (px: number) =>
    calMessage('__dimensionChanged', { iframeHeight: px, iframeWidth: 600, isFirstTime: false }),
  booked: (uid = 'bk_123') => calBooked(uid),
};
