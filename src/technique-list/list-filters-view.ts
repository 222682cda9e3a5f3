/**
 * The list's filter controls: a chip group for goals and one for pressure (each only when it
 * has a choice to offer), "Clear filters" while a filter is on, and the count line.
 */
import { html, nothing } from 'lit';
import {
  GOAL_LABELS,
  PRESSURE_LABELS,
  type Goal,
  type PressureLevel,
} from '../technique-card/technique-types.js';
import { isFiltering, type FilterChips, type TechniqueFilter } from './technique-filter.js';
import { countText } from './count-text.js';
import { chipsView } from './filter-chips-view.js';

/** What a visitor's clicks do: toggle one goal or pressure level, or clear every filter. */
export interface FilterActions {
  readonly goal: (goal: Goal) => void;
  readonly pressure: (level: PressureLevel) => void;
  readonly clear: () => void;
}

/** The filters for `chips`, with `applied` pressed, and the count of `shown` out of `total`. */
export function filtersView(
  chips: FilterChips,
  applied: TechniqueFilter,
  shown: number,
  total: number,
  on: FilterActions,
) {
  const active = isFiltering(applied);
  return html`<div
      part="filters"
      class="filters"
      role="group"
      aria-label="Filter techniques"
      tabindex="-1"
    >
      ${chipsView('Good for', chips.goals, GOAL_LABELS, applied.goals, on.goal)}
      ${chipsView('Pressure', chips.pressures, PRESSURE_LABELS, applied.pressures, on.pressure)}
      ${
        active
          ? html`<button part="clear" class="clear" type="button" @click=${on.clear}>
              Clear filters
            </button>`
          : nothing
      }
    </div>
    <p part="count" class="count" role="status">${countText(shown, total, active)}</p>`;
}
