/**
 * Driving the symptom check with the keyboard alone, as a keyboard or screen reader visitor
 * does (Tab, Shift+Tab, Space, the arrow keys, Enter), and checking where focus is.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Flow } from '../../src/symptom-check/flow-types.js';
import { BACK_PAIN_FLOW } from '../../src/symptom-check/back-pain-flow.js';
import { SPACE } from '../helpers/keys.js';
import {
  button,
  deepActiveElement,
  focusIsOnHeading,
  headingText,
  itemOf,
  labelOf,
  optionInput,
  options,
  textOf,
  type Check,
  type Choice,
} from '../harness/symptom-check.js';

/** What has focus, described for an assertion message (never the element itself). */
export function describeFocus(): string {
  const active = deepActiveElement();
  if (!active) return 'nothing';
  const name = active.getAttribute('part');
  return `<${active.localName}${name ? ` part="${name}"` : ''}> ${textOf(active).slice(0, 60)}`;
}

/** Asserts focus is on the heading of the new screen and the heading says `title`. */
export function expectFocusedHeading(el: Check, title: string): void {
  expect(headingText(el)).to.equal(title);
  const focused = focusIsOnHeading(el);
  expect(focused, `focus on the heading "${title}", not ${describeFocus()}`).to.equal(true);
}

/** Asserts focus is not inside the check. */
export function expectFocusOutside(el: Check): void {
  const inside = el.contains(document.activeElement) || el.shadowRoot!.activeElement !== null;
  expect(inside, `focus is not in the check (it is on ${describeFocus()})`).to.equal(false);
}

/** Presses one key, then waits for the element to render what it did. */
export async function pressKey(el: Check, key: string): Promise<void> {
  if (key === 'Shift+Tab') {
    // Puppeteer's keyboard.press takes one key, not a combination
    // (https://pptr.dev/api/puppeteer.keyboard.press): hold Shift around the Tab.
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
 * visitor reaches a control. Where the targets sit above the focused control, Shift+Tab, as
 * a visitor would: Firefox tabs from the end of the page into the browser's own controls,
 * not round to the top (https://github.com/web-platform-tests/wpt/pull/54713).
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
  for (let tabs = 0; tabs < max && !reached(); tabs++)
    await pressKey(el, above ? 'Shift+Tab' : 'Tab');
  if (!reached()) throw new Error(`Tab never reached ${what}; focus is on ${describeFocus()}`);
}

/** Tabs to a button and presses Enter (or `key`) on it. */
export async function activate(el: Check, name: string, key = 'Enter'): Promise<void> {
  await tabTo(el, [button(el, name)], `the "${name}" button`);
  await pressKey(el, key);
}

/** Tabs to the checkbox with this label and presses Space on it. */
export async function tick(el: Check, label: string): Promise<void> {
  await tabTo(el, [optionInput(el, label)], `the checkbox "${label}"`);
  await pressKey(el, SPACE);
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
  if (at === to && !target.checked) await pressKey(el, SPACE);
  while (at !== to) {
    await pressKey(el, at < to ? 'ArrowDown' : 'ArrowUp');
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

/**
 * From a freshly loaded check, walks `route` to its result with the keyboard alone,
 * checking focus and axe on every screen.
 */
export async function walkByKeyboard(
  el: Check,
  route: readonly Choice[],
  flow: Flow = BACK_PAIN_FLOW,
): Promise<void> {
  expectFocusOutside(el);
  await activate(el, 'Start the check');
  for (const step of route) {
    expectFocusedHeading(el, itemOf(step.linkId, flow).text);
    await expect(el).to.be.accessible();
    await answerByKeyboard(el, step, flow);
    await activate(el, 'Next');
  }
}
