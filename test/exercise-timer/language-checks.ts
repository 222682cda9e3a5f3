/**
 * What the timer's language tests share: the English a French or Spanish timer must never
 * show or say (its messages and the built-in exercises' words), a timer in a language,
 * and its cue switches, found by place rather than by their English labels.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { BACK_BASICS, EXERCISES } from '../../src/exercise-timer/built-in-exercises.js';
import { TIMER_MESSAGES } from '../../src/exercise-timer/timer-messages.js';
import { englishLeft, englishPhrases } from '../helpers/english-left.js';
import { type Timer } from '../harness/exercise-timer.js';
import { fake } from './timer-element.js';

/**
 * English phrases that are also the other language's words: "min." ends the summary in all
 * three ("environ 9 min."), and French says « Pause » and « minutes » as English does.
 */
const SAME_WORDS: Readonly<Record<string, readonly string[]>> = {
  fr: ['min.', 'Pause', 'minutes'],
  es: ['min.'],
};

/**
 * The built-in content's English: the routine's name, and each exercise's name, steps and
 * breathing; "Superman" is its name in French and Spanish too.
 */
export const ENGLISH_CONTENT = [
  BACK_BASICS.name,
  ...Object.values(EXERCISES).flatMap((exercise) => [
    exercise.name,
    ...exercise.steps,
    exercise.breathing ?? '',
  ]),
].filter((text) => text && text !== 'Superman');

/** The English phrases a timer in `language` must not show. */
export const englishFor = (language: string) => [
  ...englishPhrases(TIMER_MESSAGES, SAME_WORDS[language] ?? []),
  ...ENGLISH_CONTENT,
];

/** The English left in `root` (a timer, or any node), for a timer in `language`. */
export const englishIn = (root: Node, language: string) => englishLeft(root, englishFor(language));

/** The English left in a sentence (one the voice said), for `language`. */
export const englishSaid = (sentence: string, language: string) =>
  englishIn(Object.assign(document.createElement('p'), { textContent: sentence }), language);

/** Checks a timer in `language` shows no English and is accessible, in the state `state`. */
export async function speaksOnly(el: Timer, language: string, state: string): Promise<void> {
  expect(englishIn(el, language), `${language}, ${state}`).to.deep.equal([]);
  await expect(el).to.be.accessible();
}

/** A timer with the fakes inside an element of `lang`, as a page in that language has it. */
export async function timerInPage(lang: string): Promise<Timer> {
  const page = await fixture<HTMLElement>(
    html`<div lang=${lang}><knead-exercise-timer .adapters=${fake}></knead-exercise-timer></div>`,
  );
  const el = page.querySelector<Timer>('knead-exercise-timer')!;
  await el.updateComplete;
  return el;
}

/** The beeps and spoken-cue switches, by their place (their labels are in the language). */
export const cueSwitches = (el: Timer) => {
  const [sound, voice] = el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="cues"] input');
  return { sound: sound!, voice: voice! };
};

/** Turns spoken cues on as the visitor does, with a tap, and waits. */
export async function turnVoiceOn(el: Timer): Promise<void> {
  cueSwitches(el).voice.click();
  await el.updateComplete;
}

/** The main button (Start, Pause, Resume, Start again), by its place. */
export async function pressPrimary(el: Timer): Promise<void> {
  el.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
  await el.updateComplete;
}
