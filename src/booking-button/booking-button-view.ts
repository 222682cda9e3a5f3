/**
 * The booking button's templates that need nothing of the element but what they are given:
 * the `<button>` it shows for a popup or when it cannot book, and why booking is unavailable.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ButtonShows, PhoneFallback } from './booking-face.js';

/**
 * The booking button as a `<button>`: the popup's trigger, given `onClick`; else disabled,
 * described by the message beside it, if any.
 */
export function buttonView(
  label: unknown,
  onClick?: (event: MouseEvent) => void,
  describedBy?: string,
): TemplateResult {
  return html`<button
    part="button"
    class="button"
    type="button"
    ?disabled=${!onClick}
    aria-haspopup=${(onClick ? 'dialog' : nothing) as 'dialog'}
    aria-describedby=${describedBy ?? nothing}
    @click=${onClick}
  >
    ${label}
  </button>`;
}

/** The clinic's phone, offered when booking online is not possible. */
function callView({ text, href }: PhoneFallback): TemplateResult {
  return html`<span class="call"
    >Please call ${href ? html`<a href=${href}>${text}</a>` : text} to book.</span
  >`;
}

/** Booking unavailable: the disabled button, why, and the clinic's phone to call instead. */
export function refusedView(
  { why, call }: Extract<ButtonShows, { as: 'refused' }>,
  label: unknown,
): TemplateResult {
  return html`
    ${buttonView(label, undefined, 'why')}
    <span part="message" class="message" id="why" role="note">
      ${why} ${call ? callView(call) : nothing}
    </span>
  `;
}
