/**
 * A result screen: the level in words, the outcome's advice, who to call (the emergency
 * number, the advice line, or for a clinician-level result the clinic's phone), the
 * recommended techniques and exercises, and booking and self-care tips where massage suits.
 */
import { html, nothing } from 'lit';
import { subLevel } from '../shared/heading-level.js';
import { listIn } from '../shared/intl-format.js';
import type { CareRoute } from '../shared/care-route.js';
import type { Outcome } from './flow-types.js';
import { offersBooking } from './flow-machine.js';
import { exerciseName, type ExerciseNames } from '../exercise-timer/exercise-names.js';
import { emergencyAction, urgentActions, type AdviceLineNames } from './care-view.js';
import { levelLabel, shownRecommendations, type ClinicCall } from './result-rules.js';
import {
  LINK,
  backAndRestart,
  screenHeading,
  subheading,
  withLink,
  type ScreenMoves,
} from './screen-parts.js';

export interface ResultScreen extends ScreenMoves {
  /** The outcome, in the visitor's language where it is the built-in flow's. */
  readonly outcome: Outcome;
  readonly level: number;
  readonly care: CareRoute;
  /** The language `text` is in, for the list of exercises. */
  readonly language: string;
  /** The built-in exercises' names in that language (none: English). */
  readonly exerciseNames?: Partial<ExerciseNames> | undefined;
  /** The advice lines' names in that language (none: English). */
  readonly adviceLines?: AdviceLineNames | undefined;
  /** The clinic's phone, where this result offers it (see `clinicCall`). */
  readonly clinicCall?: ClinicCall | undefined;
  /** The page with the guided exercises, checked; none: the exercises are only named. */
  readonly exercisesLink?: string | undefined;
}

export function resultView(screen: ResultScreen) {
  const { outcome, level, care, text } = screen;
  const booking = offersBooking(outcome.level);
  return html`<section
    part="result"
    class="panel result ${outcome.level}"
    aria-label=${text.result}
  >
    <p class="level">${levelLabel(outcome.level, text)}</p>
    ${screenHeading(outcome.title, level)}
    <p>${outcome.advice}</p>
    ${
      outcome.level === 'emergency'
        ? emergencyAction(care, text)
        : outcome.level === 'urgent'
          ? urgentActions(care, text, screen.adviceLines)
          : clinicContact(screen)
    }
    ${techniquesPart(screen)} ${exercisesPart(screen)} ${selfCarePart(screen)}
    <div class="actions">
      ${
        booking
          ? html`<knead-booking-button label=${text.bookMassage}></knead-booking-button>`
          : nothing
      }
      ${backAndRestart(screen)}
    </div>
  </section>`;
}

function clinicContact({ clinicCall: call, text }: ResultScreen) {
  if (!call) return nothing;
  const sentence = call.name
    ? text.questionsCallClinic(call.name, LINK)
    : text.questionsCallUs(LINK);
  return html`<p>
    ${withLink(sentence, html`<a part="call" href=${call.href}>${call.phone}</a>`)}
  </p>`;
}

function techniquesPart({ outcome, level, text }: ResultScreen) {
  const { techniques } = shownRecommendations(outcome);
  if (!techniques.length) return nothing;
  const booking = offersBooking(outcome.level);
  return html`${subheading(booking ? text.techniquesMassage : text.techniquesCleared, level)}
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

function exercisesPart(screen: ResultScreen) {
  const { outcome, level, exercisesLink, text, language, exerciseNames } = screen;
  const { exercises } = shownRecommendations(outcome);
  if (!exercises.length) return nothing;
  const names = exercises.map((id) => exerciseName(id, exerciseNames));
  return html`<div part="exercises" class="exercises">
    ${subheading(text.exercisesHeading, level)}
    <p>${text.exerciseList(listIn(language, names))}</p>
    ${exercisesLink ? html`<a href=${exercisesLink}>${text.exercisesLink}</a>` : nothing}
  </div>`;
}

/**
 * Where massage suits, the self-care tips for around a session (warmth before, cold, water
 * and stretching after): what a visitor can do before the appointment and after it.
 */
function selfCarePart({ outcome, level, text }: ResultScreen) {
  if (!offersBooking(outcome.level)) return nothing;
  return html`<div part="self-care" class="self-care">
    ${subheading(text.selfCareHeading, level)}
    <knead-self-care-tips
      when="before-session after-session"
      heading-level=${subLevel(subLevel(level))}
    ></knead-self-care-tips>
  </div>`;
}

// The result's technique cards, booking button and self-care tips load when a check starts, not with the
// page: a visitor who never starts the check never downloads them. Loading registers them.
let resultElements: Promise<unknown> | undefined;

/** Loads (once) and registers the elements a result shows. */
export const loadResultElements = (): Promise<unknown> =>
  (resultElements ??= Promise.all([
    import('../technique-card/define.js'),
    import('../booking-button/define.js'),
    import('../self-care-tips/define.js'),
  ]));
