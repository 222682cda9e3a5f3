import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { KneadElement } from '../shared/knead-element.js';
import { LanguageController } from '../shared/language-controller.js';
import { baseStyles } from '../shared/styles.js';
import { subLevel } from '../shared/heading-level.js';
import { TechniqueSelectEvent } from './technique-events.js';
import { ClinicConsumer } from '../clinic/clinic-consumer.js';
import type { Technique } from './technique-types.js';
import { noCardText, resolveCard, type CardContent, type Resolved } from './card-content.js';
import { cardBooking } from './card-booking.js';
import { ChildWatcher } from './child-watcher.js';
import { factsView, goalsView } from './card-facts-view.js';
import { detailsView } from './card-details-view.js';
import { actionsView } from './card-actions-view.js';
import { techniqueCardStyles } from './technique-card.styles.js';
import { CARD_MESSAGES, type CardMessages } from './card-messages.js';
import type { TechniqueTexts } from './technique-texts.js';
import { TECHNIQUE_CARD_LANGUAGES } from './languages/index.js';
import type { KneadBookingButton } from '../booking-button/booking-button.js';

/**
 * A card that explains one massage technique: what it is, how firm it feels (in words and
 * on a meter), what it is good for, what a session feels like, and any cautions, with an
 * optional booking button for the clinic's matching service.
 *
 * `technique="trigger-point"` shows a built-in technique. Every attribute overrides that
 * content, and slots replace or extend it, so a clinic can also write its own card in
 * HTML alone: `<knead-technique-card name="Hot stone" pressure="2">...</knead-technique-card>`.
 * A `technique` id that is not built in needs a `name` (then it is the card's own id, used
 * for the clinic's service map); without one the card shows an "unknown technique" note.
 *
 * It speaks the visitor's language (English, French or Spanish: its own `lang`, its clinic's
 * locale, the nearest ancestor's `lang`, then the page's), built-in techniques included; a
 * clinic's own technique and the page's attributes are shown as written.
 *
 * @tag knead-technique-card
 * @summary Explains a massage technique: pressure, what it suits, what it feels like, cautions.
 *
 * @slot - Extra content under the summary, e.g. a clinic's own note about the technique.
 * @slot media - A photo or illustration at the top of the card.
 * @slot description - Replaces the description inside the details.
 * @slot actions - Links or buttons beside the booking button, e.g. "Read more".
 *
 * @csspart card - The card's box.
 * @csspart media - The slot holding the `media` content.
 * @csspart badge - The "Recommended" badge of a highlighted card.
 * @csspart name - The technique's name (a heading).
 * @csspart summary - The one-line summary.
 * @csspart facts - The pressure, session length and price.
 * @csspart meter - The pressure meter.
 * @csspart goals - The list of what the technique is good for.
 * @csspart goal - One "good for" tag.
 * @csspart details - The disclosure with the description, what it feels like, and cautions.
 * @csspart details-toggle - The disclosure's summary line a visitor clicks.
 * @csspart actions - The row with the booking button and the `actions` slot.
 * @csspart booking-button - The booking button's own button.
 * @csspart message - The note shown for an unknown technique.
 *
 * @cssprop [--knead-card-background=var(--knead-color-surface)] - The card's background.
 * @cssprop [--knead-card-border-color=var(--knead-color-border)] - The card's border colour.
 * @cssprop [--knead-card-radius=var(--knead-radius, 8px)] - The card's corner radius.
 * @cssprop [--knead-card-padding=1.25em] - Space inside the card.
 * @cssprop [--knead-highlight-color=var(--knead-color-accent)] - Border and badge colour of a highlighted card.
 * @cssprop [--knead-meter-color=var(--knead-color-accent)] - The filled part of the pressure meter.
 * @cssprop [--knead-tag-background=var(--knead-color-tag)] - Background of the "good for" tags.
 * @cssprop [--knead-color-tag=color-mix(in srgb, var(--knead-color-accent) 12%, var(--knead-color-surface))] - Background of tags, for every widget.
 * @cssprop [--knead-color-accent=light-dark(#0b6b61, #7fd8cb)] - Brand colour: the meter, the highlight, tags.
 * @cssprop [--knead-color-on-accent=light-dark(#ffffff, #06201c)] - Text on the accent colour (the "Recommended" badge).
 * @cssprop [--knead-color-text=light-dark(#1d2624, #e8efed)] - Text colour.
 * @cssprop [--knead-color-muted=light-dark(#4a5654, #b5c2bf)] - Secondary text: labels, the summary.
 * @cssprop [--knead-color-surface=light-dark(#ffffff, #17201e)] - Background colour.
 * @cssprop [--knead-color-border=light-dark(#8a9794, #6d7b78)] - Border colour.
 * @cssprop [--knead-color-danger=light-dark(#a3261b, #ff9f94)] - Warnings and refusals.
 * @cssprop [--knead-color-danger-surface=light-dark(#fdecea, #3a1a17)] - Reserved for warning backgrounds; no widget reads it yet.
 * @cssprop [--knead-color-focus=light-dark(#1a56c9, #9ec1ff)] - The focus ring.
 * @cssprop [--knead-radius=8px] - Corner radius.
 * @cssprop [--knead-space=0.75em] - Space between parts.
 * @cssprop [--knead-target-size=44px] - Smallest height and width of a control.
 * @cssprop [--knead-font-family=inherit] - The font (the page's by default).
 * @cssprop [--knead-line-height=1.5] - Line height.
 *
 * @fires {TechniqueSelectEvent} knead-technique-select - A visitor opened the card's details.
 */
