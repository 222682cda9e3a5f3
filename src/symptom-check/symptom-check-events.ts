/** The events the symptom check fires: positions and outcomes, never answers. */
import { KneadEvent } from '../shared/knead-event.js';

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

declare global {
  interface GlobalEventHandlersEventMap {
    'knead-symptom-check-start': SymptomCheckStartEvent;
    'knead-symptom-check-step': SymptomCheckStepEvent;
    'knead-symptom-check-complete': SymptomCheckCompleteEvent;
  }
}
