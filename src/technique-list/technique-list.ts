import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { KneadElement } from '../shared/knead-element.js';
import { LanguageController } from '../shared/language-controller.js';
import { baseStyles } from '../shared/styles.js';
import { ConfigSource } from '../shared/config-source.js';
import { ClinicConsumer } from '../clinic/clinic-consumer.js';
import type { Goal, PressureLevel, Technique } from '../technique-card/technique-types.js';
import { BUILT_IN_TECHNIQUES } from '../technique-card/built-in-techniques.js';
import { LIST_SHAPE, checkTechniqueList } from './technique-list-config.js';
import { chooseTechniques, idsIn } from './technique-choice.js';
import {
  NO_CHIPS,
  NO_FILTER,
  chipsFor,
  filterTechniques,
  highlightedFirst,
  toggled,
  withinChips,
  type FilterChips,
  type TechniqueFilter,
} from './technique-filter.js';
import { filtersView, type FilterTexts } from './list-filters-view.js';
import { LIST_MESSAGES } from './list-messages.js';
import { CARD_MESSAGES } from '../technique-card/card-messages.js';
import { TECHNIQUE_LIST_LANGUAGES } from './languages/index.js';
import { techniqueListStyles } from './technique-list.styles.js';
import type { KneadTechniqueCard } from '../technique-card/technique-card.js';

const CARD_PARTS =
  'card, media, badge, name, summary, facts, meter, goals, goal, details, details-toggle, actions, booking-button, message';

/**
 * A responsive grid of technique cards: the built-in catalog, a chosen few
 * (`techniques="swedish deep-tissue"`), or the clinic's own list from an inline JSON child.
 * Every entry is a full `<knead-technique-card>`, so booking through the clinic, details and
 * highlighting all work in the list too.
 *
 * With `filter`, visitors narrow the list by what a technique is good for and by pressure,
 * with toggle buttons; the number shown is announced politely. `highlight` marks
 * recommended techniques, and `highlight-first` moves them to the front.
 *
 * It speaks the visitor's language (English, French or Spanish: its own `lang`, its clinic's
 * locale, the nearest ancestor's `lang`, then the page's), and so do its cards, the built-in
 * techniques included; a clinic's own techniques are shown as the clinic wrote them.
 *
 * A clinic's own list goes in a JSON child: an array of built-in ids and technique objects,
 * `[ "swedish", { "id": "hot-stone", "name": "Hot stone massage", "summary": "...", "pressure": 2 } ]`.
 * Bad entries are skipped, each with a console error naming the entry and field.
 *
 * @tag knead-technique-list
 * @summary A filterable, responsive list of massage technique cards.
 *
 * @csspart filters - The filter controls.
 * @csspart chip - A filter toggle button.
 * @csspart clear - The "Clear filters" button.
 * @csspart count - The line saying how many techniques are shown (a polite live region).
 * @csspart list - The grid of cards.
 * @csspart empty - The note shown when no technique matches the filters.
 * @csspart message - The note shown when the clinic's list could not be read.
 * @csspart card - Each card's box (and every other part of `<knead-technique-card>`, by the same name).
 *
 * @cssprop [--knead-list-background=var(--knead-color-surface)] - The list's background when it has a `theme` of its own.
 * @cssprop [--knead-list-gap=1em] - Space between cards.
 * @cssprop [--knead-list-min-column=260px] - Narrowest a column may get before the grid drops one.
 * @cssprop [--knead-chip-background=var(--knead-color-surface)] - Background of a filter chip.
 * @cssprop [--knead-chip-pressed-background=var(--knead-color-accent)] - Background of a chosen chip.
 * @cssprop [--knead-color-accent=light-dark(#0b6b61, #7fd8cb)] - Brand colour: chips and the cards' accents.
 * @cssprop [--knead-color-on-accent=light-dark(#ffffff, #06201c)] - Text on the accent colour (a chosen chip).
 * @cssprop [--knead-color-text=light-dark(#1d2624, #e8efed)] - Text colour.
 * @cssprop [--knead-color-muted=light-dark(#4a5654, #b5c2bf)] - Secondary text: group labels, the count.
 * @cssprop [--knead-color-surface=light-dark(#ffffff, #17201e)] - Background colour.
 * @cssprop [--knead-color-border=light-dark(#8a9794, #6d7b78)] - Border colour.
 * @cssprop [--knead-color-danger=light-dark(#a3261b, #ff9f94)] - Warnings and refusals.
 * @cssprop [--knead-color-danger-surface=light-dark(#fdecea, #3a1a17)] - Reserved for warning backgrounds; no widget reads it yet.
 * @cssprop [--knead-color-focus=light-dark(#1a56c9, #9ec1ff)] - The focus ring.
 * @cssprop [--knead-radius=8px] - Corner radius.
 * @cssprop [--knead-space=0.75em] - Space between parts.
 * @cssprop [--knead-target-size=44px] - Smallest height and width of a chip or button.
 * @cssprop [--knead-font-family=inherit] - The font (the page's by default).
 * @cssprop [--knead-line-height=1.5] - Line height.
 *
 * @fires {TechniqueSelectEvent} knead-technique-select - A visitor opened a card's details (fired by the card, bubbles out).
 */
export class KneadTechniqueList extends KneadElement {
  static override styles = [baseStyles, techniqueListStyles];

  /** Technique ids to show, in order, separated by spaces. Default: every technique available. */
  @property() techniques?: string;

  /** The clinic's own list as data, in the JSON child's shape. Takes precedence over the JSON child. */
  @property({ attribute: false }) data?: unknown;

