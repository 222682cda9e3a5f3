import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { VERSION } from '../shared/version.js';
import { baseStyles } from '../shared/styles.js';
import { readJsonChild } from '../shared/json-config.js';
import { listInMessage, reportOnce, reportJsonProblems } from '../shared/log.js';
import { ClinicConsumer } from '../clinic/clinic-consumer.js';
import { asText } from '../shared/as-text.js';
import {
  GOAL_LABELS,
  PRESSURE_LABELS,
  type Goal,
  type PressureLevel,
  type Technique,
} from '../technique-card/technique-types.js';
import { BUILT_IN_TECHNIQUES, findTechnique } from '../technique-card/built-in-techniques.js';
import { parseTechniqueList } from './technique-list-config.js';
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
import { techniqueListStyles } from './technique-list.styles.js';
import type { KneadTechniqueCard } from '../technique-card/technique-card.js';

/** Where the list's techniques come from, or why there are none. */
type Source =
  { readonly ok: true; readonly techniques: readonly Technique[] } | { readonly ok: false };

const CARD_PARTS =
  'card, media, badge, name, summary, facts, meter, goals, goal, details, details-toggle, actions, booking-button, message';

/** "Showing 3 of 9 techniques", in words that fit the numbers. */
function countText(shown: number, total: number, filtered: boolean): string {
  if (!filtered) return total === 1 ? 'Showing 1 technique' : `Showing all ${total} techniques`;
  return `Showing ${shown} of ${total} ${total === 1 ? 'technique' : 'techniques'}`;
}

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
 * A clinic's own list goes in a JSON child: an array of built-in ids and technique objects,
 * `[ "swedish", { "id": "hot-stone", "name": "Hot stone massage", "summary": "...", "pressure": 2 } ]`.
 * Bad entries are skipped, each with a console error naming the entry and field.
 *
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
 * @cssprop [--knead-color-accent=#0b6b61] - Brand colour.
 *
 * @fires {TechniqueSelectEvent} knead-technique-select - A visitor opened a card's details (fired by the card, bubbles out).
 */
export class KneadTechniqueList extends LitElement {
  static readonly version = VERSION;
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

  /** The list's accessible name. */
  @property() label = 'Massage techniques';

  /** Colour scheme: `light`, `dark`, or `auto` (the visitor's setting). Unset: the page's. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /** Follows its clinic's `theme` when it has none of its own. */
  protected readonly clinicLink = new ClinicConsumer(this);

  @state() private goalFilter: ReadonlySet<Goal> = new Set();
  @state() private pressureFilter: ReadonlySet<PressureLevel> = new Set();

  /** The JSON child, read once when connected: a CMS writes it before the element upgrades. */
  private jsonSource?: Source;
  private source: Source = { ok: true, techniques: BUILT_IN_TECHNIQUES };
  private shown: readonly Technique[] = [];
  /** The chips on offer, and the chosen filters that count: those with a chip. */
  private chips: FilterChips = NO_CHIPS;
  private applied: TechniqueFilter = NO_FILTER;

  override connectedCallback(): void {
    super.connectedCallback();
    this.jsonSource ??= this.readJson();
  }

  /** The techniques in the list, in display order, before filtering. */
  get items(): readonly Technique[] {
    return this.source.ok ? this.shown : [];
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

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') || changed.has('techniques') || !this.hasUpdated) {
      this.source = this.pick(this.available());
    }
    if (!this.source.ok) return;
    const highlight = this.highlightIds();
    this.shown = this.highlightFirst
      ? highlightedFirst(this.source.techniques, highlight)
      : this.source.techniques;
    this.chips = this.filter ? chipsFor(this.shown) : NO_CHIPS;
    this.applied = withinChips(
      { goals: this.goalFilter, pressures: this.pressureFilter },
      this.chips,
    );
  }

  private readJson(): Source | undefined {
    const json = readJsonChild(this);
    if (!json.found) return undefined;
    return json.ok ? this.parse(json.value) : { ok: false };
  }

  private parse(value: unknown): Source {
    const { techniques, problems } = parseTechniqueList(value, findTechnique);
    reportJsonProblems(this, problems);
    return techniques.length ? { ok: true, techniques } : { ok: false };
  }

  /** The clinic's list (property, then JSON child), or the built-in catalog. */
  private available(): Source {
    if (this.data !== undefined) return this.parse(this.data);
    return this.jsonSource ?? { ok: true, techniques: BUILT_IN_TECHNIQUES };
  }

  /** The `techniques` attribute's choice from what is available, in its order. */
  private pick(available: Source): Source {
    const ids = asText(this.techniques).split(/\s+/).filter(Boolean);
    if (!available.ok || !ids.length) return available;
    const byId = new Map(available.techniques.map((technique) => [technique.id, technique]));
    const unknown = ids.filter((id) => !byId.has(id));
    if (unknown.length) {
      reportOnce(
        this,
        'techniques',
        this.techniques,
        `unknown ids ${listInMessage(unknown)}; known: ${listInMessage([...byId.keys()], 400)}`,
      );
    }
    const picked = [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
    return picked.length ? { ok: true, techniques: picked } : { ok: false };
  }

  private highlightIds(): string[] {
    return this.highlight?.split(/\s+/).filter(Boolean) ?? [];
  }

  protected override render() {
    if (!this.source.ok) {
      return html`<p part="message" class="message" role="note">
        The list of techniques could not be shown.
      </p>`;
    }
    const all = this.shown;
    const visible = new Set(filterTechniques(all, this.applied));
    const highlighted = new Set(this.highlightIds());
    return html`
      ${this.filter ? this.renderFilters(all, visible.size) : nothing}
      <ul part="list" class="grid" aria-label=${this.label}>
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
              No technique matches every filter you chose.
              <button type="button" class="link" @click=${this.onClear}>Clear filters</button>
            </p>`
          : nothing
      }
    `;
  }

  private renderFilters(all: readonly Technique[], shownCount: number) {
    const active = this.applied.goals.size + this.applied.pressures.size > 0;
    const { goals, pressures } = this.chips;
    return html`<div
        part="filters"
        class="filters"
        role="group"
        aria-label="Filter techniques"
        tabindex="-1"
      >
        ${
          goals.length
            ? this.renderChips(
                'Good for',
                goals.map((goal) => ({
                  label: GOAL_LABELS[goal],
                  pressed: this.applied.goals.has(goal),
                  toggle: () => (this.goalFilter = toggled(this.goalFilter, goal)),
                })),
              )
            : nothing
        }
        ${
          pressures.length
            ? this.renderChips(
                'Pressure',
                pressures.map((level) => ({
                  label: PRESSURE_LABELS[level],
                  pressed: this.applied.pressures.has(level),
                  toggle: () => (this.pressureFilter = toggled(this.pressureFilter, level)),
                })),
              )
            : nothing
        }
        ${
          active
            ? html`<button part="clear" class="clear" type="button" @click=${this.onClear}>
                Clear filters
              </button>`
            : nothing
        }
      </div>
      <p part="count" class="count" role="status">${countText(shownCount, all.length, active)}</p>`;
  }

  private renderChips(
    title: string,
    chips: readonly { label: string; pressed: boolean; toggle: () => void }[],
  ) {
    const id = `chips-${title.toLowerCase().replace(/\W+/g, '-')}`;
    return html`<div class="chip-group" role="group" aria-labelledby=${id}>
      <span class="group-label" id=${id}>${title}</span>
      ${chips.map(
        (chip) =>
          html`<button
            part="chip"
            class="chip"
            type="button"
            aria-pressed=${chip.pressed ? 'true' : 'false'}
            @click=${chip.toggle}
          >
            <span class="check" aria-hidden="true">✓</span>${chip.label}
          </button>`,
      )}
    </div>`;
  }

  private onClear = async (): Promise<void> => {
    this.clearFilters();
    await this.updateComplete;
    // The button that was clicked is gone: keep focus in the filters, on their group rather
    // than a chip, so the next Enter or Space (a held key) does not turn a filter back on.
    this.renderRoot.querySelector<HTMLElement>('[part~="filters"]')?.focus();
  };
}
