/**
 * Every event the widgets fire: one class each, typed `detail`, bubbling and composed so a
 * page can listen on `document` (for analytics, say), and listed in
 * `GlobalEventHandlersEventMap` so `addEventListener` is typed. Each class names its type
 * in a static getter, not a static field: bundlers keep a class with a field initializer
 * even when nothing uses it, so every widget carried all twelve classes.
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
  static get type(): 'knead-booking-click' {
    return 'knead-booking-click';
  }
  constructor(detail: BookingDetail) {
    super(BookingClickEvent.type, detail, true);
  }
}

/** The booking popup opened. */
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

/** The provider's framed page said a booking was made. */
export class BookingCompleteEvent extends KneadEvent<BookingDetail> {
  static get type(): 'knead-booking-complete' {
    return 'knead-booking-complete';
  }
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
  static get type(): 'knead-technique-select' {
    return 'knead-technique-select';
  }
  constructor(detail: TechniqueDetail) {
    super(TechniqueSelectEvent.type, detail);
  }
}

/** The symptom check started: the visitor pressed Start. */
export class SymptomCheckStartEvent extends KneadEvent<{ readonly flow: string }> {
  static get type(): 'knead-symptom-check-start' {
    return 'knead-symptom-check-start';
  }
  constructor(detail: { readonly flow: string }) {
    super(SymptomCheckStartEvent.type, detail);
  }
}

/**
 * The symptom check moved to another question. Only the step's position: never the
 * question or the answer, which stay in the page.
 */
export class SymptomCheckStepEvent extends KneadEvent<{ readonly step: number }> {
  static get type(): 'knead-symptom-check-step' {
    return 'knead-symptom-check-step';
  }
  constructor(detail: { readonly step: number }) {
    super(SymptomCheckStepEvent.type, detail);
  }
}

/** What the symptom check concluded: the outcome and its recommendations, never the answers. */
export interface SymptomCheckResult {
  /** The outcome id, e.g. `muscular`. */
  readonly outcome: string;
  /** How urgent it is: `emergency`, `urgent`, `clinician` or `massage`. */
  readonly level: string;
  /** Recommended technique ids. */
  readonly techniques: readonly string[];
  /** Recommended exercise ids. */
  readonly exercises: readonly string[];
}

/** The symptom check reached its result. */
export class SymptomCheckCompleteEvent extends KneadEvent<SymptomCheckResult> {
  static get type(): 'knead-symptom-check-complete' {
    return 'knead-symptom-check-complete';
  }
  constructor(detail: SymptomCheckResult) {
    super(SymptomCheckCompleteEvent.type, detail);
  }
}

/** Which exercise an exercise-timer event concerns. */
export interface ExerciseDetail {
  /** The exercise id, e.g. `bird-dog`. */
  readonly id: string;
  /** Its place in the routine, from 0 (a routine may hold the same exercise twice). */
  readonly index: number;
}

/** The exercise timer started the routine (from the top). */
export class ExerciseStartEvent extends KneadEvent<{ readonly routine: string }> {
  static get type(): 'knead-exercise-start' {
    return 'knead-exercise-start';
  }
  constructor(detail: { readonly routine: string }) {
    super(ExerciseStartEvent.type, detail);
  }
}

/** Another exercise became current: the routine moved on, or the visitor skipped. */
export class ExerciseChangeEvent extends KneadEvent<ExerciseDetail> {
  static get type(): 'knead-exercise-change' {
    return 'knead-exercise-change';
  }
  constructor(detail: ExerciseDetail) {
    super(ExerciseChangeEvent.type, detail);
  }
}

/** The visitor paused the timer. */
export class ExercisePauseEvent extends KneadEvent<ExerciseDetail> {
  static get type(): 'knead-exercise-pause' {
    return 'knead-exercise-pause';
  }
  constructor(detail: ExerciseDetail) {
    super(ExercisePauseEvent.type, detail);
  }
}

/** The routine reached its end. */
export interface ExerciseCompleteDetail {
  /** The routine id, e.g. `back-basics`. */
  readonly routine: string;
  /** Seconds spent running, pauses excluded. */
  readonly durationSeconds: number;
}

/** The routine is done. */
export class ExerciseCompleteEvent extends KneadEvent<ExerciseCompleteDetail> {
  static get type(): 'knead-exercise-complete' {
    return 'knead-exercise-complete';
  }
  constructor(detail: ExerciseCompleteDetail) {
    super(ExerciseCompleteEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'knead-exercise-start': ExerciseStartEvent;
    'knead-exercise-change': ExerciseChangeEvent;
    'knead-exercise-pause': ExercisePauseEvent;
    'knead-exercise-complete': ExerciseCompleteEvent;
    'knead-symptom-check-start': SymptomCheckStartEvent;
    'knead-symptom-check-step': SymptomCheckStepEvent;
    'knead-symptom-check-complete': SymptomCheckCompleteEvent;
    'knead-technique-select': TechniqueSelectEvent;
    'knead-booking-click': BookingClickEvent;
    'knead-booking-open': BookingOpenEvent;
    'knead-booking-close': BookingCloseEvent;
    'knead-booking-complete': BookingCompleteEvent;
  }
}
