/**
 * The timer's templates, as functions of what it shows: the overview before the start, the
 * stage while it runs, the closing message, the row of controls, the cue switches and the
 * message shown when there is no routine. They keep no state; `<knead-exercise-timer>`
 * renders them and handles what they send back.
 */
import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { subLevel } from '../shared/heading-level.js';
import { EXERCISE_NAMES } from './exercise-names.js';
import type { PictureController } from './picture-controller.js';
import type { Exercise } from './routine-types.js';
import type { CueChoices } from './saved-run.js';
import { controlsView, cuesView, type TimerCommands } from './controls-view.js';

export type { TimerCommands };
import type { Schedule } from './schedule.js';
import { stageContent } from './stage-content.js';
import type { TimerState } from './timer-machine.js';
import {
  keyHint,
  clockText,
  countdownSeconds,
  doseText,
  exercisedText,
  phaseLabel,
  repText,
  summaryText,
} from './timer-text.js';
import type { TimerMessages } from './timer-messages.js';

/** The ring's circumference in its own units (`pathLength`). */
const RING = 100;

/** What the timer shows at one moment, for `timerView`. */
export interface TimerScreen {
  readonly schedule: Schedule;
  readonly view: TimerState;
  /** The level of the routine's heading. */
  readonly level: number;
  readonly cues: CueChoices;
  /** The live region's sentence. */
  readonly announcement: string;
  /** The messages, in the widget's language. */
  readonly text: TimerMessages;
  /** The exercise pictures and their movement. */
  readonly pictures: PictureController;
  /** The moments of the self-care tips on the closing screen (`when`); none: no tips. */
  readonly tips: string | undefined;
}

/**
 * The whole timer: a region named by its heading and described by the keyboard hint, the
 * overview, stage or closing message by the state of the run, the controls, the cue
 * switches, and the live region. Keys pressed anywhere inside go to `onKeyDown`.
 */
export function timerView(
  screen: TimerScreen,
  timer: TimerCommands,
  onKeyDown: (event: KeyboardEvent) => void,
  chooseCue: (cue: keyof CueChoices, on: boolean) => void,
) {
  const { schedule, view, level, cues, announcement, text } = screen;
  return html`
    <section
      class="panel timer"
      aria-labelledby="title"
      aria-describedby="keys"
      tabindex="-1"
      @keydown=${onKeyDown}
    >
      ${headingView(level, 'title', 'heading', schedule.routine.name)}
      <p id="keys" class="visually-hidden">${keyHint(view.status, text)}</p>
      ${
        view.status === 'idle'
          ? overviewView(schedule, text, timer)
          : view.status === 'done'
            ? doneView(screen)
            : stageView(screen)
      }
      ${controlsView(view, timer, text)} ${cuesView(cues, chooseCue, text)}
      <p class="visually-hidden" aria-live="polite" aria-atomic="true">${announcement}</p>
    </section>
  `;
}

/** A heading at `level`, as a div: the page decides the levels, not the tag. */
export function headingView(level: number, id: string, part: string, text: string) {
  return html`<div id=${id} part=${part} class=${part} role="heading" aria-level=${level}>
    ${text}
  </div>`;
}

/**
 * Before the start: how many exercises, about how long, each with its dose, and the way to
 * print the routine as a handout.
 */
export function overviewView(schedule: Schedule, text: TimerMessages, timer: TimerCommands) {
  return html`
    <p class="summary">${summaryText(schedule, text)}</p>
    <ol part="overview" class="overview">
      ${schedule.routine.exercises.map(
        (exercise) =>
          html`<li>
            <span class="name">${exercise.name}</span> <span>${doseText(exercise, text)}</span>
          </li>`,
      )}
    </ol>
    <p class="advice">${text.advice}</p>
    <p>
      <button part="button print" class="print" type="button" @click=${() => timer.printRoutine()}>
        ${text.printRoutine}
      </button>
    </p>
  `;
}

