/** One labelled group of filter chips: toggle buttons that say whether they are pressed. */
import { html, nothing } from 'lit';

/**
 * A chip for each of `values` (a goal or a pressure level), worded by `label`, pressed when
 * `chosen` has it, under the group's `title` ("Good for", "Pressure"), which names the group.
 * `group` is the group's stable name, for the id that ties the title to it in any language.
 * Nothing when there is no value to offer.
 */
export function chipsView<T extends string | number>(
  group: string,
  title: string,
  values: readonly T[],
  label: (value: T) => string,
  chosen: ReadonlySet<T>,
  toggle: (value: T) => void,
) {
  if (!values.length) return nothing;
  const id = `chips-${group}`;
  return html`<div class="chip-group" role="group" aria-labelledby=${id}>
    <span class="group-label" id=${id}>${title}</span>
    ${values.map(
      (value) =>
        html`<button
          part="chip"
          class="chip"
          type="button"
          aria-pressed=${chosen.has(value) ? 'true' : 'false'}
          @click=${() => toggle(value)}
        >
          <span class="check" aria-hidden="true">✓</span>${label(value)}
        </button>`,
    )}
  </div>`;
}
