/**
 * The symptom check's calls to action for medical care: the emergency number (or, where it
 * is not known, "your local emergency number", never a guessed number) and, for an urgent
 * result, the region's health advice line ahead of the emergency number. Each sentence is
 * the language's own, with the number as a link where the sentence puts it.
 */
import { html } from 'lit';
import { phoneUrl } from '../shared/safe-url.js';
import type { CareRoute } from '../shared/care-route.js';
import type { AdviceLine } from '../shared/care-numbers.js';
import type { CheckMessages } from './check-messages.js';
import { LINK, withLink } from './screen-parts.js';

/**
 * The advice lines' names and where they cover, as one phrase per region code (`CA`:
 * "the provincial health line; in most provinces and territories"), in a language other
 * than English: the `advice-lines` texts. English is care-numbers.ts's data.
 */
export type AdviceLineNames = Readonly<Partial<Record<string, string>>>;

/**
 * A sentence with the emergency number in it, as a link: `known(LINK)` where the number
 * is known, else `unknown`, the language's sentence with "your local emergency number".
 */
export function emergencySentence(
  care: CareRoute,
  known: (number: string) => string,
  unknown: string,
) {
  const href = care.emergency ? phoneUrl(care.emergency) : undefined;
  return href
    ? withLink(known(LINK), html`<a part="call" href=${href}>${care.emergency}</a>`)
    : unknown;
}

/** The emergency result's main action: a large "Call 112" link. */
export function emergencyAction(care: CareRoute, text: CheckMessages) {
  const href = care.emergency ? phoneUrl(care.emergency) : undefined;
  return html`<p class="call-line">
    ${
      href
        ? html`<a part="call" class="call" href=${href}>${text.callNumber(care.emergency!)}</a>`
        : html`<strong part="call" class="call-text">${text.callLocalNow}</strong>`
    }
  </p>`;
}

/**
 * The urgent result's actions: the advice line where the region has one, else the doctor or
 * an urgent care service; the emergency number only for when it gets worse.
 */
export function urgentActions(care: CareRoute, text: CheckMessages, names?: AdviceLineNames) {
  const line = care.advice;
  const href = line ? phoneUrl(line.number) : undefined;
  return html`${
      line && href
        ? html`<p class="call-line">
              <a part="advice-line" class="call advice" href=${href}
                >${text.callNumber(line.number)}</a
              >
            </p>
            <p>${text.adviceLineAbout(line.number, serviceOf(line, care.region, names))}</p>`
        : html`<p class="call-line">
            <strong class="call-text">${text.contactDoctorToday}</strong>
          </p>`
    }
    <p>${emergencySentence(care, text.worseCall, text.worseCallLocal)}</p>`;
}

/** The advice line's name and coverage, in the language's words where it has them. */
const serviceOf = (line: AdviceLine, region: string | undefined, names?: AdviceLineNames) =>
  (region && names?.[region]) || (line.coverage ? `${line.name}; ${line.coverage}` : line.name);
