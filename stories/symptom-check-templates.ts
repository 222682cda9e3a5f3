/**
 * Templates, controls and helpers for the symptom check stories. Not a story file:
 * Storybook only reads `*.stories.ts`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent } from 'storybook/test';
import type { KneadSymptomCheck } from '../src/symptom-check/symptom-check.js';
import type { Flow, FlowItem, Outcome } from '../src/symptom-check/flow-types.js';
import { BACK_PAIN_FLOW } from '../src/symptom-check/back-pain-flow.js';
import { BUILT_IN_FLOWS } from '../src/symptom-check/built-in-flows.js';
import { cssProperties, textOf } from './technique-templates.js';

export { textOf };

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

// Reading the element

/** A question of the built-in flow (or another), by linkId. */
export function itemOf(linkId: string, flow: Flow = BACK_PAIN_FLOW): FlowItem {
  const item = flow.item.find((candidate) => candidate.linkId === linkId);
  if (!item) throw new Error(`the flow has no question "${linkId}"`);
  return item;
}

/** An outcome of the built-in flow (or another), by id. */
export function outcomeOf(id: string, flow: Flow = BACK_PAIN_FLOW): Outcome {
  const outcome = flow.outcomes.find((candidate) => candidate.id === id);
  if (!outcome) throw new Error(`the flow has no outcome "${id}"`);
  return outcome;
}

export const part = (root: ParentNode, name: string) =>
  root.querySelector<HTMLElement>(`[part~="${name}"]`);
export const parts = (root: ParentNode, name: string) => [
  ...root.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];

/** The heading of the screen shown, as read aloud. */
export const headingOf = (element: KneadSymptomCheck): string =>
  textOf(part(element.shadowRoot!, 'heading'));

/**
 * Waits for the element to render, and for what its result screen holds (technique cards,
 * booking button), which load when the check starts and take the clinic's settings through
 * context.
 */
export async function settle(element: KneadSymptomCheck): Promise<void> {
  await element.updateComplete;
  const shadow = element.shadowRoot!;
  const inner = [...shadow.querySelectorAll('knead-technique-card, knead-booking-button')];
  for (const tag of new Set(inner.map((node) => node.localName)))
    await customElements.whenDefined(tag);
  for (let round = 0; round < 2; round++)
    await Promise.all(
      inner.map((node) => (node as Element & { updateComplete: Promise<unknown> }).updateComplete),
    );
  await element.updateComplete;
}

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

/** A button of the screen shown, by its text. */
export function buttonNamed(element: KneadSymptomCheck, name: string): HTMLButtonElement {
  const buttons = [...element.shadowRoot!.querySelectorAll('button')];
  const button = buttons.find((candidate) => textOf(candidate) === name);
  if (!button)
    throw new Error(
      `no "${name}" button on "${headingOf(element)}"; there are: ${buttons.map(textOf).join(', ')}`,
    );
  return button;
}

/**
 * The answer whose label is `text`, or else the one label that starts with it (so "No"
 * means No on a yes/no screen, and "Lower back" the whole option). Anything else is a
 * mistake in the story, named with the options there are.
 */
function optionNamed(element: KneadSymptomCheck, text: string): HTMLInputElement {
  const options = parts(element.shadowRoot!, 'option');
  const exact = options.filter((option) => textOf(option) === text);
  const found = exact.length ? exact : options.filter((option) => textOf(option).startsWith(text));
  const input = found[0]?.querySelector('input');
  if (found.length !== 1 || !input)
    throw new Error(
      `${found.length} answers start with "${text}" on "${headingOf(element)}"; there are: ${options.map(textOf).join(' | ')}`,
    );
  return input;
}

/** Ticks (or chooses) the answers whose labels start with the given texts, as a visitor does. */
export async function choose(element: KneadSymptomCheck, answer: string | string[]): Promise<void> {
  for (const text of Array.isArray(answer) ? answer : [answer]) {
    const input = optionNamed(element, text);
    await userEvent.click(input);
    await element.updateComplete;
    await expect(input.checked).toBe(true);
  }
}

/** Presses a button of the screen shown, by its text, and waits for the next screen. */
export async function press(element: KneadSymptomCheck, name: string): Promise<void> {
  await userEvent.click(buttonNamed(element, name));
  await settle(element);
}

/**
 * Walks the check like a visitor: Start, then on each screen ticks the answers whose labels
 * start with the given text (several for a "choose every one" screen) and presses Next.
 */
export async function walk(
  element: KneadSymptomCheck,
  answers: Array<string | string[]>,
): Promise<void> {
  await settle(element);
  await press(element, 'Start the check');
  for (const answer of answers) {
    await choose(element, answer);
    await press(element, 'Next');
  }
}

// Routes through the built-in flow, by the answers' labels (BACK_PAIN_FLOW's `display`s)

const NONE = 'None of these';

/** To each question of the built-in flow: the answers before it. */
export const TO_QUESTION: Readonly<Record<string, Array<string | string[]>>> = {
  emergency: [],
  urgent: [[NONE]],
  area: [[NONE], [NONE]],
  character: [[NONE], [NONE], 'Lower back'],
  'below-knee': [[NONE], [NONE], 'Lower back', 'A dull ache'],
  'leg-symptoms': [[NONE], [NONE], 'Lower back', 'A dull ache', 'No'],
  'worse-with': [[NONE], [NONE], 'Lower back', 'A dull ache', 'No', 'No'],
  onset: [[NONE], [NONE], 'Lower back', 'A dull ache', 'No', 'No', ['Moving about']],
  duration: [[NONE], [NONE], 'Lower back', 'A dull ache', 'No', 'No', ['Moving about'], 'Slowly'],
};

/** To each outcome of the built-in flow: a visitor's answers. */
export const TO_OUTCOME: Readonly<Record<string, Array<string | string[]>>> = {
  emergency: [['I have lost control of my bladder or bowels']],
  urgent: [[NONE], ['I have a fever']],
  'disc-nerve': [
    [NONE],
    [NONE],
    'Lower back',
    'Sharp, shooting or burning',
    'Yes',
    'Yes',
    ['Sitting for a long time', 'Coughing or sneezing'],
    'Suddenly, with a twist',
    'One to six weeks',
  ],
  muscular: [
    [NONE],
    [NONE],
    'Lower back',
    'A dull ache',
    'No',
    'No',
    ['Moving about'],
    'Slowly, with long hours at a desk',
    'Less than a week',
  ],
  unclear: [
    [NONE],
    [NONE],
    'In more than one of these places',
    'A mix of both',
    'No',
    'No',
    ['Nothing in particular'],
    'For no reason',
    'More than six weeks',
  ],
};
