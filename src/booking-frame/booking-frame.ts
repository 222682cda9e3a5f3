import { html, isServer, nothing, type PropertyDeclarations } from 'lit';
import { KneadElement } from '../shared/knead-element.js';
import { baseStyles } from '../shared/styles.js';
import { buttonStyles } from '../shared/button-styles.js';
import { ClinicConsumer } from '../clinic/clinic-consumer.js';
import { LanguageController } from '../shared/language-controller.js';
import type { BookingPlan } from '../booking-button/booking-settings.js';
import { bookingDetail, planFrame } from './frame-plan.js';
import type { BookingTarget } from '../booking-button/booking-target.js';
import {
  BookingClickEvent,
  BookingCompleteEvent,
  BookingOpenEvent,
} from '../booking-button/booking-events.js';
import { framingOf, frameUrl, type EmbedMessage } from '../booking-button/provider-embeds.js';
import { ProviderChannel } from '../booking-button/provider-channel.js';
import { FRAME_SANDBOX } from '../booking-button/frame-sandbox.js';
import { NAME_LIMIT, pageText } from '../booking-button/booking-text.js';
import { FRAME_MESSAGES } from './frame-messages.js';
import { FRAME_LANGUAGES } from './languages/index.js';
import { buttonInsteadView, placeholderView } from './booking-frame-view.js';
import { holdingView, SteadyView } from './steady-view.js';
import { LoadWatch } from './load-watch.js';
import { bookingFrameStyles } from './booking-frame.styles.js';

/** Before the visitor asks; while the provider's page loads; shown; not ready in time. */
type Phase = 'asking' | 'loading' | 'ready' | 'failed';

/**
 * The clinic's booking page inline, in the flow of the page, for providers that allow
 * framing (Calendly, Cal.com, Acuity). Private by default: nothing of the provider's loads
 * until the visitor asks, and the placeholder names the provider and links its privacy
 * page. Its height follows the booking page (Calendly, Cal.com). There is always a way out:
 * a link to the same page in a new tab, offered on its own when the page does not load.
 *
 * Same settings as `<knead-booking-button>`, and its clinic's when it has none. For a
 * provider that does not allow framing, or settings that cannot book, it shows a booking
 * button instead (a new tab), and the console says why.
 *
 * @tag knead-booking-frame
 * @summary The clinic's booking calendar inline, loaded only when the visitor asks.
 *
 * @csspart placeholder - The box shown before the booking page loads.
 * @csspart show - The "Show the booking calendar" button.
 * @csspart frame - The iframe with the provider's booking page.
 * @csspart new-tab - The link that opens the booking page in a new tab.
 *
 * @cssprop [--knead-frame-height=760px] - The frame's height until the booking page says its own (always, for Acuity).
 * @cssprop [--knead-frame-min-height=420px] - The frame's least height.
 * @cssprop [--knead-frame-max-height=none] - The frame's greatest height; a taller booking page scrolls inside it.
 * @cssprop [--knead-color-accent=light-dark(#0b6b61, #7fd8cb)] - The buttons and links.
 * @cssprop [--knead-color-on-accent=light-dark(#ffffff, #06201c)] - Text on the "Show" button.
 * @cssprop [--knead-color-text=light-dark(#1d2624, #e8efed)] - Text.
 * @cssprop [--knead-color-surface=light-dark(#ffffff, #17201e)] - Background of the placeholder and the frame.
 * @cssprop [--knead-color-border=light-dark(#8a9794, #6d7b78)] - Border of the placeholder and the frame.
 * @cssprop [--knead-color-danger=light-dark(#a3261b, #ff9f94)] - The message when the page did not load.
 * @cssprop [--knead-color-focus=light-dark(#1a56c9, #9ec1ff)] - The focus ring.
 * @cssprop [--knead-radius=8px] - Corner radius.
 * @cssprop [--knead-space=0.75em] - Spacing.
 * @cssprop [--knead-target-size=44px] - Minimum height and width of every control.
 * @cssprop [--knead-font-family=inherit] - Font; the page's by default.
 *
 * @fires {BookingOpenEvent} knead-booking-open - The booking calendar was shown (Show, or `autoload`).
 * @fires {BookingClickEvent} knead-booking-click - A visitor asked for the calendar, or for the new tab; cancelable.
 * @fires {BookingCompleteEvent} knead-booking-complete - The booking page reported a booking (Calendly, Cal.com), once per booking, with its ids.
 */
