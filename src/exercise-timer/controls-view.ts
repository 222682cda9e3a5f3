/**
 * The timer's row of controls (Previous, the main button, Skip, Restart) and its cue
 * switches, as functions of the run; they call back the timer's commands.
 */
import { html } from 'lit';
import type { CueChoices } from './saved-run.js';
import type { TimerState } from './timer-machine.js';
import type { TimerMessages } from './timer-messages.js';

/** The timer's commands that the row of controls calls. */
export interface TimerCommands {
  previous(): void;
  togglePause(): void;
  skip(): void;
  restart(): void;
  printRoutine(): void;
}

/**
 * Previous, the main button, Skip and Restart. The arrow keys work from anywhere in the
 * timer once started (`aria-keyshortcuts`); Space is not a shortcut of the main button,
 * because on another button or a checkbox it presses that one.
 */
export function controlsView(view: TimerState, timer: TimerCommands, text: TimerMessages) {
  const started = view.status === 'running' || view.status === 'paused';
  const primary = {
    running: text.pause,
    paused: text.resume,
    done: text.startAgain,
    idle: text.start,
  }[view.status];
  return html`<div part="controls" class="controls" role="group" aria-label=${text.controlsLabel}>
    <button
      part="button"
      type="button"
      ?hidden=${!started}
      aria-keyshortcuts="ArrowLeft"
      @click=${() => timer.previous()}
    >
      ${text.previous}
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
      ${text.skip}
    </button>
    <button part="button" type="button" ?hidden=${!started} @click=${() => timer.restart()}>
      ${text.restart}
    </button>
  </div>`;
}

/**
 * The beeps and spoken-cue switches; `choose` runs inside the visitor's tap, where a cue
 * turned on may play at once.
 */
export function cuesView(
  cues: CueChoices,
  choose: (cue: keyof CueChoices, on: boolean) => void,
  text: TimerMessages,
) {
  const change = (cue: keyof CueChoices) => (event: Event) =>
    choose(cue, (event.target as HTMLInputElement).checked);
  return html`<fieldset part="cues" class="cues">
    <legend class="visually-hidden">${text.cuesLegend}</legend>
    <label
      ><input type="checkbox" .checked=${cues.sound} @change=${change('sound')} />
      ${text.beeps}</label
    >
    <label
      ><input type="checkbox" .checked=${cues.voice} @change=${change('voice')} />
      ${text.spokenCues}</label
    >
  </fieldset>`;
}
