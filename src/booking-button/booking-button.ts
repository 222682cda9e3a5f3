import { html, nothing, type PropertyDeclarations } from 'lit';
import { KneadElement } from '../shared/knead-element.js';
import { baseStyles } from '../shared/styles.js';
import { reportUnknownChoice } from '../shared/log.js';
import { BookingClickEvent, type BookingDetail } from './booking-events.js';
import { ClinicConsumer } from '../clinic/clinic-consumer.js';
import { LanguageController } from '../shared/language-controller.js';
import type { BookingTarget } from './booking-target.js';
import type { BookingMode } from './booking-settings.js';
import { bookingFace, type ButtonFace } from './booking-face.js';
import { BOOKING_MESSAGES, type BookingMessages } from './booking-messages.js';
import { BOOKING_LANGUAGES } from './languages/index.js';
import { buttonView, refusedView } from './booking-button-view.js';
import { bookingButtonStyles } from './booking-button.styles.js';
import type { KneadBookingDialog } from './booking-dialog.js';
import { ignoreKeyRepeat } from './key-repeat.js';

export type { BookingMode };
const VARIANTS = ['primary', 'secondary', 'link'];

/**
 * A booking link for the clinic's online booking provider, or for any safe booking page.
 * Every URL is checked before use: an unsafe or malformed one is refused with a visible
 * message and one console error, never followed. Without its own settings it books with
 * the nearest `<knead-clinic>`.
 *
 * Works before JavaScript: put a plain `<a href>` inside and the element upgrades it,
 * keeping its link and text.
 *
 * Speaks English, French and Spanish: the language of its own `lang`, else its clinic's,
 * else the nearest ancestor's, else the page's (`fr-CA` speaks French). A page's own texts
 * (`label`, the link's or slotted text, the clinic's name) are shown as given.
 *
 * @tag knead-booking-button
 * @summary Books an appointment with the clinic's provider, as a link, a new tab or a popup.
 *
 * @slot - The button text, when no `label` is set. A light-DOM `<a href>` here is the no-JavaScript fallback and is upgraded.
 *
 * @csspart button - The link or button a visitor activates.
 * @csspart message - The explanation shown when booking is unavailable.
 * @csspart dialog - The popup dialog.
 * @csspart frame - The iframe holding the provider's booking page in the popup.
 * @csspart close - The popup's close button.
 *
 * @cssprop [--knead-color-accent=light-dark(#0b6b61, #7fd8cb)] - Brand colour: the button's background (primary) or text (secondary, link), and the links in the message and popup.
 * @cssprop [--knead-color-on-accent=light-dark(#ffffff, #06201c)] - Text on the accent background (primary).
 * @cssprop [--knead-color-text=light-dark(#1d2624, #e8efed)] - Text: the phone line and the popup.
 * @cssprop [--knead-color-muted=light-dark(#4a5654, #b5c2bf)] - A disabled button's text and the popup's loading line.
 * @cssprop [--knead-color-surface=light-dark(#ffffff, #17201e)] - Background of a disabled button and of the popup.
 * @cssprop [--knead-color-border=light-dark(#8a9794, #6d7b78)] - Border of a disabled button and of the popup.
 * @cssprop [--knead-color-danger=light-dark(#a3261b, #ff9f94)] - The message when booking is unavailable.
 * @cssprop [--knead-color-focus=light-dark(#1a56c9, #9ec1ff)] - The focus ring.
 * @cssprop [--knead-radius=8px] - Corner radius of the button (below `--knead-button-radius`) and the popup.
 * @cssprop [--knead-space=0.75em] - Spacing in the popup's header.
 * @cssprop [--knead-target-size=44px] - Minimum height and width of every control.
 * @cssprop [--knead-font-family=inherit] - Font; the page's by default.
 * @cssprop [--knead-line-height=1.5] - Line height.
 * @cssprop [--knead-button-background=var(--knead-color-accent)] - The button's background (secondary: transparent).
 * @cssprop [--knead-button-color=var(--knead-color-on-accent)] - The button's text colour (secondary, link: the accent).
 * @cssprop [--knead-button-border-color=var(--knead-color-accent)] - The button's border colour.
 * @cssprop [--knead-button-radius=var(--knead-radius, 8px)] - The button's corner radius.
 * @cssprop [--knead-button-font-weight=600] - The button's font weight.
 * @cssprop [--knead-popup-width=760px] - The popup's largest width.
 * @cssprop [--knead-popup-height=820px] - The popup's largest height.
 * @cssprop [--knead-backdrop=rgb(0 0 0 / 0.55)] - The shade over the page behind the popup.
 *
 * @fires {BookingClickEvent} knead-booking-click - A visitor chose to book; cancelable, to stop the navigation or popup.
 * @fires {BookingOpenEvent} knead-booking-open - The booking popup opened.
 * @fires {BookingCloseEvent} knead-booking-close - The booking popup closed.
 * @fires {BookingCompleteEvent} knead-booking-complete - The popup's booking page reported a booking (Calendly, Cal.com), once per booking, with its ids.
 */
