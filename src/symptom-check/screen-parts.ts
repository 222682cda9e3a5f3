/**
 * What every screen of the check is built from: its heading (which takes focus when the
 * screen changes), the headings of a result's parts, and the Back and Start again buttons.
 */
import { html } from 'lit';
import { subLevel } from '../shared/heading-level.js';

/** Where the element moves focus when a new screen shows. */
export const HEADING_SELECTOR = '[part~="heading"]';

/** The screen's heading at `level`, focusable from script so focus can follow the screen. */
export const screenHeading = (text: string, level: number) =>
  html`<div part="heading" class="heading" role="heading" aria-level=${level} tabindex="-1">
    ${text}
  </div>`;

/** A heading one level below the screen's, for a part of a result. */
export const subheading = (text: string, level: number) =>
  html`<div class="subheading" role="heading" aria-level=${subLevel(level)}>${text}</div>`;

/** What a visitor can do from any question or result. */
export interface ScreenMoves {
  readonly onBack: () => void;
  readonly onRestart: () => void;
}

/** Back, then Start again (the quiet one). */
export const backAndRestart = ({ onBack, onRestart }: ScreenMoves) =>
  html`<button part="button" type="button" @click=${onBack}>Back</button>
    <button part="button" class="quiet" type="button" @click=${onRestart}>Start again</button>`;
