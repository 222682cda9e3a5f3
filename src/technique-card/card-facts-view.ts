/**
 * The card's facts at a glance: pressure (in words, on a native meter and as pips), session
 * length and price; and the goals the technique is good for.
 */
import { html, nothing } from 'lit';
import { PRESSURE_LEVELS, pressureText, type PressureLevel } from './technique-types.js';
import type { CardContent } from './card-content.js';
import { goalLabel, pressureWord, type CardMessages } from './card-messages.js';

/** One fact: a term and its value, or nothing when there is no value. */
const fact = (term: string, value: unknown) =>
  value
    ? html`<div>
        <dt>${term}</dt>
        <dd>${value}</dd>
      </div>`
    : nothing;

/**
 * Pressure, session length and price, as a description list, in the language of `text`;
 * nothing when none is known.
 */
export function factsView(
  { pressure, pressureLabel, duration, price }: CardContent,
  text: CardMessages,
) {
  if (pressure === undefined && !duration && !price) return nothing;
  return html`<dl part="facts" class="facts">
    ${
      pressure === undefined
        ? nothing
        : html`<div>
            <dt>${text.pressure}</dt>
            <dd class="pressure">
              <span
                >${pressureText({ pressure, pressureLabel }, (level) => pressureWord(text, level))}</span
              >
              ${meterView(pressure, text)}
            </dd>
          </div>`
    }
    ${fact(text.session, duration && text.sessionLength(duration.min, duration.max))}
    ${fact(text.price, price)}
  </dl>`;
}

/** A native meter for assistive technology; five pips, filled up to the level, for the eye. */
function meterView(pressure: PressureLevel, text: CardMessages) {
  const max = PRESSURE_LEVELS.length;
  return html`<meter
      class="visually-hidden"
      aria-label=${text.pressure}
      min="1"
      max=${max}
      value=${pressure}
    >
      ${text.pressureOf(pressure, max)}
    </meter>
    <span part="meter" class="meter" aria-hidden="true">
      ${PRESSURE_LEVELS.map(
        (level) => html`<span class=${level <= pressure ? 'pip on' : 'pip'}></span>`,
      )}
    </span>`;
}

/**
 * What the technique is good for, as a labelled list of tags in the language of `text`;
 * nothing when it names no goal.
 */
export function goalsView({ goals }: CardContent, text: CardMessages) {
  if (!goals.length) return nothing;
  return html`<div class="goals">
    <span class="label" id="goals-label">${text.goodFor}</span>
    <ul part="goals" aria-labelledby="goals-label">
      ${goals.map((goal) => html`<li part="goal" class="tag">${goalLabel(text, goal)}</li>`)}
    </ul>
  </div>`;
}