export class KneadBookingButton extends KneadElement {
  static override styles = [baseStyles, bookingButtonStyles];

  // Without decorators, as in KneadElement; each field below has its docs and default.
  static override get properties(): PropertyDeclarations {
    return {
      provider: {},
      account: {},
      service: {},
      href: {},
      mode: { reflect: true },
      label: {},
      utmSource: { attribute: 'utm-source' },
      utmMedium: { attribute: 'utm-medium' },
      utmCampaign: { attribute: 'utm-campaign' },
      disabled: { type: Boolean, reflect: true },
      variant: { reflect: true },
    };
  }

  /** Booking provider id: noterro, jane, calendly, cal, acuity, square, vagaro, fresha, mindbody. Omit for any booking page in `href`. */
  provider?: string;
  /** The clinic's account id with the provider. */
  account?: string;
  /** The service to book, for providers that link to one service. */
  service?: string;
  /** A booking page URL: https, or tel:/mailto: without a provider. With a provider it must be on the provider's hosts. */
  href?: string;
  /** How the booking page opens: `new-tab`, `same-tab`, or `popup` (a dialog, where the provider allows framing; else a new tab). */
  mode: BookingMode = 'new-tab';
  /** The button text. Default: the fallback link's text, the slotted text, or "Book an appointment" in the button's language. */
  label?: string;
  /** `utm_source` added to the booking URL. */
  utmSource?: string;
  /** `utm_medium` added to the booking URL. */
  utmMedium?: string;
  /** `utm_campaign` added to the booking URL. */
  utmCampaign?: string;
  /** Shows the button but does not book. */
  disabled = false;
  /** Visual style: `primary`, `secondary` or `link`. */
  variant: 'primary' | 'secondary' | 'link' = 'primary';

  private readonly clinicLink = new ClinicConsumer(this);
  protected override readonly words = new LanguageController(
    this,
    () => this.clinicLink.settings?.language,
    BOOKING_LANGUAGES,
  );
  protected get clinic() {
    return this.clinicLink.settings;
  }

  /** The rendered link or button (none before the first render). */
  private get button(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('[part~="button"]');
  }

  /** The popup, in popup mode. */
  private get dialog(): KneadBookingDialog | null {
    return this.renderRoot?.querySelector<KneadBookingDialog>('knead-booking-dialog');
  }

  /** The slotted text, whitespace collapsed, once the slot has told us. */
  private slotText?: string;

  private fallback?: { href: string; text: string };
  /** What the button shows, decided anew on every update. */
  private face!: ButtonFace;

  override connectedCallback(): void {
    super.connectedCallback();
    // Holding Enter or Space presses the button (or the popup's Close) once.
    this.addEventListener('keydown', ignoreKeyRepeat);
    // The no-JavaScript link: its href and text carry over, then it is no longer shown.
    const link = this.querySelector<HTMLAnchorElement>(':scope > a[href]');
    if (link) {
      this.fallback = {
        href: link.getAttribute('href') ?? '',
        text: link.textContent?.trim() ?? '',
      };
    }
  }

  /** Moves focus to the button. */
  override focus(options?: FocusOptions): void {
    this.button?.focus(options);
  }

