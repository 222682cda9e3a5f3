/**
 * What the symptom-check tests share: reading its screens as a visitor would, and driving
 * it with the keyboard alone (or, where the route is not what a test is about, by clicks).
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { KneadSymptomCheck } from '../../src/symptom-check/symptom-check.js';
import type { Flow, FlowItem, Outcome } from '../../src/symptom-check/flow-types.js';
import { BACK_PAIN_FLOW } from '../../src/symptom-check/back-pain-flow.js';
import { deepActiveElement, part, parts, present, textOf } from '../technique-card/helpers.js';

export {
  HOSTILE_STRINGS,
  deepActiveElement,
  letHostileCodeRun,
  luminance,
  part,
  parts,
  present,
  settle,
  textOf,
  withErrors,
} from '../technique-card/helpers.js';

export type Check = KneadSymptomCheck;

export { SPACE } from '../technique-card/helpers.js';
import { SPACE } from '../technique-card/helpers.js';

/** An answer on a path: a question and the codes chosen (`yes`/`no` for a boolean one). */
export interface Choice {
  readonly linkId: string;
  readonly codes: readonly string[];
}

const choice = (linkId: string, ...codes: string[]): Choice => ({ linkId, codes });

/** A scripted route through the built-in flow to each of its outcomes. */
export const PATHS: Readonly<Record<string, readonly Choice[]>> = {
  emergency: [choice('emergency', 'bladder-bowel')],
  urgent: [choice('emergency', 'none'), choice('urgent', 'fever')],
  'disc-nerve': [
    choice('emergency', 'none'),
    choice('urgent', 'none'),
    choice('area', 'lower-back'),
    choice('character', 'sharp'),
    choice('below-knee', 'yes'),
    choice('leg-symptoms', 'yes'),
    choice('worse-with', 'coughing'),
    choice('onset', 'strain'),
    choice('duration', 'weeks'),
  ],
  muscular: [
    choice('emergency', 'none'),
    choice('urgent', 'none'),
    choice('area', 'lower-back'),
    choice('character', 'ache'),
    choice('below-knee', 'no'),
    choice('leg-symptoms', 'no'),
    choice('worse-with', 'moving'),
    choice('onset', 'posture'),
    choice('duration', 'days'),
  ],
  unclear: [
    choice('emergency', 'none'),
    choice('urgent', 'none'),
    choice('area', 'several'),
    choice('character', 'unsure'),
    choice('below-knee', 'no'),
    choice('leg-symptoms', 'no'),
    choice('worse-with', 'none'),
    choice('onset', 'unknown'),
    choice('duration', 'months'),
  ],
};

/** A question of a flow, by linkId. */
export function itemOf(linkId: string, flow: Flow = BACK_PAIN_FLOW): FlowItem {
  const item = flow.item.find((candidate) => candidate.linkId === linkId);
  if (!item) throw new Error(`the flow has no question "${linkId}"`);
  return item;
}

/** An outcome of a flow, by id. */
export function outcomeOf(id: string, flow: Flow = BACK_PAIN_FLOW): Outcome {
  const outcome = flow.outcomes.find((candidate) => candidate.id === id);
  if (!outcome) throw new Error(`the flow has no outcome "${id}"`);
  return outcome;
}

/** What the visitor reads beside an answer: the flow's display, or Yes/No for a boolean. */
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

/** The screen's heading (the element moves focus to it). */
export const heading = (el: Check) => part(el, 'heading');
export const headingText = (el: Check) => textOf(heading(el));

/** Every answer row on the screen: its label text, its input, whether it is checked. */
export function options(el: Check): { label: string; input: HTMLInputElement }[] {
  return parts(el, 'option').map((row) => ({
    label: textOf(row.querySelector('span')),
    input: row.querySelector('input')!,
  }));
}

/** The input of the answer with this label. */
export function optionInput(el: Check, label: string): HTMLInputElement {
  const found = options(el).find((option) => option.label === label);
  if (!found) throw new Error(`no answer labelled "${label}" on "${headingText(el)}"`);
  return found.input;
}

/** The labels of the answers now checked, in screen order. */
export const checkedLabels = (el: Check): string[] =>
  options(el)
    .filter((option) => option.input.checked)
    .map((option) => option.label);

/** A button of the screen, by its text. */
export function button(el: Check, text: string): HTMLButtonElement | null {
  return (
    [...el.shadowRoot!.querySelectorAll('button')].find(
      (candidate) => textOf(candidate) === text,
    ) ?? null
  );
}

/** Whether focus is on the screen's heading, through shadow roots. */
export function focusIsOnHeading(el: Check): boolean {
  const active = deepActiveElement();
  return (
    present(active) &&
    el.shadowRoot!.contains(active) &&
    (active!.getAttribute('part') ?? '').split(/\s+/).includes('heading')
  );
}

