/**
 * The routine as a home-programme handout, for paper only: its name, the clinic's name and
 * phone, and the advice to go gently, and each exercise with its picture, dose, steps and
 * breathing. The timer renders it beside its screen; the print stylesheet shows it instead
 * of the screen (no buttons or rings on paper), whether the visitor pressed "Print this
 * routine" or used the page's own print command.
 */
import { html, nothing } from 'lit';
import { handoutPictureView } from './picture-view.js';
import type { Schedule } from '../schedule.js';
import { doseText, summaryText } from '../timer-text.js';
import type { TimerMessages } from '../timer-messages.js';

/** Who made the routine, from the timer's clinic. */
export interface HandoutClinic {
  readonly name?: string | undefined;
  readonly phone?: string | undefined;
}

export function handoutView(
  schedule: Schedule,
  clinic: HandoutClinic | undefined,
  text: TimerMessages,
) {
  const { name, phone } = clinic ?? {};
  return html`<div part="handout" class="handout">
    <p class="handout-title">${schedule.routine.name}</p>
    ${name ? html`<p class="handout-clinic">${name}</p>` : nothing}
    ${phone ? html`<p>${text.callClinic(phone)}</p>` : nothing}
    <p>${summaryText(schedule, text)}</p>
    <p class="handout-advice">${text.advice}</p>
    <ol class="handout-list">
      ${schedule.routine.exercises.map(
        (exercise) =>
          html`<li>
            <div class="handout-picture">${handoutPictureView(exercise, text)}</div>
            <div>
              <p class="name">${exercise.name}</p>
              <p class="dose">${doseText(exercise, text)}</p>
              <ol class="steps">
                ${exercise.steps.map((step) => html`<li>${step}</li>`)}
              </ol>
              ${exercise.breathing ? html`<p class="breathing">${exercise.breathing}</p>` : nothing}
            </div>
          </li>`,
      )}
    </ol>
  </div>`;
}