  /** The booking URL in use, or undefined when booking is unavailable. */
  get bookingUrl(): string | undefined {
    const { resolution } = this.face.plan;
    return resolution.ok ? resolution.target.url : undefined;
  }

  protected override willUpdate(): void {
    reportUnknownChoice(this, 'variant', this.variant, VARIANTS);
  }

  /** Decides the face, in this update's language, from everything the page gave. */
  private decideFace(text: BookingMessages): ButtonFace {
    const { provider, account, service, href, mode, label, slotText, disabled, fallback } = this;
    return bookingFace(
      {
        ...{ provider, account, service, href, mode, label, slotText, disabled, fallback },
        utm: { source: this.utmSource, medium: this.utmMedium, campaign: this.utmCampaign },
        clinic: this.clinicLink.settings,
        clinicPending: this.clinicLink.waiting,
      },
      text,
      (...problem) => this.report(...problem),
    );
  }

  protected override render() {
    const text = this.words.messages('booking', BOOKING_MESSAGES);
    this.face = this.decideFace(text);
    const shows = this.face.shows;
    const label = this.renderLabel(text.book);
    switch (shows.as) {
      case 'popup':
        return html`
          ${buttonView(label, this.onActivate)}
          <knead-booking-dialog
            exportparts="dialog, frame, close"
            .target=${shows.target}
            heading=${shows.heading}
            .text=${text}
            .detail=${this.detail(shows.target)}
            @close=${this.onPopupClose}
          ></knead-booking-dialog>
        `;
      case 'link':
        // The name is given whole: joined to the shown text, ", opens…" would pick up a space
        // from the slotted text or from the button's flex layout ("Book , opens…"; browsers
        // space a flex item's text: https://github.com/w3c/accname/issues/15).
        return html`<a
          part="button"
          class="button"
          href=${shows.target.url}
          target=${shows.newTab ? '_blank' : nothing}
          rel=${shows.newTab ? 'noopener' : nothing}
          aria-label=${shows.newTab ? shows.name : nothing}
          @click=${this.onActivate}
          >${label}</a
        >`;
      case 'refused':
        return refusedView(shows, label, text);
      default:
        return buttonView(label);
    }
  }

  protected override updated(): void {
    // Fetch the popup's code ahead of the first click.
    if (this.face.shows.as === 'popup') void loadDialog();
  }

  /** The page's label, else the slot, showing `book` (the default text) when it is empty. */
  private renderLabel(book: string) {
    // Slotted whitespace alone would leave the button blank: show the default text then.
    const blank = this.slotText === '';
    return (
      this.face.labelText ??
      html`<slot ?hidden=${blank} @slotchange=${this.onSlotChange}>${book}</slot>${
          blank ? book : nothing
        }`
    );
  }

  private onSlotChange = (event: Event): void => {
    const nodes = (event.target as HTMLSlotElement).assignedNodes({ flatten: true });
    this.slotText = nodes
      .map((node) => node.textContent)
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    this.requestUpdate();
  };

  private detail(target: BookingTarget): BookingDetail {
    return {
      url: target.url,
      provider: target.provider?.id,
      service: this.face.plan.service,
      source: this,
    };
  }

  private onActivate = (event: MouseEvent): void => {
    const { shows } = this.face;
    if (shows.as !== 'link' && shows.as !== 'popup') return;
    const click = new BookingClickEvent(this.detail(shows.target));
    this.dispatchEvent(click);
    if (click.defaultPrevented) {
      event.preventDefault();
      return;
    }
    if (shows.as === 'popup') void this.openPopup();
  };

  /** Opens the booking popup (popup mode with a provider that allows framing). */
  async openPopup(): Promise<void> {
    await loadDialog();
    await this.updateComplete;
    await this.dialog?.show();
  }

  /** Closes the booking popup, if open. */
  closePopup(): void {
    // Its module may still be loading: then nothing is open, and it has no close() yet.
    if (this.dialog?.matches(':defined')) this.dialog.close();
  }

  private onPopupClose = (): void => this.button?.focus();
}

// The popup's code loads only when a button needs it, so link-mode pages never pay for it.
let dialogModule: Promise<unknown> | undefined;
const loadDialog = () => (dialogModule ??= import('./booking-dialog.js'));
