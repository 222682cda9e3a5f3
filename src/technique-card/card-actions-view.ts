/** The card's actions row: its booking button, and the page's own links beside it. */
import { html, nothing } from 'lit';
import type { CardBooking } from './card-booking.js';

/**
 * The booking button (when the card offers booking) and the `actions` slot; nothing when
 * there is neither.
 */
export function actionsView(name: string, booking: CardBooking | undefined, ownActions: boolean) {
  if (!booking && !ownActions) return nothing;
  return html`<div part="actions" class="actions">
    ${
      booking
        ? html`<knead-booking-button
            exportparts="button: booking-button"
            variant="secondary"
            .service=${booking.service}
            label=${`Book ${name}`}
          ></knead-booking-button>`
        : nothing
    }
    <slot name="actions"></slot>
  </div>`;
}
