import { BookingCloseEvent, BookingOpenEvent, type BookingDetail } from '../shared/events.js';

/**
 * The booking popup's public open and close events, paired: one close per open, however the
 * popup closed (even when a removed clinic left the button no booking link), with the detail
 * it opened with. A button already off the page also tells the document it was in, whose
 * listeners (analytics) would otherwise never hear the close.
 */
export class PopupEvents {
  /** What the open popup books, and the document it opened in; unset while closed. */
  private opened?: { detail: BookingDetail; document: Document };

  constructor(private readonly host: HTMLElement) {}

  /** The popup opened: fires `knead-booking-open`. */
  open(detail: BookingDetail): void {
    this.opened = { detail, document: this.host.ownerDocument };
    this.host.dispatchEvent(new BookingOpenEvent(detail));
  }

  /** The popup closed: fires `knead-booking-close`, once per open. */
  close(): void {
    const opened = this.opened;
    if (!opened) return;
    this.opened = undefined;
    this.host.dispatchEvent(new BookingCloseEvent(opened.detail));
    if (!this.host.isConnected) opened.document.dispatchEvent(new BookingCloseEvent(opened.detail));
  }
}
