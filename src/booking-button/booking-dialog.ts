import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { KneadElement } from '../shared/knead-element.js';
import { baseStyles } from '../shared/styles.js';
import { define } from '../shared/define.js';
import type { BookingDetail } from './booking-events.js';
import type { BookingTarget } from './booking-target.js';
import { frameUrl, type EmbedMessage } from './provider-embeds.js';
import { ProviderChannel } from './provider-channel.js';
import { FRAME_SANDBOX } from './frame-sandbox.js';
import { bookingDialogStyles } from './booking-dialog.styles.js';
import { PopupEvents } from './popup-events.js';
import { PopupSession } from './popup-session.js';
import { BOOKING_MESSAGES, type BookingMessages } from './booking-messages.js';

/**
 * The booking popup of `<knead-booking-button mode="popup">`: a native modal dialog with the
 * provider's page framed. Internal: the button loads this module only when a popup is
 * wanted, so link-mode pages never download it, nor the popup's public events, which it
 * fires on its button (`knead-booking-open`, `-close`, `-complete`, with `detail`).
 *
 * @summary Internal: the booking button's modal popup.
 * @internal
 * @csspart dialog - The dialog.
 * @csspart frame - The iframe with the provider's booking page.
 * @csspart close - The close button.
 * @fires close - The dialog closed (Escape, the close button, `close()`, or taken off the page), before `knead-booking-close`: the button takes focus back.
 */
export class KneadBookingDialog extends KneadElement {
  static override styles = [baseStyles, bookingDialogStyles];

  /** What to book. */
  @property({ attribute: false }) target?: BookingTarget;

  /** The dialog's title, e.g. "Book with Harbour Physio". */
  @property() heading = '';

  /** Its words, in its button's language (the button decides which). */
  @property({ attribute: false }) text: BookingMessages = BOOKING_MESSAGES;

  /** What its public events on the button carry. */
  @property({ attribute: false }) detail?: BookingDetail;

  @state() private isOpen = false;
  @state() private frameLoaded = false;

  @query('dialog') private dialog?: HTMLDialogElement;
  @query('iframe') private frame?: HTMLIFrameElement;

  /** Scroll lock and focus refuge while the dialog is shown. */
  private readonly events = new PopupEvents();
  private readonly session = new PopupSession(this, () => this.onSessionEnd());
  /** The framed page's messages, from its own frame and the provider's origin only. */
  private readonly channel = new ProviderChannel(
    this,
    () => this.frame,
    () => this.target,
    (message) => this.onMessage(message),
  );

  /** Opens the dialog modally and moves focus to its close button. */
  async show(): Promise<void> {
    // Opening or open already: a second call (a double click) changes nothing.
    if (this.isOpen) return;
    this.frameLoaded = false;
    this.isOpen = true;
    await this.updateComplete;
    // The page may have removed or moved the button meanwhile (its disconnect stopped the
    // opening): then open nothing.
    const dialog = this.dialog;
    if (!this.isConnected) this.isOpen = false;
    if (!this.isOpen || !dialog) return;
    dialog.showModal();
    const button = (this.getRootNode() as ShadowRoot).host ?? this;
    this.session.start(button);
    this.channel.start();
    this.renderRoot.querySelector<HTMLElement>('.close')?.focus();
    this.events.open(button, this.detail!);
  }

  /** Closes the dialog, if open. */
  close(): void {
    this.dialog?.close();
  }

  override disconnectedCallback(): void {
    // Still opening: show() opens nothing. Open: closed now, while the session, ending as the
    // host leaves, fires `close` and gives focus back to the page near the button.
    this.isOpen = false;
    this.close();
    super.disconnectedCallback();
  }

  protected override render() {
    const { target, text } = this;
    if (!target) return nothing;
    return html`
      <dialog part="dialog" aria-labelledby="title" @close=${this.session.end}>
        <header>
          <h2 id="title" title=${this.heading}>${this.heading}</h2>
          <a href=${target.url} target="_blank" rel="noopener">${text.openInNewTab}</a>
          <button
            part="close"
            class="close"
            type="button"
            aria-label=${text.close}
            @click=${this.close}
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
                    : html`<p class="loading" role="status">${text.loading}</p>`
                }
                <iframe
                  part="frame"
                  title=${text.frameTitle(this.heading)}
                  src=${frameUrl(target, location.host)}
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

  private onSessionEnd(): void {
    this.channel.stop();
    this.isOpen = false;
    this.dispatchEvent(new Event('close'));
    this.events.close();
  }

  private onFrameLoad = (): void => {
    this.frameLoaded = true;
  };

  private onMessage(message: EmbedMessage): void {
    if (message.kind === 'booked') this.events.complete(message.ids);
  }
}

define('knead-booking-dialog', KneadBookingDialog);

declare global {
  interface HTMLElementTagNameMap {
    'knead-booking-dialog': KneadBookingDialog;
  }
}