export class KneadBookingFrame extends KneadElement {
  static override styles = [baseStyles, buttonStyles, bookingFrameStyles];

  /** How long the booking page has to say it is ready before the new tab is offered instead, in ms. */
  static readyTimeout = 15_000;

  // Without decorators, as in KneadElement; each field below has its docs and default.
  static override get properties(): PropertyDeclarations {
    return {
      provider: {},
      account: {},
      service: {},
      href: {},
      utmSource: { attribute: 'utm-source' },
      utmMedium: { attribute: 'utm-medium' },
      utmCampaign: { attribute: 'utm-campaign' },
      // "false" is false here, unlike HTML's boolean attributes: consent is never assumed.
      autoload: {
        reflect: true,
        converter: {
          fromAttribute: (value) => value !== null && value.toLowerCase() !== 'false',
          toAttribute: (value) => (value ? '' : null),
        },
      },
    };
  }

  /** Booking provider id: calendly, cal or acuity frame inline; others show a booking button. */
  provider?: string;
  /** The clinic's account id with the provider. */
  account?: string;
  /** The service to book, for providers that link to one service. */
  service?: string;
  /** A booking page URL on the provider's hosts. */
  href?: string;
  /** `utm_source` added to the booking URL. */
  utmSource?: string;
  /** `utm_medium` added to the booking URL. */
  utmMedium?: string;
  /** `utm_campaign` added to the booking URL. */
  utmCampaign?: string;
  /** Loads the booking page at once, without asking: only for clinics whose visitors have consented to the provider's cookies. */
  autoload = false;

  /** Which step the widget is at; not in `properties`, which would make it an attribute. */
  private step: Phase = 'asking';
  private get phase(): Phase {
    return this.step;
  }
  private set phase(phase: Phase) {
    const old = this.step;
    this.step = phase;
    this.requestUpdate('phase', old);
  }
  private plan?: BookingPlan;
  /** The page being framed, when the settings allow framing. */
  private target: BookingTarget | undefined;

  private readonly clinicLink = new ClinicConsumer(this);
  protected override readonly words = new LanguageController(
    this,
    () => this.clinicLink.settings?.language,
    FRAME_LANGUAGES,
  );
  private readonly channel = new ProviderChannel(
    this,
    () => this.frame,
    () => this.target,
    (message) => this.onMessage(message),
  );
  /** A page that changes height above the view does not move what the visitor reads. */
  protected readonly steady = new SteadyView(this);
  private readonly watch = new LoadWatch(this, () => {
    if (this.phase === 'loading') void this.fail();
  });
  /** `knead-booking-open` fired for this calendar: once, not as it reloads (moved, Try again). */
  private shown = false;
  /** The last height the page asked for, applied at the next frame (a flood costs one layout). */
  private height: number | undefined;

  private get frame(): HTMLIFrameElement | null | undefined {
    return this.renderRoot?.querySelector('iframe');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved on the page: its frame loads afresh, and is listened to again.
    if (this.phase !== 'asking') this.begin();
  }

  protected override willUpdate(): void {
    const { provider, account, service, href } = this;
    const utm = { source: this.utmSource, medium: this.utmMedium, campaign: this.utmCampaign };
    const { plan, framed, notices } = planFrame(
      { provider, account, service, href, utm },
      this.clinicLink.settings,
    );
    this.plan = plan;
    // Another page to frame loads anew, with its own time to say it is ready; with none,
    // the visitor is asked again before anything loads.
    if (framed?.url !== this.target?.url && this.phase !== 'asking') {
      if (framed) this.begin();
      else this.forget();
    }
    this.target = framed;
    // Loads with this very render: the clinic has the visitors' consent to the provider.
    if (this.autoload && framed && this.phase === 'asking' && !isServer) this.begin();
    for (const notice of notices) this.report(...notice, 'warn');
  }

