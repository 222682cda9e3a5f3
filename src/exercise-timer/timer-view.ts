/**
 * The timer's templates, as functions of what it shows: the overview before the start, the
 * stage while it runs, the closing message and the row of controls. They keep no state;
 * `<knead-exercise-timer>` renders them and handles what they send back.
 */
import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { subLevel } from '../shared/heading-level.js';
import type { Schedule } from './schedule.js';
import type { FocusSpot } from './timer-keys.js';
import type { TimerState } from './timer-machine.js';
import {
  DONE_TITLE,
  PHASE_LABELS,
  clockText,
  countdownSeconds,
  doseText,
  durationText,
  exercisedText,
  nextExerciseName,
  repText,
  secondsUnit,
} from './timer-text.js';

/** The ring's circumference in its own units (`pathLength`). */
const RING = 100;

/** A heading at `level`, as a div: the page decides the levels, not the tag. */
export function headingView(level: number, id: string, part: string, text: string) {
  return html`<div id=${id} part=${part} class=${part} role="heading" aria-level=${level}>
    ${text}
  </div>`;
}

/** Before the start: how many exercises, about how long, and each with its dose. */
export function overviewView(schedule: Schedule) {
  const count = schedule.routine.exercises.length;
  return html`
    <p class="summary">
      ${count} ${count === 1 ? 'exercise' : 'exercises'}, about
      ${durationText(Math.ceil(schedule.totalMs / 60_000) * 60)}.
    </p>
    <ol part="overview" class="overview">
      ${schedule.routine.exercises.map(
        (exercise) =>
          html`<li>
            <span class="name">${exercise.name}</span> <span>${doseText(exercise)}</span>
          </li>`,
      )}
    </ol>
    <p class="advice">Go gently. Stop if the pain gets sharper.</p>
  `;
}

/** While running or paused: progress, the ring with the phase, and the exercise's steps. */
export function stageView(schedule: Schedule, view: TimerState, level: number) {
  const { phase, exercise } = view;
  const count = schedule.routine.exercises.length;
  const elapsedFraction = phase.durationMs ? 1 - view.phaseLeftMs / phase.durationMs : 1;
  const next = nextExerciseName(schedule, phase);
  const rep = repText(phase, exercise);
  // A rest shows the exercise coming up, so the visitor can read it and get into position.
  const upcoming =
    phase.kind === 'rest' ? schedule.routine.exercises[phase.exerciseIndex + 1] : undefined;
  const shown = upcoming ?? exercise!;
  // Read aloud as "1 second" or "5 seconds", as the voice says it; the ring shows the number.
  const seconds = countdownSeconds(view.phaseLeftMs);
  return html`
    <div part="progress" class="progress">
      <p>
        Exercise ${view.exerciseIndex + 1} of ${count}
        <span class="left">${clockText(view.routineLeftMs)} left</span>
      </p>
      <progress
        aria-label="Routine progress"
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
          ${keyed(view.phaseIndex, html`<p part="phase" class="phase">${PHASE_LABELS[phase.kind]}</p>`)}
          <p part="countdown" class="countdown" role="timer">
            ${seconds}<span class="visually-hidden"> ${secondsUnit(seconds)}</span>
          </p>
          ${view.status === 'paused' ? html`<p class="paused">Paused</p>` : nothing}
        </div>
      </div>
      <div class="details">
        ${headingView(
          subLevel(level),
          'exercise',
          'exercise',
          upcoming ? `Up next: ${upcoming.name}` : shown.name,
        )}
        ${rep ? html`<p part="rep" class="rep">${rep}</p>` : nothing}
        <ol part="steps" class="steps">
          ${shown.steps.map((step) => html`<li>${step}</li>`)}
        </ol>
        ${
          shown.breathing
            ? html`<p part="breathing" class="breathing">${shown.breathing}</p>`
            : nothing
        }
        ${
          upcoming
            ? nothing
            : html`<p part="next" class="next">${next ? `Up next: ${next}` : 'Last exercise'}</p>`
        }
      </div>
    </div>
  `;
}

/**
 * The closing message. It takes focus when the routine ends under a focused button
 * (`tabindex="-1"`: by script only), so a key pressed again lands on text, not on
 * "Start again".
 */
export function doneView(view: TimerState) {
  return html`<div part="done" class="done" tabindex="-1">
    <p class="done-title">${DONE_TITLE}</p>
    <p>${exercisedText(view.activeMs)}</p>
  </div>`;
}

/** The timer's commands that the row of controls calls. */
export interface TimerCommands {
  previous(): void;
  togglePause(): void;
  skip(): void;
  restart(): void;
}

/**
 * Previous, the main button, Skip and Restart. The arrow keys work from anywhere in the
 * timer once started (`aria-keyshortcuts`); Space is not a shortcut of the main button,
 * because on another button or a checkbox it presses that one.
 */
export function controlsView(view: TimerState, timer: TimerCommands) {
  const started = view.status === 'running' || view.status === 'paused';
  const primary =
    view.status === 'running'
      ? 'Pause'
      : view.status === 'paused'
        ? 'Resume'
        : view.status === 'done'
          ? 'Start again'
          : 'Start';
  return html`<div part="controls" class="controls" role="group" aria-label="Timer controls">
    <button
      part="button"
      type="button"
      ?hidden=${!started}
      aria-keyshortcuts="ArrowLeft"
      @click=${() => timer.previous()}
    >
      Previous
    </button>
    <button
      part="button primary"
      class="primary"
      type="button"
      @click=${() => (view.status === 'done' ? timer.restart() : timer.togglePause())}
    >
      ${primary}
    </button>
    <button
      part="button"
      type="button"
      ?hidden=${!started}
      aria-keyshortcuts="ArrowRight"
      @click=${() => timer.skip()}
    >
      Skip
    </button>
    <button part="button" type="button" ?hidden=${!started} @click=${() => timer.restart()}>
      Restart
    </button>
  </div>`;
}

/** Which of the timer's places `element` (the shadow root's focused element) is. */
export function focusSpot(element: Element | null | undefined): FocusSpot {
  if (!element) return 'elsewhere';
  if (element.matches('button.primary')) return 'primary';
  if (element.matches('[part~="controls"] button')) return 'control';
  return element.matches('[part~="done"]') ? 'closing' : 'elsewhere';
}

/** The element for a focus target of `focusAfter`. */
export const FOCUS_TARGETS = { closing: '[part~="done"]', primary: 'button.primary' } as const;
