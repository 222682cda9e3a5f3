import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { KneadElement } from '../shared/knead-element.js';
import { baseStyles } from '../shared/styles.js';
import { define } from '../shared/define.js';
import { lockPageScroll, unlockPageScroll } from '../shared/scroll-lock.js';
import { frameUrl, isBookingComplete, type BookingTarget } from './booking-target.js';
import { bookingDialogStyles } from './booking-dialog.styles.js';
import { ignoreKeyRepeat } from './key-repeat.js';

/**
 * The framed page may run scripts, keep its own session, submit forms and open payment
 * popups, but never navigate this page. (lit-analyzer types `sandbox` as a single token,
 * hence the cast; the attribute takes a space-separated list.)
 */
const FRAME_SANDBOX =
  'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox' as 'allow-scripts';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/**
 * The page's focusable elements nearest before and after `host`, in document order, to
 * give focus to if `host` leaves the page while its popup holds focus.
 */
function neighbours(host: Element): Element[] {
  let before: Element | undefined;
  let after: Element | undefined;
  for (const element of document.querySelectorAll(FOCUSABLE)) {
    const position = host.compareDocumentPosition(element);
    if (position & Node.DOCUMENT_POSITION_CONTAINED_BY) continue;
    if (position & Node.DOCUMENT_POSITION_PRECEDING) before = element;
    else if (!after) after = element;
  }
  return [after, before].filter((element): element is Element => !!element);
}

/**
 * The booking popup of `<knead-booking-button mode="popup">`: a native modal dialog with the
 * provider's page framed. Internal: the button loads this module only when a popup is
 * wanted, so link-mode pages never download it. The button re-fires its `open`, `close`
 * and `complete` events as the public `knead-booking-*` events.
 *
 * @summary Internal: the booking button's modal popup.
 * @internal
 * @csspart dialog - The dialog.
 * @csspart frame - The iframe with the provider's booking page.
 * @csspart close - The close button.
 * @fires open - The dialog opened.
 * @fires close - The dialog closed (Escape, the close button, or `close()`).
 * @fires complete - The provider's own page, from its own origin, reported a booking.
 */
export class KneadBookingDialog extends KneadElement {
  static override styles = [baseStyles, bookingDialogStyles];

  /** What to book. */
  @property({ attribute: false }) target?: BookingTarget;

  /** The dialog's title, e.g. "Book with Harbour Physio". */
  @property() heading = '';

  @state() private isOpen = false;
  @state() private frameLoaded = false;

  @query('dialog') private dialog?: HTMLDialogElement;
  @query('iframe') private frame?: HTMLIFrameElement;

  /** Where focus goes if the button leaves the page with the popup open. */
  private refuges: Element[] = [];

  /** Shown and its close not yet handled (the dialog may already be closed, its event queued). */
  private shown = false;

  /** Opens the dialog modally and moves focus to its close button. */
  async show(): Promise<void> {
    // Opening or open already: a second call (a double click) changes nothing.
    if (this.isOpen) return;
    this.frameLoaded = false;
    this.isOpen = true;
    this.refuges = neighbours((this.getRootNode() as ShadowRoot).host ?? this);
    await this.updateComplete;
    // The page may have removed or moved the button meanwhile (its disconnect stopped the
    // opening): then open nothing.
    const dialog = this.dialog;
    if (!this.isConnected) this.isOpen = false;
    if (!this.isOpen || !dialog) return;
    dialog.showModal();
    this.shown = true;
    lockPageScroll();
    this.renderRoot.querySelector<HTMLElement>('.close')?.focus();
    window.addEventListener('message', this.onMessage);
    this.dispatchEvent(new Event('open'));
  }

  /** Closes the dialog, if open. */
  close(): void {
    this.dialog?.close();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Still opening: stop, and show() opens nothing. Not open at all: nothing to do.
    if (!this.shown) return void (this.isOpen = false);
    // The page took the button away with its popup open, or closed it in the same task:
    // the dialog's own close event may never come, so finish closing now, once, and give
    // focus back to the page near the button.
    const { refuges } = this;
    this.close();
    this.onClose();
    // Focus was in the popup, so it is now on the departed button or already on the body;
    // anywhere else, the page has moved it on purpose.
    const active = document.activeElement;
    if (active?.isConnected && active !== document.body) return;
    const refuge = refuges.find((element) => element.isConnected && element.checkVisibility());
    (refuge as HTMLElement | undefined)?.focus();
  }

  protected override render() {
    const target = this.target;
    if (!target) return nothing;
    return html`
      <dialog part="dialog" aria-labelledby="title" @close=${this.onClose}>
        <header>
          <h2 id="title" title=${this.heading}>${this.heading}</h2>
          <a href=${target.url} target="_blank" rel="noopener">Open in a new tab</a>
          <button
            part="close"
            class="close"
            type="button"
            aria-label="Close booking"
            @click=${this.close}
            @keydown=${ignoreKeyRepeat}
          >
            <span aria-hidden="true">×</span>
          </button>
        </header>
        ${
          this.isOpen
            ? html`<div class="frame" aria-busy=${this.frameLoaded ? 'false' : 'true'}>
                ${
                  this.frameLoaded
                    ? nothing
                    : html`<p class="loading" role="status">Loading the booking page…</p>`
                }
                <iframe
                  part="frame"
                  title=${`${this.heading}: booking page`}
                  src=${frameUrl(target, location.hostname)}
                  sandbox=${FRAME_SANDBOX}
                  allow="payment"
                  referrerpolicy="strict-origin-when-cross-origin"
                  @load=${this.onFrameLoad}
                ></iframe>
              </div>`
            : nothing
        }
      </dialog>
    `;
  }

  private onClose = (): void => {
    if (!this.isOpen) return;
    this.isOpen = false;
    this.shown = false;
    this.refuges = [];
    window.removeEventListener('message', this.onMessage);
    unlockPageScroll();
    this.dispatchEvent(new Event('close'));
  };

  private onFrameLoad = (): void => {
    this.frameLoaded = true;
  };

  // Only the provider's own page, from its own origin, may say a booking was made.
  private onMessage = (event: MessageEvent): void => {
    if (!this.frame || event.source !== this.frame.contentWindow) return;
    if (isBookingComplete(this.target?.provider, event.origin, event.data)) {
      this.dispatchEvent(new Event('complete'));
    }
  };
}

define('knead-booking-dialog', KneadBookingDialog);

declare global {
  interface HTMLElementTagNameMap {
    'knead-booking-dialog': KneadBookingDialog;
  }
}