/** What has focus, described for an assertion message (never the element itself). */
export function describeFocus(): string {
  const active = deepActiveElement();
  if (!active) return 'nothing';
  return `<${active.localName}${active.getAttribute('part') ? ` part="${active.getAttribute('part')}"` : ''}> ${textOf(active).slice(0, 60)}`;
}

/** Asserts focus is on the heading of the new screen and the heading says `title`. */
export function expectFocusedHeading(el: Check, title: string): void {
  expect(headingText(el)).to.equal(title);
  expect(focusIsOnHeading(el), `focus on the heading "${title}", not ${describeFocus()}`).to.equal(
    true,
  );
}

/** Presses one key, then waits for the element to render what it did. */
export async function press(el: Check, key: string): Promise<void> {
  if (key === 'Shift+Tab') {
    // Puppeteer presses one key at a time: hold Shift around the Tab.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
  } else {
    await sendKeys({ press: key });
  }
  await el.updateComplete;
}

/**
 * Presses Tab until focus reaches one of `targets` (at most `max` times): how a keyboard
 * visitor reaches a control. Where the targets sit above the focused control, Shift+Tab,
 * as a visitor would (Firefox does not wrap Tab round from the end of the page).
 */
export async function tabTo(
  el: Check,
  targets: readonly Element[],
  what: string,
  max = 40,
): Promise<void> {
  const reached = () => targets.includes(deepActiveElement()!);
  if (reached()) return;
  const active = deepActiveElement();
  const above =
    !!active &&
    !!targets[0] &&
    el.shadowRoot!.contains(active) &&
    !!(active.compareDocumentPosition(targets[0]) & Node.DOCUMENT_POSITION_PRECEDING);
  for (let tabs = 0; tabs < max && !reached(); tabs++) await press(el, above ? 'Shift+Tab' : 'Tab');
  if (!reached()) throw new Error(`Tab never reached ${what}; focus is on ${describeFocus()}`);
}

/** Tabs to a button and presses Enter (or `key`) on it. */
export async function activate(el: Check, text: string, key = 'Enter'): Promise<void> {
  const target = button(el, text);
  if (!target) throw new Error(`no "${text}" button on "${headingText(el)}"`);
  await tabTo(el, [target], `the "${text}" button`);
  await press(el, key);
}

/** Tabs to the checkbox with this label and presses Space on it. */
export async function tick(el: Check, label: string): Promise<void> {
  await tabTo(el, [optionInput(el, label)], `the checkbox "${label}"`);
  await press(el, SPACE);
}

/**
 * Chooses the radio with this label: Tab into its group, then the arrow keys to it (they
 * choose as they move), or Space where focus already rests on it.
 */
export async function chooseRadio(el: Check, label: string): Promise<void> {
  const radios = options(el).map((option) => option.input);
  const target = optionInput(el, label);
  await tabTo(el, radios, 'the answers');
  let at = radios.indexOf(deepActiveElement() as HTMLInputElement);
  const to = radios.indexOf(target);
  if (at === to && !target.checked) await press(el, SPACE);
  while (at !== to) {
    await press(el, at < to ? 'ArrowDown' : 'ArrowUp');
    at += at < to ? 1 : -1;
  }
  if (!target.checked) throw new Error(`the keys did not choose "${label}"`);
}

/** Answers the screen's question with the keyboard alone. */
export async function answerByKeyboard(el: Check, step: Choice, flow?: Flow): Promise<void> {
  const item = itemOf(step.linkId, flow);
  const labels = step.codes.map((code) => labelOf(step.linkId, code, flow));
  if (item.type === 'display') return;
  if (item.type === 'multi-choice') for (const label of labels) await tick(el, label);
  else await chooseRadio(el, labels[0]!);
}

/** Answers the screen's question by clicking, for tests about what follows, not the route. */
export async function answerByClick(el: Check, step: Choice, flow?: Flow): Promise<void> {
  for (const code of step.codes) {
    optionInput(el, labelOf(step.linkId, code, flow)).click();
    await el.updateComplete;
  }
}

/** Presses Next by clicking. */
export async function clickNext(el: Check): Promise<void> {
  button(el, 'Next')!.click();
  await el.updateComplete;
}

/** Starts the check by clicking Start. */
export async function clickStart(el: Check): Promise<void> {
  button(el, 'Start the check')!.click();
  await el.updateComplete;
}

/** Clicks from the intro through `path` to its result. */
export async function clickThrough(el: Check, path: readonly Choice[], flow?: Flow) {
  await clickStart(el);
  for (const step of path) {
    expect(headingText(el)).to.equal(itemOf(step.linkId, flow).text);
    await answerByClick(el, step, flow);
    await clickNext(el);
  }
}

/** Every element of these kinds anywhere in the element's shadow root. */
export const countIn = (el: Check, selector: string): number =>
  el.shadowRoot!.querySelectorAll(selector).length;
