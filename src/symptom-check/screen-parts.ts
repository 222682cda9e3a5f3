/**
 * What every screen of the check is built from: its heading (which takes focus when the
 * screen changes), the headings of a result's parts, the Back and Start again buttons, a
 * sentence with a link inside, and the screens shown while the flow loads or when it fails.
 */
import { html, type TemplateResult } from 'lit';
import { subLevel } from '../shared/heading-level.js';
import type { CheckMessages } from './check-messages.js';

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
  /** The words of the check, in the visitor's language. */
  readonly text: CheckMessages;
}

/** Back, then Start again (the quiet one). */
export const backAndRestart = ({ onBack, onRestart, text }: ScreenMoves) =>
  html`<button part="button" type="button" @click=${onBack}>${text.back}</button>
    <button part="button" class="quiet" type="button" @click=${onRestart}>${text.restart}</button>`;

/**
 * What a message function is given in place of a link (a private-use character no
 * sentence holds), so the view can put the link where the sentence has it.
 */
export const LINK = '\uE000';

/**
 * A whole sentence, written with LINK where the link goes, with the link put there. A
 * sentence a registered language wrote without the marker keeps the link after it: an
 * emergency number is never dropped.
 */
export function withLink(sentence: string, link: TemplateResult): TemplateResult {
  const at = sentence.indexOf(LINK);
  if (at < 0) return html`${sentence} ${link}`;
  return html`${sentence.slice(0, at)}${link}${sentence.slice(at + LINK.length)}`;
}

/** The screen while a clinic's flow is checked. */
export const loadingView = (text: CheckMessages) =>
  html`<div class="panel"><p role="status">${text.loading}</p></div>`;

/** The screen when the flow could not be loaded: an alert, and who to contact instead. */
export const failedView = (text: CheckMessages) =>
  html`<div class="panel">
    <p part="message" class="message" role="alert">${text.failed}</p>
  </div>`;
