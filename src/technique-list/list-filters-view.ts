/**
 * The list's filter controls: a chip group for goals and one for pressure (each only when it
 * has a choice to offer), "Clear filters" while a filter is on, and the count line.
 */
import { html, nothing } from 'lit';
import type { Goal, PressureLevel } from '../technique-card/technique-types.js';
import { goalLabel, pressureWord, type CardMessages } from '../technique-card/card-messages.js';
import type { ListMessages } from './list-messages.js';
import { isFiltering, type FilterChips, type TechniqueFilter } from './technique-filter.js';
import { countText } from './count-text.js';
import { chipsView } from './filter-chips-view.js';

/** What a visitor's clicks do: toggle one goal or pressure level, or clear every filter. */
export interface FilterActions {
  readonly goal: (goal: Goal) => void;
  readonly pressure: (level: PressureLevel) => void;
  readonly clear: () => void;
}

/** The list's words and the card's (the goal and pressure words), in one language. */
export interface FilterTexts {
  readonly list: ListMessages;
  readonly card: CardMessages;
}

/**
 * The filters for `chips`, with `applied` pressed, and the count of `shown` out of `total`,
 * in the language of `text`.
 */
export function filtersView(
  chips: FilterChips,
  applied: TechniqueFilter,
  shown: number,
  total: number,
  on: FilterActions,
  { list, card }: FilterTexts,
) {
  const active = isFiltering(applied);
  return html`<div
      part="filters"
      class="filters"
      role="group"
      aria-label=${list.filters}
      tabindex="-1"
    >
      ${chipsView(
        'good-for',
        card.goodFor,
        chips.goals,
        (goal) => goalLabel(card, goal),
        applied.goals,
        on.goal,
      )}
      ${chipsView(
        'pressure',
        card.pressure,
        chips.pressures,
        (level) => pressureWord(card, level),
        applied.pressures,
        on.pressure,
      )}
      ${
        active
          ? html`<button part="clear" class="clear" type="button" @click=${on.clear}>
              ${list.clearFilters}
            </button>`
          : nothing
      }
    </div>
    <p part="count" class="count" role="status">${countText(shown, total, active, list)}</p>`;
}
