/** The event a technique card fires. */
import { KneadEvent } from '../shared/knead-event.js';

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

declare global {
  interface GlobalEventHandlersEventMap {
    'knead-technique-select': TechniqueSelectEvent;
  }
}
