/**
 * The booking button's templates that need nothing of the element but what they are given:
 * the `<button>` it shows for a popup or when it cannot book, and why booking is unavailable.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ButtonShows, PhoneFallback } from './booking-face.js';
import type { BookingMessages } from './booking-messages.js';

/** Stands for the phone number while its sentence is cut around it (a private-use character). */
const NUMBER_MARK = '\u{F8FF}';

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

/**
 * The clinic's phone, offered when booking online is not possible: the language's whole
 * sentence, with the number made a link where it dials. The sentence is asked for with a
 * stand-in for the number and cut around it, as each language puts the number where it
 * goes; a sentence without the stand-in is shown as given, with the number as text.
 */
function callView({ text: phone, href }: PhoneFallback, text: BookingMessages): TemplateResult {
  const parts = text.callToBook(NUMBER_MARK).split(NUMBER_MARK);
  if (parts.length !== 2 || !href) return html`<span class="call">${text.callToBook(phone)}</span>`;
  return html`<span class="call">${parts[0]}<a href=${href}>${phone}</a>${parts[1]}</span>`;
}

/** Booking unavailable: the disabled button, why, and the clinic's phone to call instead. */
export function refusedView(
  { why, call }: Extract<ButtonShows, { as: 'refused' }>,
  label: unknown,
  text: BookingMessages,
): TemplateResult {
  return html`
    ${buttonView(label, undefined, 'why')}
    <span part="message" class="message" id="why" role="note">
      ${why} ${call ? callView(call, text) : nothing}
    </span>
  `;
}
