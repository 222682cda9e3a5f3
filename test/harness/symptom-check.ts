/**
 * Reads and drives `<knead-symptom-check>` as a visitor does: the screen's heading,
 * progress, answers, note and result as they read, and Start, a choice, Next, Back and Start
 * again as clicks. Plain DOM code, for the element tests and the story play functions alike
 * (no test runner or Storybook imports). Also the named routes through the built-in
 * back-pain flow, written once.
 */
import type { KneadSymptomCheck } from '../../src/symptom-check/symptom-check.js';
import type { AnswerValue, Flow, FlowItem, Outcome } from '../../src/symptom-check/flow-types.js';
import { BACK_PAIN_FLOW } from '../../src/symptom-check/back-pain-flow.js';
import { deepActiveElement, part, parts, textOf } from './dom.js';

export { deepActiveElement, part, parts, textOf };

export type Check = KneadSymptomCheck;

// Reading the screen ------------------------------------------------------------------------

/** The heading of the screen shown (the element moves focus to it). */
export const heading = (el: Check) => part(el, 'heading');
export const headingText = (el: Check): string => textOf(heading(el));

/** "Question 3 of 9", or undefined where the screen shows no count. */
export const progressText = (el: Check): string | undefined =>
  part(el, 'progress') ? textOf(part(el, 'progress')) : undefined;

/** The note asking for an answer, or undefined when there is none. */
export const errorText = (el: Check): string | undefined =>
  part(el, 'error') ? textOf(part(el, 'error')) : undefined;

/** A result's level in words ("Massage can help"), or undefined on any other screen. */
export const resultLevel = (el: Check): string | undefined => {
  const level = part(el, 'result')?.querySelector('.level');
  return level ? textOf(level) : undefined;
};

/** The emergency number, or the clinic's phone: a link (or the words where none is known). */
export const callLink = (el: Check) => part<HTMLAnchorElement>(el, 'call');

/** Every answer row on the screen: its label, whether it is checked, and its input. */
export const options = (
  el: Check,
): { label: string; checked: boolean; input: HTMLInputElement }[] =>
  parts(el, 'option').map((row) => {
    const input = row.querySelector('input')!;
    return { label: textOf(row), checked: input.checked, input };
  });

/** The labels of the answers now checked, in screen order. */
export const checkedLabels = (el: Check): string[] =>
  options(el)
    .filter((option) => option.checked)
    .map((option) => option.label);

/** The names of the screen's buttons, in order. */
export const buttonNames = (el: Check): string[] =>
  [...el.shadowRoot!.querySelectorAll('button')].map(textOf);

/** A button of the screen, by its name; a mistake names the buttons there are. */
export function button(el: Check, name: string): HTMLButtonElement {
  const found = [...el.shadowRoot!.querySelectorAll('button')].find((b) => textOf(b) === name);
  if (!found)
    throw new Error(
      `no "${name}" button on "${headingText(el)}"; there are: ${buttonNames(el).join(', ')}`,
    );
  return found;
}

/** Whether focus is on the screen's heading. */
export const focusIsOnHeading = (el: Check): boolean => {
  const active = deepActiveElement();
  return !!active && active === heading(el);
};

/**
 * The answer whose label is `text`, or else the one label that starts with it (so "No"
 * means No on a yes/no screen, and "Lower back" the whole option). Anything else is a
 * mistake, named with the answers there are.
 */
export function optionInput(el: Check, text: string): HTMLInputElement {
  const all = options(el);
  const exact = all.filter((option) => option.label === text);
  const found = exact.length ? exact : all.filter((option) => option.label.startsWith(text));
  if (found.length !== 1)
    throw new Error(
      `${found.length} answers start with "${text}" on "${headingText(el)}"; there are: ${all.map((option) => option.label).join(' | ')}`,
    );
  return found[0]!.input;
}

// Driving the check -------------------------------------------------------------------------

/**
 * Waits for the check to render, and for what its result screen holds (technique cards, the
 * booking button), which load when the check starts and take the clinic's settings.
 */
export async function settle(el: Check): Promise<void> {
  await el.updateComplete;
  const inner = [...el.shadowRoot!.querySelectorAll('knead-technique-card, knead-booking-button')];
  for (const tag of new Set(inner.map((node) => node.localName)))
    await customElements.whenDefined(tag);
  for (let round = 0; round < 2; round++)
    await Promise.all(
      inner.map((node) => (node as Element & { updateComplete: Promise<unknown> }).updateComplete),
    );
  await el.updateComplete;
}

/** Clicks a button of the screen by its name, and waits for what it shows. */
export async function press(el: Check, name: string): Promise<void> {
  button(el, name).click();
  await settle(el);
}

export const start = (el: Check) => press(el, 'Start the check');
export const next = (el: Check) => press(el, 'Next');
export const back = (el: Check) => press(el, 'Back');
export const restart = (el: Check) => press(el, 'Start again');

/** Clicks the answer labelled `text` (see `optionInput`): ticks or unticks a checkbox. */
export async function toggle(el: Check, text: string): Promise<void> {
  optionInput(el, text).click();
  await el.updateComplete;
}

