import {
  BookingCloseEvent,
  BookingCompleteEvent,
  BookingOpenEvent,
  type BookingDetail,
} from './booking-events.js';

/**
 * The booking popup's public events, fired on its button: open and close paired, one close
 * per open however the popup closed (even when a removed clinic left the button no booking
 * link), with the detail it opened with; and a booking made while it is open. A button
 * already off the page also tells the document it was in, whose listeners (analytics) would
 * otherwise never hear the close.
 */
export class PopupEvents {
  /** The button, what the open popup books, and the document; unset while closed. */
  private opened?: { host: Element; detail: BookingDetail; document: Document };

  /** The popup opened: fires `knead-booking-open` on `host`. */
  open(host: Element, detail: BookingDetail): void {
    this.opened = { host, detail, document: host.ownerDocument };
    host.dispatchEvent(new BookingOpenEvent(detail));
  }

  /** The provider's page reported a booking: fires `knead-booking-complete` with its ids. */
  complete(ids: Readonly<Record<string, string>>): void {
    this.opened?.host.dispatchEvent(new BookingCompleteEvent({ ...this.opened.detail, ids }));
  }

  /** The popup closed: fires `knead-booking-close`, once per open. */
  close(): void {
    const opened = this.opened;
    if (!opened) return;
    this.opened = undefined;
    const { host, detail, document } = opened;
    host.dispatchEvent(new BookingCloseEvent(detail));
    if (!host.isConnected) document.dispatchEvent(new BookingCloseEvent(detail));
  }
}
