/**
 * "Print this routine": prints the timer's handout and nothing else of the page. For the
 * time of the print the timer is marked, and the document adopts a stylesheet that leaves
 * out on paper every element that is neither the marked timer, inside it, nor around it.
 * Adopted rather than a `<style>` element, so a strict Content Security Policy allows it
 * (constructed stylesheets are not inline styles). A browser without `:has()` drops the
 * rule and prints the page with the handout in the timer's place, as the page's own print
 * command does.
 *
 * Inside an app's shadow roots, `:has()` cannot see the timer: each shadow host on the way
 * up is marked as around it, and each of those shadow roots adopts the stylesheet too, so
 * the app's other content is left off and its hosts are not. One print at a time: a print
 * started while another has not ended (a phone's print dialog does not block) ends it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const MARK = 'data-knead-printing';
const AROUND = 'data-knead-printing-around';
const HIDDEN = `:not(:has([${MARK}], [${AROUND}]), [${MARK}], [${MARK}] *, [${AROUND}])`;
const ONLY_THE_TIMER = `@media print {
  body ${HIDDEN}, :host ${HIDDEN} { display: none !important; }
}`;

let sheet: CSSStyleSheet | undefined;
/** Ends the print under way, if any. */
let endPrint: (() => void) | undefined;

/** The shadow roots the element is inside, innermost first. */
function shadowRootsAround(element: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  for (let root = element.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode())
    roots.push(root);
  return roots;
}

const adopt = (root: Document | ShadowRoot, on: boolean) => {
  const others = root.adoptedStyleSheets.filter((each) => each !== sheet);
  root.adoptedStyleSheets = on && sheet ? [...others, sheet] : others;
};

export class RoutinePrinter implements ReactiveController {
  /** The shadow roots this print added the stylesheet to, and whose hosts it marked. */
  private roots: readonly ShadowRoot[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly openPrintDialog: () => void,
  ) {
    host.addController(this);
  }

  /** Opens the print dialog for this timer's handout; the page is as it was afterwards. */
  print(): void {
    endPrint?.();
    // Removed meanwhile (the print waited for the pictures): nothing of it to print.
    if (!this.host.isConnected) return;
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(ONLY_THE_TIMER);
    }
    endPrint = this.done;
    this.roots = shadowRootsAround(this.host);
    this.host.setAttribute(MARK, '');
    for (const root of this.roots) root.host.setAttribute(AROUND, '');
    for (const root of [document, ...this.roots]) adopt(root, true);
    // The page is set back when the browser says printing is over.
    window.addEventListener('afterprint', this.done, { once: true });
    try {
      this.openPrintDialog();
    } catch {
      this.done();
    }
  }

  hostDisconnected(): void {
    this.done();
  }

  private done = (): void => {
    window.removeEventListener('afterprint', this.done);
    if (endPrint !== this.done) return;
    endPrint = undefined;
    this.host.removeAttribute(MARK);
    for (const root of this.roots) root.host.removeAttribute(AROUND);
    for (const root of [document, ...this.roots]) adopt(root, false);
    this.roots = [];
  };
}

const printers = new WeakMap<ReactiveControllerHost & HTMLElement, RoutinePrinter>();

/**
 * Prints `timer`'s handout alone (its printer made on first use, as one of the timer's
 * controllers, so a timer removed mid-print leaves the page as it was).
 */
export function printRoutine(
  timer: ReactiveControllerHost & HTMLElement,
  openPrintDialog: () => void,
): void {
  let printer = printers.get(timer);
  if (!printer) printers.set(timer, (printer = new RoutinePrinter(timer, openPrintDialog)));
  printer.print();
}
