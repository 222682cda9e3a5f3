/**
 * The timer's templates, as functions of what it shows: the overview before the start, the
 * stage while it runs, the closing message, the row of controls, the cue switches and the
 * message shown when there is no routine. They keep no state; `<knead-exercise-timer>`
 * renders them and handles what they send back.
 */
import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { subLevel } from '../shared/heading-level.js';
import type { CueChoices } from './saved-run.js';
import type { Schedule } from './schedule.js';
import { stageContent } from './stage-content.js';
import type { FocusSpot, KeyPlace, KeyPress } from './timer-keys.js';
import type { TimerState } from './timer-machine.js';
import {
  keyHint,
  DONE_TITLE,
  PHASE_LABELS,
  clockText,
  countdownSeconds,
  doseText,
  exercisedText,
  repText,
  secondsUnit,
  summaryText,
} from './timer-text.js';

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
}

/**
 * The whole timer: a region named by its heading and described by the keyboard hint, the
 * overview, stage or closing message by the state of the run, the controls, the cue
 * switches, and the live region. Keys pressed anywhere inside go to `onKeyDown`.
 */
export function timerView(
  { schedule, view, level, cues, announcement }: TimerScreen,
  timer: TimerCommands,
  onKeyDown: (event: KeyboardEvent) => void,
  chooseCue: (cue: keyof CueChoices, on: boolean) => void,
) {
  return html`
    <section
      class="panel timer"
      aria-labelledby="title"
      aria-describedby="keys"
      tabindex="-1"
      @keydown=${onKeyDown}
    >
      ${headingView(level, 'title', 'heading', schedule.routine.name)}
      <p id="keys" class="visually-hidden">${keyHint(view.status)}</p>
      ${
        view.status === 'idle'
          ? overviewView(schedule)
          : view.status === 'done'
            ? doneView(view)
            : stageView(schedule, view, level)
      }
      ${controlsView(view, timer)} ${cuesView(cues, chooseCue)}
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

/** Before the start: how many exercises, about how long, and each with its dose. */
export function overviewView(schedule: Schedule) {
  return html`
    <p class="summary">${summaryText(schedule)}</p>
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
  const rep = repText(phase, exercise);
  const { exercise: shown, heading, next } = stageContent(schedule, view);
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

/**
 * The beeps and spoken-cue switches; `choose` runs inside the visitor's tap, where a cue
 * turned on may play at once.
 */
export function cuesView(cues: CueChoices, choose: (cue: keyof CueChoices, on: boolean) => void) {
  const change = (cue: keyof CueChoices) => (event: Event) =>
    choose(cue, (event.target as HTMLInputElement).checked);
  return html`<fieldset part="cues" class="cues">
    <legend class="visually-hidden">Cues</legend>
    <label><input type="checkbox" .checked=${cues.sound} @change=${change('sound')} /> Beeps</label>
    <label
      ><input type="checkbox" .checked=${cues.voice} @change=${change('voice')} /> Spoken
      cues</label
    >
  </fieldset>`;
}

/** Instead of the timer, when its routine is unknown or refused. */
export const messageView = () =>
  html`<p part="message" role="alert">
    This exercise routine could not be loaded. Please let the clinic know.
  </p>`;

/**
 * A key press inside the timer, for `keyAction`: the key, whether it repeats, and where it
 * went down (a button, a checkbox, or the timer itself or its text). Undefined with a
 * modifier: Ctrl+Arrow and the like belong to the browser and the screen reader.
 */
export function keyPress(event: KeyboardEvent): KeyPress | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
  const target = event.composedPath()[0];
  const on: KeyPlace =
    target instanceof HTMLButtonElement
      ? 'button'
      : target instanceof HTMLInputElement
        ? 'checkbox'
        : 'timer';
  return { key: event.key, repeat: event.repeat, on };
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
