/**
 * Every event the widgets fire: one class each, typed `detail`, bubbling and composed so a
 * page can listen on `document` (for analytics, say), and listed in
 * `GlobalEventHandlersEventMap` so `addEventListener` is typed.
 */

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

abstract class KneadEvent<Detail> extends Event {
  constructor(
    type: string,
    readonly detail: Detail,
    cancelable = false,
  ) {
    super(type, { bubbles: true, composed: true, cancelable });
  }
}

/** A visitor chose to book. Cancel it (`preventDefault()`) to stop the navigation or popup. */
export class BookingClickEvent extends KneadEvent<BookingDetail> {
  static readonly type = 'knead-booking-click';
  constructor(detail: BookingDetail) {
    super(BookingClickEvent.type, detail, true);
  }
}

/** The booking popup opened. */
export class BookingOpenEvent extends KneadEvent<BookingDetail> {
  static readonly type = 'knead-booking-open';
  constructor(detail: BookingDetail) {
    super(BookingOpenEvent.type, detail);
  }
}

/** The booking popup closed. */
export class BookingCloseEvent extends KneadEvent<BookingDetail> {
  static readonly type = 'knead-booking-close';
  constructor(detail: BookingDetail) {
    super(BookingCloseEvent.type, detail);
  }
}

/** The provider's framed page said a booking was made. */
export class BookingCompleteEvent extends KneadEvent<BookingDetail> {
  static readonly type = 'knead-booking-complete';
  constructor(detail: BookingDetail) {
    super(BookingCompleteEvent.type, detail);
  }
}

/** What a technique event says about the technique. */
export interface TechniqueDetail {
  /** The technique id, e.g. `deep-tissue`. */
  readonly id: string;
  /** The technique's name as shown on the card. */
  readonly name: string;
}

/** A visitor opened a technique card's details: a sign of interest, e.g. for analytics. */
export class TechniqueSelectEvent extends KneadEvent<TechniqueDetail> {
  static readonly type = 'knead-technique-select';
  constructor(detail: TechniqueDetail) {
    super(TechniqueSelectEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'knead-technique-select': TechniqueSelectEvent;
    'knead-booking-click': BookingClickEvent;
    'knead-booking-open': BookingOpenEvent;
    'knead-booking-close': BookingCloseEvent;
    'knead-booking-complete': BookingCompleteEvent;
  }
}
