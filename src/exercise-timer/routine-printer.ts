/**
 * "Print this routine": prints the timer's handout and nothing else of the page. For the
 * time of the print the timer is marked, and the document adopts a stylesheet that leaves
 * out on paper every element that is neither the marked timer, inside it, nor around it.
 * Adopted rather than a `<style>` element, so a strict Content Security Policy allows it
 * (constructed stylesheets are not inline styles). A browser without `:has()` drops the
 * rule and prints the page with the handout in the timer's place, as the page's own print
 * command does.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const MARK = 'data-knead-printing';
const ONLY_THE_TIMER = `@media print {
  body :not(:has([${MARK}]), [${MARK}], [${MARK}] *) { display: none !important; }
}`;

let sheet: CSSStyleSheet | undefined;

export class RoutinePrinter implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly openPrintDialog: () => void,
  ) {
    host.addController(this);
  }

  /** Opens the print dialog for this timer's handout; the page is as it was afterwards. */
  print(): void {
    this.done();
    // Removed meanwhile (the print waited for the pictures): nothing of it to print.
    if (!this.host.isConnected) return;
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(ONLY_THE_TIMER);
    }
    this.host.setAttribute(MARK, '');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
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
    this.host.removeAttribute(MARK);
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((each) => each !== sheet);
  };
}