export class KneadTechniqueCard extends KneadElement {
  static override styles = [baseStyles, techniqueCardStyles];

  /** A built-in technique id: swedish, deep-tissue, trigger-point, myofascial-release, sports, thai, muscle-stripping, cross-fiber-friction, pin-and-stretch. With `name`, any id of the clinic's own (at most 64 characters). */
  @property({ reflect: true }) technique?: string;

  /** A whole technique as data (how `<knead-technique-list>` passes a clinic's own techniques, parsed). Attributes still override it. Checked before use: one that would break the card is refused, named in one console error. */
  @property({ attribute: false }) data?: Technique;

  /** The technique's name, at most 80 characters (a longer one is ignored, with a console error). */
  @property() name?: string;

  /** One line on what it is, at most 240 characters. */
  @property() summary?: string;

  /** Pressure from 1 (gentle) to 5 (deep). */
  @property() pressure?: string | number;

  /** Typical session length in minutes: `60`, or a range like `45-90`. */
  @property() duration?: string;

  /** The price, as the clinic writes it, e.g. `$95`; at most 40 characters. */
  @property() price?: string;

  /** What it is good for, as goal ids separated by spaces: relaxation, stress, chronic-tension, knots, stiffness, mobility, flexibility, posture, sports-recovery. */
  @property() goals?: string;

  /** Shows a booking button, even when the clinic maps no service to this technique. */
  @property({ type: Boolean, reflect: true }) bookable = false;

  /** Never shows a booking button, even for a mapped service: where a clinician should be seen first. */
  @property({ attribute: 'no-booking', type: Boolean }) noBooking = false;

  /** Marks the card as recommended, e.g. by the symptom check. */
  @property({ type: Boolean, reflect: true }) highlighted = false;

  /** The level of the card's heading (1 to 6), to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  private readonly clinicLink = new ClinicConsumer(this);
  protected get clinic() {
    return this.clinicLink.settings;
  }

  protected override readonly words = new LanguageController(
    this,
    () => this.clinicLink.settings?.language,
    TECHNIQUE_CARD_LANGUAGES,
  );
  /** The card's words in its language. */
  private text: CardMessages = CARD_MESSAGES;

  // Optional parts (details, actions) render only when there is something for them,
  // including slotted children a framework may add after the first render.
  private readonly slotted = new ChildWatcher(this);
  private resolved: Resolved = { kind: 'empty' };
  /** `heading-level`, checked. */
  private level = 3;

  /**
   * The technique the card shows, in the card's language (a built-in one's texts), with its
   * overrides applied; undefined for an unknown id.
   */
  get content(): Readonly<CardContent> | undefined {
    return this.resolved.kind === 'card' ? this.resolved.content : undefined;
  }

  /** The card's booking button, when it shows one. */
  get bookingButton(): KneadBookingButton | null {
    return this.renderRoot.querySelector('knead-booking-button');
  }

  // In willUpdate, which a server renderer runs too; `words` has this update's language
  // already (LanguageController.ready sets it before the update).
  protected override willUpdate(): void {
    this.level = this.headingLevelOr(3);
    this.text = this.words.messages('technique-card', CARD_MESSAGES);
    const texts = this.words.texts<TechniqueTexts>('techniques');
    const { resolved, problems } = resolveCard(this, texts);
    for (const { path, value, reason } of problems) this.report(path, value, reason);
    this.resolved = resolved;
  }

  protected override render() {
    const { resolved, text } = this;
    if (resolved.kind !== 'card') {
      return html`<article part="card" class="card">
        <p part="message" class="message" role="note">${noCardText(resolved, text)}</p>
      </article>`;
    }
    const content = resolved.content;
    return html`<article part="card" class="card" aria-labelledby="name">
      <slot name="media" part="media"></slot>
      <div class="body">
        <div class="heading">
          <div part="name" class="name" id="name" role="heading" aria-level=${this.level}>
            ${content.name}
          </div>
          ${this.highlighted ? html`<p part="badge" class="badge">${text.recommended}</p>` : nothing}
        </div>
        ${content.summary ? html`<p part="summary" class="summary">${content.summary}</p>` : nothing}
        <slot></slot>
        ${factsView(content, text)} ${goalsView(content, text)}
        ${detailsView(
          content,
          subLevel(this.level),
          this.slotted.has('description'),
          this.onToggle,
          text,
        )}
        ${actionsView(
          content.name,
          cardBooking(content.id, this, this.clinic),
          this.slotted.has('actions'),
          text,
        )}
      </div>
    </article>`;
  }

  protected override updated(): void {
    if (this.bookingButton) void loadBookingButton();
  }

  private onToggle = (event: Event): void => {
    const details = event.currentTarget as HTMLDetailsElement;
    const content = this.content;
    if (!details.open || !content) return;
    this.dispatchEvent(new TechniqueSelectEvent({ id: content.id ?? '', name: content.name }));
  };
}

// The booking button's code loads only when a card shows one: cards that only explain a
// technique never pay for it. Loading it registers the tag, so the button upgrades in place.
let bookingButtonModule: Promise<unknown> | undefined;
const loadBookingButton = () => (bookingButtonModule ??= import('../booking-button/define.js'));
