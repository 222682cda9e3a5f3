/**
 * What `<knead-self-care-tips>` shows: its tips (a list of title, text and moments), the
 * general line under them, the note when no tip fits the moment, and the note shown
 * instead of the tips when none can be shown.
 */
import { html } from 'lit';
import type { Tip } from './tip-types.js';
import { momentLabel, type TipsMessages } from './tips-messages.js';

/** One tip: its title as a heading at `level`, its sentences, and when it applies, as text. */
const tipView = (tip: Tip, level: number, text: TipsMessages) =>
  html`<li part="tip" class="tip">
    <div part="title" class="title" role="heading" aria-level=${level}>${tip.title}</div>
    <p part="text" class="text">${tip.text}</p>
    <ul part="moments" class="moments" aria-label=${text.when}>
      ${tip.when.map(
        (moment) => html`<li part="moment" class="moment">${momentLabel(text, moment)}</li>`,
      )}
    </ul>
  </li>`;

/** The tips, or the note that none fits, with the general line under them. */
export function tipsView(tips: readonly Tip[], level: number, label: string, text: TipsMessages) {
  return html`<div part="panel" class="panel">
    ${
      tips.length
        ? html`<ul part="tips" class="tips" aria-label=${label}>
            ${tips.map((tip) => tipView(tip, level, text))}
          </ul>`
        : html`<p part="empty" class="empty">${text.noMatch}</p>`
    }
    <p part="general" class="general">${text.general}</p>
  </div>`;
}

/** Shown instead of the tips when none can be shown (the console says why). */
export const notShownView = (text: TipsMessages) =>
  html`<div part="panel" class="panel">
    <p part="message" class="message" role="note">${text.notShown}</p>
  </div>`;
