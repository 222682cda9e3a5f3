/**
 * What the hostile booking-frame tests share: a frame put on the page as a CMS or an app
 * would, shown and held on a blank page of this origin (the provider is unreachable here),
 * every knead-booking-complete heard anywhere on the page, messages posted in one go, and
 * a count of the window `message` listeners the widgets hold.
 */
import type { KneadBookingFrame } from '../../src/booking-frame/booking-frame.js';
import type { BookingCompleteEvent } from '../../src/booking-button/booking-events.js';
import { iframeOf, keepFrameHere, showCalendar } from '../harness/booking-frame.js';
import { textOf } from '../harness/dom.js';

export { problemsDuring, wait, settleAll, pageLang } from '../hostile-languages/probes.js';

/** A `<knead-booking-frame>` with these attributes (`true`: present), appended to `parent`. */
export function makeFrame(
  attributes: Record<string, string | true>,
  parent: ParentNode = document.body,
): KneadBookingFrame {
  const el = document.createElement('knead-booking-frame');
  for (const [name, value] of Object.entries(attributes))
    el.setAttribute(name, value === true ? '' : value);
  el.dataset['hostileFrame'] = '';
  parent.append(el);
  return el;
}

/** Takes every frame these tests made (and their holders) off the page. */
export function clearPage(): void {
  for (const el of document.querySelectorAll('[data-hostile-frame]')) el.remove();
}

/** A `<div>` on the page, for frames to live and move in. */
export function holder(lang?: string): HTMLElement {
  const div = document.createElement('div');
  div.dataset['hostileFrame'] = '';
  if (lang) div.lang = lang;
  document.body.append(div);
  return div;
}

/** Presses Show and holds the frame on a blank page of this origin (see keepFrameHere). */
export async function showHeld(el: KneadBookingFrame): Promise<HTMLIFrameElement> {
  const iframe = await showCalendar(el);
  keepFrameHere(iframe);
  return iframe;
}

/** The frame's window now (a moved frame gets a new one). */
export const windowOf = (el: KneadBookingFrame): Window | null =>
  iframeOf(el)?.contentWindow ?? null;

/** Dispatches one message as the browser would deliver it, without waiting. */
export function post(origin: string, data: unknown, source: MessageEventSource | null): void {
  window.dispatchEvent(new MessageEvent('message', { origin, data, source }));
}

/** The status line's words. */
export const statusOf = (el: KneadBookingFrame): string =>
  textOf(el.shadowRoot!.querySelector('[role="status"]'));

/** Every knead-booking-complete that reaches the document, with the frame that fired it. */
export function recordCompletions(): {
  events: BookingCompleteEvent[];
  from: (el: Element) => number;
  stop: () => void;
} {
  const events: BookingCompleteEvent[] = [];
  const listen = (event: BookingCompleteEvent) => events.push(event);
  document.addEventListener('knead-booking-complete', listen);
  return {
    events,
    from: (el) => events.filter((event) => event.detail.source === el).length,
    stop: () => document.removeEventListener('knead-booking-complete', listen),
  };
}

/**
 * From now until `stop`, counts the `message` listeners added to `window` and not removed
 * since: what the widgets (removed ones too) still hold.
 */
export function watchMessageListeners(): { held: () => number; stop: () => void } {
  const held = new Set<unknown>();
  const add = window.addEventListener;
  const remove = window.removeEventListener;
  window.addEventListener = function (
    this: Window,
    type: string,
    listener: unknown,
    ...rest: unknown[]
  ) {
    if (type === 'message') held.add(listener);
    return add.call(this, type, listener as EventListener, ...(rest as []));
  } as typeof window.addEventListener;
  window.removeEventListener = function (
    this: Window,
    type: string,
    listener: unknown,
    ...rest: unknown[]
  ) {
    if (type === 'message') held.delete(listener);
    return remove.call(this, type, listener as EventListener, ...(rest as []));
  } as typeof window.removeEventListener;
  return {
    held: () => held.size,
    stop: () => {
      window.addEventListener = add;
      window.removeEventListener = remove;
    },
  };
}

/** Lets every frame on the page render what it was told. */
export async function updated(...els: KneadBookingFrame[]): Promise<void> {
  for (const el of els) await el.updateComplete;
}
