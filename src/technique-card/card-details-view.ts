/** The card's disclosure: the description, what a session feels like, and cautions. */
import { html, nothing } from 'lit';
import type { CardContent } from './card-content.js';
import type { CardMessages } from './card-messages.js';

const subheading = (level: number, text: string) =>
  html`<div role="heading" aria-level=${level} class="subheading">${text}</div>`;

/**
 * Closed details with everything past the summary, sub-headings at `sublevel`, in the
 * language of `text`; nothing when there is nothing to put in them, not even the page's own
 * description (`ownDescription`: the `description` slot has content).
 */
export function detailsView(
  { name, description, feelsLike, cautions }: CardContent,
  sublevel: number,
  ownDescription: boolean,
  onToggle: (event: Event) => void,
  text: CardMessages,
) {
  if (!description && !feelsLike && !cautions.length && !ownDescription) return nothing;
  return html`<details part="details" class="details" @toggle=${onToggle}>
    <summary part="details-toggle">${text.moreAbout(name)}</summary>
    <div class="details-body">
      <slot name="description">${description ? html`<p>${description}</p>` : nothing}</slot>
      ${
        feelsLike
          ? html`${subheading(sublevel, text.feelsLike)}
              <p>${feelsLike}</p>`
          : nothing
      }
      ${
        cautions.length
          ? html`${subheading(sublevel, text.cautions)}
              <ul class="cautions">
                ${cautions.map((caution) => html`<li>${caution}</li>`)}
              </ul>`
          : nothing
      }
    </div>
  </details>`;
}