/** Chooses the answer labelled `text` (see `optionInput`), unless it is chosen already. */
export async function choose(el: Check, text: string): Promise<void> {
  const input = optionInput(el, text);
  if (!input.checked) await toggle(el, text);
  if (!input.checked) throw new Error(`clicking "${text}" did not choose it`);
}

// Routes through a flow ---------------------------------------------------------------------

/** One screen of a route: the question, and the codes chosen (`yes`/`no` for a yes/no one). */
export interface Choice {
  readonly linkId: string;
  readonly codes: readonly string[];
}

/** A question of a flow (the built-in one unless given), by linkId. */
export function itemOf(linkId: string, flow: Flow = BACK_PAIN_FLOW): FlowItem {
  const item = flow.item.find((candidate) => candidate.linkId === linkId);
  if (!item) throw new Error(`the flow has no question "${linkId}"`);
  return item;
}

/** An outcome of a flow (the built-in one unless given), by id. */
export function outcomeOf(id: string, flow: Flow = BACK_PAIN_FLOW): Outcome {
  const outcome = flow.outcomes.find((candidate) => candidate.id === id);
  if (!outcome) throw new Error(`the flow has no outcome "${id}"`);
  return outcome;
}

/** What the visitor reads beside an answer: the option's display, or Yes/No. */
export function labelOf(linkId: string, code: string, flow: Flow = BACK_PAIN_FLOW): string {
  const item = itemOf(linkId, flow);
  if (item.type === 'boolean') {
    if (code !== 'yes' && code !== 'no') throw new Error(`"${code}" is not yes or no`);
    return code === 'yes' ? 'Yes' : 'No';
  }
  const option = item.answerOption?.find((candidate) => candidate.valueCoding.code === code);
  if (!option) throw new Error(`question "${linkId}" has no option "${code}"`);
  return option.valueCoding.display;
}

/**
 * Answers a route's screens, by their labels, as a visitor clicks: from the intro (it
 * presses Start first) or from the question of the route's first step. Each screen must
 * show the step's question; then its answers are chosen and Next pressed.
 */
export async function answerRoute(
  el: Check,
  route: readonly Choice[],
  flow: Flow = BACK_PAIN_FLOW,
): Promise<void> {
  if (part(el, 'intro')) await start(el);
  for (const step of route) {
    const expected = itemOf(step.linkId, flow).text;
    if (headingText(el) !== expected)
      throw new Error(
        `expected the question "${expected}", but the screen shows "${headingText(el)}"`,
      );
    for (const code of step.codes) await choose(el, labelOf(step.linkId, code, flow));
    await next(el);
  }
}

/**
 * A route's answers as the flow engine records them, for tests of the pure flow: yes/no as
 * true/false, a multi-choice screen as its codes, a display screen as seen (`true`).
 */
export function routeAnswers(
  route: readonly Choice[],
  flow: Flow = BACK_PAIN_FLOW,
): Array<[string, AnswerValue]> {
  return route.map(({ linkId, codes }) => {
    const { type } = itemOf(linkId, flow);
    if (type === 'boolean') return [linkId, codes[0] === 'yes'];
    if (type === 'display') return [linkId, true];
    return [linkId, type === 'multi-choice' ? [...codes] : codes[0]!];
  });
}

const step = (linkId: string, ...codes: string[]): Choice => ({ linkId, codes });
const SCREENED = [step('emergency', 'none'), step('urgent', 'none')];

/** A route through the built-in back-pain flow to each of its outcomes, by outcome id. */
export const ROUTES = {
  emergency: [step('emergency', 'bladder-bowel')],
  urgent: [step('emergency', 'none'), step('urgent', 'fever')],
  'disc-nerve': [
    ...SCREENED,
    step('area', 'lower-back'),
    step('character', 'sharp'),
    step('below-knee', 'yes'),
    step('leg-symptoms', 'yes'),
    step('worse-with', 'sitting', 'bending'),
    step('onset', 'strain'),
    step('duration', 'weeks'),
  ],
  muscular: [
    ...SCREENED,
    step('area', 'lower-back'),
    step('character', 'ache'),
    step('below-knee', 'no'),
    step('leg-symptoms', 'no'),
    step('worse-with', 'moving'),
    step('onset', 'posture'),
    step('duration', 'days'),
  ],
  unclear: [
    ...SCREENED,
    step('area', 'several'),
    step('character', 'unsure'),
    step('below-knee', 'no'),
    step('leg-symptoms', 'no'),
    step('worse-with', 'none'),
    step('onset', 'unknown'),
    step('duration', 'months'),
  ],
} as const satisfies Readonly<Record<string, readonly Choice[]>>;

export type RouteName = keyof typeof ROUTES;

/**
 * The answers before a question of the built-in flow (the muscular route, which asks every
 * question, up to that one).
 */
export function routeTo(linkId: string): readonly Choice[] {
  const at = ROUTES.muscular.findIndex((choice) => choice.linkId === linkId);
  if (at < 0) throw new Error(`the muscular route never asks "${linkId}"`);
  return ROUTES.muscular.slice(0, at);
}
