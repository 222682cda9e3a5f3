/** The card's actions row: its booking button, and the page's own links beside it. */
import { html, nothing } from 'lit';
import type { CardBooking } from './card-booking.js';
import type { CardMessages } from './card-messages.js';

/**
 * The booking button (when the card offers booking), labelled in the language of `text`, and
 * the `actions` slot; nothing when there is neither.
 */
export function actionsView(
  name: string,
  booking: CardBooking | undefined,
  ownActions: boolean,
  text: CardMessages,
) {
  if (!booking && !ownActions) return nothing;
  return html`<div part="actions" class="actions">
    ${
      booking
        ? html`<knead-booking-button
            exportparts="button: booking-button"
            variant="secondary"
            .service=${booking.service}
            label=${text.book(name)}
          ></knead-booking-button>`
        : nothing
    }
    <slot name="actions"></slot>
  </div>`;
}
