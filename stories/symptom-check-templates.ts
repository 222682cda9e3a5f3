/**
 * Templates, controls and set-up for the symptom check stories. Not a story file: Storybook
 * only reads `*.stories.ts`. Reading and driving the check, and the routes through the
 * built-in flow, are the harness's (test/harness/symptom-check.ts), shared with the tests.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import type { KneadSymptomCheck } from '../src/symptom-check/symptom-check.js';
import type { KneadBookingButton } from '../src/booking-button/booking-button.js';
import type { KneadTechniqueCard } from '../src/technique-card/technique-card.js';
import type { Flow } from '../src/symptom-check/flow-types.js';
import { BUILT_IN_FLOWS } from '../src/symptom-check/built-in-flows.js';
import {
  ROUTES,
  answerRoute,
  headingText,
  itemOf,
  options,
  outcomeOf,
  part,
  progressText,
  routeTo,
  settle,
  textOf,
  type Choice,
  type RouteName,
} from '../test/harness/symptom-check.js';
import { attr, cssProperties, rendered } from './templates.js';

export { outcomeOf };

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
  const check = await rendered<KneadSymptomCheck>(root, 'knead-symptom-check');
  await settle(check.element);
  return check;
}

/**
 * The play of a question's story: the questions before it answered, then its heading (with
 * focus), progress ("Question n of m", or null where the count is not certain), answers and
 * events checked.
 */
export const questionPlay =
  (linkId: string, progress: string | null) =>
  async ({ canvasElement, args }: { canvasElement: HTMLElement; args: SymptomCheckArgs }) => {
    const item = itemOf(linkId);
    const { element, shadow } = await renderedCheck(canvasElement);
    const before = routeTo(linkId);
    await answerRoute(element, before);
    await expect(headingText(element)).toBe(item.text);
    // Focus follows the new question, for screen reader and keyboard users.
    await expect(shadow.activeElement).toBe(part(element, 'heading'));
    await expect(progressText(element) ?? null).toBe(progress);
    await expect(options(element).map((option) => option.label)).toEqual(
      item.type === 'boolean'
        ? ['Yes', 'No']
        : (item.answerOption ?? []).map((option) => option.valueCoding.display),
    );
    await expect(args.onKneadSymptomCheckStart).toHaveBeenCalledTimes(1);
    await expect(args.onKneadSymptomCheckStep).toHaveBeenLastCalledWith(
      expect.objectContaining({ detail: { step: before.length } }),
    );
  };

/** The technique cards and booking button a result shows. */
export const resultElements = (element: KneadSymptomCheck) => ({
  cards: [...element.shadowRoot!.querySelectorAll<KneadTechniqueCard>('knead-technique-card')],
  button: element.shadowRoot!.querySelector<KneadBookingButton>('knead-booking-button'),
});

/**
 * An outcome of the built-in flow, reached by a visitor's answers: its heading, its advice,
 * and the complete event, which carries the outcome and recommendations but never the answers.
 */
export async function reachOutcome(
  canvasElement: HTMLElement,
  args: SymptomCheckArgs,
  id: RouteName,
) {
  const outcome = outcomeOf(id);
  const { element, shadow } = await renderedCheck(canvasElement);
  await answerRoute(element, ROUTES[id]);
  await expect(headingText(element)).toBe(outcome.title);
  await expect(shadow.activeElement).toBe(part(element, 'heading'));
  await expect(textOf(part(element, 'result'))).toContain(outcome.advice);
  await expect(args.onKneadSymptomCheckComplete).toHaveBeenCalledTimes(1);
  await expect(args.onKneadSymptomCheckComplete).toHaveBeenCalledWith(
    expect.objectContaining({
      detail: {
        outcome: outcome.id,
        level: outcome.level,
        techniques: [...(outcome.techniques ?? [])],
        exercises: [...(outcome.exercises ?? [])],
      },
    }),
  );
  return { element, shadow, ...resultElements(element) };
}

// A clinic's own flow

