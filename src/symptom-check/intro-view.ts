/** The start screen: what the check is for, what it is not, and who to call instead. */
import { html } from 'lit';
import type { CareRoute } from '../shared/care-route.js';
import type { Flow } from './flow-types.js';
import { emergencyInline } from './care-view.js';
import { screenHeading } from './screen-parts.js';

export interface IntroScreen {
  readonly flow: Flow;
  readonly level: number;
  readonly care: CareRoute;
  readonly onStart: () => void;
}

export const introView = ({ flow, level, care, onStart }: IntroScreen) =>
  html`<section part="intro" class="panel" aria-label=${flow.title}>
    ${screenHeading(flow.title, level)}
    <p>${flow.intro}</p>
    <p class="disclaimer">
      <strong>This is not a diagnosis.</strong> It does not replace a doctor or physiotherapist; it
      helps you decide what to do next. Your answers stay on this page: nothing is sent or saved.
    </p>
    <p class="disclaimer">
      If you have sudden severe pain, or feel very unwell, do not use this check: call
      ${emergencyInline(care)} now.
    </p>
    <div class="actions">
      <button part="button primary" class="primary" type="button" @click=${onStart}>
        Start the check
      </button>
    </div>
  </section>`;
