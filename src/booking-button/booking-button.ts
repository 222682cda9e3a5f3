import { html, nothing } from 'lit';
import { property, query } from 'lit/decorators.js';
import { KneadElement } from '../shared/knead-element.js';
import { baseStyles } from '../shared/styles.js';
import { reportUnknownChoice } from '../shared/log.js';
import { phoneUrl } from '../shared/safe-url.js';
import { BookingClickEvent, BookingCompleteEvent, type BookingDetail } from '../shared/events.js';
import { ClinicConsumer } from '../clinic/clinic-consumer.js';
import type { BookingResolution, BookingTarget } from './booking-target.js';
import { MODES, planBooking, type BookingMode, type BookingPlan } from './booking-settings.js';
import { LABEL_LIMIT, NAME_LIMIT, pageText } from './booking-text.js';
import { bookingButtonStyles } from './booking-button.styles.js';
import type { KneadBookingDialog } from './booking-dialog.js';
import { ignoreKeyRepeat } from './key-repeat.js';
import { PopupEvents } from './popup-events.js';

export type { BookingMode };
const DEFAULT_LABEL = 'Book an appointment';
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
 * @cssprop [--knead-color-accent=#0b6b61] - Brand colour: the button's background (primary) or text (secondary, link).
 * @cssprop [--knead-color-on-accent=#ffffff] - Text colour on the accent background.
 * @cssprop [--knead-button-background=var(--knead-color-accent)] - The button's background.
 * @cssprop [--knead-button-color=var(--knead-color-on-accent)] - The button's text colour.
 * @cssprop [--knead-button-border-color=var(--knead-color-accent)] - The button's border colour.
 * @cssprop [--knead-button-radius=var(--knead-radius, 8px)] - The button's corner radius.
 * @cssprop [--knead-button-font-weight=600] - The button's font weight.
 * @cssprop [--knead-target-size=44px] - Minimum height and width of every control.
 * @cssprop [--knead-popup-width=760px] - The popup's largest width.
 * @cssprop [--knead-popup-height=820px] - The popup's largest height.
 *
 * @fires {BookingClickEvent} knead-booking-click - A visitor chose to book; cancelable, to stop the navigation or popup.
 * @fires {BookingOpenEvent} knead-booking-open - The booking popup opened.
 * @fires {BookingCloseEvent} knead-booking-close - The booking popup closed.
 * @fires {BookingCompleteEvent} knead-booking-complete - The provider's framed page reported a booking (Calendly).
 */
export class KneadBookingButton extends KneadElement {
  static override styles = [baseStyles, bookingButtonStyles];

  /** Booking provider id: noterro, jane, calendly, cal, acuity, square, vagaro, fresha, mindbody. Omit for any booking page in `href`. */
  @property() provider?: string;

  /** The clinic's account id with the provider. */
  @property() account?: string;

  /** The service to book, for providers that link to one service. */
  @property() service?: string;

  /** A booking page URL: https, or tel:/mailto: without a provider. With a provider it must be on the provider's hosts. */
  @property() href?: string;

  /** How the booking page opens: `new-tab`, `same-tab`, or `popup` (a dialog, where the provider allows framing; else a new tab). */
  @property({ reflect: true }) mode: BookingMode = 'new-tab';

  /** The button text. Default: the fallback link's text, the slotted text, or "Book an appointment". */
  @property() label?: string;

  /** `utm_source` added to the booking URL. */
  @property({ attribute: 'utm-source' }) utmSource?: string;

  /** `utm_medium` added to the booking URL. */
  @property({ attribute: 'utm-medium' }) utmMedium?: string;

  /** `utm_campaign` added to the booking URL. */
  @property({ attribute: 'utm-campaign' }) utmCampaign?: string;

  /** Shows the button but does not book. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Visual style: `primary`, `secondary` or `link`. */
  @property({ reflect: true }) variant: 'primary' | 'secondary' | 'link' = 'primary';

  private readonly clinicLink = new ClinicConsumer(this);
  private readonly popupEvents = new PopupEvents(this);
  protected get clinic() {
    return this.clinicLink.settings;
  }

  @query('[part~="button"]') private button?: HTMLElement;
  @query('knead-booking-dialog') private dialog?: KneadBookingDialog;

  /** The slotted text, whitespace collapsed, once the slot has told us. */
  private slotText?: string;

  private fallback?: { href: string; text: string };
  private plan!: BookingPlan;
  private labelText?: string | undefined;
  private clinicName?: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
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
    return this.resolution.ok ? this.resolution.target.url : undefined;
  }

  private get resolution(): BookingResolution {
    return this.plan.resolution;
  }

  /** No booking link yet, and a clinic that may give one is still loading: wait calmly. */
  private get awaitsClinic(): boolean {
    return this.clinicLink.waiting && !this.resolution.ok && !this.resolution.value;
  }

  protected override willUpdate(): void {
    const { provider, account, service, href, mode, clinic } = this;
    const utm = { source: this.utmSource, medium: this.utmMedium, campaign: this.utmCampaign };
    this.plan = planBooking(
      { provider, account, service, href, mode, utm },
      this.fallback?.href,
      clinic,
    );
    const { resolution, where, ignored } = this.plan;
    if (!resolution.ok && !this.awaitsClinic)
      this.report(where!, resolution.value, resolution.reason);
    // Ignored but harmless: a warning, where a refused setting is an error.
    for (const each of ignored) this.report(each.attribute, each.value, each.reason, 'warn');
    reportUnknownChoice(this, 'variant', this.variant, VARIANTS);
    this.labelText =
      this.checkedText('label', this.label, LABEL_LIMIT) ??
      this.checkedText('<a href> child text', this.fallback?.text, LABEL_LIMIT);
    this.clinicName = this.checkedText('<knead-clinic> name', clinic?.name, NAME_LIMIT);
  }

  /** A page's text, whitespace collapsed; undefined, after one console message, when too long. */
  private checkedText(where: string, value: string | undefined, limit: number) {
    const { text, reason } = pageText(value, limit);
    if (reason) this.report(where, value, reason);
    return text;
  }

  protected override render() {
    const resolution = this.resolution;
    if (!resolution.ok)
      return this.awaitsClinic ? this.renderDisabledButton() : this.renderUnavailable(resolution);
    if (this.disabled) return this.renderDisabledButton();
    const { target } = resolution;
    if (this.isPopup(target)) {
      return html`
        <button
          part="button"
          class="button"
          type="button"
          aria-haspopup="dialog"
          @click=${this.onActivate}
          @keydown=${ignoreKeyRepeat}
        >
          ${this.renderLabel()}
        </button>
        <knead-booking-dialog
          exportparts="dialog, frame, close"
          .target=${target}
          heading=${`Book with ${this.clinicName || target.provider?.name || 'us'}`}
          @open=${() => this.popupEvents.open(this.detail(target))}
          @close=${this.onPopupClose}
          @complete=${() => this.dispatchEvent(new BookingCompleteEvent(this.detail(target)))}
        ></knead-booking-dialog>
      `;
    }
    const newTab = this.effectiveMode !== 'same-tab' && target.kind === 'web';
    // The name is given whole: joined to the shown text, ", opens…" would pick up a space
    // from the slotted text or from the button's flex layout ("Book , opens…").
    return html`<a
      part="button"
      class="button"
      href=${target.url}
      target=${newTab ? '_blank' : nothing}
      rel=${newTab ? 'noopener' : nothing}
      aria-label=${
        newTab ? `${this.labelText || this.slotText || DEFAULT_LABEL}, opens in a new tab` : nothing
      }
      @click=${this.onActivate}
      >${this.renderLabel()}</a
    >`;
  }

  protected override updated(): void {
    // Fetch the popup's code ahead of the first click.
    if (this.resolution.ok && this.isPopup(this.resolution.target)) void loadDialog();
  }

  private isPopup(target: BookingTarget): boolean {
    return this.effectiveMode === 'popup' && target.frameable;
  }

  private get effectiveMode(): BookingMode {
    return MODES.includes(this.mode) ? this.mode : 'new-tab';
  }

  private renderLabel() {
    // Slotted whitespace alone would leave the button blank: show the default text then.
    const blank = this.slotText === '';
    return (
      this.labelText ??
      html`<slot ?hidden=${blank} @slotchange=${this.onSlotChange}>${DEFAULT_LABEL}</slot>${
          blank ? DEFAULT_LABEL : nothing
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

  private renderDisabledButton(describedBy?: string) {
    return html`<button
      part="button"
      class="button"
      type="button"
      disabled
      aria-describedby=${describedBy ?? nothing}
    >
      ${this.renderLabel()}
    </button>`;
  }

  private renderUnavailable(problem: Extract<BookingResolution, { ok: false }>) {
    const why = !problem.value
      ? 'Online booking is not set up yet.'
      : problem.attribute === 'href'
        ? 'This booking link was blocked because it is not a safe web address.'
        : 'Online booking is unavailable because its settings are not valid.';
    const phone = this.clinic?.phone;
    const call = phone ? phoneUrl(phone) : undefined;
    return html`
      ${this.renderDisabledButton('why')}
      <span part="message" class="message" id="why" role="note">
        ${why}
        ${
          phone
            ? html`<span class="call"
                >Please call ${call ? html`<a href=${call}>${phone}</a>` : phone} to book.</span
              >`
            : nothing
        }
      </span>
    `;
  }

  private detail(target: BookingTarget): BookingDetail {
    return {
      url: target.url,
      provider: target.provider?.id,
      service: this.plan.service,
      source: this,
    };
  }

  private onActivate = (event: MouseEvent): void => {
    if (!this.resolution.ok) return;
    const { target } = this.resolution;
    const click = new BookingClickEvent(this.detail(target));
    this.dispatchEvent(click);
    if (click.defaultPrevented) {
      event.preventDefault();
      return;
    }
    if (this.isPopup(target)) void this.openPopup();
  };

  /** Opens the booking popup (popup mode with a provider that allows framing). */
  async openPopup(): Promise<void> {
    await loadDialog();
    await this.updateComplete;
    await this.dialog?.show();
  }

  /** Closes the booking popup, if open. */
  closePopup(): void {
    this.dialog?.close();
  }

  private onPopupClose = (): void => {
    this.button?.focus();
    this.popupEvents.close();
  };
}

// The popup's code loads only when a button needs it, so link-mode pages never pay for it.
let dialogModule: Promise<unknown> | undefined;
const loadDialog = () => (dialogModule ??= import('./booking-dialog.js'));