  /** Shows filter buttons for goals and pressure. */
  @property({ type: Boolean, reflect: true }) filter = false;

  /** Ids of recommended techniques, separated by spaces; their cards are highlighted. */
  @property() highlight?: string;

  /** Puts the highlighted techniques first, in the order `highlight` gives. */
  @property({ attribute: 'highlight-first', type: Boolean }) highlightFirst = false;

  /** Gives every card a booking button. */
  @property({ type: Boolean }) bookable = false;

  /** The heading level of each card's name (1 to 6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** The list's accessible name. Default: "Massage techniques", in the list's language. */
  @property() label?: string;

  /** Follows its clinic's `theme` and locale when it has none of its own. */
  protected readonly clinicLink = new ClinicConsumer(this);

  protected override readonly words = new LanguageController(
    this,
    () => this.clinicLink.settings?.language,
    TECHNIQUE_LIST_LANGUAGES,
  );
  /** The list's words and its chips' (the card's), in its language. */
  private text: FilterTexts = { list: LIST_MESSAGES, card: CARD_MESSAGES };

  @state() private goalFilter: ReadonlySet<Goal> = new Set();
  @state() private pressureFilter: ReadonlySet<PressureLevel> = new Set();

  /** The clinic's list (the property, then the JSON child), else the built-in catalog. */
  private readonly config = new ConfigSource<readonly Technique[]>(this, {
    property: () => this.data,
    attribute: 'data',
    builtIn: (name) => (name === undefined ? BUILT_IN_TECHNIQUES : undefined),
    unknown: () => LIST_SHAPE,
    check: checkTechniqueList,
  });
  /** The techniques `techniques` chose from the config; none: the list shows its error. */
  private chosen: readonly Technique[] = [];
  private shown: readonly Technique[] = [];
  /** The chips on offer, and the chosen filters that count: those with a chip. */
  private chips: FilterChips = NO_CHIPS;
  private applied: TechniqueFilter = NO_FILTER;

  /** The techniques in the list, in display order, before filtering. */
  get items(): readonly Technique[] {
    return this.shown;
  }

  /** The rendered cards, in display order, including those the filters hide. */
  get cards(): KneadTechniqueCard[] {
    return [...this.renderRoot.querySelectorAll('knead-technique-card')];
  }

  /** Clears every filter. */
  clearFilters(): void {
    this.goalFilter = new Set();
    this.pressureFilter = new Set();
  }

  // `words` has this update's language already (LanguageController.ready sets it before
  // the update), and a server renderer runs willUpdate too.
  protected override willUpdate(changed: PropertyValues<this>): void {
    this.text = {
      list: this.words.messages('technique-list', LIST_MESSAGES),
      card: this.words.messages('technique-card', CARD_MESSAGES),
    };
    const loaded = changed.has('data') || !this.hasUpdated;
    if (loaded) this.config.load();
    if (loaded || changed.has('techniques')) this.chosen = this.choose();
    this.shown = this.highlightFirst
      ? highlightedFirst(this.chosen, idsIn(this.highlight))
      : this.chosen;
    this.chips = this.filter ? chipsFor(this.shown) : NO_CHIPS;
    this.applied = withinChips(
      { goals: this.goalFilter, pressures: this.pressureFilter },
      this.chips,
    );
  }

  /** The `techniques` attribute's choice from the config, in its order. */
  private choose(): readonly Technique[] {
    const available = this.config.value;
    if (!available) return [];
    const { techniques, problem } = chooseTechniques(available, idsIn(this.techniques));
    if (problem) this.report('techniques', this.techniques, problem);
    return techniques;
  }

  protected override render() {
    const { shown: all, text } = this;
    if (!all.length)
      return html`<p part="message" class="message" role="note">${text.list.notShown}</p>`;
    const visible = new Set(filterTechniques(all, this.applied));
    const highlighted = new Set(idsIn(this.highlight));
    return html`
      ${
        this.filter
          ? filtersView(
              this.chips,
              this.applied,
              visible.size,
              all.length,
              this.filterActions,
              text,
            )
          : nothing
      }
      <ul part="list" class="grid" aria-label=${this.label ?? text.list.label}>
        ${all.map(
          (technique) =>
            html`<li ?hidden=${!visible.has(technique)}>
              <knead-technique-card
                exportparts=${CARD_PARTS}
                technique=${technique.id}
                .data=${technique}
                ?highlighted=${highlighted.has(technique.id)}
                ?bookable=${this.bookable}
                heading-level=${this.headingLevel}
              ></knead-technique-card>
            </li>`,
        )}
      </ul>
      ${
        visible.size === 0
          ? html`<p part="empty" class="empty">
              ${text.list.noMatch}
              <button type="button" class="link" @click=${this.onClear}>
                ${text.list.clearFilters}
              </button>
            </p>`
          : nothing
      }
    `;
  }

  private onClear = async (): Promise<void> => {
    this.clearFilters();
    await this.updateComplete;
    // The button that was clicked is gone: keep focus in the filters, on their group rather
    // than a chip, so the next Enter or Space (a held key) does not turn a filter back on.
    this.renderRoot.querySelector<HTMLElement>('[part~="filters"]')?.focus();
  };

  private readonly filterActions = {
    goal: (goal: Goal) => (this.goalFilter = toggled(this.goalFilter, goal)),
    pressure: (level: PressureLevel) => (this.pressureFilter = toggled(this.pressureFilter, level)),
    clear: this.onClear,
  };
}
