import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { lockPageScroll, unlockPageScroll } from '../shared/scroll-lock.js';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/**
 * The page's focusable elements nearest after and before `anchor`, in document order, to
 * give focus to if the popup leaves the page while it holds focus.
 */
function neighbours(anchor: Element): Element[] {
  let before: Element | undefined;
  let after: Element | undefined;
  for (const element of document.querySelectorAll(FOCUSABLE)) {
    const position = anchor.compareDocumentPosition(element);
    if (position & Node.DOCUMENT_POSITION_CONTAINED_BY) continue;
    if (position & Node.DOCUMENT_POSITION_PRECEDING) before = element;
    else if (!after) after = element;
  }
  return [after, before].filter((element): element is Element => !!element);
}

/**
 * What an open modal popup holds, let go of once however it closes: the page's scroll lock
 * (a modal dialog does not stop the page behind it from scrolling:
 * https://github.com/whatwg/html/issues/7732) and a place for focus near the popup's button.
 *
 * The page may take the popup away while it is open (a single-page app changing route). A
 * removed dialog fires no `close` event (the dialog's removing steps,
 * https://html.spec.whatwg.org/multipage/interactive-elements.html#the-dialog-element), so the
 * session ends when its host leaves the page; and focus, which was in the popup, would fall
 * to the page's top (the focus fixup rule,
 * https://html.spec.whatwg.org/multipage/interaction.html#focus-fixup-rule), so it goes to
 * the nearest control after the button, else before it.
 */
export class PopupSession implements ReactiveController {
  /** Where focus may go if the host leaves the page; set while the session is open. */
  private refuges?: Element[] | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly onEnd: () => void,
  ) {
    host.addController(this);
  }

  /** True from `start` until the session ends. */
  get open(): boolean {
    return this.refuges !== undefined;
  }

  /** The popup is shown: locks scrolling; `anchor` is its button. */
  start(anchor: Element): void {
    if (this.refuges) return;
    this.refuges = neighbours(anchor);
    lockPageScroll();
  }

  /** The popup closed: lets go of everything and calls `onEnd`, once per `start`. */
  readonly end = (): void => {
    if (!this.refuges) return;
    this.refuges = undefined;
    unlockPageScroll();
    this.onEnd();
  };

  hostDisconnected(): void {
    const refuges = this.refuges;
    if (!refuges) return;
    this.end();
    // Focus still on the departed popup, or already on the body: give it a place. Anywhere
    // else, the page has moved it on purpose.
    const active = document.activeElement;
    if (active?.isConnected && active !== document.body) return;
    const refuge = refuges.find((element) => element.isConnected && element.checkVisibility());
    (refuge as HTMLElement | undefined)?.focus();
  }
}