  protected override render() {
    const target = this.target;
    if (!target) return this.clinicLink.waiting ? nothing : buttonInsteadView(this);
    const text = this.words.messages('frame', FRAME_MESSAGES);
    const provider = target.provider!.name;
    const clinic = pageText(this.clinicLink.settings?.name, NAME_LIMIT).text;
    const { phase } = this;
    const status = phase === 'loading' ? text.loading : phase === 'failed' ? text.failed : '';
    return html`<div class="box ${phase}">
      <p class="status" role="status">${status}</p>
      ${
        phase === 'asking'
          ? placeholderView(provider, framingOf(target)!.privacy, text, this.onShow)
          : html`${phase === 'failed' ? html`<button class="retry" type="button" @click=${this.show}>${text.retry}</button>` : html`<button class="skip" type="button" @click=${this.skipPast}>${text.skip}</button>`}
              <iframe
                part="frame"
                title=${text.frameTitle(clinic ?? provider)}
                src=${frameUrl(target, location.host, true)}
                sandbox=${FRAME_SANDBOX}
                allow="payment"
                referrerpolicy="strict-origin-when-cross-origin"
                @load=${this.onFrameLoad}
              ></iframe>`
      }
      <p class="way-out">
        <a part="new-tab" href=${target.url} target="_blank" rel="noopener" @click=${this.onNewTab}
          >${text.openInNewTab}</a
        >
      </p>
    </div>`;
  }

  /** The booking page is loading: listen to it, and wait for it to say it is ready. */
  private begin(): void {
    this.phase = 'loading';
    // Taken off the page before this update ran: being put back begins again.
    if (!this.isConnected) return;
    this.channel.start();
    this.watch.start(KneadBookingFrame.readyTimeout);
    if (!this.shown) this.dispatchEvent(new BookingOpenEvent(this.detail()));
    this.shown = true;
  }

  /** Back to asking: nothing loaded, nothing listened to, nothing timed. */
  private forget(): void {
    this.phase = 'asking';
    this.shown = false;
    this.channel.stop();
    this.watch.stop();
  }

  /** Loads the booking page, or reloads the one shown (setting `src` navigates, even to the same URL). */
  private readonly load = (): void => {
    this.begin();
    const frame = this.frame;
    if (frame) frame.src = frame.getAttribute('src')!;
  };

  private detail = () => bookingDetail(this.target!, this.plan, this);

  private onShow = (): void => {
    const click = new BookingClickEvent(this.detail());
    this.dispatchEvent(click);
    if (!click.defaultPrevented) void this.show();
  };

  /** Loads the page (again), and gives focus to the frame: the button pressed is gone. */
  private readonly show = async (): Promise<void> => {
    this.load();
    await this.updateComplete;
    this.frame?.focus();
  };

  /** Not ready in time, or failed: focus in the hidden frame moves to Try again. */
  private async fail(): Promise<void> {
    this.watch.stop();
    const focused = (this.renderRoot as ShadowRoot).activeElement === this.frame;
    this.phase = 'failed';
    await this.updateComplete;
    if (focused) this.renderRoot.querySelector<HTMLElement>('.retry')?.focus();
  }

  private onNewTab = (event: MouseEvent): void => {
    const click = new BookingClickEvent(this.detail());
    this.dispatchEvent(click);
    if (click.defaultPrevented) event.preventDefault();
  };

  private skipPast = (): void => {
    this.renderRoot.querySelector<HTMLElement>('[part~="new-tab"]')?.focus();
  };

  // A provider whose page posts nothing (Acuity) is ready once it has loaded.
  private onFrameLoad = (): void => {
    if (!framingOf(this.target)?.embed) this.ready();
  };

  private readonly applyHeight = (): void => {
    const { frame, height } = this;
    this.height = undefined;
    if (frame && height) holdingView(this, () => (frame.style.height = `${height}px`));
  };

  private ready(): void {
    this.watch.stop();
    this.phase = 'ready';
  }

  private onMessage(message: EmbedMessage): void {
    switch (message.kind) {
      case 'height':
        if (this.height === undefined) requestAnimationFrame(this.applyHeight);
        this.height = message.px;
        return this.ready();
      case 'ready':
        return this.ready();
      case 'failed':
        return void this.fail();
      case 'booked':
        this.dispatchEvent(new BookingCompleteEvent({ ...this.detail(), ids: message.ids }));
    }
  }
}
