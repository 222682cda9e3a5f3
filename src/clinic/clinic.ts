import { LitElement, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { VERSION } from '../shared/version.js';
import { readJsonChild } from '../shared/json-config.js';
import { reportInvalid, reportJsonProblems } from '../shared/log.js';
import { clinicContext, type ClinicSettings } from './clinic-context.js';
import { parseClinicConfig } from './clinic-config.js';
import { emergencyNumberFor } from './emergency-number.js';
import { PageClinicProvider } from './page-provider.js';
import { clinicStyles } from './clinic.styles.js';

const PAGE_CLINIC_KEY = Symbol.for('knead.pageClinic@1');
type PageClinicHolder = { [PAGE_CLINIC_KEY]?: Element };

/**
 * Shares one clinic's settings (name, booking link, phone, emergency number, and which of
 * its services each technique books) with every knead widget inside it, through
 * `@lit/context`. Attribute changes reach every widget at once. Widgets also work with no
 * clinic at all.
 *
 * A technique-to-service map goes in an inline JSON child:
 * `<script type="application/json">{"services": {"deep-tissue": "deep-60"}}</script>`.
 *
 * @summary Provides a clinic's settings to the knead widgets inside it, or on the whole page.
 * @slot - The page content, with the widgets that should use this clinic's settings.
 */
export class KneadClinic extends LitElement {
  static readonly version = VERSION;
  static override styles = clinicStyles;

  /** The clinic's name, shown in booking popups and results. */
  @property() name?: string;

  /** The clinic's booking page. Takes precedence over `booking-provider`. */
  @property({ attribute: 'booking-url' }) bookingUrl?: string;

  /** The booking provider id: noterro, jane, calendly, cal, acuity, square, vagaro, fresha, mindbody. */
  @property({ attribute: 'booking-provider' }) bookingProvider?: string;

  /** The clinic's account id with its booking provider. */
  @property({ attribute: 'booking-account' }) bookingAccount?: string;

  /** The clinic's phone number, offered where online booking is not possible. */
  @property() phone?: string;

  /** The number to call in an emergency. Defaults from the region of `lang`, else 911. */
  @property({ attribute: 'emergency-number' }) emergencyNumber?: string;

  /**
   * Also serve widgets anywhere on the page that are not inside another clinic, for CMS
   * pages where one element cannot wrap every widget. One page clinic per page.
   */
  @property({ type: Boolean, reflect: true }) page = false;

  /** Colour scheme for the widgets inside: `light`, `dark`, or `auto` (the visitor's setting). Unset: the page's. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /** Technique id to service id. Set as a property, or from the inline JSON child. */
  @property({ attribute: false }) services: Readonly<Record<string, string>> = {};

  /** The settings every widget inside receives. */
  @provide({ context: clinicContext })
  protected settings?: ClinicSettings;

  private pageProvider?: PageClinicProvider;
  private pageRefused = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.readServicesFromJson();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.releasePage();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.size === 1 && (changed.has('page') || changed.has('theme'))) return;
    const locale = this.closest('[lang]')?.getAttribute('lang') || undefined;
    this.settings = {
      name: this.name,
      bookingUrl: this.bookingUrl,
      bookingProvider: this.bookingProvider,
      bookingAccount: this.bookingAccount,
      phone: this.phone,
      emergencyNumber: this.emergencyNumber || emergencyNumberFor(locale),
      locale,
      services: this.services,
    };
  }

  protected override updated(): void {
    if (this.page && this.settings) this.claimPage(this.settings);
    else this.releasePage();
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  private readServicesFromJson(): void {
    const json = readJsonChild(this);
    if (!json.found || !json.ok) return;
    const { config, problems } = parseClinicConfig(json.value);
    reportJsonProblems(this, problems);
    this.services = config.services;
  }

  private claimPage(settings: ClinicSettings): void {
    if (this.pageProvider) {
      this.pageProvider.setValue(settings);
      return;
    }
    const holder = globalThis as PageClinicHolder;
    if (holder[PAGE_CLINIC_KEY] && holder[PAGE_CLINIC_KEY] !== this) {
      if (!this.pageRefused) {
        reportInvalid(
          this,
          'page',
          '',
          'another <knead-clinic page> already serves this page; this one only serves its children',
        );
      }
      this.pageRefused = true;
      return;
    }
    holder[PAGE_CLINIC_KEY] = this;
    this.pageProvider = new PageClinicProvider(settings);
  }

  private releasePage(): void {
    if (!this.pageProvider) return;
    this.pageProvider.detach();
    this.pageProvider = undefined;
    delete (globalThis as PageClinicHolder)[PAGE_CLINIC_KEY];
  }
}
