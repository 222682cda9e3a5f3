/**
 * The symptom check's calls to action for medical care: the emergency number (or, where it
 * is not known, "your local emergency number", never a guessed number) and, for an urgent
 * result, the region's health advice line ahead of the emergency number.
 */
import { html, nothing } from 'lit';
import { phoneUrl } from '../shared/safe-url.js';
import type { CareRoute } from '../shared/care-route.js';

const LOCAL_NUMBER = 'your local emergency number';

/** The emergency number as a link inside a sentence: "call 112" / "call your local …". */
export function emergencyInline(care: CareRoute) {
  const href = care.emergency ? phoneUrl(care.emergency) : undefined;
  return href ? html`<a part="call" href=${href}>${care.emergency}</a>` : LOCAL_NUMBER;
}

/** The emergency result's main action: a large "Call 112" link. */
export function emergencyAction(care: CareRoute) {
  const href = care.emergency ? phoneUrl(care.emergency) : undefined;
  return html`<p class="call-line">
    ${
      href
        ? html`<a part="call" class="call" href=${href}>Call ${care.emergency}</a>`
        : html`<strong part="call" class="call-text">Call ${LOCAL_NUMBER} now.</strong>`
    }
  </p>`;
}

/**
 * The urgent result's actions: the advice line where the region has one, else the doctor or
 * an urgent care service; the emergency number only for when it gets worse.
 */
export function urgentActions(care: CareRoute) {
  const line = care.advice;
  const href = line ? phoneUrl(line.number) : undefined;
  return html`${
      line && href
        ? html`<p class="call-line">
              <a part="advice-line" class="call advice" href=${href}>Call ${line.number}</a>
            </p>
            <p>
              Calling ${line.number} (${line.name}${line.coverage ? `; ${line.coverage}` : nothing})
              puts you through to a nurse or health adviser who can help you decide where to go and
              how soon.
            </p>`
        : html`<p class="call-line">
            <strong class="call-text">Contact your doctor or an urgent care service today.</strong>
          </p>`
    }
    <p>If it gets worse, or you notice any emergency sign, call ${emergencyInline(care)} now.</p>`;
}
