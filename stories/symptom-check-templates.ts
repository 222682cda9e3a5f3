/**
 * Templates, controls and set-up for the symptom check stories. Not a story file: Storybook
 * only reads `*.stories.ts`. Reading and driving the check, and the routes through the
 * built-in flow, are the harness's (test/harness/symptom-check.ts), shared with the tests.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { KneadSymptomCheck } from '../src/symptom-check/symptom-check.js';
import { BUILT_IN_FLOWS } from '../src/symptom-check/built-in-flows.js';
import {
  ROUTES,
  answerRoute,
  headingText,
  settle,
  type Choice,
} from '../test/harness/symptom-check.js';
import { cssProperties } from './technique-templates.js';

export { outcomeOf } from '../test/harness/symptom-check.js';

type Theme = 'light' | 'dark' | 'auto';

/** Args of `<knead-symptom-check>`, named as its attributes (as custom-elements.json does). */
export interface SymptomCheckArgs {
  /** A built-in flow id. A clinic's own flow goes in a JSON child (see `symptomCheck`). */
  flow?: string;
  'exercises-href'?: string;
  'emergency-number'?: string;
  'heading-level'?: number;
  theme?: Theme | '';
  /** The actions Storybook adds for the events in custom-elements.json. */
  onKneadSymptomCheckStart?: (event: Event) => void;
  onKneadSymptomCheckStep?: (event: Event) => void;
  onKneadSymptomCheckComplete?: (event: Event) => void;
  /** The `@cssprop` tokens, set on the element when given a value. */
  [cssProperty: `--${string}`]: string | undefined;
}

/** An empty control means "attribute not set". */
const attr = (value: string | number | undefined) =>
  ifDefined(value === '' || value === undefined || value === null ? undefined : String(value));

/** `<knead-symptom-check>` with every arg as an attribute, and `content` (a JSON child) inside. */
export function symptomCheck(
  args: SymptomCheckArgs,
  content: TemplateResult | typeof nothing = nothing,
): TemplateResult {
  return html`<knead-symptom-check
    flow=${attr(args.flow)}
    exercises-href=${attr(args['exercises-href'])}
    emergency-number=${attr(args['emergency-number'])}
    heading-level=${attr(args['heading-level'])}
    theme=${attr(args.theme)}
    style=${ifDefined(cssProperties(args))}
    @knead-symptom-check-start=${args.onKneadSymptomCheckStart}
    @knead-symptom-check-step=${args.onKneadSymptomCheckStep}
    @knead-symptom-check-complete=${args.onKneadSymptomCheckComplete}
    >${content}</knead-symptom-check
  >`;
}

/** A clinic's own flow as the element reads it: an inline JSON child. */
export const jsonChild = (flow: unknown): TemplateResult =>
  html`<script type="application/json">
    ${JSON.stringify(flow, null, 2)}
  </script>`;

/**
 * The clinic the booking stories sit in, as on the demo page: Calendly, account
 * harbour-physio, and a phone number for results that suggest talking to the clinic.
 */
export function clinic(content: TemplateResult): TemplateResult {
  return html`<knead-clinic
    booking-provider="calendly"
    booking-account="harbour-physio"
    phone="+1 (604) 555-0142"
    >${content}</knead-clinic
  >`;
}

/** Controls for the element's attributes; descriptions and types come from the manifest. */
export const symptomCheckArgTypes = {
  flow: { control: 'select', options: Object.keys(BUILT_IN_FLOWS) },
  'exercises-href': { control: 'text' },
  'emergency-number': { control: 'text' },
  'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
  theme: {
    control: { type: 'inline-radio', labels: { '': '(page)' } },
    options: ['', 'light', 'dark', 'auto'],
  },
} as const;

/** The symptom check in a story, once it has rendered (and checked a clinic's own flow). */
export async function renderedCheck(
  root: ParentNode,
): Promise<{ element: KneadSymptomCheck; shadow: ShadowRoot }> {
  await customElements.whenDefined('knead-symptom-check');
  const element = root.querySelector<KneadSymptomCheck>('knead-symptom-check');
  if (!element) throw new Error('no knead-symptom-check in the story');
  await settle(element);
  // A clinic's settings arrive through context; give it one more update.
  await settle(element);
  return { element, shadow: element.shadowRoot! };
}

// The names the clinic page story still uses; the harness has them under its own names.

/** The named routes through the built-in flow (the harness's `ROUTES`). */
export const TO_OUTCOME: Readonly<Record<string, readonly Choice[]>> = ROUTES;
/** Walks a route from the intro (the harness's `answerRoute`). */
export const walk = (element: KneadSymptomCheck, route: readonly Choice[]) =>
  answerRoute(element, route);
/** The heading of the screen shown (the harness's `headingText`). */
export const headingOf = headingText;
