/**
 * What the timer's element tests share: a timer rendered with fake browser services (a
 * fresh set for each test), fake time passing, keys pressed and held, where focus is, and
 * the events the page hears; each test cleans up after itself.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/exercise-timer/define.js';
import type { Routine } from '../../src/exercise-timer/routine-types.js';
import { deepActiveElement } from '../harness/dom.js';
import { withErrors } from '../helpers/console.js';
import { pressButton, textOf, timerScreen, type Timer } from '../harness/exercise-timer.js';
import { fakeAdapters, type FakeAdapters } from './fake-adapters.js';
import { SECOND } from './fixtures.js';

// ---------------------------------------------------------------------------------------
// Reading the timer as a visitor would.

/** Presses a key where focus is, and waits for the timer to show what it did. */
export async function press(el: Timer, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

/**
 * Holds a key down where focus is, long enough for the keyboard to repeat it `repeats`
 * times (each a keydown with `repeat` set, as a held key sends), then lets it go.
 */
export async function hold(el: Timer, key: string, repeats: number): Promise<void> {
  for (let i = 0; i <= repeats; i++) {
    await sendKeys({ down: key });
    await el.updateComplete;
  }
  await sendKeys({ up: key });
  await el.updateComplete;
}

/** What has focus, as a visitor would name it: a button's text, or the part it is. */
export function focused(): string {
  const active = deepActiveElement();
  if (active instanceof HTMLButtonElement) return `button ${textOf(active)}`;
  if (active instanceof HTMLInputElement) return `checkbox ${textOf(active.closest('label'))}`;
  return active?.getAttribute('part') ?? active?.tagName.toLowerCase() ?? 'nothing';
}

/** The countdown as a screen reader reads it: "5 seconds", "1 second". */
export const secondsText = (seconds: number) =>
  `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;

// ---------------------------------------------------------------------------------------
// Driving time and listening to the page.

export let fake: FakeAdapters;
/** What to undo after this test: listeners added, properties replaced. */
export const cleanups: (() => void)[] = [];

/** The built-in routine with the fakes, rendered. */
export const backBasics = () =>
  fixture<Timer>(html`<knead-exercise-timer .adapters=${fake}></knead-exercise-timer>`);

/** A timer for `routine` (given as the property) with the fakes, rendered. */
export const timerFor = (routine: Routine) =>
  fixture<Timer>(
    html`<knead-exercise-timer .adapters=${fake} .routine=${routine}></knead-exercise-timer>`,
  );

export interface TimerSetup {
  /** A routine set as the property. */
  readonly routine?: Routine;
  /** Children, such as an inline JSON routine. */
  readonly children?: readonly Node[];
  /** The browser services: the test's fakes unless given. */
  readonly adapters?: FakeAdapters;
}

/**
 * A timer with these attributes (and property, children and fakes), as a page writes it;
 * rendered, with the console errors it logged.
 */
export function timerWith(attributes: Record<string, string> = {}, setup: TimerSetup = {}) {
  return withErrors(async () => {
    const el = document.createElement('knead-exercise-timer');
    el.adapters = setup.adapters ?? fake;
    if (setup.routine) el.routine = setup.routine;
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    el.append(...(setup.children ?? []));
    return fixture<Timer>(el);
  });
}

/** A timer reading its routine from an inline JSON child, as a clinic pastes it in a CMS. */
export const timerWithJson = (json: string) => timerWith({}, { children: [jsonChild(json)] });

/** An inline JSON child, as a clinic pastes it: `value` as JSON, or text as it is. */
export function jsonChild(value: unknown): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = typeof value === 'string' ? value : JSON.stringify(value);
  return script;
}

/** Presses Skip `times` times, as a visitor skipping ahead (5: to the last of back-basics). */
export async function skipAhead(el: Timer, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await pressButton(el, 'Skip');
}

/**
 * Lets each step's seconds pass, then checks what the screen shows: a routine followed
 * moment by moment, as a visitor watching it.
 */
export async function walk(el: Timer, steps: [seconds: number, shows: Record<string, unknown>][]) {
  let at = 0;
  for (const [seconds, shows] of steps) {
    at += seconds;
    await pass(el, seconds * SECOND);
    expect(timerScreen(el), `${at} s after the start`).to.deep.include(shows);
  }
}

/** Lets `ms` of fake time pass, the timer showing every second it asks to, as it would. */
export async function pass(el: Timer, ms: number): Promise<void> {
  await fake.clock.advance(ms, () => el.updateComplete);
  await el.updateComplete;
}

export type TimerEvent =
  | 'knead-exercise-start'
  | 'knead-exercise-change'
  | 'knead-exercise-pause'
  | 'knead-exercise-complete';

/** Every `type` event's detail the document hears from now on, in order. */
export function record<K extends TimerEvent>(type: K): GlobalEventHandlersEventMap[K]['detail'][] {
  const details: GlobalEventHandlersEventMap[K]['detail'][] = [];
  const listener = (event: GlobalEventHandlersEventMap[K]) => details.push(event.detail);
  document.addEventListener(type, listener);
  cleanups.push(() => document.removeEventListener(type, listener));
  return details;
}

/**
 * The beeps heard since `mark` (a count of beeps, from `beepMark()`), each as the seconds
 * after `start` and its kind: `"2 s count"`.
 */
export const beepsSince = (mark: number, start: number): string[] =>
  fake.sound.beeps.slice(mark).map((beep) => `${(beep.at - start) / SECOND} s ${beep.kind}`);

/** A mark for `beepsSince`: how many beeps there have been so far. */
export const beepMark = () => fake.sound.beeps.length;

beforeEach(() => {
  fake = fakeAdapters();
});

afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
  Reflect.deleteProperty(document, 'visibilityState');
  localStorage.clear();
  delete window.__pwned;
});
