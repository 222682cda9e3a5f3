import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DATA_LAYER_EVENTS, dataLayerEntry } from './data-layer.js';
import { servesPage } from './page-provider.js';

/** The clinic, as the controller sees it. */
type Clinic = ReactiveControllerHost & HTMLElement & { dataLayer: boolean; page: boolean };

/** What the console says when `window.dataLayer` takes nothing. */
const REFUSED = 'window.dataLayer is not an array that takes pushes; booking events are not pushed';

/**
 * Events already pushed, so none is pushed twice: the document's listener cannot see into a
 * closed shadow root, so a page clinic would take a widget of a clinic in one for a widget
 * outside every clinic.
 */
const pushed = new WeakSet<Event>();

/**
 * Pushes the booking events of the widgets a clinic serves to `window.dataLayer`, while the
 * clinic is connected with `data-layer` (data-layer.ts says what is pushed). A clinic serves
 * the widgets whose nearest `<knead-clinic>`, through shadow roots, is itself; the clinic
 * serving the page (`page`) also those with no clinic around them. So each booking event
 * has one clinic, and is pushed once, by that clinic, if it opted in.
 *
 * The array is created when missing, as the tag manager's own snippet does
 * (`window.dataLayer = window.dataLayer || []`). Never throws: a `window.dataLayer` that is
 * not an array, or that refuses the push, gets nothing, and `report` warns once.
 */
export class DataLayerController implements ReactiveController {
  /** Where the listeners are now: the clinic, and the document for a page clinic. */
  private targets: readonly EventTarget[] = [];

  constructor(
    private readonly host: Clinic,
    private readonly report: (value: unknown, problem: string) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.listen();
  }

  hostUpdated(): void {
    this.listen();
  }

  hostDisconnected(): void {
    this.listen();
  }

  /** Listens where the clinic's settings say, and nowhere else. */
  private listen(): void {
    const { host } = this;
    const on = host.isConnected && host.dataLayer;
    const targets = on ? (host.page ? [host, document] : [host]) : [];
    // The length says which: none, the clinic, or the clinic and the document.
    if (targets.length === this.targets.length) return;
    for (const type of DATA_LAYER_EVENTS) {
      for (const target of this.targets) target.removeEventListener(type, this.onEvent);
      for (const target of targets) target.addEventListener(type, this.onEvent);
    }
    this.targets = targets;
  }

  private onEvent = (event: Event): void => {
    try {
      const nearest = event
        .composedPath()
        .find((node) => (node as Element).localName === 'knead-clinic');
      const ours =
        event.currentTarget === this.host
          ? nearest === this.host
          : !nearest && servesPage(this.host);
      if (!ours || pushed.has(event)) return;
      pushed.add(event);
      const entry = dataLayerEntry(event.type, (event as { detail?: unknown }).detail);
      if (entry) this.push(entry);
    } catch (error) {
      this.report(String(error), REFUSED);
    }
  };

  private push(entry: object): void {
    const page = window as { dataLayer?: unknown };
    const layer = (page.dataLayer ||= []);
    if (Array.isArray(layer)) layer.push(entry);
    else this.report(typeof layer, REFUSED);
  }
}
