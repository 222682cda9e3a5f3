import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { KneadElement } from '../shared/knead-element.js';
import { readJsonChild } from '../shared/json-config.js';
import { clinicContext, type ClinicSettings } from './clinic-context.js';
import { ignoredAccount } from './clinic-booking.js';
import { parseClinicConfig } from './clinic-config.js';
import { clinicSettings } from './clinic-settings.js';
import { offerPage, servesPage, withdrawPage } from './page-provider.js';
import { DataLayerController } from './data-layer-controller.js';
import { clinicStyles } from './clinic.styles.js';

/**
 * Shares one clinic's settings (name, booking link, phone, emergency number, and which of
 * its services each technique books) with every knead widget inside it, through
 * `@lit/context`. Attribute changes reach every widget at once. Widgets also work with no
 * clinic at all.
 *
 * A technique-to-service map goes in an inline JSON child:
 * `<script type="application/json">{"services": {"deep-tissue": "deep-60"}}</script>`.
 *
 * Its `theme` is the colour scheme of every widget it serves (with `page`, also of those
 * outside it), unless a widget sets its own. `--knead-*` tokens set on it reach the widgets
 * inside it by inheritance; it reads none itself.
 *
 * @tag knead-clinic
 * @summary Provides a clinic's settings to the knead widgets inside it, or on the whole page.
 * @slot - The page content, with the widgets that should use this clinic's settings.
 */
export class KneadClinic extends KneadElement {
  static override styles = clinicStyles;

  /** The clinic's name, shown in booking popups and results. */
  @property() name?: string;

  /** The clinic's booking page. Takes precedence over `booking-provider`. */
  @property({ attribute: 'booking-url' }) bookingUrl?: string;

  /** The booking provider id: noterro, jane, calendly, cal, acuity, square, vagaro, fresha, mindbody. */
  @property({ attribute: 'booking-provider' }) bookingProvider?: string;

  /** The clinic's account id with its booking provider. Not used beside `booking-url`, which gives the link (a console warning says so). */
  @property({ attribute: 'booking-account' }) bookingAccount?: string;

  /** The clinic's phone number, offered where online booking is not possible. */
  @property() phone?: string;

  /**
   * The number to call in an emergency where the clinic is. Unset: the region in `lang`, else
   * the visitor's time zone, else visitors are told to call their local emergency number.
   */
  @property({ attribute: 'emergency-number' }) emergencyNumber?: string;

  /**
   * Also serve widgets anywhere on the page that are not inside another clinic, for CMS
   * pages where one element cannot wrap every widget. One page clinic per page.
   */
  @property({ type: Boolean, reflect: true }) page = false;

  /**
   * Opt-in, for a tag manager: each booking through a widget this clinic serves pushes
   * `{ event: 'knead_booking_click', provider }` (and `knead_booking_complete` when a framed
   * booking page says a booking was made) to `window.dataLayer`. `provider` is the booking
   * provider's id, or `other` for a plain link; nothing else is pushed. Nothing from the
   * symptom check or the exercise timer is ever pushed: a visitor's answers about pain are
   * health information.
   */
  @property({ type: Boolean, reflect: true, attribute: 'data-layer' }) dataLayer = false;

  /** Technique id to service id. Set as a property, or from the inline JSON child. */
  @property({ attribute: false }) services: Readonly<Record<string, string>> = {};

  /** The settings every widget inside receives. */
  @provide({ context: clinicContext })
  protected settings?: ClinicSettings;

  /** Pushes booking events to `window.dataLayer` while `data-layer` is set. */
  protected readonly conversions = new DataLayerController(this, (value, problem) =>
    this.report('data-layer', value, problem, 'warn'),
  );

  // `lang` is the browser's own property, so it is observed here rather than declared: a
  // clinic whose language changes passes it on to its widgets at once.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /** Sees a `lang` change above the clinic, which its locale follows (see `watchLangAbove`). */
  private langAbove?: MutationObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    this.watchLangAbove();
    this.readServicesFromJson();
    // Settings from the moment it connects, not a task later: a single-page app that swaps
    // one clinic for another in one task never shows its widgets without a clinic, and
    // widgets waiting for this element's definition see its settings when it is defined.
    this.performUpdate();
    this.syncPage();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.langAbove?.disconnect();
    // At once, not at the next update: a removed clinic must not serve the page.
    withdrawPage(this);
  }

  /**
   * With no `lang` of its own, its locale is its nearest ancestor's: an app that switches
   * `<html lang>` from es-MX to es-ES moves the clinic, and the emergency number its widgets
   * show, to Spain. Watched in the clinic's own tree (the document, or an app's shadow
   * root), `lang` attributes only.
   */
  private watchLangAbove(): void {
    this.langAbove ??= new MutationObserver(() => {
      if (this.localeHere() !== this.settings?.locale) this.requestUpdate();
    });
    this.langAbove.observe(this.getRootNode(), {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }

  /** Its `lang`, else its nearest ancestor's; none off the page (a server has no page around it). */
  private localeHere(): string | undefined {
    return this.isConnected ? this.closest('[lang]')?.getAttribute('lang') || undefined : undefined;
  }

  protected override willUpdate(): void {
    const ignored = ignoredAccount(this);
    if (ignored) this.report('booking-account', this.bookingAccount, ignored, 'warn');
    // Its language (`lang`, else the nearest ancestor's), which each widget puts after its
    // own in the one language decision (shared/languages.ts).
    this.settings = clinicSettings(this, this.localeHere(), this.getAttribute('lang') || undefined);
  }

  protected override updated(): void {
    this.syncPage();
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  private readServicesFromJson(): void {
    const json = readJsonChild(this);
    if (!json.found || !json.ok) return;
    const { config, problems } = parseClinicConfig(json.value);
    this.reportProblems(problems);
    this.services = config.services;
  }

  /** Serves the page while connected with `page`; one page clinic at a time, others wait. */
  private syncPage(): void {
    if (!this.page || !this.isConnected || !this.settings) return withdrawPage(this);
    if (offerPage(this, this.settings)) return;
    // Told once the running script is done: a single-page app may be removing the clinic
    // that serves now, in the same task.
    queueMicrotask(() => {
      if (!this.isConnected || !this.page || servesPage(this)) return;
      this.report(
        'page',
        '',
        'another <knead-clinic page> already serves this page; this one only serves its children',
      );
    });
  }
}
