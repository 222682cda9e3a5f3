/**
 * Reads and drives `<knead-exercise-timer>` as a visitor does: what the screen shows (the
 * routine's name, the overview, the phase and its countdown, the rep, the steps, what
 * comes next, the closing message), what a screen reader is told (the live region, the
 * keyboard hint, the region's name), and Start, Pause, Skip and the cue switches as clicks.
 * Plain DOM code, for the element tests and the story play functions alike (no test runner
 * or Storybook imports).
 */
import type { KneadExerciseTimer } from '../../src/exercise-timer/exercise-timer.js';
import { part, parts, textOf } from './dom.js';

export { part, parts, textOf };

export type Timer = KneadExerciseTimer;

/** The cue switches, by their labels. */
export type Cue = 'Beeps' | 'Spoken cues';

/** The built-in routine's overview, as it lists each exercise with its dose. */
export const BACK_BASICS_OVERVIEW = [
  'Cat-cow 8 reps',
  'Bird dog 10 reps per side, alternating, hold 3 s',
  'Bridge 8 reps, hold 10 s',
  'Superman 10 reps, hold 3 s',
  'Dead bug 10 reps per side, alternating',
  'Pelvic tilt 10 reps, hold 3 s',
] as const;

// Reading the screen ------------------------------------------------------------------------

/** The texts of a part's list items, in order. */
const itemsOf = (el: Timer, name: string): string[] =>
  parts(el, name).flatMap((list) => [...list.children].map(textOf));

/** The text of the elements an `aria-labelledby` or `aria-describedby` names. */
function textOfIds(el: Timer, ids: string | null | undefined): string {
  return (ids ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => textOf(el.shadowRoot!.getElementById(id)))
    .join(' ');
}

/** The timer's region, which keys go to and which its heading names. */
export const region = (el: Timer) => el.shadowRoot!.querySelector<HTMLElement>('section');

/** The region's name, as a screen reader lists the landmark. */
export const landmarkName = (el: Timer): string =>
  textOfIds(el, region(el)?.getAttribute('aria-labelledby'));

/** The keyboard hint: the region's description, as a screen reader gives it. */
export const keyHint = (el: Timer): string =>
  textOfIds(el, region(el)?.getAttribute('aria-describedby'));

/** The live region, where phase changes are announced. */
export const liveRegion = (el: Timer) =>
  el.shadowRoot!.querySelector<HTMLElement>('[aria-live="polite"]');

/** The buttons a visitor can see, by their names, in order. */
export const buttonNames = (el: Timer): string[] =>
  [...el.shadowRoot!.querySelectorAll('button')].filter((b) => !b.hidden).map(textOf);

/**
 * Everything the timer shows and tells, as text: empty where the screen shows nothing of
 * the kind (no rep during a rest, no overview once started).
 */
export function timerScreen(el: Timer) {
  const cue = (name: Cue) => checkbox(el, name)?.checked ?? false;
  return {
    heading: textOf(part(el, 'heading')),
    headingLevel: part(el, 'heading')?.getAttribute('aria-level') ?? '',
    summary: textOf(el.shadowRoot!.querySelector('.summary')),
    overview: itemsOf(el, 'overview'),
    advice: textOf(el.shadowRoot!.querySelector('.advice')),
    progress: textOf(part(el, 'progress')?.querySelector('p')),
    exercise: textOf(part(el, 'exercise')),
    phase: textOf(part(el, 'phase')),
    countdown: textOf(part(el, 'countdown')),
    rep: textOf(part(el, 'rep')),
    steps: itemsOf(el, 'steps'),
    breathing: textOf(part(el, 'breathing')),
    next: textOf(part(el, 'next')),
    paused: textOf(el.shadowRoot!.querySelector('.paused')),
    // Paragraph by paragraph: a minified template leaves no space between them.
    done: [...(part(el, 'done')?.querySelectorAll('p') ?? [])].map(textOf).join(' '),
    message: textOf(el.shadowRoot!.querySelector('[role="alert"]')),
    announcement: textOf(liveRegion(el)),
    buttons: buttonNames(el),
    cues: { beeps: cue('Beeps'), spoken: cue('Spoken cues') },
  };
}

// Driving it --------------------------------------------------------------------------------

/** The visible button with this name; a mistake names the buttons there are. */
export function button(el: Timer, name: string): HTMLButtonElement {
  const found = [...el.shadowRoot!.querySelectorAll('button')].find(
    (candidate) => !candidate.hidden && textOf(candidate) === name,
  );
  if (!found) throw new Error(`no "${name}" button; the buttons are ${buttonNames(el).join(', ')}`);
  return found;
}

/** The cue switch with this label. */
export function checkbox(el: Timer, name: Cue): HTMLInputElement | null {
  const label = [...el.shadowRoot!.querySelectorAll('label')].find((l) => textOf(l) === name);
  return label?.querySelector('input') ?? null;
}

/** Clicks a button by its name, and waits for the timer to show what it did. */
export async function pressButton(el: Timer, name: string): Promise<void> {
  button(el, name).click();
  await el.updateComplete;
}

/** Turns a cue on or off by tapping its switch (when it is not so already), and waits. */
export async function setCue(el: Timer, name: Cue, on: boolean): Promise<void> {
  const input = checkbox(el, name);
  if (!input) throw new Error(`no "${name}" switch`);
  if (input.checked !== on) input.click();
  await el.updateComplete;
}
