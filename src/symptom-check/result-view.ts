/**
 * A result screen: the level in words, the outcome's advice, who to call (the emergency
 * number, the advice line, or for a clinician-level result the clinic's phone), the
 * recommended techniques and exercises, and booking where massage suits.
 */
import { html, nothing } from 'lit';
import { subLevel } from '../shared/heading-level.js';
import type { CareRoute } from '../shared/care-route.js';
import type { Outcome } from './flow-types.js';
import { offersBooking } from './flow-machine.js';
import { exerciseName } from '../exercise-timer/exercise-names.js';
import { emergencyAction, urgentActions } from './care-view.js';
import { LEVEL_LABELS, shownRecommendations, type ClinicCall } from './result-rules.js';
import { backAndRestart, screenHeading, subheading, type ScreenMoves } from './screen-parts.js';

export interface ResultScreen extends ScreenMoves {
  readonly outcome: Outcome;
  readonly level: number;
  readonly care: CareRoute;
  /** The clinic's phone, where this result offers it (see `clinicCall`). */
  readonly clinicCall?: ClinicCall | undefined;
  /** The page with the guided exercises, checked; none: the exercises are only named. */
  readonly exercisesLink?: string | undefined;
}

export function resultView(screen: ResultScreen) {
  const { outcome, level, care } = screen;
  const booking = offersBooking(outcome.level);
  return html`<section part="result" class="panel result ${outcome.level}" aria-label="Result">
    <p class="level">${LEVEL_LABELS[outcome.level]}</p>
    ${screenHeading(outcome.title, level)}
    <p>${outcome.advice}</p>
    ${
      outcome.level === 'emergency'
        ? emergencyAction(care)
        : outcome.level === 'urgent'
          ? urgentActions(care)
          : clinicContact(screen.clinicCall)
    }
    ${techniquesPart(screen)} ${exercisesPart(screen)}
    <div class="actions">
      ${
        booking
          ? html`<knead-booking-button label="Book a massage"></knead-booking-button>`
          : nothing
      }
      ${backAndRestart(screen)}
    </div>
  </section>`;
}

const clinicContact = (call: ClinicCall | undefined) =>
  call
    ? html`<p>
        Questions? Call ${call.name} on <a part="call" href=${call.href}>${call.phone}</a>.
      </p>`
    : nothing;

function techniquesPart({ outcome, level }: ResultScreen) {
  const { techniques } = shownRecommendations(outcome);
  if (!techniques.length) return nothing;
  const booking = offersBooking(outcome.level);
  return html`${subheading(
      booking ? 'Techniques that may help' : 'Gentle techniques, once a clinician has cleared you',
      level,
    )}
    <ul part="techniques" class="techniques">
      ${techniques.map(
        (id) =>
          html`<li>
            <knead-technique-card
              technique=${id}
              ?no-booking=${!booking}
              heading-level=${subLevel(subLevel(level))}
            ></knead-technique-card>
          </li>`,
      )}
    </ul>`;
}

function exercisesPart({ outcome, level, exercisesLink }: ResultScreen) {
  const { exercises } = shownRecommendations(outcome);
  if (!exercises.length) return nothing;
  return html`<div part="exercises" class="exercises">
    ${subheading('Gentle exercises for home', level)}
    <p>${exercises.map((id) => exerciseName(id)).join(', ')}.</p>
    ${exercisesLink ? html`<a href=${exercisesLink}>Start the guided exercises</a>` : nothing}
  </div>`;
}