/** While running or paused: progress, the ring with the phase, and the exercise's steps. */
export function stageView({ schedule, view, level, text, pictures }: TimerScreen) {
  const { phase, exercise } = view;
  const count = schedule.routine.exercises.length;
  const elapsedFraction = phase.durationMs ? 1 - view.phaseLeftMs / phase.durationMs : 1;
  const rep = repText(phase, exercise, text);
  const { exercise: shown, heading, next } = stageContent(schedule, view, text);
  // Read aloud as "1 second" or "5 seconds", as the voice says it; the ring shows the number.
  const seconds = countdownSeconds(view.phaseLeftMs);
  return html`
    <div part="progress" class="progress">
      <p>
        ${text.exerciseOf(view.exerciseIndex + 1, count)}
        <span class="left">${text.timeLeft(clockText(view.routineLeftMs))}</span>
      </p>
      <progress
        aria-label=${text.progressLabel}
        max=${schedule.totalMs}
        .value=${view.positionMs}
      ></progress>
    </div>
    <div class="stage">
      <div part="ring" class="ring ${phase.kind}">
        <svg viewBox="0 0 100 100" aria-hidden="true">
          <circle class="track" cx="50" cy="50" r="45" pathLength=${RING}></circle>
          <circle
            class="fill"
            cx="50"
            cy="50"
            r="45"
            pathLength=${RING}
            stroke-dashoffset=${(elapsedFraction * RING).toFixed(2)}
          ></circle>
        </svg>
        <div class="face">
          <!-- A new element for each phase, so its entrance marks the change. -->
          ${keyed(view.phaseIndex, html`<p part="phase" class="phase">${phaseLabel(phase.kind, text)}</p>`)}
          <p part="countdown" class="countdown" role="timer">
            ${seconds}<span class="visually-hidden"> ${text.secondsUnit(seconds)}</span>
          </p>
          ${view.status === 'paused' ? html`<p class="paused">${text.paused}</p>` : nothing}
        </div>
      </div>
      ${pictureView(shown, view, pictures, text)}
      <div class="details">
        ${headingView(subLevel(level), 'exercise', 'exercise', heading)}
        ${rep ? html`<p part="rep" class="rep">${rep}</p>` : nothing}
        <ol part="steps" class="steps">
          ${shown.steps.map((step) => html`<li>${step}</li>`)}
        </ol>
        ${
          shown.breathing
            ? html`<p part="breathing" class="breathing">${shown.breathing}</p>`
            : nothing
        }
        ${next ? html`<p part="next" class="next">${next}</p>` : nothing}
      </div>
    </div>
  `;
}

/**
 * The stage's picture, once the pictures have loaded; before, for a built-in exercise, an
 * empty box that keeps its place, so nothing moves when it comes.
 */
function pictureView(
  shown: Exercise,
  view: TimerState,
  pictures: PictureController,
  text: TimerMessages,
) {
  if (pictures.module) return pictures.module.stagePictureView(shown, view, pictures, text);
  return Object.hasOwn(EXERCISE_NAMES, shown.id)
    ? html`<div part="picture" class="picture"></div>`
    : nothing;
}

/**
 * The closing message. It takes focus when the routine ends under a focused button
 * (`tabindex="-1"`: by script only), so a key pressed again lands on text, not on
 * "Start again".
 */
export function doneView({ view, text, tips, level }: TimerScreen) {
  return html`<div part="done" class="done" tabindex="-1">
    <p class="done-title">${text.doneTitle}</p>
    <p>${exercisedText(view.activeMs, text)}</p>
    ${closingTipsView(tips, level)}
  </div>`;
}

/** The self-care tips under the closing message, once checked (closing-tips.ts). */
function closingTipsView(when: string | undefined, level: number) {
  if (!when) return nothing;
  return html`<knead-self-care-tips
    when=${when}
    heading-level=${subLevel(level)}
  ></knead-self-care-tips>`;
}

/** Instead of the timer, when its routine is unknown or refused. */
export const messageView = (text: TimerMessages) =>
  html`<p part="message" role="alert">${text.notLoaded}</p>`;
