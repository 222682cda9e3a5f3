/**
 * Reads `<knead-booking-button>` and drives it as a visitor would: the link or button it
 * offers (its name, where it goes, whether it opens a popup), the message when booking is
 * refused and the phone to call instead, and the booking popup (open it, read it, close it).
 * Plain DOM, so the element tests and the story play functions share it.
 */
import type { KneadBookingButton } from '../../src/booking-button/booking-button.js';
import { accessibleName } from '../booking-button/accessible-name.js';

import { deepActiveElement, nextFrame, textOf } from './dom.js';

export { accessibleName, nextFrame };

/** The deepest focused element, through shadow roots. */
export const focused = deepActiveElement;

/** Resolves with the next `type` event on `target`. */
export const nextEvent = <E extends Event = Event>(target: EventTarget, type: string): Promise<E> =>
  new Promise((resolve) =>
    target.addEventListener(type, (event) => resolve(event as E), { once: true }),
  );

/**
 * The booking button `selector` finds in `root` (or `root` itself), once it has rendered
 * with its clinic's settings, which arrive in one more update.
 */
export async function renderedButton(
  root: ParentNode,
  selector = 'knead-booking-button',
): Promise<KneadBookingButton> {
  const button =
    (root as Element).localName === 'knead-booking-button'
      ? (root as KneadBookingButton)
      : root.querySelector<KneadBookingButton>(selector);
  if (!button) throw new Error(`no ${selector} here`);
  await button.updateComplete;
  await button.updateComplete;
  return button;
}

/** The link or button a visitor activates (part `button`). */
export const control = <T extends HTMLElement = HTMLElement>(button: Element): T =>
  button.shadowRoot!.querySelector<T>('[part~="button"]')!;

/** What the visitor is offered to book with, as assistive technology presents it. */
export function offer(button: Element) {
  const element = control(button);
  return {
    /** `link` or `button`. */
    role: element.localName === 'a' ? 'link' : 'button',
    name: accessibleName(element),
    /** Where a link goes, as written. */
    href: element.getAttribute('href') ?? undefined,
    newTab: element.getAttribute('target') === '_blank',
    popup: element.getAttribute('aria-haspopup') === 'dialog',
    disabled: element.matches(':disabled'),
  };
}

/** Why booking is unavailable, as shown beside the button; undefined when it is not. */
export const refusal = (button: Element): string | undefined => {
  const message = button.shadowRoot!.querySelector('[part~="message"]');
  return message ? textOf(message) : undefined;
};

/** The phone link offered when booking is unavailable: its number and where it dials. */
export function callLink(button: Element): { text: string; href: string | null } | undefined {
  const link = button.shadowRoot!.querySelector('[part~="message"] a');
  return link ? { text: textOf(link), href: link.getAttribute('href') } : undefined;
}

/**
 * Clicks the link or button, keeping the page where it is (a link would otherwise leave
 * it). `prevented`: whether the page cancelled the visit (a `knead-booking-click` listener).
 */
export async function activate(button: KneadBookingButton): Promise<{ prevented: boolean }> {
  const result = { prevented: false };
  const stay = (event: Event) => {
    result.prevented = event.defaultPrevented;
    event.preventDefault();
  };
  document.addEventListener('click', stay, { once: true });
  control(button).click();
  await button.updateComplete;
  return result;
}

/** A part of the popup, which lives in the button's own shadow root, in its dialog element. */
export const popupPart = <T extends Element = HTMLElement>(button: Element, name: string) =>
  button
    .shadowRoot!.querySelector('knead-booking-dialog')
    ?.shadowRoot?.querySelector<T>(`[part~="${name}"]`) ?? null;

/** Opens the popup as a visitor does, with the button, once it has opened. */
export async function openPopup(button: Element): Promise<void> {
  const opened = nextEvent(button, 'knead-booking-open');
  control(button).click();
  await opened;
}

/** Closes the popup with its Close button, once it has closed. */
export async function closePopup(button: Element): Promise<void> {
  const closed = nextEvent(button, 'knead-booking-close');
  popupPart(button, 'close')!.click();
  await closed;
}

/** What the popup shows: whether it is open and modal, its title, its frame and its links. */
export function popup(button: Element) {
  const dialog = popupPart<HTMLDialogElement>(button, 'dialog');
  const frame = popupPart<HTMLIFrameElement>(button, 'frame');
  const newTab = dialog?.querySelector('a[target="_blank"]');
  const close = popupPart(button, 'close');
  return {
    open: dialog?.open ?? false,
    modal: dialog?.matches(':modal') ?? false,
    title: textOf(dialog?.querySelector('h2')),
    /** The framed page's address, with what the provider needs to embed it. */
    frame: frame ? new URL(frame.src) : undefined,
    frameTitle: frame?.title,
    newTabLink: newTab
      ? { name: accessibleName(newTab), href: newTab.getAttribute('href') }
      : undefined,
    closeName: close ? accessibleName(close) : undefined,
  };
}