/** A clinic's short neck and shoulder check: screening first, then two questions. */
export const DESK_NECK_FLOW: Flow = {
  id: 'desk-neck',
  title: 'Neck and shoulder check',
  intro:
    'Three short questions about neck and shoulder pain from desk work, to see whether a massage with us is a good next step.',
  item: [
    {
      linkId: 'screening',
      text: 'Do any of these apply to you?',
      helpText: 'Choose every one that applies.',
      type: 'multi-choice',
      answerOption: [
        {
          valueCoding: {
            code: 'injury',
            display: 'The pain began after a fall, accident or whiplash',
          },
        },
        {
          valueCoding: {
            code: 'arm-nerve',
            display: 'I have numbness, tingling or weakness in an arm or hand',
          },
        },
        { valueCoding: { code: 'none', display: 'None of these' }, exclusive: true },
      ],
    },
    {
      linkId: 'desk',
      text: 'Do you spend long hours at a desk or a screen?',
      type: 'boolean',
      enableWhen: [{ question: 'screening', operator: '=', answerCoding: { code: 'none' } }],
    },
    {
      linkId: 'feel',
      text: 'What does it feel like?',
      type: 'choice',
      answerOption: [
        { valueCoding: { code: 'ache', display: 'Tight, stiff or achy' } },
        { valueCoding: { code: 'sharp', display: 'Sharp or shooting' } },
      ],
      enableWhen: [{ question: 'screening', operator: '=', answerCoding: { code: 'none' } }],
    },
  ],
  outcomes: [
    {
      id: 'see-doctor',
      level: 'urgent',
      when: {
        any: [
          { question: 'screening', operator: '=', answerCoding: { code: 'injury' } },
          { question: 'screening', operator: '=', answerCoding: { code: 'arm-nerve' } },
        ],
      },
      title: 'Please see a doctor first',
      advice:
        'After an injury, or with numbness or weakness in an arm, a doctor should check your neck before any massage.',
    },
    {
      id: 'desk-tension',
      level: 'massage',
      when: {
        all: [
          { question: 'desk', operator: '=', answerBoolean: true },
          { question: 'feel', operator: '=', answerCoding: { code: 'ache' } },
        ],
      },
      title: 'Desk tension: a massage can help',
      advice:
        'Tight, achy neck and shoulders after long hours at a desk usually come from overworked muscles. A massage can ease them; short breaks to move help keep them easy.',
      techniques: ['swedish', 'trigger-point'],
    },
    {
      id: 'talk-to-us',
      level: 'clinician',
      title: 'Let us talk it through',
      advice:
        'Your answers do not point clearly to desk tension. Call us, or see a physiotherapist, and we will find the right next step together.',
    },
  ],
};

/** The neck flow's route to its massage outcome: no warning sign, desk work, an ache. */
export const DESK_TENSION_ROUTE: readonly Choice[] = [
  { linkId: 'screening', codes: ['none'] },
  { linkId: 'desk', codes: ['yes'] },
  { linkId: 'feel', codes: ['ache'] },
];

/** The neck flow with a typo: its second question refers to `screen` for `screening`. */
export const DESK_NECK_FLOW_WITH_A_TYPO: Flow = {
  ...DESK_NECK_FLOW,
  item: DESK_NECK_FLOW.item.map((item, index) =>
    index === 1
      ? {
          ...item,
          enableWhen: [{ question: 'screen', operator: '=', answerCoding: { code: 'none' } }],
        }
      : item,
  ),
};

// The names the clinic page story still uses; the harness has them under its own names.

/** The named routes through the built-in flow (the harness's `ROUTES`). */
export const TO_OUTCOME: Readonly<Record<string, readonly Choice[]>> = ROUTES;
/** Walks a route from the intro (the harness's `answerRoute`). */
export const walk = (element: KneadSymptomCheck, route: readonly Choice[]) =>
  answerRoute(element, route);
/** The heading of the screen shown (the harness's `headingText`). */
export const headingOf = headingText;
