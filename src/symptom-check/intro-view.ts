/** The start screen: what the check is for, what it is not, and who to call instead. */
import { html } from 'lit';
import type { CareRoute } from '../shared/care-route.js';
import type { Flow } from './flow-types.js';
import type { CheckMessages } from './check-messages.js';
import { emergencySentence } from './care-view.js';
import { screenHeading } from './screen-parts.js';

export interface IntroScreen {
  /** The flow, in the visitor's language where it is the built-in one. */
  readonly flow: Flow;
  readonly level: number;
  readonly care: CareRoute;
  readonly text: CheckMessages;
  readonly onStart: () => void;
}

export const introView = ({ flow, level, care, text, onStart }: IntroScreen) =>
  html`<section part="intro" class="panel" aria-label=${flow.title}>
    ${screenHeading(flow.title, level)}
    <p>${flow.intro}</p>
    <p class="disclaimer"><strong>${text.notDiagnosis}</strong> ${text.whatItIs}</p>
    <p class="disclaimer">
      ${emergencySentence(care, text.introEmergency, text.introEmergencyLocal)}
    </p>
    <div class="actions">
      <button part="button primary" class="primary" type="button" @click=${onStart}>
        ${text.start}
      </button>
    </div>
  </section>`;
