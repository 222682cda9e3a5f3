/** The events a booking button fires. */
import { KneadEvent } from '../shared/knead-event.js';

/** What a booking event says about the booking it concerns. */
export interface BookingDetail {
  /** The checked booking URL. */
  readonly url: string;
  /** The provider id, when the link is for a known provider. */
  readonly provider: string | undefined;
  /** The service id, when one was given. */
  readonly service: string | undefined;
  /** The booking button that fired the event. */
  readonly source: HTMLElement;
}

/** A booking made, as the provider's framed page reported it. */
export interface BookingCompleteDetail extends BookingDetail {
  /**
   * The ids the provider gave the booking (Calendly: `event`, `invitee`; Cal.com: `booking`,
   * `eventType`), never a name, an email or an answer.
   */
  readonly ids: Readonly<Record<string, string>>;
}

/** A visitor chose to book. Cancel it (`preventDefault()`) to stop the navigation or popup. */
export class BookingClickEvent extends KneadEvent<BookingDetail> {
  static get type(): 'knead-booking-click' {
    return 'knead-booking-click';
  }
  constructor(detail: BookingDetail) {
    super(BookingClickEvent.type, detail, true);
  }
}

/** The booking popup opened, or `<knead-booking-frame>` showed the booking calendar. */
export class BookingOpenEvent extends KneadEvent<BookingDetail> {
  static get type(): 'knead-booking-open' {
    return 'knead-booking-open';
  }
  constructor(detail: BookingDetail) {
    super(BookingOpenEvent.type, detail);
  }
}

/** The booking popup closed. */
export class BookingCloseEvent extends KneadEvent<BookingDetail> {
  static get type(): 'knead-booking-close' {
    return 'knead-booking-close';
  }
  constructor(detail: BookingDetail) {
    super(BookingCloseEvent.type, detail);
  }
}

/** The provider's framed page said a booking was made: fired once per booking. */
export class BookingCompleteEvent extends KneadEvent<BookingCompleteDetail> {
  static get type(): 'knead-booking-complete' {
    return 'knead-booking-complete';
  }
  constructor(detail: BookingCompleteDetail) {
    super(BookingCompleteEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'knead-booking-click': BookingClickEvent;
    'knead-booking-open': BookingOpenEvent;
    'knead-booking-close': BookingCloseEvent;
    'knead-booking-complete': BookingCompleteEvent;
  }
}
